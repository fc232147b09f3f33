// "Add topic…": a button that opens a field with the library's topics under it, filtered as one types (every word
// must occur in the topic's path). Arrow keys move, Enter gives the topic, Escape closes. Opened by P for the open
// clip, so a topic can be given without the mouse; a native <select> could not filter by typing a path.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TopicRecord } from '../../../../electron/api/types';
import './reader-organize.css';

interface Props {
  /** "article", "statement": names the field for assistive technology. */
  owner: string;
  /** The topics that may be given (those already shown are left out). */
  choices: readonly TopicRecord[];
  /** The library has no topics at all: the button says so instead of opening. */
  noTopics: boolean;
  compact?: boolean;
  open: boolean;
  onOpenChange(open: boolean): void;
  onPick(topic: TopicRecord): void;
  /** Shown on the button for the article's picker, which P opens. */
  shortcut?: string;
}

const MAX_SHOWN = 60;

/** The topics whose path holds every typed word, those whose name starts with the query first. */
export function matchTopics(topics: readonly TopicRecord[], query: string): TopicRecord[] {
  const q = query.trim().toLocaleLowerCase();
  const words = q.split(/\s+/).filter(Boolean);
  const hits = topics.filter((t) => {
    const path = t.path.toLocaleLowerCase();
    return words.every((w) => path.includes(w));
  });
  const rank = (t: TopicRecord) => (q && t.name.toLocaleLowerCase().startsWith(q) ? 0 : 1);
  return hits.sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
}

export function TopicPicker({ owner, choices, noTopics, compact, open, onOpenChange, onPick, shortcut }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Closing from the keyboard gives the focus back to the button; closing by clicking elsewhere leaves it there.
  const refocus = useRef(false);
  const id = useId();
  const matches = matchTopics(choices, query).slice(0, MAX_SHOWN);
  const current = matches[Math.min(active, matches.length - 1)];

  useEffect(() => {
    if (open) inputRef.current?.focus();
    else if (refocus.current) {
      refocus.current = false;
      buttonRef.current?.focus();
    }
  }, [open]);

  const close = (keyboard: boolean) => {
    refocus.current = keyboard;
    setQuery('');
    setActive(0);
    onOpenChange(false);
  };
  const pick = (topic: TopicRecord, keyboard: boolean) => {
    onPick(topic);
    close(keyboard);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // The window's shortcuts (Delete trashes the clip, J/K move) must not see keys meant for the field.
    event.stopPropagation();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (matches.length > 0) setActive((i) => (Math.min(i, matches.length - 1) + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (current) pick(current, true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  if (!open) {
    return (
      <button
        ref={buttonRef}
        type="button"
        className="ro-add-chip-button"
        aria-haspopup="listbox"
        aria-label={`Add topic to the ${owner}`}
        aria-keyshortcuts={shortcut}
        disabled={noTopics || choices.length === 0}
        title={noTopics ? 'No topics yet: create them in Organize (G then O).' : shortcut ? `Add a topic (${shortcut})` : undefined}
        onClick={(e) => {
          e.stopPropagation();
          onOpenChange(true);
        }}
      >
        {noTopics ? 'No topics yet' : compact ? '+ topic' : 'Add topic…'}
        {shortcut && !compact && !noTopics && <kbd className="ro-kbd">{shortcut}</kbd>}
      </button>
    );
  }

  return (
    <span className="ro-topic-picker" onClick={(e) => e.stopPropagation()}>
      <input
        ref={inputRef}
        className="ro-add-chip-input open"
        role="combobox"
        aria-label={`Add topic to the ${owner}`}
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={current ? `${id}-${current.id}` : undefined}
        placeholder="Type to find a topic"
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => close(false)}
      />
      <ul className="ro-topic-options" id={`${id}-list`} role="listbox" aria-label="Topics to add">
        {matches.map((t) => (
          <li
            key={t.id}
            id={`${id}-${t.id}`}
            role="option"
            aria-selected={t === current}
            className="ro-topic-option"
            // Keeps the focus in the field, so its blur does not close the list before the click lands.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(t, true)}
            onMouseEnter={() => setActive(matches.indexOf(t))}
          >
            <TopicPath path={t.path} />
          </li>
        ))}
      </ul>
      {matches.length === 0 && (
        <span className="ro-topic-none" role="status">
          No topic matches “{query.trim()}”.
        </span>
      )}
    </span>
  );
}

/** "Energy > Renewables": the parents greyed, the topic's own name in full colour. */
function TopicPath({ path }: { path: string }) {
  const parts = path.split(' > ');
  const name = parts.pop() ?? path;
  return (
    <span dir="auto">
      {parts.length > 0 && <span className="ro-topic-parents">{parts.join(' › ')} › </span>}
      {name}
    </span>
  );
}
