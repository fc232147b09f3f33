// "G then S" opens the statements explorer from anywhere outside a text field, as G then O opens Organize.
import { useEffect } from 'react';

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function useGoToStatements(go: () => void): void {
  useEffect(() => {
    let armedUntil = 0;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target) || document.querySelector('dialog[open]')) return;
      const key = event.key.toLowerCase();
      if (key === 'g') {
        armedUntil = Date.now() + 1500;
      } else if (key === 's' && Date.now() < armedUntil) {
        armedUntil = 0;
        event.preventDefault();
        go();
      } else {
        armedUntil = 0;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);
}
