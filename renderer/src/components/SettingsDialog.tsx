// Library settings: how alike two texts must be to count as one syndicated story, and the library's own agency
// signatures (AgencySignatures.tsx).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { call, errorMessage } from '../api/client';
import { keys } from '../api/queries';
import { AgencySignatures, checkRows, toRows, type RowErrors, type SignatureRow } from './AgencySignatures';
import { Dialog } from './Dialog';
import { useToast } from './Toasts';

export const settingsKey = ['settings'] as const;

export function SettingsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <Dialog title="Library settings" open={open} onClose={onClose} wide>
      <SettingsForm onClose={onClose} />
    </Dialog>
  );
}

function SettingsForm({ onClose }: { onClose(): void }) {
  const client = useQueryClient();
  const toast = useToast();
  const settings = useQuery({ queryKey: settingsKey, queryFn: () => call('settings.get', {}) });
  const [threshold, setThreshold] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const value = threshold ?? settings.data?.syndicationThreshold ?? 0.6;
  // The rows as edited, or (until the first edit) as stored.
  const [editedRows, setRows] = useState<SignatureRow[] | null>(null);
  const [rowErrors, setRowErrors] = useState<RowErrors>({});
  const rows = editedRows ?? toRows(settings.data?.agencySignatures ?? []);

  const save = async () => {
    const checked = checkRows(rows);
    if ('errors' in checked) {
      setRowErrors(checked.errors);
      return;
    }
    try {
      const { job } = await call('settings.update', { syndicationThreshold: value, agencySignatures: checked.entries });
      void client.invalidateQueries({ queryKey: settingsKey });
      void client.invalidateQueries({ queryKey: keys.jobs });
      if (job) toast({ message: 'Regrouping syndicated stories with the new threshold…' });
      onClose();
    } catch (err) {
      setError(errorMessage(err));
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
        <span className="field-label">Syndication: how alike two texts must be to count as one story ({Math.round(value * 100)}%)</span>
        <input type="range" min={0.3} max={0.95} step={0.05} value={value} onChange={(e) => setThreshold(Number(e.target.value))} aria-describedby="threshold-help" />
      </label>
      <p id="threshold-help" className="hint-text">
        The share of three-word phrases two clips have in common. Lower groups looser rewrites of a story; higher groups only near-identical copies.
        Changing it regroups the whole library in the background.
      </p>
      <AgencySignatures
        rows={rows}
        errors={rowErrors}
        builtIn={settings.data?.builtInAgencySignatures ?? []}
        onChange={(next, key) => {
          setRows(next);
          // An edited row's old message would sit beside a corrected value; the others' stay until the next save.
          setRowErrors((all) => Object.fromEntries(Object.entries(all).filter(([k]) => Number(k) !== key)));
        }}
      />
      <div className="field">
        <span className="field-label">Statements</span>
        <p className="hint-text">Find the statements in every clip again, with the current extractor. What you confirmed, corrected, rejected or added is kept.</p>
        <button
          type="button"
          className="button"
          onClick={() =>
            call('statements.reextract', {})
              .then(() => {
                void client.invalidateQueries({ queryKey: keys.jobs });
                onClose();
              })
              .catch((err: unknown) => setError(errorMessage(err)))
          }
        >
          Find statements again in all clips
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <footer className="dialog-footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={settings.isLoading}>
          Save
        </button>
      </footer>
    </form>
  );
}
