// Correcting the article's text. The highlights find their place again in the new text; a toast says how many
// stayed, moved or lost their place.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Article } from '../../../../electron/api/types';
import { call, errorMessage } from '../../api/client';
import { invalidateLibrary, keys } from '../../api/queries';
import { Dialog } from '../Dialog';
import { useToast } from '../Toasts';
import { organizeKeys } from './useOrganization';
import './reader-organize.css';

interface Props {
  article: Article;
  open: boolean;
  onClose(): void;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function EditTextDialog({ article, open, onClose }: Props) {
  return (
    <Dialog title="Edit the article’s text" open={open} onClose={onClose} wide>
      <EditTextForm article={article} onClose={onClose} />
    </Dialog>
  );
}

function EditTextForm({ article, onClose }: { article: Article; onClose(): void }) {
  const [text, setText] = useState(article.text);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const client = useQueryClient();
  const toast = useToast();

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const result = await call('articles.updateText', { id: article.id, text });
      client.setQueryData(keys.article(article.id), result.article);
      invalidateLibrary(client, [article.id]);
      void client.invalidateQueries({ queryKey: organizeKeys.article(article.id) });
      const { kept, moved, orphaned } = result.annotations;
      toast({
        message:
          kept + moved + orphaned === 0 ? 'Text saved.' : `Text saved: ${plural(kept, 'highlight', 'highlights')} kept, ${moved} moved, ${orphaned} orphaned.`,
      });
      onClose();
    } catch (err) {
      setError(`The text was not saved: ${errorMessage(err)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="ro-edit-text-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <textarea aria-label="Article text" value={text} onChange={(e) => setText(e.target.value)} dir={article.dir ?? 'auto'} rows={18} />
      <p className="hint-text">Highlights find their words again in the new text; those whose words are gone are listed apart, to place again.</p>
      {error && (
        <p className="ro-form-error" role="alert">
          {error}
        </p>
      )}
      <div className="ro-popover-actions">
        <span className="ro-spacer" />
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={saving || text.trim() === ''}>
          {saving ? 'Saving…' : 'Save text'}
        </button>
      </div>
    </form>
  );
}
