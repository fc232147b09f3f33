// The footer strip for long work: a progress bar with a cancel button while a job runs, then its summary.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { JobInfo } from '../../../electron/api/types';
import { call, errorMessage } from '../api/client';
import { invalidateLibrary, keys } from '../api/queries';
import { formatCount } from '../format';
import { Dialog } from './Dialog';
import { useToast } from './Toasts';

function summaryLine(job: JobInfo): string {
  const s = job.summary;
  if (job.state === 'failed') return `${job.title} failed: ${job.error ?? 'unknown error'}`;
  if (!s) return job.message ?? job.title;
  const parts = [`${formatCount(s.imported)} imported`];
  if (s.duplicates) parts.push(`${formatCount(s.duplicates)} already in the library`);
  if (s.restored) parts.push(`${formatCount(s.restored)} restored from the trash`);
  if (s.failed.length) parts.push(`${formatCount(s.failed.length)} failed`);
  return `${job.state === 'cancelled' ? 'Cancelled: ' : ''}${parts.join(', ')}.`;
}

export function JobStrip() {
  const client = useQueryClient();
  const toast = useToast();
  const jobs = useQuery({ queryKey: keys.jobs, queryFn: () => call('jobs.list', {}) });
  const [details, setDetails] = useState<JobInfo | null>(null);
  const announced = useRef(new Set<string>());

  const running = jobs.data?.filter((j) => j.state === 'running') ?? [];
  useEffect(() => {
    for (const job of jobs.data ?? []) {
      if (job.state === 'running' || announced.current.has(job.id)) continue;
      announced.current.add(job.id);
      // Only jobs this window saw running are announced; older ones are history.
      if (!job.finishedAt || Date.now() - Date.parse(job.finishedAt) > 30_000) continue;
      invalidateLibrary(client);
      toast({
        tone: job.state === 'failed' || (job.summary?.failed.length ?? 0) > 0 ? 'error' : 'info',
        message: summaryLine(job),
        ...((job.summary?.failed.length ?? 0) > 0 && { action: { label: 'Details', run: () => setDetails(job) } }),
      });
    }
  }, [jobs.data, client, toast]);

  return (
    <>
      {running.length > 0 && (
        <div className="job-strip" role="status" aria-live="polite">
          {running.map((job) => (
            <div key={job.id} className="job">
              <span className="job-title">{job.title}</span>
              <progress max={Math.max(1, job.total)} value={job.done} aria-label={`${job.title}: ${job.done} of ${job.total}`} />
              <span className="job-count">
                {formatCount(job.done)} / {job.total ? formatCount(job.total) : '…'}
              </span>
              <span className="job-current" title={job.current}>
                {job.current.split('/').pop()}
              </span>
              <button
                type="button"
                className="button subtle"
                onClick={() => call('jobs.cancel', { id: job.id }).catch((err: unknown) => toast({ tone: 'error', message: errorMessage(err) }))}
              >
                Cancel
              </button>
            </div>
          ))}
        </div>
      )}
      <Dialog title="Import summary" open={details !== null} onClose={() => setDetails(null)} wide>
        {details && (
          <div className="import-details">
            <p>{summaryLine(details)}</p>
            <ul className="failures">
              {details.summary?.failed.map((f) => (
                <li key={f.name}>
                  <strong>{f.name}</strong>
                  <span>{f.reason}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </Dialog>
    </>
  );
}
