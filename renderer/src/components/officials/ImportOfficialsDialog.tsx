// Loading a press office's own list of officials: a CSV or JSON file chosen or pasted, checked first (a dry run that
// says who would be added, who merged into someone already there, which spellings clash and which rows are refused),
// then imported. A file Verbatim cannot read is explained beside the text, which stays as it was.
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { RegistryImportReport } from '../../../../electron/api/types';
import { call, errorMessage } from '../../api/client';
import { Dialog } from '../Dialog';
import { useToast } from '../Toasts';
import { ImportReportView } from './ImportReportView';
import './officials.css';

type Format = 'csv' | 'json';

/** JSON begins with a bracket or a brace; anything else is taken for CSV. */
function formatOf(fileName: string | null, text: string): Format {
  if (fileName && /\.json$/i.test(fileName)) return 'json';
  if (fileName && /\.csv$/i.test(fileName)) return 'csv';
  return /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv';
}

export function ImportOfficialsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <Dialog title="Import officials" open={open} onClose={onClose} wide>
      <ImportOfficialsForm onClose={onClose} />
    </Dialog>
  );
}

function ImportOfficialsForm({ onClose }: { onClose(): void }) {
  const client = useQueryClient();
  const toast = useToast();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [report, setReport] = useState<RegistryImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const format = formatOf(fileName, text);

  const edit = (next: string, name: string | null) => {
    setText(next);
    setFileName(name);
    // A report is about the text it checked; a changed text is checked again.
    setReport(null);
    setError(null);
  };

  const send = async (dryRun: boolean) => {
    setBusy(true);
    try {
      const result = await call('officials.import', { format, text, dryRun });
      if (dryRun) {
        setReport(result);
        return;
      }
      void client.invalidateQueries({ queryKey: ['officials'] });
      void client.invalidateQueries({ queryKey: ['statements'] });
      onClose();
      toast({ message: `Imported: ${result.added} added, ${result.merged} merged into officials already in the registry${result.refused.length > 0 ? `, ${result.refused.length} rows refused` : ''}.` });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const nothingToImport = report !== null && report.added + report.merged === 0;
  return (
    <form
      className="paste-form registry-import"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() === '') {
          setError('Choose a file or paste the list first.');
          return;
        }
        void send(report === null);
      }}
    >
      <p className="hint-text">
        A CSV with the columns <code>name, spellings, country, organization, roles</code> (spellings separated by <code>|</code>; each role <code>title ; organization ; from ; to</code>), or the JSON that Export writes. Nobody already in the
        registry is overwritten: they gain only the spellings and roles they lack.
      </p>
      <div className="registry-import-source">
        <button type="button" className="button" onClick={() => picker.current?.click()}>
          Choose a file…
        </button>
        <span className="hint-text">{fileName ?? 'or paste the list below'}</span>
        <input
          ref={picker}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          hidden
          aria-label="Officials file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void file.text().then((content) => edit(content, file.name));
          }}
        />
      </div>
      <label className="field">
        <span className="field-label">The list ({format === 'json' ? 'JSON' : 'CSV'})</span>
        <textarea
          className="paste-text registry-import-text"
          value={text}
          data-autofocus
          dir="auto"
          spellCheck={false}
          wrap="off"
          placeholder={'name,spellings,country,organization,roles\nHikmet Hajiyev,Hikmət Hacıyev | Хикмет Гаджиев,Azerbaijan,Presidential Administration,Assistant to the President ; ; 2021-01-01'}
          onChange={(e) => edit(e.target.value, null)}
          aria-invalid={error !== null}
          aria-describedby={error ? 'registry-import-error' : undefined}
        />
        {error && (
          <p id="registry-import-error" className="field-error" role="alert">
            {error}
          </p>
        )}
      </label>
      {report && <ImportReportView report={report} />}
      <div className="dialog-footer">
        <span className="hint">{report ? 'Checked: nothing has been written yet.' : 'Checked first; nothing is written until you import.'}</span>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={busy || nothingToImport}>
          {busy ? 'Working…' : report ? 'Import' : 'Check'}
        </button>
      </div>
    </form>
  );
}
