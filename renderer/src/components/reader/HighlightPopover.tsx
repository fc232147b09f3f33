// The small form beside a selection or a highlight: colour, note and tags; Save makes (or changes) the highlight,
// optionally attached to the statement the selection lies in; an existing one can also be deleted.
import { useEffect, useRef, useState } from 'react';
import type { AnnotationRecord, StatementInfo } from '../../../../electron/api/types';
import { call } from '../../api/client';
import { useToast } from '../Toasts';
import { HIGHLIGHT_COLORS } from './colors';
import { AddTag, TagChip } from './TagChips';
import { useOrganizeAction } from './useOrganization';
import './reader-organize.css';

export type HighlightTarget = { kind: 'new'; start: number; end: number; statement: StatementInfo | null } | { kind: 'edit'; annotation: AnnotationRecord };

interface Props {
  articleId: string;
  target: HighlightTarget;
  position: { top: number; left: number };
  /** Move focus into the form (the H key), rather than leave it on the selection (a mouse selection). */
  focus: boolean;
  onClose(saved: boolean): void;
}

export function HighlightPopover({ articleId, target, position, focus, onClose }: Props) {
  const existing = target.kind === 'edit' ? target.annotation : null;
  const [color, setColor] = useState(existing?.color ?? HIGHLIGHT_COLORS[0]!.value);
  const [note, setNote] = useState(existing?.note ?? '');
  const [tags, setTags] = useState<string[]>(existing?.tags.map((t) => t.name) ?? []);
  const [attach, setAttach] = useState(true);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const act = useOrganizeAction(articleId);
  const toast = useToast();

  useEffect(() => {
    if (focus) noteRef.current?.focus();
  }, [focus]);

  const save = async () => {
    const fields = { color, note: note.trim() === '' ? null : note, tags };
    const saved = existing
      ? await act(call('annotations.update', { id: existing.id, ...fields }), 'Could not change the highlight')
      : target.kind === 'new'
        ? await act(
            call('annotations.create', { articleId, start: target.start, end: target.end, ...fields, statementId: attach && target.statement ? target.statement.id : null }),
            'Could not save the highlight',
          )
        : undefined;
    if (saved) onClose(true);
  };

  const remove = async (a: AnnotationRecord) => {
    const done = await act(call('annotations.remove', { id: a.id }), 'Could not delete the highlight');
    if (!done) return;
    onClose(true);
    toast({
      message: 'Highlight deleted.',
      action:
        a.start !== null && a.end !== null
          ? {
              label: 'Undo',
              run: () =>
                void act(
                  call('annotations.create', { articleId, start: a.start!, end: a.end!, color: a.color, note: a.note, tags: a.tags.map((t) => t.name), statementId: a.statementId }),
                  'Could not bring the highlight back',
                ),
            }
          : undefined,
    });
  };

  return (
    <div
      className="highlight-popover"
      role="dialog"
      aria-label={existing ? 'Edit highlight' : 'New highlight'}
      style={{ top: position.top, left: position.left }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose(false);
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
      }}
    >
      <div className="ro-swatches" role="radiogroup" aria-label="Colour">
        {HIGHLIGHT_COLORS.map((c) => (
          <button
            key={c.value}
            type="button"
            role="radio"
            aria-checked={color === c.value}
            aria-label={c.name}
            title={c.name}
            className="ro-swatch"
            style={{ background: c.value }}
            onClick={() => setColor(c.value)}
          />
        ))}
      </div>
      <textarea ref={noteRef} aria-label="Note" placeholder="Note (optional)" rows={2} value={note} onChange={(e) => setNote(e.target.value)} dir="auto" />
      <div className="ro-chip-row">
        {tags.length > 0 && (
          <ul className="ro-chips" aria-label="Tags of the highlight">
            {tags.map((name) => (
              <li key={name}>
                <TagChip tag={{ id: name, name, color: '#8a8a8a' }} onRemove={() => setTags(tags.filter((t) => t !== name))} />
              </li>
            ))}
          </ul>
        )}
        <AddTag
          label="Add tag to the highlight"
          placeholder="Add tag"
          exclude={tags.map((name) => ({ id: name, name, color: '' }))}
          onAdd={(name) => setTags((all) => (all.some((t) => t.toLocaleLowerCase() === name.toLocaleLowerCase()) ? all : [...all, name]))}
        />
      </div>
      {target.kind === 'new' && target.statement && (
        <label className="ro-attach">
          <input type="checkbox" checked={attach} onChange={(e) => setAttach(e.target.checked)} /> Attach to the statement by {target.statement.speakerName ?? 'an unknown speaker'}
        </label>
      )}
      <div className="ro-popover-actions">
        {existing && (
          <button type="button" className="button subtle ro-danger-text" onClick={() => void remove(existing)}>
            Delete
          </button>
        )}
        <span className="ro-spacer" />
        <button type="button" className="button" onClick={() => onClose(false)}>
          Cancel
        </button>
        <button type="button" className="button primary" onClick={() => void save()}>
          Save
        </button>
      </div>
    </div>
  );
}
