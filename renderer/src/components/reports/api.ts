// Server state for the report builder. The preview and the clip list live under the 'articles' key prefix, so
// any change to the library (a new clip, a highlight made in another window) reads them again, as searches do.
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { ReportDefinition } from '../../../../electron/api/types';
import { call } from '../../api/client';
import { keys } from '../../api/queries';
import { asTyped } from '../search/queryText';
import { orderClips, type ClipRowModel, type ClipSummary } from './clipOrder';
import { periodClauses } from './period';

/** search.articles gives at most this many; a report of more is an export, and the list says so. */
export const CLIP_LIMIT = 1000;

export const reportKeys = {
  saved: ['reports', 'saved'] as const,
  preview: (definition: string) => ['articles', 'report-preview', definition] as const,
  clips: (query: string) => ['articles', 'report-clips', query] as const,
  check: (query: string) => ['articles', 'report-query-check', query] as const,
  picked: (id: string) => [...keys.article(id), 'report'] as const,
};

export function useSavedReports() {
  return useQuery({ queryKey: reportKeys.saved, queryFn: () => call('reports.list', {}) });
}

/** The report's HTML for a definition that has settled; the last page stays up while the next one renders. */
export function useReportPreview(definition: ReportDefinition) {
  const json = JSON.stringify(definition);
  return useQuery({
    queryKey: reportKeys.preview(json),
    queryFn: () => call('reports.preview', { definition }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** The query text the report builder runs: the typed query in parentheses, then the period. */
export function selectionQuery(selection: ReportDefinition['selection']): string {
  const query = selection.query?.trim() ? `(${selection.query.trim()})` : '';
  return [query, periodClauses(selection)].filter(Boolean).join(' ');
}

export interface SelectionClips {
  rows: ClipRowModel[];
  /** How many the query finds, which may be more than the list holds. */
  total: number;
  loading: boolean;
  failed: boolean;
}

/**
 * `selection` as it is now (pins, order and exclusions show at once); `text`, the query of the selection once the
 * typing has settled, so the list does not search on every key.
 */
export function useSelectionClips(selection: ReportDefinition['selection'], text: string, newestFirst: boolean): SelectionClips {
  // As in the builder: with no query and no period, clips added by hand are the whole selection.
  const byQuery = text !== '' || selection.picked.length === 0;
  const found = useQuery({
    queryKey: reportKeys.clips(text),
    queryFn: () => call('search.articles', { query: text, sort: 'oldest', limit: CLIP_LIMIT }),
    enabled: byQuery,
    placeholderData: keepPreviousData,
    retry: false,
  });
  const picked = useQueries({
    queries: selection.picked.map((id) => ({ queryKey: reportKeys.picked(id), queryFn: () => call('articles.get', { id }), retry: false, staleTime: 30_000 })),
  });
  const pickedClips: ClipSummary[] = picked.flatMap((q) => (q.data && q.data.deletedAt === null ? [q.data] : []));
  const foundClips: ClipSummary[] = byQuery && !found.data?.error ? (found.data?.items ?? []) : [];
  const foundIds = new Set(foundClips.map((c) => c.id));
  const extra = pickedClips.filter((c) => !foundIds.has(c.id)).length;
  return {
    rows: orderClips(foundClips, pickedClips, selection, newestFirst),
    total: (byQuery && !found.data?.error ? (found.data?.total ?? 0) : 0) + extra,
    loading: (byQuery && found.isPending) || picked.some((q) => q.isPending),
    failed: found.isError || Boolean(found.data?.error),
  };
}

/** Where and why the typed query does not parse, measured against the text as typed (the builder wraps it). */
export function useQueryCheck(query: string) {
  const result = useQuery({
    queryKey: reportKeys.check(query),
    queryFn: () => call('search.articles', { query, limit: 1 }),
    enabled: query.trim() !== '',
    staleTime: 60_000,
  });
  return query.trim() === '' ? null : (result.data?.error ?? null);
}

/** Hand-picking: the library's clips for a few typed words. */
export function useClipSearch(words: string) {
  return useQuery({
    queryKey: ['articles', 'report-add', words],
    // The last word also finds the words it starts, so results follow the typing.
    queryFn: () => call('search.articles', { query: asTyped(words), limit: 8 }),
    enabled: words.trim() !== '',
    placeholderData: keepPreviousData,
  });
}
