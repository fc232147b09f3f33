// Topics on an article or statement. A topic a rule gave and nobody looked at is provisional (dashed, with ✓ to
// confirm and × to remove); one a person gave or confirmed is solid; removed ones are not shown. Each chip takes the
// focus: Enter or Space accepts a suggested one, Delete (or Backspace) removes it, arrow keys move along the row.
import { useRef, useState, type KeyboardEvent } from 'react';
import type { TopicAssignment, TopicRecord } from '../../../../electron/api/types';
import { TopicPicker } from './TopicPicker';
import { useTopicList } from './useOrganization';
import './reader-organize.css';

interface Props {
  topics: TopicAssignment[];
  owner: string;
  compact?: boolean;
  onConfirm(topic: TopicAssignment): void;
  onRemove(topic: TopicAssignment): void;
  onAdd(topic: TopicRecord): void;
  /** The picker's state, when the owner opens it (P for the article); otherwise it keeps its own. */
  picker?: { open: boolean; onOpenChange(open: boolean): void; shortcut: string };
}

export function TopicChips({ topics, owner, compact, onConfirm, onRemove, onAdd, picker }: Props) {
  const all = useTopicList();
  const [ownOpen, setOwnOpen] = useState(false);
  const rowRef = useRef<HTMLDivElement>(null);
  const shown = topics.filter((t) => t.status !== 'removed');
  const present = new Set(shown.map((t) => t.topicId));
  const choices = (all.data ?? []).filter((t) => !present.has(t.id));
  const noTopics = all.data?.length === 0;

  /** The row's focusable parts in order: each chip, then the picker's button. */
  const stops = () => [...(rowRef.current?.querySelectorAll<HTMLElement>('.ro-topic-label, .ro-add-chip-button') ?? [])];
  const moveFocus = (from: HTMLElement, step: number) => {
    const list = stops();
    list[Math.max(0, Math.min(list.length - 1, list.indexOf(from) + step))]?.focus();
  };

  const onChipKey = (event: KeyboardEvent<HTMLElement>, t: TopicAssignment) => {
    const key = event.key;
    if (key === 'Enter' || key === ' ') {
      if (t.status === 'suggested') onConfirm(t);
    } else if (key === 'Delete' || key === 'Backspace') {
      // The focus goes on to the next chip (or the picker) now; the removed chip leaves when the refetch lands.
      const list = stops();
      const at = list.indexOf(event.currentTarget);
      const next = list[at + 1] ?? list[at - 1];
      onRemove(t);
      next?.focus();
    } else if (key === 'ArrowRight' || key === 'ArrowLeft') {
      const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
      moveFocus(event.currentTarget, (key === 'ArrowRight') !== rtl ? 1 : -1);
    } else {
      return;
    }
    // Handled here: the window's Delete (trash the clip) and the list's arrow keys must not act as well.
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className={`ro-chip-row${compact ? ' compact' : ''}`} ref={rowRef}>
      {shown.length > 0 && (
        <ul className="ro-chips" aria-label={`Topics of the ${owner}`}>
          {shown.map((t) => {
            const suggested = t.status === 'suggested';
            return (
              <li key={t.topicId}>
                <span className={`ro-chip ro-topic-chip${suggested ? ' suggested' : ''}`} title={suggested ? `${t.path} · suggested by its rule: Enter accepts, Delete removes` : `${t.path} · Delete removes`}>
                  <span
                    className="ro-topic-label"
                    role="button"
                    tabIndex={0}
                    aria-label={`Topic ${t.name}${suggested ? ' (suggested)' : ''}`}
                    aria-keyshortcuts={suggested ? 'Enter Delete' : 'Delete'}
                    dir="auto"
                    onKeyDown={(e) => onChipKey(e, t)}
                    onClick={(e) => e.stopPropagation()}
                  >
                    {t.name}
                  </span>
                  {suggested && (
                    <button
                      type="button"
                      className="ro-chip-x"
                      tabIndex={-1}
                      aria-label={`Accept topic ${t.name}`}
                      onClick={(e) => {
                        e.stopPropagation();
                        onConfirm(t);
                      }}
                    >
                      ✓
                    </button>
                  )}
                  <button
                    type="button"
                    className="ro-chip-x"
                    tabIndex={-1}
                    aria-label={`Remove topic ${t.name}`}
                    onClick={(e) => {
                      e.stopPropagation();
                      onRemove(t);
                    }}
                  >
                    ×
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {/* Compact rows leave the picker out until the library has topics to offer. */}
      {!(compact && noTopics) && (
        <TopicPicker
          owner={owner}
          choices={choices}
          noTopics={noTopics}
          compact={compact}
          open={picker ? picker.open : ownOpen}
          onOpenChange={picker ? picker.onOpenChange : setOwnOpen}
          shortcut={picker?.shortcut}
          onPick={onAdd}
        />
      )}
    </div>
  );
}
