// Tags for many clips at once: names separated by commas, existing tags offered as the person types.
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { call, errorMessage } from '../../api/client';
import { invalidateLibrary } from '../../api/queries';
import { formatCount } from '../../format';
import { Dialog } from '../Dialog';
import { invalidateOrganize, useTags } from '../organize/api';
import { useToast } from '../Toasts';

interface Props {
  open: boolean;
  ids: readonly string[];
  onClose(): void;
}

export function BulkTagDialog({ open, ids, onClose }: Props) {
  return (
    <Dialog title={`Tag ${formatCount(ids.length)} clips`} open={open} onClose={onClose}>
      <BulkTagForm ids={ids} onClose={onClose} />
    </Dialog>
  );
}

function BulkTagForm({ ids, onClose }: Omit<Props, 'open'>) {
  const client = useQueryClient();
  const toast = useToast();
  const tags = useTags();
  const listId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const names = [...new Set(text.split(',').map((n) => n.trim()).filter(Boolean))];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (names.length === 0) return setError('Write at least one tag name.');
    setBusy(true);
    const targets = ids.map((id) => ({ kind: 'article' as const, id }));
    try {
      const result = await call('tags.apply', { targets, add: names });
      invalidateOrganize(client);
      invalidateLibrary(client, ids);
      onClose();
      toast({
        message: `Tagged ${formatCount(ids.length)} clips with ${names.map((n) => `“${n}”`).join(', ')}.`,
        action: {
          label: 'Undo',
          run: () => {
            const added = result.tags.filter((t) => names.some((n) => n.toLowerCase() === t.name.toLowerCase())).map((t) => t.id);
            call('tags.apply', { targets, remove: added })
              .then(() => invalidateOrganize(client))
              .catch((err: unknown) => toast({ tone: 'error', message: `Could not undo: ${errorMessage(err)}` }));
          },
        },
      });
    } catch (err) {
      setError(`Could not tag them: ${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="paste-form" onSubmit={(e) => void submit(e)}>
      <label className="field">
        <span className="field-label">Tags, separated by commas</span>
        <input autoFocus data-autofocus list={listId} value={text} aria-invalid={error !== null} onChange={(e) => (setText(e.target.value), setError(null))} placeholder="briefing, follow-up" />
        <datalist id={listId}>
          {tags.data?.map((t) => <option key={t.id} value={t.name} />)}
        </datalist>
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={busy || names.length === 0}>
          Tag {formatCount(ids.length)} clips
        </button>
      </div>
    </form>
  );
}
