// How big a pasted text is, and what keeping it will cost: a paste over a megabyte is asked about before Verbatim
// analyses it (its preview alone reads every word, finds every statement and can take seconds).

/** Above this many bytes of UTF-8 a paste is confirmed first. Newspaper articles are far below it (tens of KB). */
export const LARGE_PASTE_BYTES = 1_000_000;

/**
 * How much the library grows for each byte of text clipped: the text, its original, the search index and the
 * statements found in it. Measured on a 3.0 MB text of quoted news prose: the library grew by 16.8 MB (5.6×).
 */
const LIBRARY_GROWTH_PER_BYTE = 5.6;

export interface PasteSize {
  bytes: number;
  words: number;
  /** The library's likely growth in bytes if the text is clipped. */
  libraryGrowth: number;
}

export function pasteSize(text: string): PasteSize {
  const bytes = new TextEncoder().encode(text).length;
  // Words as spaces separate them: a count for a person, not for the search index (Chinese counts low).
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return { bytes, words, libraryGrowth: Math.round(bytes * LIBRARY_GROWTH_PER_BYTE) };
}

/** "3.1 MB", "840 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}
