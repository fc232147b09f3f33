// The registry saved as a file, the way reports are: a download in the browser, Save As in the desktop app.
import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { Dialog } from '../Dialog';
import { downloadFile, formatBytes } from '../reports/download';
import { useToast } from '../Toasts';
import './officials.css';

type Format = 'csv' | 'json';

const CHOICES: Array<[Format, string, string]> = [
  ['csv', 'CSV', 'one row per official, for a spreadsheet'],
  ['json', 'JSON', 'for another Verbatim library or a script'],
];

function base64Utf8(text: string): { data: string; bytes: number } {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { data: btoa(binary), bytes: bytes.length };
}

export function ExportOfficialsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const toast = useToast();
  const [format, setFormat] = useState<Format>('csv');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const text = await call('officials.export', { format });
      const fileName = `officials-${new Date().toISOString().slice(0, 10)}.${format}`;
      const file = { fileName, mime: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json', ...base64Utf8(text) };
      downloadFile(file);
      onClose();
      toast({ message: `Exported ${fileName} (${formatBytes(file.bytes)}).` });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title="Export officials" open={open} onClose={onClose}>
      <form
        className="paste-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset className="registry-export-formats">
          <legend className="field-label">Every official in the registry, with all spellings and roles, as</legend>
          {CHOICES.map(([value, label, hint], i) => (
            <label key={value} className="registry-export-choice">
              <input type="radio" name="officials-export-format" value={value} checked={format === value} onChange={() => setFormat(value)} {...(i === 0 && { 'data-autofocus': true })} />
              <span>
                {label} <span className="hint-text">{hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-footer">
          <span className="hint">Proposals not yet accepted are left out.</span>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
