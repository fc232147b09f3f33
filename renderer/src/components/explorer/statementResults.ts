// The explorer's results, first page first: its rows come from search.statementPage as soon as they are found, and
// the total and facets from a search.facets request of their own. Until the current query's facets are counted the
// previous query's stay in place (dimmed), so that the panel does not jump; they never stand in for the count.
// Both requests take TanStack Query's signal, so that a query typed over is cancelled, not merely ignored.
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { SearchFacets, SearchPage, SearchSummary, StatementSearchHit } from '../../../../electron/api/types';
import { fetchStatementPage, fetchStatementSummary, searchKeys, type SearchParams } from '../search/api';

export interface StatementResults {
  first: UseQueryResult<SearchPage<StatementSearchHit>>;
  /** Rows the list can show now: the total once known, else those of the first page. */
  rows: number;
  /** The total, or undefined while it is being counted. */
  total: number | undefined;
  /** The last facets counted: while the current query's are counted, the previous query's, with facetsPending. */
  facets: SearchFacets | null | undefined;
  /** The facets shown are an older query's, kept in place (dimmed) until the current query's come. */
  facetsPending: boolean;
}

/** A summary that a newer keystroke overtook counted nothing: it is as good as not yet asked for. */
const usable = (summary: SearchSummary | undefined) => (summary && !summary.superseded ? summary : undefined);

/** The total as soon as either answer knows it: a page that counted anyway, the last page, or the summary. */
export function totalOf(page: SearchPage<StatementSearchHit> | undefined, summary: SearchSummary | undefined): number | undefined {
  if (!page) return usable(summary)?.total;
  if (page.error) return 0;
  if (page.total !== null) return page.total;
  if (!page.more) return page.offset + page.items.length;
  return usable(summary)?.total;
}

export function useStatementResults(params: SearchParams): StatementResults {
  const first = useQuery({ queryKey: searchKeys.statementPage(params, 0), queryFn: ({ signal }) => fetchStatementPage(params, 0, signal) });
  const summary = useQuery({
    queryKey: searchKeys.statementSummary(params),
    queryFn: ({ signal }) => fetchStatementSummary(params, signal),
    placeholderData: keepPreviousData,
  });
  const current = summary.isPlaceholderData ? undefined : summary.data;
  const total = totalOf(first.data, current);
  const shown = usable(summary.data);
  return { first, rows: total ?? first.data?.items.length ?? 0, total, facets: shown?.facets, facetsPending: shown !== undefined && usable(current) === undefined };
}
