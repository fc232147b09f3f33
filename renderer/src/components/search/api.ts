// Server state for search and watchlists. Article searches live under the 'articles' key prefix and statement
// searches under 'search', so that every library change (invalidateLibrary) reads them again.
import { useQuery } from '@tanstack/react-query';
import type { ArticleSearchHit, SearchPage, SearchSort, SearchSummary, StatementSearchHit } from '../../../../electron/api/types';
import { call } from '../../api/client';
import { PAGE_SIZE } from '../../api/queries';
import { asTyped } from './queryText';

export interface SearchParams {
  query: string;
  sort: SearchSort;
  /** Set while a watchlist runs: its unseen matches come back flagged isNew. */
  savedSearchId: string | null;
}

export const searchKeys = {
  articlePage: (p: SearchParams, page: number) => ['articles', 'search', p.query, p.sort, p.savedSearchId ?? '', page] as const,
  /** The explorer's rows alone (search.statementPage); their total and facets come apart (statementSummary). */
  statementPage: (p: SearchParams, page: number) => ['search', 'statement-rows', p.query, p.sort, p.savedSearchId ?? '', page] as const,
  /** One official's statements for the grouped view, with the month facet for its bars. */
  officialTimeline: (query: string, limit: number) => ['search', 'timeline', query, limit] as const,
  facetsOnly: (query: string) => ['articles', 'search-facets', query] as const,
  /** The total and facets of the clip list's query, asked for beside its first page. */
  articleSummary: (p: SearchParams) => ['articles', 'search-summary', queryOf(p)] as const,
  /** The total and facets of the explorer's query, asked for beside its first page. */
  statementSummary: (p: SearchParams) => ['search', 'statement-summary', queryOf(p)] as const,
  help: ['search-help'] as const,
  saved: ['savedSearches'] as const,
};

/** A watchlist runs exactly as it was saved; typed text is read as a person means it (queryText.ts). */
const queryOf = (p: SearchParams) => (p.savedSearchId ? p.query : asTyped(p.query));

/**
 * Each window or tab names its boxes apart (a lane is one box in one page), so that one window's typing never makes
 * another's facets moot. Not a secret: any distinct string will do.
 */
const PAGE_LANE = Math.random().toString(36).slice(2, 10);

/**
 * The clip list's search box: its page and summary requests name it, so that the summary of a query typed over
 * before it was counted is skipped by the library.
 */
const LIBRARY_LANE = `library-${PAGE_LANE}`;

/** A page of clips, without waiting for the count and facets (fetchArticleSummary brings them). */
export function fetchArticlePage(p: SearchParams, page: number, signal?: AbortSignal): Promise<SearchPage<ArticleSearchHit>> {
  return call('search.articlePage', { query: queryOf(p), sort: p.sort, offset: page * PAGE_SIZE, limit: PAGE_SIZE, lane: LIBRARY_LANE, ...(p.savedSearchId && { savedSearchId: p.savedSearchId }) }, signal);
}

export function fetchArticleSummary(p: SearchParams, signal?: AbortSignal): Promise<SearchSummary> {
  return call('search.facets', { scope: 'articles', query: queryOf(p), lane: LIBRARY_LANE }, signal);
}

/** The statements explorer's search box, a lane of its own beside the clip list's. */
const EXPLORER_LANE = `explorer-${PAGE_LANE}`;

/** A page of statements, without waiting for the count and facets (fetchStatementSummary brings them). */
export function fetchStatementPage(p: SearchParams, page: number, signal?: AbortSignal): Promise<SearchPage<StatementSearchHit>> {
  return call('search.statementPage', { query: queryOf(p), sort: p.sort, offset: page * PAGE_SIZE, limit: PAGE_SIZE, lane: EXPLORER_LANE, ...(p.savedSearchId && { savedSearchId: p.savedSearchId }) }, signal);
}

export function fetchStatementSummary(p: SearchParams, signal?: AbortSignal): Promise<SearchSummary> {
  return call('search.facets', { scope: 'statements', query: queryOf(p), lane: EXPLORER_LANE }, signal);
}

export function useSearchHelp(enabled: boolean) {
  return useQuery({ queryKey: searchKeys.help, queryFn: () => call('search.help', {}), enabled, staleTime: Infinity });
}

export function useSavedSearches() {
  return useQuery({ queryKey: searchKeys.saved, queryFn: () => call('savedSearches.list', {}) });
}
