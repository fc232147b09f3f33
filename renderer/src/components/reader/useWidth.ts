// The width of an element, followed as it resizes (the reader's pane changes with the window and the splitters).
import { useLayoutEffect, useState } from 'react';

export function useWidth(element: HTMLElement | null | undefined): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (!element) return;
    // The observer reports the first size too, before the frame is painted.
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return width;
}
