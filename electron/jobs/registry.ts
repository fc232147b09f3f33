// Long work runs as a job: it reports progress to every window, can be cancelled, and leaves a summary. Jobs
// live in memory: they belong to this run of the app; their results are in the library.
import { randomUUID } from 'node:crypto';
import type { EventHub } from '../api/events';
import { RouteError } from '../api/errors';
import type { ImportSummary, JobInfo, JobOutcome } from '../api/types';

export interface JobContext {
  signal: AbortSignal;
  progress(done: number, total: number, current: string): void;
}

/** Progress events are sent at most this often per job; the final state is always sent. */
const PROGRESS_INTERVAL_MS = 100;
const KEEP_FINISHED = 20;

export class JobRegistry {
  private readonly jobs = new Map<string, { info: JobInfo; controller: AbortController; lastSent: number; done: Promise<JobInfo> }>();

  constructor(private readonly events?: EventHub) {}

  start(kind: JobInfo['kind'], title: string, run: (context: JobContext) => Promise<ImportSummary | JobOutcome>): JobInfo {
    const controller = new AbortController();
    const info: JobInfo = {
      id: randomUUID(),
      kind,
      title,
      state: 'running',
      done: 0,
      total: 0,
      current: '',
      startedAt: new Date().toISOString(),
      finishedAt: null,
      summary: null,
      message: null,
      error: null,
    };
    const entry = { info, controller, lastSent: 0, done: Promise.resolve(info) };
    this.jobs.set(info.id, entry);
    const context: JobContext = {
      signal: controller.signal,
      progress: (done, total, current) => {
        Object.assign(info, { done, total, current });
        const now = Date.now();
        if (now - entry.lastSent >= PROGRESS_INTERVAL_MS) {
          entry.lastSent = now;
          this.publish(info);
        }
      },
    };
    entry.done = run(context)
      .then((outcome) => {
        // An import's summary is its outcome; other jobs say what they did in a sentence.
        const isSummary = 'imported' in outcome;
        info.summary = isSummary ? outcome : (outcome.summary ?? null);
        info.message = isSummary ? null : (outcome.message ?? null);
        info.state = outcome.cancelled ? 'cancelled' : 'done';
      })
      .catch((err: unknown) => {
        info.error = err instanceof Error ? err.message : String(err);
        info.state = 'failed';
      })
      .then(() => {
        info.finishedAt = new Date().toISOString();
        info.current = '';
        this.publish(info);
        this.prune();
        return { ...info };
      });
    this.publish(info);
    return { ...info };
  }

  list(): JobInfo[] {
    return [...this.jobs.values()].map((j) => ({ ...j.info })).reverse();
  }

  get(id: string): JobInfo {
    const job = this.jobs.get(id);
    if (!job) throw new RouteError('NOT_FOUND', 'There is no such job (it may have finished long ago).');
    return { ...job.info };
  }

  cancel(id: string): JobInfo {
    const job = this.jobs.get(id);
    if (!job) throw new RouteError('NOT_FOUND', 'There is no such job (it may have finished long ago).');
    job.controller.abort();
    return { ...job.info };
  }

  /** Resolves when the job has finished, with its final state (tests, the CLI). */
  finished(id: string): Promise<JobInfo> {
    const job = this.jobs.get(id);
    if (!job) return Promise.reject(new RouteError('NOT_FOUND', 'There is no such job.'));
    return job.done;
  }

  private publish(info: JobInfo): void {
    this.events?.emit({ type: 'job.updated', job: { ...info } });
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.info.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(job.info.id);
  }
}
