// A watchlist's new matches: flagged when it is opened, then marked seen. The flags are remembered for as long as
// the watchlist stays open, since after markSeen the search no longer reports them as new.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { useToast } from '../Toasts';
import { searchKeys } from './api';

export function useWatchSession(savedSearchId: string | null, opened: number, firstPage: ReadonlyArray<{ id: string; isNew?: boolean }> | undefined): ReadonlySet<string> {
  const client = useQueryClient();
  const toast = useToast();
  const marked = useRef('');
  const [flagged, setFlagged] = useState<{ key: string; ids: ReadonlySet<string> }>({ key: '', ids: new Set() });
  const key = savedSearchId ? `${savedSearchId}:${opened}` : '';
  useEffect(() => {
    if (!savedSearchId || !firstPage || marked.current === key) return;
    marked.current = key;
    const ids = new Set(firstPage.filter((hit) => hit.isNew).map((hit) => hit.id));
    call('savedSearches.markSeen', { id: savedSearchId })
      .then(() => {
        setFlagged({ key, ids });
        void client.invalidateQueries({ queryKey: searchKeys.saved });
      })
      .catch((err: unknown) => toast({ tone: 'error', message: `Could not mark the watchlist as seen: ${errorMessage(err)}` }));
  }, [client, firstPage, key, savedSearchId, toast]);
  return flagged.key === key ? flagged.ids : new Set();
}
