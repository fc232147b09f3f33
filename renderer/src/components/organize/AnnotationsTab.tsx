// Every highlight and note in the library, newest first, in a virtualized list fetched in pages as it scrolls
// (there may be thousands); searchable by note, filterable to those that lost their place in an edited text.
import { useQueries, useQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { AnnotationRecord } from '../../../../electron/api/types';
import { call, errorMessage } from '../../api/client';
import { useToast } from '../Toasts';
import { ANNOTATION_PAGE, fetchAnnotationPage, organizeKeys, plural, useDebounced } from './api';

const ROW_HEIGHT = 92;

export function AnnotationsTab({ onOpenArticle }: { onOpenArticle(id: string): void }) {
  const [searchInput, setSearchInput] = useState('');
  const [orphanedOnly, setOrphanedOnly] = useState(false);
  const search = useDebounced(searchInput.trim(), 200);
  const first = useQuery({ queryKey: organizeKeys.annotationPage(search, orphanedOnly, 0), queryFn: () => fetchAnnotationPage(search, orphanedOnly, 0) });
  const total = first.data?.total ?? 0;
  const filtered = search !== '' || orphanedOnly;

  return (
    <div className="annotations-tab">
      <div className="annotations-toolbar">
        <input
          className="search"
          type="search"
          value={searchInput}
          placeholder="Search notes"
          aria-label="Search notes"
          onChange={(e) => setSearchInput(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setSearchInput('');
          }}
        />
        <label className="checkbox">
          <input type="checkbox" checked={orphanedOnly} onChange={(e) => setOrphanedOnly(e.target.checked)} />
          Orphaned only
        </label>
        <span className="hint-text annotations-total" aria-live="polite">
          {first.data ? plural(total, 'annotation', 'annotations') : ''}
        </span>
        <ExportButton />
      </div>
      {first.isError ? (
        <div className="list-message" role="alert">
          The annotations could not be loaded: {first.error.message}
        </div>
      ) : first.isSuccess && total === 0 ? (
        filtered ? (
          <div className="empty">
            <h2>Nothing matches</h2>
            <p>{orphanedOnly && search === '' ? 'Every highlight is still anchored in its text.' : `No note matches “${search}”${orphanedOnly ? ' among the orphaned highlights' : ''}.`}</p>
          </div>
        ) : (
          <div className="empty">
            <h2>No annotations yet</h2>
            <p>
              Select words in a clip and press <kbd>H</kbd> to highlight them; add a note or tags to the highlight. Every highlight in the library is listed here.
            </p>
          </div>
        )
      ) : (
        <AnnotationList total={total} search={search} orphanedOnly={orphanedOnly} onOpenArticle={onOpenArticle} />
      )}
    </div>
  );
}

function AnnotationList({ total, search, orphanedOnly, onOpenArticle }: { total: number; search: string; orphanedOnly: boolean; onOpenArticle(id: string): void }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer's functions cannot be memoized; the compiler skips this component, which is what it needs.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const rows = virtualizer.getVirtualItems();
  const pageNumbers = useMemo(() => [...new Set(rows.map((r) => Math.floor(r.index / ANNOTATION_PAGE)))], [rows]);
  const pages = useQueries({
    queries: pageNumbers.map((page) => ({
      queryKey: organizeKeys.annotationPage(search, orphanedOnly, page),
      queryFn: () => fetchAnnotationPage(search, orphanedOnly, page),
      staleTime: 5_000,
    })),
  });
  const byPage = new Map(pageNumbers.map((page, i) => [page, pages[i]?.data]));
  return (
    <div ref={scrollRef} className="list-scroll annotation-scroll" role="list" aria-label="Annotations">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {rows.map((row) => {
          const item = byPage.get(Math.floor(row.index / ANNOTATION_PAGE))?.items[row.index % ANNOTATION_PAGE];
          return (
            // A click anywhere on the row opens its clip; the clip's title inside is the same action from the keyboard.
            <div
              key={row.key}
              role="listitem"
              className={`list-row annotation-row${item ? ' openable' : ''}`}
              style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
              onClick={() => item && onOpenArticle(item.articleId)}
            >
              {item ? <AnnotationRow item={item} onOpenArticle={onOpenArticle} /> : <div className="row-loading" aria-label="Loading" />}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function AnnotationRow({ item, onOpenArticle }: { item: AnnotationRecord; onOpenArticle(id: string): void }) {
  return (
    <>
      <div className="annotation-quote" dir="auto">
        <span className="annotation-swatch" style={{ background: item.color }} aria-hidden="true" />
        <q>{item.exact}</q>
        {item.anchorStatus === 'orphaned' && <span className="badge orphaned">orphaned</span>}
      </div>
      {item.note ? (
        <div className="annotation-note" dir="auto">
          {item.note}
        </div>
      ) : (
        <div className="annotation-note none">No note</div>
      )}
      <div className="row-meta annotation-meta">
        <button
          type="button"
          className="link-button annotation-article"
          onClick={(e) => {
            e.stopPropagation();
            onOpenArticle(item.articleId);
          }}
          title="Open the clip in the library"
          dir="auto"
        >
          {item.articleTitle}
        </button>
        {item.tags.map((t) => (
          <span key={t.id} className="tag-chip" style={{ borderColor: t.color }}>
            <span className="dot" style={{ background: t.color }} aria-hidden="true" />
            {t.name}
          </span>
        ))}
      </div>
    </>
  );
}

/** The whole library's annotations as a W3C Web Annotation (JSON-LD) file, saved through the browser's download. */
function ExportButton() {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const exportAll = async () => {
    setBusy(true);
    try {
      const data = await call('annotations.export', {});
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/ld+json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `verbatim-annotations-${new Date().toISOString().slice(0, 10)}.jsonld`;
      document.body.append(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      toast({ message: 'Exported the annotations as W3C JSON-LD.' });
    } catch (err) {
      toast({ tone: 'error', message: `Could not export the annotations: ${errorMessage(err)}` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="button" onClick={() => void exportAll()} disabled={busy}>
      Export all (W3C JSON-LD)
    </button>
  );
}
