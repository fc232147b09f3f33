// Export: the report in each format, rendered by the main process and handed over as a download. One export at a
// time; a PDF takes seconds (a browser prints it), so the bar says what is being made while the rest stays usable.
import { useState } from 'react';
import type { ReportDefinition, ReportFormat } from '../../../../electron/api/types';
import { call, errorMessage } from '../../api/client';
import { useToast } from '../Toasts';
import { downloadFile, formatBytes } from './download';

export const FORMATS: Array<[ReportFormat, string]> = [
  ['pdf', 'PDF'],
  ['docx', 'Word'],
  ['xlsx', 'Excel'],
  ['csv', 'CSV'],
  ['html', 'HTML'],
  ['md', 'Markdown'],
  ['json', 'JSON'],
];

interface Props {
  definition: ReportDefinition;
  /** False when the preview says there is nothing to export (empty selection, bad query). */
  ready: boolean;
}

export function ExportBar({ definition, ready }: Props) {
  const toast = useToast();
  const [busy, setBusy] = useState<ReportFormat | null>(null);
  const run = async (format: ReportFormat, label: string) => {
    setBusy(format);
    try {
      const file = await call('reports.render', { definition, format });
      downloadFile(file);
      toast({ message: `Exported ${file.fileName} (${formatBytes(file.bytes)}).` });
    } catch (err) {
      toast({ tone: 'error', message: `Could not export the ${label} file: ${errorMessage(err)}` });
    } finally {
      setBusy(null);
    }
  };
  const busyLabel = FORMATS.find(([f]) => f === busy)?.[1];
  return (
    <div className="export-bar">
      <div className="export-buttons" role="toolbar" aria-label="Export">
        <span className="export-label">Export</span>
        {FORMATS.map(([format, label]) => (
          <button key={format} type="button" className={`button export-button${busy === format ? ' busy' : ''}`} disabled={busy !== null || !ready} onClick={() => void run(format, label)}>
            {label}
          </button>
        ))}
      </div>
      {busy && (
        <div className="export-progress" role="status">
          <span>Making the {busyLabel} file{busy === 'pdf' ? '; printing takes a few seconds' : ''}…</span>
          <progress aria-label={`Exporting ${busyLabel}`} />
        </div>
      )}
    </div>
  );
}
