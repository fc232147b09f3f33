// A yes/no choice of the reader's layout that survives a reload (statements shown or hidden, on wide and on narrow
// windows apart).
import { useState } from 'react';

export function useRememberedFlag(key: string, fallback: boolean): [boolean, (value: boolean) => void] {
  const storageKey = `verbatim.reader.${key}`;
  const [value, setValue] = useState(() => {
    const stored = localStorage.getItem(storageKey);
    return stored === null ? fallback : stored === 'true';
  });
  const set = (next: boolean) => {
    setValue(next);
    localStorage.setItem(storageKey, String(next));
  };
  return [value, set];
}
