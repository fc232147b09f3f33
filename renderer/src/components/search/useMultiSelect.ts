// Picking several clips for a bulk action: Ctrl/⌘+click toggles one, Shift+click (or Shift+J/K) takes the range
// from the anchor, Ctrl+A takes every clip the list holds. Rows are looked up through itemAt, so a range can reach
// rows that were never rendered.
import { useCallback, useState } from 'react';

type ItemAt = (index: number) => Promise<{ id: string } | undefined>;

/** Bulk routes take at most this many ids at once. */
const MAX_PICKED = 100_000;

export interface MultiSelect {
  checked: ReadonlySet<string>;
  only(id: string, index: number): void;
  toggle(id: string, index: number, current: string | null): void;
  extendTo(index: number, itemAt: ItemAt): Promise<void>;
  all(total: number, itemAt: ItemAt): Promise<void>;
  clear(): void;
}

async function idsBetween(from: number, to: number, itemAt: ItemAt): Promise<string[]> {
  const ids: string[] = [];
  for (let i = Math.min(from, to); i <= Math.max(from, to) && ids.length < MAX_PICKED; i++) {
    const item = await itemAt(i);
    if (item) ids.push(item.id);
  }
  return ids;
}

export function useMultiSelect(): MultiSelect {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState(-1);
  const only = useCallback((id: string, index: number) => {
    setChecked(new Set([id]));
    setAnchor(index);
  }, []);
  const toggle = useCallback((id: string, index: number, current: string | null) => {
    setChecked((before) => {
      // The first Ctrl+click adds to the open clip, which counts as picked.
      const next = new Set(before.size > 1 ? before : current ? [current] : []);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
    setAnchor(index);
  }, []);
  const extendTo = useCallback(
    async (index: number, itemAt: ItemAt) => {
      setChecked(new Set(await idsBetween(anchor < 0 ? index : anchor, index, itemAt)));
      if (anchor < 0) setAnchor(index);
    },
    [anchor],
  );
  const all = useCallback(async (total: number, itemAt: ItemAt) => {
    if (total > 0) setChecked(new Set(await idsBetween(0, total - 1, itemAt)));
  }, []);
  const clear = useCallback(() => setChecked(new Set()), []);
  return { checked, only, toggle, extendTo, all, clear };
}
