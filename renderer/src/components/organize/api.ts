// Server state for the Organize view: topics, tags and annotations through TanStack Query, under one key prefix so
// that a change or a finished rules job refreshes all of it at once.
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { keys } from '../../api/queries';

export const ANNOTATION_PAGE = 200;

export const organizeKeys = {
  all: ['organize'] as const,
  topics: ['organize', 'topics'] as const,
  tags: ['organize', 'tags'] as const,
  suggestions: ['organize', 'suggestions'] as const,
  starterSize: ['organize', 'starter-size'] as const,
  preview: (rule: string) => ['organize', 'preview', rule] as const,
  annotations: (search: string, orphanedOnly: boolean) => ['organize', 'annotations', search, orphanedOnly] as const,
  annotationPage: (search: string, orphanedOnly: boolean, page: number) => ['organize', 'annotations', search, orphanedOnly, page] as const,
};

export function useTopics() {
  return useQuery({ queryKey: organizeKeys.topics, queryFn: () => call('topics.list', {}) });
}

export function useTags() {
  return useQuery({ queryKey: organizeKeys.tags, queryFn: () => call('tags.list', {}) });
}

export function fetchAnnotationPage(search: string, orphanedOnly: boolean, page: number) {
  return call('annotations.list', { offset: page * ANNOTATION_PAGE, limit: ANNOTATION_PAGE, orphanedOnly, ...(search && { search }) });
}

/** Topics, tags and the reader's view of them all change together; the reader's article data is refreshed too. */
export function invalidateOrganize(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: organizeKeys.all });
  void client.invalidateQueries({ queryKey: ['article'] });
  void client.invalidateQueries({ queryKey: keys.jobs });
}

/** A rules job changes counts in the background; when one ends, what the view shows is read again. */
export function useRefreshWhenRulesJobsEnd(): void {
  const client = useQueryClient();
  const jobs = useQuery({ queryKey: keys.jobs, queryFn: () => call('jobs.list', {}) });
  const running = (jobs.data ?? []).filter((j) => j.kind === 'topics' && j.state === 'running').map((j) => j.id);
  const signature = running.join(',');
  const previous = useRef(signature);
  useEffect(() => {
    if (previous.current !== signature) {
      previous.current = signature;
      void client.invalidateQueries({ queryKey: organizeKeys.all });
    }
  }, [client, signature]);
}

/** The value, once it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function plural(n: number, one: string, many: string): string {
  return `${new Intl.NumberFormat().format(n)} ${n === 1 ? one : many}`;
}
