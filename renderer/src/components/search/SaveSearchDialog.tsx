// Saving the current query as a watchlist: it then sits in the sidebar and counts new matches as they arrive.
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { SavedSearch, SearchScope } from '../../../../electron/api/types';
import { call, errorMessage } from '../../api/client';
import { Dialog } from '../Dialog';
import { useToast } from '../Toasts';
import { searchKeys } from './api';

interface Props {
  open: boolean;
  query: string;
  scope: SearchScope;
  onClose(): void;
  onSaved(saved: SavedSearch): void;
}

export function SaveSearchDialog({ open, query, scope, onClose, onSaved }: Props) {
  return (
    <Dialog title="Save as watchlist" open={open} onClose={onClose}>
      <SaveForm query={query} scope={scope} onClose={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

function SaveForm({ query, scope, onClose, onSaved }: Omit<Props, 'open'>) {
  const client = useQueryClient();
  const toast = useToast();
  const [name, setName] = useState(query.length <= 60 ? query : `${query.slice(0, 59)}…`);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const saved = await call('savedSearches.create', { name: name.trim(), query, scope });
      void client.invalidateQueries({ queryKey: searchKeys.saved });
      onClose();
      onSaved(saved);
      toast({ message: `Saved the watchlist “${saved.name}”. New ${scope === 'articles' ? 'clips' : 'statements'} that match are counted beside it.` });
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <form className="paste-form" onSubmit={(e) => void submit(e)}>
      <label className="field">
        <span className="field-label">Name</span>
        <input autoFocus value={name} onChange={(e) => (setName(e.target.value), setError(null))} aria-invalid={error !== null} />
      </label>
      <p className="hint-text">
        Watches <code>{query}</code> in {scope === 'articles' ? 'clips' : 'statements'}.
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={name.trim() === ''}>
          Save watchlist
        </button>
      </div>
    </form>
  );
}
