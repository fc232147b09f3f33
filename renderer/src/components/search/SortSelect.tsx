// The order of results: by relevance (BM25) or by date. A menu button rather than a <select>, whose options would
// sit among the clip list's options for assistive technology and tests alike.
import { useEffect, useId, useRef, useState } from 'react';
import type { SearchSort } from '../../../../electron/api/types';

const LABELS: Record<SearchSort, string> = { relevance: 'Best match', newest: 'Newest first', oldest: 'Oldest first' };
const ALL: readonly SearchSort[] = ['relevance', 'newest', 'oldest'];

interface Props {
  value: SearchSort;
  onChange(sort: SearchSort): void;
  /** The orders offered; "Best match" only where there is a query to match. */
  choices?: readonly SearchSort[] | undefined;
}

export function SortSelect({ value, onChange, choices = ALL }: Props) {
  const ORDER = choices;
  const id = useId();
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const items = useRef<Array<HTMLButtonElement | null>>([]);
  useEffect(() => {
    if (!open) return;
    items.current[ORDER.indexOf(value)]?.focus();
    const onDown = (event: MouseEvent) => {
      if (wrap.current && !wrap.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open, value, ORDER]);
  const choose = (sort: SearchSort) => {
    onChange(sort);
    setOpen(false);
  };
  return (
    <div
      className="sort-menu-wrap"
      ref={wrap}
      onKeyDown={(e) => {
        if (!open) return;
        const at = items.current.findIndex((el) => el === document.activeElement);
        if (e.key === 'Escape') {
          e.stopPropagation();
          setOpen(false);
        } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          e.stopPropagation();
          items.current[(at + (e.key === 'ArrowDown' ? 1 : ORDER.length - 1)) % ORDER.length]?.focus();
        }
      }}
    >
      <button type="button" className="button subtle small" aria-haspopup="menu" aria-expanded={open} aria-controls={id} aria-label={`Sort: ${LABELS[value]}`} onClick={() => setOpen(!open)}>
        {LABELS[value]} ▾
      </button>
      {open && (
        <div className="sort-menu" id={id} role="menu" aria-label="Sort">
          {ORDER.map((sort, i) => (
            <button
              key={sort}
              ref={(el) => {
                items.current[i] = el;
              }}
              type="button"
              role="menuitemradio"
              aria-checked={sort === value}
              onClick={() => choose(sort)}
            >
              {LABELS[sort]}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
