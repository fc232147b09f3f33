// "Empty trash…": asks first, with the number of clips and that it cannot be undone, then deletes them for good.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { call, errorMessage } from '../api/client';
import { invalidateLibrary, keys } from '../api/queries';
import { formatCount } from '../format';
import { Dialog } from './Dialog';
import { useToast } from './Toasts';

export function EmptyTrashButton({ onEmptied }: { onEmptied(): void }) {
  const client = useQueryClient();
  const toast = useToast();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  // The trash's own total, not the list's: a search in the trash must not change what "empty" deletes.
  const trash = useQuery({ queryKey: [...keys.articles, 'trash-total'], queryFn: () => call('articles.list', { trash: true, limit: 1 }) });
  const count = trash.data?.total ?? 0;
  const clips = `${formatCount(count)} ${count === 1 ? 'clip' : 'clips'}`;

  const empty = async () => {
    setBusy(true);
    try {
      const result = await call('articles.emptyTrash', {});
      invalidateLibrary(client);
      setAsking(false);
      onEmptied();
      toast({ message: `Deleted ${formatCount(result.count)} ${result.count === 1 ? 'clip' : 'clips'} for good.` });
    } catch (err) {
      toast({ tone: 'error', message: `Could not empty the trash: ${errorMessage(err)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button subtle small" disabled={count === 0} onClick={() => setAsking(true)}>
        Empty trash…
      </button>
      <Dialog title="Empty the trash" open={asking} onClose={() => setAsking(false)}>
        <div className="paste-form">
          <p>
            Delete the {clips} in the trash for good? Their text, statements and highlights go with them. This cannot be undone.
          </p>
          <div className="dialog-footer">
            <button type="button" className="button" data-autofocus onClick={() => setAsking(false)}>
              Cancel
            </button>
            <button type="button" className="button danger" disabled={busy} onClick={() => void empty()}>
              Delete {clips}
            </button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
