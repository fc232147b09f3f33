// Which branches of the topic tree are open, kept in sessionStorage so that the tree looks the same after a visit to
// another tab or view (the Topics tab is unmounted meanwhile) and starts closed in a new session.
import { useCallback, useState } from 'react';

const KEY = 'verbatim.organize.expandedTopics';

function readExpanded(): Set<string> {
  try {
    const parsed: unknown = JSON.parse(globalThis.sessionStorage?.getItem(KEY) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    // A value another version wrote, or storage that refuses: the tree opens closed rather than failing.
    return new Set();
  }
}

function writeExpanded(ids: ReadonlySet<string>): void {
  try {
    globalThis.sessionStorage?.setItem(KEY, JSON.stringify([...ids]));
  } catch {
    // Storage full or disabled: only the memory of open branches is lost.
  }
}

export function useExpandedTopics(): [Set<string>, (change: (open: Set<string>) => Set<string>) => void] {
  const [expanded, setExpanded] = useState<Set<string>>(() => readExpanded());
  const update = useCallback((change: (open: Set<string>) => Set<string>) => {
    setExpanded((open) => {
      const next = change(open);
      writeExpanded(next);
      return next;
    });
  }, []);
  return [expanded, update];
}
