// Remove and Merge act at once; the toast's Undo hands the route's token back to officials.restore. The token is
// kept in the library, so a pending Undo is also remembered in this tab's sessionStorage for as long as its toast
// would have stayed: a page reloaded meanwhile offers it again when the Officials page opens.
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { call, errorMessage } from '../../api/client';
import { useToast, type ToastInput } from '../Toasts';

const STORAGE_KEY = 'verbatim.officials.pendingUndo';
/** As long as an info toast stays (Toasts.tsx). */
const TOAST_LIFE_MS = 7_000;

interface PendingUndo {
  token: string;
  message: string;
  until: number;
}

function pending(): PendingUndo[] {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(stored) ? (stored as PendingUndo[]).filter((p) => typeof p.token === 'string' && p.until > Date.now()) : [];
  } catch {
    return [];
  }
}

function remember(list: PendingUndo[]): void {
  if (list.length === 0) sessionStorage.removeItem(STORAGE_KEY);
  else sessionStorage.setItem(STORAGE_KEY, JSON.stringify(list));
}

function undoToast(token: string, message: string, client: QueryClient, toast: (t: ToastInput) => void): ToastInput {
  const run = async () => {
    remember(pending().filter((p) => p.token !== token));
    try {
      const { official, action } = await call('officials.restore', { token });
      void client.invalidateQueries({ queryKey: ['officials'] });
      void client.invalidateQueries({ queryKey: ['statements'] });
      toast({ message: action === 'merge' ? `${official.canonicalName} is separate again.` : `${official.canonicalName} is back in the registry.` });
    } catch (err) {
      toast({ tone: 'error', message: `Could not undo: ${errorMessage(err)}` });
    }
  };
  return { message, action: { label: 'Undo', run: () => void run() } };
}

/** Shows what was done with an Undo (when the route gave a token) and remembers it for the toast's life. */
export function useRegistryUndo(): (token: string | null, message: string) => void {
  const client = useQueryClient();
  const toast = useToast();
  return useCallback(
    (token: string | null, message: string) => {
      if (token === null) {
        toast({ message });
        return;
      }
      remember([...pending(), { token, message, until: Date.now() + TOAST_LIFE_MS }]);
      toast(undoToast(token, message, client, toast));
    },
    [client, toast],
  );
}

/** Offers again the Undo of a removal or merge whose toast a reload took away before it expired. */
export function useResumedRegistryUndo(): void {
  const client = useQueryClient();
  const toast = useToast();
  useEffect(() => {
    const list = pending();
    remember(list);
    for (const { token, message } of list) toast(undoToast(token, message, client, toast));
  }, [client, toast]);
}
