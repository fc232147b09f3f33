// Saving the definition under a name. Saving again under the same name updates the report it was loaded from;
// another name makes a new one.
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { ReportDefinition, SavedReport } from '../../../../electron/api/types';
import { call, errorMessage } from '../../api/client';
import { Dialog } from '../Dialog';
import { useToast } from '../Toasts';
import { reportKeys } from './api';

interface Props {
  open: boolean;
  definition: ReportDefinition;
  saved: { id: string; name: string } | null;
  onClose(): void;
  onSaved(saved: SavedReport): void;
}

export function SaveReportDialog({ open, onClose, ...rest }: Props) {
  return (
    <Dialog title="Save the report" open={open} onClose={onClose}>
      <SaveForm onClose={onClose} {...rest} />
    </Dialog>
  );
}

function SaveForm({ definition, saved, onClose, onSaved }: Omit<Props, 'open'>) {
  const client = useQueryClient();
  const toast = useToast();
  const id = useId();
  const [name, setName] = useState(saved?.name ?? definition.title);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const updating = saved !== null && name.trim() === saved.name;
  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const result = await call('reports.save', { ...(updating && { id: saved.id }), name: name.trim(), definition });
      void client.invalidateQueries({ queryKey: reportKeys.saved });
      onSaved(result);
      toast({ message: `${updating ? 'Saved the changes to' : 'Saved the report'} “${result.name}”.` });
      onClose();
    } catch (err) {
      setError(errorMessage(err).replace(/^name: /, ''));
      setSaving(false);
    }
  };
  return (
    <form
      className="paste-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label className="field">
        <span className="field-label">Name</span>
        <input autoFocus value={name} onChange={(e) => setName(e.target.value)} aria-invalid={error !== null} aria-describedby={error ? `${id}-error` : undefined} />
      </label>
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      <p className="hint-text">{updating ? 'This replaces the saved report of this name.' : 'Saved reports keep the query, options and clip choices; run one again for any period.'}</p>
      <div className="dialog-footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={saving || name.trim() === ''}>
          {updating ? 'Save changes' : 'Save'}
        </button>
      </div>
    </form>
  );
}
