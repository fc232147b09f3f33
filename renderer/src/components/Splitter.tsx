// A draggable (and keyboard-movable) divider between two panes. Widths are remembered between sessions.
import { useCallback, useState } from 'react';

export function usePaneWidth(key: string, initial: number, min: number, max: number): [number, (w: number) => void] {
  const storageKey = `verbatim.pane.${key}`;
  const [width, setWidth] = useState(() => {
    const stored = Number(localStorage.getItem(storageKey));
    return Number.isFinite(stored) && stored >= min && stored <= max ? stored : initial;
  });
  const update = useCallback(
    (w: number) => {
      const clamped = Math.round(Math.min(max, Math.max(min, w)));
      setWidth(clamped);
      localStorage.setItem(storageKey, String(clamped));
    },
    [storageKey, min, max],
  );
  return [width, update];
}

interface Props {
  label: string;
  width: number;
  min: number;
  max: number;
  onResize(width: number): void;
}

export function Splitter({ label, width, min, max, onResize }: Props) {
  const startDrag = (e: React.PointerEvent<HTMLDivElement>) => {
    const startX = e.clientX;
    const startWidth = width;
    const target = e.currentTarget;
    target.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent) => onResize(startWidth + ev.clientX - startX);
    const stop = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', stop);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', stop);
  };
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={startDrag}
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft') onResize(width - 16);
        if (e.key === 'ArrowRight') onResize(width + 16);
      }}
    />
  );
}
