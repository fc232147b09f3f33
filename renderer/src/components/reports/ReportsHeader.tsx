// The view's title bar: which saved report is open (if any), a fresh start, and saving.
import { useState } from 'react';
import type { ReportDefinition, SavedReport } from '../../../../electron/api/types';
import { SaveReportDialog } from './SaveReportDialog';

interface Props {
  saved: { id: string; name: string } | null;
  definition: ReportDefinition;
  onNew(): void;
  onSaved(saved: SavedReport): void;
}

export function ReportsHeader({ saved, definition, onNew, onSaved }: Props) {
  const [saving, setSaving] = useState(false);
  return (
    <header className="reports-header">
      <h1 className="list-title">Reports</h1>
      {saved && <span className="watch-chip">Saved report: {saved.name}</span>}
      <div className="reports-header-actions">
        <button type="button" className="button subtle" onClick={onNew} title="Start again from a blank coverage report">
          New report
        </button>
        <button type="button" className="button" onClick={() => setSaving(true)} disabled={definition.title.trim() === ''}>
          Save…
        </button>
      </div>
      <SaveReportDialog open={saving} definition={definition} saved={saved} onClose={() => setSaving(false)} onSaved={onSaved} />
    </header>
  );
}
