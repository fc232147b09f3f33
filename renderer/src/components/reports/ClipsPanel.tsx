// The clips the selection gives, in report order, to pin, reorder, exclude, or add to by hand.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ReportDefinition } from '../../../../electron/api/types';
import { plural } from '../organize/api';
import { AddClip } from './AddClip';
import { CLIP_LIMIT, type SelectionClips } from './api';
import { ClipRow } from './ClipRow';
import { moveClip } from './clipOrder';
import { selectionEdits } from './useReportDraft';

type Selection = ReportDefinition['selection'];

interface Props {
  clips: SelectionClips;
  selection: Selection;
  newestFirst: boolean;
  onSelection(patch: Partial<Selection> | ((s: Selection) => Partial<Selection>)): void;
}

export function ClipsPanel({ clips, selection, newestFirst, onSelection }: Props) {
  const { rows } = clips;
  const listRef = useRef<HTMLOListElement>(null);
  // A moved row changes place in the DOM, which drops focus; it is put back on the same control of the same clip.
  const refocus = useRef<{ id: string; control: string | null } | null>(null);
  useEffect(() => {
    const want = refocus.current;
    if (!want) return;
    refocus.current = null;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-clip-id="${want.id}"]`);
    const target = want.control ? row?.querySelector<HTMLButtonElement>(`[data-control="${want.control}"]:not(:disabled)`) : row;
    (target ?? row)?.focus();
  }, [rows]);

  const move = (id: string, delta: -1 | 1, control: string | null) => {
    const next = moveClip(rows, id, delta, selection);
    if (!next) return;
    refocus.current = { id, control };
    onSelection(next);
  };

  const onRowKey = (id: string, index: number) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const delta = event.key === 'ArrowUp' ? -1 : 1;
    if (event.altKey) move(id, delta, null);
    else listRef.current?.querySelectorAll<HTMLElement>('.report-clip')[index + delta]?.focus();
  };

  const included = rows.filter((r) => !r.excluded).length;
  const excluded = rows.length - included;
  const inReport = new Set(rows.filter((r) => !r.excluded).map((r) => r.id));
  // Numbers as printed: excluded clips take no number.
  const positions = numbering(rows);
  const ends = (pinned: boolean) => {
    const group = rows.filter((r) => r.pinned === pinned);
    return [group[0]?.id, group.at(-1)?.id];
  };
  const [firstPinned, lastPinned] = ends(true);
  const [firstOther, lastOther] = ends(false);
  return (
    <section className="report-clips" aria-label="Clips of the report">
      <header className="pane-head">
        <h2>Clips</h2>
        <span className="pane-note" aria-live="polite">
          {clips.failed ? '' : clips.loading ? 'Finding clips…' : `${plural(included, 'clip', 'clips')}${excluded > 0 ? `, ${excluded} excluded` : ''}`}
        </span>
      </header>
      <AddClip inReport={inReport} onAdd={(id) => onSelection(selectionEdits.addPicked(id))} />
      <p className="hint-text clips-hint">
        {newestFirst ? 'Newest first, as a digest reads' : 'Oldest first'}; pinned clips (★) come before the rest. Alt+↑/↓ moves the focused clip.
      </p>
      {clips.total > CLIP_LIMIT && <p className="hint-text clips-hint">The first {CLIP_LIMIT.toLocaleString()} of {clips.total.toLocaleString()} are listed here; the report holds them all.</p>}
      {rows.length === 0 && !clips.loading ? (
        <div className="empty clips-empty">
          <p>{clips.failed ? 'Correct the query to see its clips.' : 'No clip matches this selection. Widen the period or the query, or add clips by hand above.'}</p>
        </div>
      ) : (
        <ol className="report-clip-list" ref={listRef} aria-label="Clips in the report">
          {rows.map((clip, index) => {
            return (
              <ClipRow
                key={clip.id}
                clip={clip}
                position={positions[index] ?? 0}
                first={clip.id === (clip.pinned ? firstPinned : firstOther)}
                last={clip.id === (clip.pinned ? lastPinned : lastOther)}
                onPin={() => onSelection(selectionEdits.togglePinned(clip.id))}
                onExclude={() => onSelection(selectionEdits.toggleExcluded(clip.id))}
                onMove={(delta) => move(clip.id, delta, delta < 0 ? 'up' : 'down')}
                onRemove={() => onSelection(selectionEdits.removePicked(clip.id))}
                onKeyDown={onRowKey(clip.id, index)}
              />
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** Each row's number as printed: excluded clips take none. */
function numbering(rows: SelectionClips['rows']): number[] {
  const out: number[] = [];
  let n = 0;
  for (const row of rows) {
    if (!row.excluded) n++;
    out.push(n);
  }
  return out;
}
