// "Run for a new period": a saved report loaded with another period, the rest of its definition as saved.
import { useState } from 'react';
import type { SavedReport } from '../../../../electron/api/types';
import { Dialog } from '../Dialog';
import { PeriodFields } from './PeriodFields';
import { periodError, quickPeriod, type Period } from './period';

interface Props {
  report: SavedReport | null;
  onClose(): void;
  onRun(report: SavedReport, period: Period): void;
}

export function NewPeriodDialog({ report, onClose, onRun }: Props) {
  return (
    <Dialog title={report ? `Run “${report.name}” for a new period` : 'Run for a new period'} open={report !== null} onClose={onClose}>
      {report && <PeriodForm report={report} onClose={onClose} onRun={onRun} />}
    </Dialog>
  );
}

function PeriodForm({ report, onClose, onRun }: { report: SavedReport; onClose(): void; onRun: Props['onRun'] }) {
  // A digest is usually run for yesterday; anything else starts from last month.
  const [period, setPeriod] = useState<Period>(() => quickPeriod(report.definition.template === 'digest' ? 'yesterday' : 'lastMonth'));
  return (
    <form
      className="paste-form"
      onSubmit={(e) => {
        e.preventDefault();
        onRun(report, period);
        onClose();
      }}
    >
      <PeriodFields period={period} onChange={setPeriod} />
      <div className="dialog-footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={periodError(period) !== null}>
          Run
        </button>
      </div>
    </form>
  );
}
