// From offsets into the article's text back to a DOM range over the reader's runs: the inverse of
// selectionOffsets, used to show what find found as a selection (which H can then highlight).

/** The range over [start, end) inside `container`, or null when those offsets are not rendered. */
export function rangeAt(container: HTMLElement, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let from: { node: Text; offset: number } | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const run = node.parentElement?.closest<HTMLElement>('[data-offset]');
    if (!run || !container.contains(run)) continue;
    const base = Number(run.dataset.offset);
    const length = node.data.length;
    if (!from && start >= base && start < base + length) from = { node, offset: start - base };
    if (from && end > base && end <= base + length) {
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(node, end - base);
      return range;
    }
  }
  return null;
}

/** Every start of `query` in `text`, ignoring case; at most `limit` of them. */
export function findAll(text: string, query: string, limit = 10_000): number[] {
  const needle = query.toLocaleLowerCase();
  if (needle === '') return [];
  const haystack = text.toLocaleLowerCase();
  // Lower-casing can change a text's length (İ becomes two code units); then offsets would not fit the text.
  if (haystack.length !== text.length) return findExact(text, query, limit);
  return findExact(haystack, needle, limit);
}

function findExact(text: string, needle: string, limit: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1 && found.length < limit; at = text.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}
