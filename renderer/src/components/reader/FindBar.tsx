// Find in a long clip. The reader renders a long text a few paragraphs at a time, so the browser's own find cannot
// see the rest; this bar searches the whole text and brings each match into the page, selected.
import { useEffect, useMemo, useRef, useState } from 'react';
import { findAll } from './textRange';

interface Props {
  text: string;
  onReveal(start: number, end: number): void;
  onClose(): void;
}

export function FindBar({ text, onReveal, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => findAll(text, query), [text, query]);
  useEffect(() => inputRef.current?.focus(), []);

  const go = (step: number) => {
    if (matches.length === 0) return;
    const next = (current + step + matches.length) % matches.length;
    setCurrent(next);
    onReveal(matches[next]!, matches[next]! + query.length);
  };

  return (
    <div className="reader-find" role="search" aria-label="Find in this clip">
      <input
        ref={inputRef}
        type="search"
        aria-label="Find in this clip"
        placeholder="Find in this clip"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setCurrent(-1);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            go(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      />
      <span className="reader-find-count" aria-live="polite">
        {query === '' ? 'Enter finds the next' : matches.length === 0 ? 'Not found' : `${current >= 0 ? current + 1 : 0} of ${matches.length.toLocaleString()}`}
      </span>
      <button type="button" className="button subtle" onClick={() => go(-1)} disabled={matches.length === 0} aria-label="Previous match">
        ↑
      </button>
      <button type="button" className="button subtle" onClick={() => go(1)} disabled={matches.length === 0} aria-label="Next match">
        ↓
      </button>
      <button type="button" className="icon-button" onClick={onClose} aria-label="Close find">
        ×
      </button>
    </div>
  );
}
