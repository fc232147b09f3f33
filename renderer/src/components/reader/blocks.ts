// The article's text cut into the blocks the reader renders: its own paragraphs (split on blank lines), with a
// paragraph too long to lay out cheaply cut again at a space into continuation blocks, so that a 3 MB clip with
// few blank lines can still be rendered a few blocks at a time.

export interface TextBlock {
  start: number;
  end: number;
  /** A continuation of the paragraph before it: no paragraph gap above. */
  continued: boolean;
}

/** Longer paragraphs than this are cut (about two screens of reading text). */
export const MAX_BLOCK_CHARS = 4000;

export function textBlocks(text: string, maxChars = MAX_BLOCK_CHARS): TextBlock[] {
  const blocks: TextBlock[] = [];
  const push = (start: number, end: number) => {
    let at = start;
    let continued = false;
    while (end - at > maxChars) {
      // Cut at the last space before the limit, or at the limit in a text without spaces (CJK).
      const space = text.lastIndexOf(' ', at + maxChars);
      const cut = space > at + maxChars / 2 ? space + 1 : at + maxChars;
      blocks.push({ start: at, end: cut, continued });
      at = cut;
      continued = true;
    }
    if (end > at) blocks.push({ start: at, end, continued });
  };
  let start = 0;
  for (const m of text.matchAll(/\n{2,}/g)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return blocks;
}

/** The index of the block holding `offset` (or the first after it, when the offset falls in a blank line). */
export function blockIndexAt(blocks: TextBlock[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (blocks[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return Math.max(0, low);
}
