// The sidebar's saved searches. Each shows how many new matches arrived since it was last opened; clicking one
// runs it (clips in the library, statements in the explorer). Rename in place; delete after a question.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { SavedSearch } from '../../../../electron/api/types';
import { call, errorMessage } from '../../api/client';
import { formatCount } from '../../format';
import { ConfirmDialog } from '../organize/ConfirmDialog';
import { useToast } from '../Toasts';
import { searchKeys, useSavedSearches } from './api';

interface Props {
  activeId: string | null;
  onRun(saved: SavedSearch): void;
}

export function Watchlists({ activeId, onRun }: Props) {
  const saved = useSavedSearches();
  const client = useQueryClient();
  const toast = useToast();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<SavedSearch | null>(null);
  const refresh = () => void client.invalidateQueries({ queryKey: searchKeys.saved });

  const rename = async (s: SavedSearch, name: string) => {
    setRenaming(null);
    if (name.trim() === '' || name.trim() === s.name) return;
    try {
      await call('savedSearches.update', { id: s.id, name: name.trim() });
      refresh();
    } catch (err) {
      toast({ tone: 'error', message: `Could not rename the watchlist: ${errorMessage(err)}` });
    }
  };
  const remove = async (s: SavedSearch) => {
    try {
      await call('savedSearches.remove', { id: s.id });
      refresh();
      toast({ message: `Deleted the watchlist “${s.name}”. Its clips stay in the library.` });
    } catch (err) {
      toast({ tone: 'error', message: `Could not delete the watchlist: ${errorMessage(err)}` });
    }
  };

  if (saved.isError) return <p className="field-error watchlists-error">Watchlists could not be loaded: {errorMessage(saved.error)}</p>;
  return (
    <section className="watchlists" aria-label="Watchlists">
      <h2 className="sidebar-heading">Watchlists</h2>
      {saved.data?.length === 0 && <p className="watchlists-empty">Search, then “Save as watchlist” to follow a subject.</p>}
      <ul className="nav-list">
        {saved.data?.map((s) => (
          <li key={s.id} className="watchlist">
            {renaming === s.id ? (
              <input
                className="watchlist-rename"
                autoFocus
                defaultValue={s.name}
                aria-label={`New name for ${s.name}`}
                onBlur={(e) => void rename(s, e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') void rename(s, e.currentTarget.value);
                  else if (e.key === 'Escape') setRenaming(null);
                }}
              />
            ) : (
              <>
                <button
                  type="button"
                  className={`nav-item${activeId === s.id ? ' active' : ''}`}
                  aria-current={activeId === s.id ? 'page' : undefined}
                  title={`${s.scope === 'articles' ? 'Clips' : 'Statements'}: ${s.query}`}
                  onClick={() => onRun(s)}
                >
                  <span className="watchlist-name" title={s.name}>
                    {s.name}
                    {s.scope === 'statements' && <span className="watchlist-scope"> · statements</span>}
                  </span>
                  {s.newCount > 0 && (
                    <span className="new-count" aria-label={`${s.newCount} new`}>
                      {formatCount(s.newCount)}
                    </span>
                  )}
                </button>
                <span className="watchlist-actions">
                  <button type="button" className="mini-button" aria-label={`Rename ${s.name}`} title="Rename" onClick={() => setRenaming(s.id)}>
                    ✎
                  </button>
                  <button type="button" className="mini-button" aria-label={`Delete ${s.name}`} title="Delete" onClick={() => setDeleting(s)}>
                    ×
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog title="Delete watchlist" open={deleting !== null} confirmLabel="Delete" onConfirm={() => deleting && void remove(deleting)} onClose={() => setDeleting(null)}>
        <p>
          Delete the watchlist “{deleting?.name}”? The clips and statements it found stay where they are.
        </p>
      </ConfirmDialog>
    </section>
  );
}
