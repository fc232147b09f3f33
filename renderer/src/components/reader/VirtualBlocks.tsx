// A long article's blocks, rendered only around what is on screen: the reader's pane keeps scrolling the whole
// reader (header, text), and this list places the blocks it renders where they would be in the full text. Heights
// start as an estimate from each block's length and are measured once a block has been rendered.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useImperativeHandle, useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import type { ArticleTextHandle } from '../ArticleText';
import { blockIndexAt, type TextBlock } from './blocks';

interface Props {
  blocks: TextBlock[];
  dir: 'ltr' | 'rtl' | null;
  scrollElement: () => HTMLElement | null;
  renderBlock(block: TextBlock, index: number): ReactNode;
  handleRef?: Ref<ArticleTextHandle> | undefined;
}

// A rough line of reading text: 17 px type at 1.7 line height, about 70 characters; a paragraph gap below.
const LINE_PX = 29;
const CHARS_PER_LINE = 70;
const GAP_PX = 18;

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

export function VirtualBlocks({ blocks, dir, scrollElement, renderBlock, handleRef }: Props) {
  const bodyRef = useRef<HTMLDivElement>(null);
  // Where the text starts inside the scrolling pane (below the header), which the list's positions count from.
  const [margin, setMargin] = useState(0);
  // The virtualizer's functions change identity as it measures; nothing here memoizes them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: blocks.length,
    getScrollElement: scrollElement,
    estimateSize: (i) => Math.ceil((blocks[i]!.end - blocks[i]!.start) / CHARS_PER_LINE) * LINE_PX + GAP_PX,
    overscan: 8,
    scrollMargin: margin,
  });

  useLayoutEffect(() => {
    const body = bodyRef.current;
    const pane = scrollElement();
    if (!body || !pane) return;
    const measure = () => setMargin(Math.round(body.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop));
    measure();
    // What stands above the text (the header, tags, a banner) changes height as it loads and is edited.
    const observer = new ResizeObserver(measure);
    const above = body.closest('article') ?? pane;
    observer.observe(above);
    return () => observer.disconnect();
  }, [scrollElement]);

  useImperativeHandle(
    handleRef,
    () => ({
      partial: true,
      reveal: async (offset: number) => {
        const index = blockIndexAt(blocks, offset);
        virtualizer.scrollToIndex(index, { align: 'center' });
        // Rendered on the next frames, once the list has seen the new scroll position.
        for (let tries = 0; tries < 30 && !bodyRef.current?.querySelector(`[data-block="${index}"]`); tries++) await frame();
      },
    }),
    [blocks, virtualizer],
  );

  const items = virtualizer.getVirtualItems();
  return (
    <div ref={bodyRef} className="reader-body reader-body-partial" dir={dir ?? 'auto'} style={{ height: virtualizer.getTotalSize() }}>
      {items.map((item) => (
        <div
          key={item.key}
          data-index={item.index}
          ref={virtualizer.measureElement}
          className={`reader-block${blocks[item.index + 1]?.continued ? '' : ' gap'}`}
          style={{ transform: `translateY(${item.start - margin}px)` }}
        >
          {renderBlock(blocks[item.index]!, item.index)}
        </div>
      ))}
    </div>
  );
}
