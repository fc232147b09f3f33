// The statements explorer: what was said, searched with the query language, filtered by official, topic, outlet
// and period, as one virtualized list or grouped by official with a timeline each. It takes the list and reader
// columns together, like Organize; opening a statement shows its article in the library at that statement.
// Its rows come first and its count and facets after them, in a request of their own (statementResults.ts).
import { useId, useState, type RefObject } from 'react';
import type { SavedSearch } from '../../../../electron/api/types';
import { FacetPanel } from '../search/FacetPanel';
import { QueryBox } from '../search/QueryBox';
import { SaveSearchDialog } from '../search/SaveSearchDialog';
import { SearchToolbar } from '../search/SearchToolbar';
import type { SearchState } from '../search/useSearchState';
import { useWatchSession } from '../search/useWatchSession';
import { ExplorerFilters } from './ExplorerFilters';
import { OfficialGroups } from './OfficialGroups';
import { ReviewQueue, useReviewQueue, type StatementPlace } from './ReviewQueue';
import { SpeakerKindFacet } from './SpeakerKindFacet';
import { StatementList } from './StatementList';
import { useStatementResults } from './statementResults';
import { UntypedSpeakersNotice } from './UntypedSpeakersNotice';
import './explorer.css';
import './explorer-pending.css';

interface Props {
  search: SearchState;
  /** Opens the clip in the reader at the statement. */
  onOpenStatement(place: StatementPlace): void;
  onSaved(saved: SavedSearch): void;
  /** Ctrl+K focuses it, as it does the library's box. */
  inputRef: RefObject<HTMLInputElement | null>;
}

export function Explorer({ search, onOpenStatement, onSaved, inputRef }: Props) {
  const facetsId = useId();
  const [mode, setMode] = useState<'list' | 'officials' | 'review'>('list');
  const reviewTotal = useReviewQueue().data?.pages[0]?.total ?? 0;
  const [facetsOpen, setFacetsOpen] = useState(true);
  const [saving, setSaving] = useState(false);
  const { params } = search;
  const results = useStatementResults(params);
  const { first, total, facets, facetsPending } = results;
  const error = first.data?.error ?? null;
  const newIds = useWatchSession(params.savedSearchId, search.opened, first.data?.items);
  const shownError = error && search.input.trim() === params.query ? error : null;

  const empty = error ? (
    <div className="empty">
      <h2>The search cannot run yet</h2>
      <p>Correct the query where it is marked above.</p>
    </div>
  ) : params.query ? (
    <div className="empty">
      <h2>No statements match “{params.query}”</h2>
      <p>Try fewer words or filters, a word’s start with *, or another spelling of the name.</p>
    </div>
  ) : (
    <div className="empty">
      <h2>No statements yet</h2>
      <p>Statements are found in every clip you paste or import: quotations and reported speech, with their speakers.</p>
    </div>
  );

  return (
    <section className="explorer" aria-label="Statements">
      <header className="explorer-header">
        <div className="explorer-title-row">
          <h1 className="list-title">Statements</h1>
          {search.watch && <span className="watch-chip">Watchlist: {search.watch.name}</span>}
          <div className="segmented explorer-mode" role="group" aria-label="Show statements">
            <button type="button" aria-pressed={mode === 'list'} onClick={() => setMode('list')}>
              List
            </button>
            <button type="button" aria-pressed={mode === 'officials'} onClick={() => setMode('officials')}>
              Group by official
            </button>
            <button type="button" aria-pressed={mode === 'review'} onClick={() => setMode('review')}>
              Needs review
              {reviewTotal > 0 && (
                <span className="badge" aria-label={`${reviewTotal} to review`}>
                  {reviewTotal}
                </span>
              )}
            </button>
          </div>
        </div>
        <QueryBox
          label="Search statements"
          placeholder='What was said: corridor official:"Hikmet Hajiyev" after:2024-01'
          value={search.input}
          onChange={search.setInput}
          error={shownError}
          inputRef={inputRef}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              search.setNow('');
              e.currentTarget.blur();
            } else if (e.key === 'Enter' || e.key === 'ArrowDown') {
              e.preventDefault();
              document.querySelector<HTMLElement>('.st-list')?.focus();
            }
          }}
        />
        <UntypedSpeakersNotice />
        <ExplorerFilters query={search.input} onQuery={search.setNow} facets={facets} />
        <SearchToolbar
          total={total}
          noun={['statement', 'statements']}
          tookMs={first.data?.tookMs ?? null}
          sort={search.sort}
          onSort={search.setSort}
          facetsOpen={facetsOpen}
          onFacetsOpen={setFacetsOpen}
          facetsId={facetsId}
          onSave={params.query && !error ? () => setSaving(true) : null}
        />
      </header>
      {mode === 'review' ? (
        <div className="explorer-review">
          <ReviewQueue onOpen={onOpenStatement} />
        </div>
      ) : (
      <div className={`explorer-body${facetsOpen ? '' : ' no-facets'}`}>
        {facetsOpen && (
          <aside className="explorer-facets" id={facetsId} aria-label="Facets">
            {facets && <SpeakerKindFacet counts={facets.speakerKinds} approximate={facets.approximate} pending={facetsPending} query={search.input} onQuery={search.setNow} />}
            <FacetPanel facets={facets} pending={facetsPending} query={search.input} onQuery={search.setNow} />
          </aside>
        )}
        <div className="explorer-results">
          {mode === 'list' || error || total === 0 ? (
            <StatementList params={params} results={results} newIds={newIds} onOpen={onOpenStatement} empty={empty} />
          ) : (
            <OfficialGroups facets={facets} pending={facetsPending} total={total} query={params.query} newIds={newIds} onOpen={onOpenStatement} />
          )}
        </div>
      </div>
      )}
      <SaveSearchDialog open={saving} query={params.query} scope="statements" onClose={() => setSaving(false)} onSaved={onSaved} />
    </section>
  );
}
