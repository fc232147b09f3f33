// The clip list: virtualized (only the visible rows exist in the page) and fetched in pages of 200 as the
// scroll position reaches them, so a library of 100,000 clips scrolls like one of ten. The rows come from a
// ListSource: the plain library, the trash, or a search (with the matched words marked). A search shows its first
// page as soon as it comes, and grows to its whole length when its count does (listCount.ts).
import { useQueries } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, type MouseEvent } from 'react';
import { PAGE_SIZE, type ListView } from '../api/queries';
import { formatPublished } from '../format';
import { Highlighted } from './search/Highlighted';
import { useListCount } from './search/listCount';
import type { ListRow, ListSource } from './search/listSource';

export const ROW_HEIGHT = 78;

export interface ArticleListHandle {
  scrollToIndex(index: number): void;
}

interface Props {
  view: ListView;
  source: ListSource;
  selectedId: string | null;
  /** The clips picked for a bulk action; with fewer than two, the selection is the open clip alone. */
  checked: ReadonlySet<string>;
  /** Watchlist matches that were new when the watchlist was opened. */
  newIds: ReadonlySet<string>;
  onSelect(article: ListRow, index: number, event: MouseEvent): void;
  empty: React.ReactNode;
}

export const ArticleList = forwardRef<ArticleListHandle, Props>(function ArticleList({ view, source, selectedId, checked, newIds, onSelect, empty }, ref) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { first, rows: count, total } = useListCount(source);

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  useImperativeHandle(ref, () => ({ scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }) }), [virtualizer]);

  const rows = virtualizer.getVirtualItems();
  const pageNumbers = useMemo(() => [...new Set(rows.map((r) => Math.floor(r.index / PAGE_SIZE)))], [rows]);
  const pages = useQueries({
    queries: pageNumbers.map((page) => ({
      queryKey: source.key(page),
      queryFn: () => source.fetch(page),
      staleTime: 5_000,
    })),
  });
  const byPage = new Map(pageNumbers.map((page, i) => [page, pages[i]?.data]));
  const multi = checked.size > 1;

  // A clip selected from outside the list (one just pasted, or opened from a toast) is scrolled fully into view
  // once its row is known, so that it is not left half under the list's header or out of sight.
  const shownFor = useRef<string | null>(null);
  const firstItems = first.data?.items;
  useEffect(() => {
    if (selectedId === null || shownFor.current === selectedId) return;
    const inFirst = firstItems?.findIndex((item) => item.id === selectedId) ?? -1;
    const index = inFirst >= 0 ? inFirst : indexIn(byPage, selectedId);
    if (index < 0) return;
    shownFor.current = selectedId;
    virtualizer.scrollToIndex(index, { align: 'auto' });
  });

  if (first.isError) {
    return <div className="list-message" role="alert">The list could not be loaded: {first.error.message}</div>;
  }
  if (first.isSuccess && total === 0) return <>{empty}</>;

  return (
    <div ref={scrollRef} className="list-scroll" role="listbox" aria-label={view === 'trash' ? 'Trash' : 'Clips'} aria-multiselectable={view === 'library'} tabIndex={-1}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {rows.map((row) => {
          const item = byPage.get(Math.floor(row.index / PAGE_SIZE))?.items[row.index % PAGE_SIZE];
          const selected = item !== undefined && (multi ? checked.has(item.id) : item.id === selectedId);
          const isNew = item !== undefined && (item.isNew === true || newIds.has(item.id));
          return (
            <div
              key={row.key}
              className={`list-row${selected ? ' selected' : ''}${multi && item?.id === selectedId ? ' current' : ''}`}
              role="option"
              aria-selected={selected}
              data-index={row.index}
              style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
              onMouseDown={(e) => {
                // Shift+click picks a range; the browser would select the rows' text instead.
                if (e.shiftKey) e.preventDefault();
              }}
              onClick={(e) => item && onSelect(item, row.index, e)}
            >
              {item ? (
                <>
                  <div className="row-title" dir="auto">
                    {isNew && (
                      <span className="new-chip" title="New since you last opened this watchlist">
                        New
                      </span>
                    )}
                    <Highlighted text={item.title} ranges={item.titleHighlights} />
                  </div>
                  <div className="row-meta">
                    <span className="row-outlet" title={item.outlet ?? undefined}>
                      {item.outlet ?? 'Unknown outlet'}
                    </span>
                    <span aria-hidden="true"> · </span>
                    <span>{formatPublished(item.publishedAt)}</span>
                    {item.statementCount > 0 && (
                      <>
                        <span aria-hidden="true"> · </span>
                        <span>{item.statementCount} {item.statementCount === 1 ? 'statement' : 'statements'}</span>
                      </>
                    )}
                    {item.syndicationSize > 1 && (
                      <span className="badge" title="The same story, republished by other outlets">
                        {item.syndicationSize} outlets
                      </span>
                    )}
                  </div>
                  <div className="row-excerpt" dir="auto">
                    <Highlighted text={item.excerpt} ranges={item.highlights} />
                  </div>
                </>
              ) : (
                <div className="row-loading" aria-label="Loading" />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
});

function indexIn(byPage: ReadonlyMap<number, { items: ListRow[] } | undefined>, id: string): number {
  for (const [page, data] of byPage) {
    const at = data?.items.findIndex((item) => item.id === id) ?? -1;
    if (at >= 0) return page * PAGE_SIZE + at;
  }
  return -1;
}
