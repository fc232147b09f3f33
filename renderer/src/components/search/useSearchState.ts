// What one search box holds: the text as typed, the query that runs (the typed text once it has rested 150 ms),
// the sort, and the watchlist it came from, if any. A watchlist stays attached while its query is unchanged.
import { useCallback, useEffect, useState } from 'react';
import type { SavedSearch, SearchSort } from '../../../../electron/api/types';
import type { SearchParams } from './api';

export interface SearchState {
  input: string;
  setInput(text: string): void;
  /** Sets the text and runs it at once (facets, filters): no reason to wait for typing to stop. */
  setNow(text: string): void;
  query: string;
  sort: SearchSort;
  setSort(sort: SearchSort): void;
  watch: SavedSearch | null;
  /** Counts the times a watchlist was opened, so that opening it again marks it seen again. */
  opened: number;
  run(saved: SavedSearch): void;
  params: SearchParams;
}

export function useSearchState(): SearchState {
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SearchSort>('relevance');
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
  return { input, setInput, setNow, query, sort, setSort, watch: savedSearchId ? watch : null, opened, run, params: { query, sort, savedSearchId } };
}
