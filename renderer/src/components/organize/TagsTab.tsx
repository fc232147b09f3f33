// The Tags tab: every tag with its colour, its uses, a rename in place, a merge into another tag, and deletion.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TagRecord } from '../../../../electron/api/types';
import { ApiError, call, errorMessage } from '../../api/client';
import { EditableText } from '../EditableText';
import { useToast } from '../Toasts';
import { invalidateOrganize, plural, useTags } from './api';
import { ConfirmDialog } from './ConfirmDialog';
import { TagColor } from './TagColor';

type Pending = { kind: 'delete'; tag: TagRecord } | { kind: 'merge'; from: TagRecord; into: TagRecord };

function uses(tag: TagRecord): string {
  const parts = [
    tag.articleCount > 0 && plural(tag.articleCount, 'clip', 'clips'),
    tag.statementCount > 0 && plural(tag.statementCount, 'statement', 'statements'),
    tag.annotationCount > 0 && plural(tag.annotationCount, 'annotation', 'annotations'),
  ].filter((p): p is string => typeof p === 'string');
  return parts.length > 0 ? parts.join(' · ') : 'Not used yet';
}

export function TagsTab() {
  const client = useQueryClient();
  const toast = useToast();
  const tags = useTags();
  const [name, setName] = useState('');
  const [mergeTargets, setMergeTargets] = useState<Record<string, string>>({});
  const [pending, setPending] = useState<Pending | null>(null);

  const act = async (work: Promise<unknown>, message: string, failure: string) => {
    try {
      await work;
      invalidateOrganize(client);
      toast({ message });
    } catch (err) {
      toast({ tone: 'error', message: `${failure}: ${errorMessage(err)}` });
    }
  };

  const rename = async (tag: TagRecord, next: string) => {
    try {
      await call('tags.update', { id: tag.id, name: next });
    } catch (err) {
      // EditableText shows this beside the field and keeps what was typed.
      if (err instanceof ApiError && err.code === 'TAG_EXISTS') throw new Error(`There is already a tag “${next}”. To join the two, merge them.`, { cause: err });
      throw err;
    }
    invalidateOrganize(client);
    toast({ message: `Renamed “${tag.name}” to “${next}”.` });
  };

  const create = async () => {
    const trimmed = name.trim();
    if (trimmed === '') return;
    if (tags.data?.some((t) => t.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase())) {
      toast({ tone: 'error', message: `There is already a tag “${trimmed}”.` });
      return;
    }
    await act(call('tags.create', { name: trimmed }), `Created the tag “${trimmed}”.`, 'Could not create the tag');
    setName('');
  };

  return (
    <div className="tags-tab">
      <form
        className="inline-form tag-new"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="A new tag (follow-up, for the briefing)" aria-label="New tag name" />
        <button type="submit" className="button" disabled={name.trim() === ''}>
          New tag
        </button>
      </form>
      {tags.isError && <div className="list-message" role="alert">The tags could not be loaded: {tags.error.message}</div>}
      {tags.data?.length === 0 && (
        <div className="empty">
          <h2>No tags yet</h2>
          <p>Tag a clip, a statement or a highlight in the reader (T), or create a tag here. Tags are yours; topics come from rules.</p>
        </div>
      )}
      <ul className="tag-list" aria-label="Tags">
        {tags.data?.map((tag) => {
          const target = mergeTargets[tag.id] ?? '';
          const into = tags.data.find((t) => t.id === target);
          return (
            <li key={tag.id} className="tag-row" aria-label={tag.name}>
              <TagColor tag={tag} />
              <span className="tag-name">
                <EditableText label="Tag name" value={tag.name} placeholder="Name" onSave={(v) => rename(tag, v.trim())} />
              </span>
              <span className="tag-uses">{uses(tag)}</span>
              <span className="tag-actions">
                <select
                  value={target}
                  aria-label={`Merge ${tag.name} into`}
                  onChange={(e) => setMergeTargets({ ...mergeTargets, [tag.id]: e.target.value })}
                >
                  <option value="">Merge into…</option>
                  {tags.data
                    .filter((t) => t.id !== tag.id)
                    .map((t) => (
                      <option key={t.id} value={t.id}>
                        {t.name}
                      </option>
                    ))}
                </select>
                <button type="button" className="button" disabled={!into} onClick={() => into && setPending({ kind: 'merge', from: tag, into })}>
                  Merge
                </button>
                <button type="button" className="button subtle danger-text" aria-label={`Delete ${tag.name}`} onClick={() => setPending({ kind: 'delete', tag })}>
                  Delete…
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        title={pending?.kind === 'merge' ? 'Merge tags' : 'Delete tag'}
        open={pending !== null}
        confirmLabel={pending?.kind === 'merge' ? 'Merge' : 'Delete'}
        onConfirm={() => {
          if (pending?.kind === 'merge') {
            void act(call('tags.merge', { fromId: pending.from.id, intoId: pending.into.id }), `Merged “${pending.from.name}” into “${pending.into.name}”.`, 'Could not merge the tags');
          } else if (pending?.kind === 'delete') {
            void act(call('tags.remove', { id: pending.tag.id }), `Deleted the tag “${pending.tag.name}”.`, 'Could not delete the tag');
          }
        }}
        onClose={() => setPending(null)}
      >
        {pending?.kind === 'merge' && (
          <p>
            Merge “{pending.from.name}” into “{pending.into.name}”? Everything tagged “{pending.from.name}” ({uses(pending.from).toLowerCase()}) will carry “{pending.into.name}”, and “
            {pending.from.name}” goes.
          </p>
        )}
        {pending?.kind === 'delete' && (
          <p>
            Delete the tag “{pending.tag.name}”? It comes off {uses(pending.tag) === 'Not used yet' ? 'nothing: it is not used yet' : uses(pending.tag).toLowerCase()}; the clips stay.
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}
