// Server state for the UI, through TanStack Query: the list is fetched in pages as the virtual list reaches them,
// and every change the main process announces invalidates what it touches.
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ArticlePage } from '../../../electron/api/types';
import { call, subscribe } from './client';

export const PAGE_SIZE = 200;
export type ListView = 'library' | 'trash';
export type View = ListView | 'statements' | 'feeds' | 'officials' | 'organize' | 'reports';

export const keys = {
  articles: ['articles'] as const,
  page: (view: ListView, search: string, page: number) => ['articles', view, search, page] as const,
  article: (id: string) => ['article', id] as const,
  info: ['info'] as const,
  outlets: ['outlets'] as const,
  jobs: ['jobs'] as const,
  feeds: ['feeds'] as const,
};

export function fetchPage(view: ListView, search: string, page: number): Promise<ArticlePage> {
  return call('articles.list', { offset: page * PAGE_SIZE, limit: PAGE_SIZE, trash: view === 'trash', ...(search && { search }) });
}

export function useArticle(id: string | null) {
  return useQuery({
    queryKey: keys.article(id ?? ''),
    queryFn: () => call('articles.get', { id: id! }),
    enabled: id !== null,
  });
}

export function useAppInfo() {
  return useQuery({ queryKey: keys.info, queryFn: () => call('app.info', {}) });
}

export function useOutlets() {
  return useQuery({ queryKey: keys.outlets, queryFn: () => call('outlets.list', {}), staleTime: 30_000 });
}

export function invalidateLibrary(client: QueryClient, ids?: readonly string[]): void {
  void client.invalidateQueries({ queryKey: keys.articles });
  void client.invalidateQueries({ queryKey: keys.info });
  void client.invalidateQueries({ queryKey: keys.outlets });
  void client.invalidateQueries({ queryKey: keys.feeds });
  void client.invalidateQueries({ queryKey: ['statements'] });
  void client.invalidateQueries({ queryKey: ['officials'] });
  // Statement searches and watchlist counts follow every change to the library.
  void client.invalidateQueries({ queryKey: ['search'] });
  void client.invalidateQueries({ queryKey: ['savedSearches'] });
  if (ids) for (const id of ids) void client.invalidateQueries({ queryKey: keys.article(id) });
  else void client.invalidateQueries({ queryKey: ['article'] });
}

/** Keeps every open window and tab in step with changes made elsewhere (another window, the CLI's server). */
export function useLibraryEvents(): void {
  const client = useQueryClient();
  useEffect(
    () =>
      subscribe((event) => {
        if (event.type === 'library.changed') invalidateLibrary(client, event.ids);
        else void client.invalidateQueries({ queryKey: keys.jobs });
      }),
    [client],
  );
}
