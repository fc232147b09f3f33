// What one search box holds: the text as typed, the query that runs (the typed text once it has rested 150 ms),
// the sort, and the watchlist it came from, if any. A watchlist stays attached while its query is unchanged.
import { useCallback, useEffect, useState } from 'react';
import type { SavedSearch, SearchSort } from '../../../../electron/api/types';
import type { SearchParams } from './api';
import { effectiveSort, sortChoices } from './sortOrder';

export interface SearchState {
  input: string;
  setInput(text: string): void;
  /** Sets the text and runs it at once (facets, filters): no reason to wait for typing to stop. */
  setNow(text: string): void;
  query: string;
  /** The order that runs: newest first without a query, best first with one unless another was picked. */
  sort: SearchSort;
  setSort(sort: SearchSort): void;
  /** The orders that mean something for the current query. */
  sortChoices: readonly SearchSort[];
  watch: SavedSearch | null;
  /** Counts the times a watchlist was opened, so that opening it again marks it seen again. */
  opened: number;
  run(saved: SavedSearch): void;
  params: SearchParams;
}

export function useSearchState(): SearchState {
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const [picked, setSort] = useState<SearchSort | null>(null);
  const [watch, setWatch] = useState<SavedSearch | null>(null);
  const [opened, setOpened] = useState(0);
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(input.trim()), 150);
    return () => window.clearTimeout(timer);
  }, [input]);
  const setNow = useCallback((text: string) => {
    setInput(text);
    setQuery(text.trim());
  }, []);
  const run = useCallback((saved: SavedSearch) => {
    setInput(saved.query);
    setQuery(saved.query.trim());
    setWatch(saved);
    setOpened((n) => n + 1);
  }, []);
  const savedSearchId = watch && watch.query.trim() === query ? watch.id : null;
  const sort = effectiveSort(query, picked);
  return { input, setInput, setNow, query, sort, setSort, sortChoices: sortChoices(query), watch: savedSearchId ? watch : null, opened, run, params: { query, sort, savedSearchId } };
}
