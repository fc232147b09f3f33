// Which order a list shows. "Best match" means nothing without words to match, so a list with no query is newest
// first whatever was last chosen; once there is a query it is best first unless the person picked an order.
import type { SearchSort } from '../../../../electron/api/types';

export const SORTS_WITH_QUERY: readonly SearchSort[] = ['relevance', 'newest', 'oldest'];
export const SORTS_WITHOUT_QUERY: readonly SearchSort[] = ['newest', 'oldest'];

/** The order that runs, from the query and the person's own pick (null until they pick one). */
export function effectiveSort(query: string, picked: SearchSort | null): SearchSort {
  if (query.trim() === '') return picked === 'oldest' ? 'oldest' : 'newest';
  return picked ?? 'relevance';
}

export function sortChoices(query: string): readonly SearchSort[] {
  return query.trim() === '' ? SORTS_WITHOUT_QUERY : SORTS_WITH_QUERY;
}
