// "G then a letter" goes to a view from anywhere outside a text field (G O Organize, G S Statements, G R Reports):
// two plain keys, so no browser shortcut is taken. One listener for every view.
import { useEffect } from 'react';
import { dialogOpen, isTyping } from './keys';

export function useGoToKeys(targets: Readonly<Record<string, () => void>>): void {
  useEffect(() => {
    let armedUntil = 0;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target) || dialogOpen()) return;
      const key = event.key.toLowerCase();
      const go = Date.now() < armedUntil ? targets[key] : undefined;
      if (go) {
        armedUntil = 0;
        event.preventDefault();
        go();
      } else {
        armedUntil = key === 'g' ? Date.now() + 1500 : 0;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [targets]);
}
