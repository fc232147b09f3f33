// How many rows the clip list has, and its facets. The plain list's pages count themselves; a search's first page
// comes before its summary (total and facets), and until the summary arrives the list holds the rows it has, so
// that the rows show at once and the list only grows when the count comes.
import { keepPreviousData, useQuery, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { SearchFacets, SearchSummary } from '../../../../electron/api/types';
import type { ListPage, ListSource } from './listSource';

export interface ListCount {
  first: UseQueryResult<ListPage>;
  /** Rows the list can show now: the total once known, else those of the first page. */
  rows: number;
  /** The total, or undefined while it is being counted. */
  total: number | undefined;
  /** The last facets counted: while the current query's are counted, the previous query's, with facetsPending. */
  facets: SearchFacets | null | undefined;
  /** The facets shown are an older query's, kept in place (dimmed) so that the panel does not jump. */
  facetsPending: boolean;
}

const NO_SUMMARY = ['articles', 'no-summary'] as const;

/** A summary that a newer keystroke overtook counted nothing: it is as good as not yet asked for. */
const usable = (summary: SearchSummary | undefined) => (summary && !summary.superseded ? summary : undefined);

function totalOf(page: ListPage | undefined, summary: SearchSummary | undefined): number | undefined {
  if (!page) return usable(summary)?.total;
  if (page.error) return 0;
  if (page.total !== null) return page.total;
  if (!page.more) return page.items.length;
  return usable(summary)?.total;
}

export function useListCount(source: ListSource): ListCount {
  const first = useQuery({ queryKey: source.key(0), queryFn: () => source.fetch(0) });
  const summary = useQuery({
    queryKey: source.summary?.key ?? NO_SUMMARY,
    queryFn: () => source.summary!.fetch(),
    enabled: source.summary !== null,
    placeholderData: keepPreviousData,
  });
  // The previous query's summary may stand in for the facets' place, never for the count.
  const current = summary.isPlaceholderData ? undefined : summary.data;
  const total = totalOf(first.data, current);
  const shown = source.summary ? usable(summary.data) : undefined;
  return { first, rows: total ?? first.data?.items.length ?? 0, total, facets: shown?.facets, facetsPending: shown !== undefined && usable(current) === undefined };
}

/** The same count read once, outside rendering (keyboard moves, select all). */
export function knownRows(client: QueryClient, source: ListSource): number {
  const page = client.getQueryData<ListPage>(source.key(0));
  const summary = source.summary ? client.getQueryData<SearchSummary>(source.summary.key) : undefined;
  return totalOf(page, summary) ?? page?.items.length ?? 0;
}
