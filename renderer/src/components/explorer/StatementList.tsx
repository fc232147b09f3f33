// Statement search results, virtualized and fetched in pages like the clip list. The list is one focusable
// listbox: J/K or the arrows move, Enter opens the article at the statement. The first page shows as soon as it
// comes; the list grows to its whole length when the count does.
import { useQueries } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { StatementSearchHit } from '../../../../electron/api/types';
import { PAGE_SIZE } from '../../api/queries';
import { fetchStatementPage, searchKeys, type SearchParams } from '../search/api';
import { StatementRowBody, speakerOf } from './StatementRow';
import type { StatementResults } from './statementResults';

const ROW_HEIGHT = 92;

interface Props {
  params: SearchParams;
  /** The first page and the count, read once by the explorer. */
  results: Pick<StatementResults, 'first' | 'rows' | 'total'>;
  newIds: ReadonlySet<string>;
  onOpen(hit: StatementSearchHit): void;
  empty: ReactNode;
}

export function StatementList({ params, results, newIds, onOpen, empty }: Props) {
  const id = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(-1);
  const { first, rows: count, total } = results;
  // The virtualizer hands back fresh functions on every scroll, so the compiler leaves this component alone; that is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const rows = virtualizer.getVirtualItems();
  const pageNumbers = useMemo(() => [...new Set(rows.map((r) => Math.floor(r.index / PAGE_SIZE)))], [rows]);
  const pages = useQueries({
    queries: pageNumbers.map((page) => ({ queryKey: searchKeys.statementPage(params, page), queryFn: ({ signal }) => fetchStatementPage(params, page, signal), staleTime: 5_000 })),
  });
  const byPage = new Map(pageNumbers.map((page, i) => [page, pages[i]?.data]));
  const hitAt = (index: number) => byPage.get(Math.floor(index / PAGE_SIZE))?.items[index % PAGE_SIZE];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'j' || event.key === 'ArrowDown' ? 1 : event.key === 'k' || event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      event.stopPropagation();
      const next = Math.max(0, Math.min(count - 1, active + step));
      setActive(next);
      virtualizer.scrollToIndex(next, { align: 'auto' });
    } else if (event.key === 'Enter') {
      const hit = hitAt(active);
      if (hit) onOpen(hit);
    }
  };

  if (first.isError) return <div className="list-message" role="alert">The statements could not be searched: {first.error.message}</div>;
  if (first.isSuccess && total === 0) return <>{empty}</>;
  return (
    <div
      ref={scrollRef}
      className="list-scroll st-list"
      role="listbox"
      aria-label="Statements"
      tabIndex={0}
      aria-activedescendant={active >= 0 ? `${id}-${active}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {rows.map((row) => {
          const hit = hitAt(row.index);
          return (
            <div
              key={row.key}
              id={`${id}-${row.index}`}
              className={`list-row st-row${row.index === active ? ' selected' : ''}`}
              role="option"
              aria-selected={row.index === active}
              aria-label={hit ? `${speakerOf(hit)}: ${hit.text}` : 'Loading'}
              style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
              onClick={() => {
                setActive(row.index);
                if (hit) onOpen(hit);
              }}
            >
              {hit ? <StatementRowBody hit={hit} isNew={hit.isNew === true || newIds.has(hit.id)} /> : <div className="row-loading" />}
            </div>
          );
        })}
      </div>
    </div>
  );
}
