// The reader's view of what people added to one article (tone, tags, topics, highlights), and one way to change it:
// every change refetches what it touches and reports a failure in a toast, in words.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { call, errorMessage } from '../../api/client';
import { useToast } from '../Toasts';

export const organizeKeys = {
  article: (articleId: string) => ['organize', articleId] as const,
  // Under the same roots as the organize views' own lists, so a change here refreshes their counts too.
  tags: ['tags', 'list'] as const,
  topics: ['topics', 'list'] as const,
};

export function useOrganization(articleId: string | null) {
  return useQuery({
    queryKey: organizeKeys.article(articleId ?? ''),
    queryFn: () => call('organize.article', { articleId: articleId! }),
    enabled: articleId !== null,
  });
}

export function useTagList() {
  return useQuery({ queryKey: organizeKeys.tags, queryFn: () => call('tags.list', {}), staleTime: 10_000 });
}

export function useTopicList() {
  return useQuery({ queryKey: organizeKeys.topics, queryFn: () => call('topics.list', {}), staleTime: 10_000 });
}

/** Runs a change, refreshes the article's organization and the tag and topic lists, and toasts what failed. */
export function useOrganizeAction(articleId: string) {
  const client = useQueryClient();
  const toast = useToast();
  return useCallback(
    async <T>(promise: Promise<T>, failed: string, done?: string): Promise<T | undefined> => {
      try {
        const result = await promise;
        if (done) toast({ message: done });
        return result;
      } catch (err) {
        toast({ tone: 'error', message: `${failed}: ${errorMessage(err)}` });
        return undefined;
      } finally {
        void client.invalidateQueries({ queryKey: organizeKeys.article(articleId) });
        void client.invalidateQueries({ queryKey: ['tags'] });
        void client.invalidateQueries({ queryKey: ['topics'] });
      }
    },
    [client, toast, articleId],
  );
}
