// The clip list: virtualized (only the visible rows exist in the page) and fetched in pages of 200 as the
// scroll position reaches them, so a library of 100,000 clips scrolls like one of ten.
import { useQueries, useQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useImperativeHandle, useMemo, useRef } from 'react';
import type { ArticleSummary } from '../../../electron/api/types';
import { fetchPage, keys, PAGE_SIZE, type ListView } from '../api/queries';
import { formatPublished } from '../format';

export const ROW_HEIGHT = 78;

export interface ArticleListHandle {
  scrollToIndex(index: number): void;
}

interface Props {
  view: ListView;
  search: string;
  selectedId: string | null;
  onSelect(article: ArticleSummary, index: number): void;
  empty: React.ReactNode;
}

export const ArticleList = forwardRef<ArticleListHandle, Props>(function ArticleList({ view, search, selectedId, onSelect, empty }, ref) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const first = useQuery({ queryKey: keys.page(view, search, 0), queryFn: () => fetchPage(view, search, 0) });
  const total = first.data?.total ?? 0;

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  useImperativeHandle(ref, () => ({ scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }) }), [virtualizer]);

  const rows = virtualizer.getVirtualItems();
  const pageNumbers = useMemo(() => [...new Set(rows.map((r) => Math.floor(r.index / PAGE_SIZE)))], [rows]);
  const pages = useQueries({
    queries: pageNumbers.map((page) => ({
      queryKey: keys.page(view, search, page),
      queryFn: () => fetchPage(view, search, page),
      staleTime: 5_000,
    })),
  });
  const byPage = new Map(pageNumbers.map((page, i) => [page, pages[i]?.data]));

  if (first.isError) {
    return <div className="list-message" role="alert">The list could not be loaded: {first.error.message}</div>;
  }
  if (first.isSuccess && total === 0) return <>{empty}</>;

  return (
    <div ref={scrollRef} className="list-scroll" role="listbox" aria-label={view === 'trash' ? 'Trash' : 'Clips'} tabIndex={-1}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {rows.map((row) => {
          const item = byPage.get(Math.floor(row.index / PAGE_SIZE))?.items[row.index % PAGE_SIZE];
          const selected = item !== undefined && item.id === selectedId;
          return (
            <div
              key={row.key}
              className={`list-row${selected ? ' selected' : ''}`}
              role="option"
              aria-selected={selected}
              data-index={row.index}
              style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
              onClick={() => item && onSelect(item, row.index)}
            >
              {item ? (
                <>
                  <div className="row-title" dir="auto">{item.title}</div>
                  <div className="row-meta">
                    <span className="row-outlet">{item.outlet ?? 'Unknown outlet'}</span>
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
                  <div className="row-excerpt" dir="auto">{item.excerpt}</div>
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
