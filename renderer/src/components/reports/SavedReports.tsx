// Saved report definitions: load one as it was saved, run it for a new period, or delete it (after asking).
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { SavedReport } from '../../../../electron/api/types';
import { call, errorMessage } from '../../api/client';
import { formatPublished } from '../../format';
import { ConfirmDialog } from '../organize/ConfirmDialog';
import { useToast } from '../Toasts';
import { reportKeys, useSavedReports } from './api';
import { NewPeriodDialog } from './NewPeriodDialog';
import { TEMPLATES } from './DetailsFields';
import type { Period } from './period';

interface Props {
  currentId: string | null;
  onLoad(report: SavedReport, period?: Period): void;
}

function periodLabel({ from, to }: Period): string {
  if (!from && !to) return 'any time';
  if (from && to) return from === to ? formatPublished(from) : `${formatPublished(from)} – ${formatPublished(to)}`;
  return from ? `from ${formatPublished(from)}` : `until ${formatPublished(to)}`;
}

export function SavedReports({ currentId, onLoad }: Props) {
  const saved = useSavedReports();
  const client = useQueryClient();
  const toast = useToast();
  const [running, setRunning] = useState<SavedReport | null>(null);
  const [removing, setRemoving] = useState<SavedReport | null>(null);
  const remove = async (report: SavedReport) => {
    try {
      await call('reports.remove', { id: report.id });
      void client.invalidateQueries({ queryKey: reportKeys.saved });
      toast({ message: `Deleted the saved report “${report.name}”.` });
    } catch (err) {
      toast({ tone: 'error', message: `Could not delete “${report.name}”: ${errorMessage(err)}` });
    }
  };
  const reports = saved.data ?? [];
  return (
    <section className="saved-reports" aria-label="Saved reports">
      <h2 className="section-title">Saved reports</h2>
      {saved.isError && <p className="field-error">Could not read the saved reports: {errorMessage(saved.error)}</p>}
      {reports.length === 0 && !saved.isPending ? (
        <p className="hint-text">None yet. Save this report to run it again for another period.</p>
      ) : (
        <ul className="saved-report-list">
          {reports.map((report) => (
            <li key={report.id} className={report.id === currentId ? 'current' : undefined} aria-current={report.id === currentId ? 'true' : undefined}>
              <button type="button" className="saved-report-name" aria-label={`Load ${report.name}`} onClick={() => onLoad(report)}>
                <span className="clip-title">{report.name}</span>
                <span className="clip-meta">
                  {TEMPLATES.find(([t]) => t === report.definition.template)?.[1]} · {periodLabel(report.definition.selection)}
                </span>
              </button>
              <button type="button" className="clip-button text" aria-label={`Run ${report.name} for a new period`} title="Run for a new period" onClick={() => setRunning(report)}>
                New period…
              </button>
              <button type="button" className="clip-button" aria-label={`Delete ${report.name}`} title="Delete" onClick={() => setRemoving(report)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <NewPeriodDialog report={running} onClose={() => setRunning(null)} onRun={onLoad} />
      <ConfirmDialog title="Delete the saved report?" open={removing !== null} confirmLabel="Delete" onConfirm={() => removing && void remove(removing)} onClose={() => setRemoving(null)}>
        <p>
          “{removing?.name}” will be deleted. Reports already exported are not touched.
        </p>
      </ConfirmDialog>
    </section>
  );
}
