// How a highlight is described so that it can be found again: a TextPositionSelector (where it was) and a
// TextQuoteSelector (what it said, with a little of the text either side), after the W3C Web Annotation Data Model.
// Offsets are UTF-16 code units of the JavaScript string in logical (not visual) order, so right-to-left text needs
// nothing special here. Every end this module produces sits on a grapheme-cluster boundary: a highlight, a prefix or
// a suffix that split "é" (e + U+0301), an Arabic letter from its harakat or an emoji from its skin tone would store
// text that can never be matched as the reader saw it.

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface RangeDescription {
  position: TextPositionSelector;
  quote: TextQuoteSelector;
}

/** At most this many code units of context on each side; 32 tells repeated phrases apart without storing a paragraph. */
export const CONTEXT_LENGTH = 32;

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });
/** Code units segmented around an offset; doubled while a cluster runs past the window (long emoji or Zalgo runs). */
const FIRST_WINDOW = 32;
const LAST_WINDOW = 4096;
/** Nothing worth highlighting: whitespace and invisible format characters (ZWJ, bidi marks, soft hyphens). */
const BLANK = /^[\s\p{Cf}]*$/u;

/**
 * Below U+0300 no code point extends, joins or prepends a cluster (Unicode's Extend, SpacingMark, Prepend, ZWJ and
 * regional indicators all start above it), so two such neighbours are always split except CR LF. This keeps the
 * segmenter out of the hot path for Latin text.
 */
function simpleBreak(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before < 0x300 && after < 0x300 && !(before === 13 && after === 10);
}

/** The grapheme cluster that contains the code unit at `offset` (0 <= offset < text.length). */
function clusterAt(text: string, offset: number): { start: number; end: number } {
  for (let window = FIRST_WINDOW; ; window *= 2) {
    const lo = Math.max(0, offset - window);
    const hi = Math.min(text.length, offset + window + 1);
    const segment = segmenter.segment(text.slice(lo, hi)).containing(offset - lo);
    // containing() is defined for every index inside the slice; the guard only satisfies the type checker.
    if (!segment) return { start: offset, end: offset + 1 };
    const start = lo + segment.index;
    const end = start + segment.segment.length;
    const clipped = (start === lo && lo > 0) || (end === hi && hi < text.length);
    if (!clipped || window >= LAST_WINDOW) return { start, end };
  }
}

export function isGraphemeBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  if (simpleBreak(text, offset)) return true;
  return clusterAt(text, offset).start === offset;
}

/** The nearest grapheme boundary at or before `offset`. */
export function graphemeFloor(text: string, offset: number): number {
  if (offset <= 0) return 0;
  if (offset >= text.length) return text.length;
  if (simpleBreak(text, offset)) return offset;
  return clusterAt(text, offset).start;
}

/** The nearest grapheme boundary at or after `offset`. */
export function graphemeCeil(text: string, offset: number): number {
  if (offset <= 0) return 0;
  if (offset >= text.length) return text.length;
  if (simpleBreak(text, offset)) return offset;
  const cluster = clusterAt(text, offset);
  return cluster.start === offset ? offset : cluster.end;
}

/** Context either side of [start, end): up to CONTEXT_LENGTH code units, shortened rather than split mid-cluster. */
export function contextAround(text: string, start: number, end: number): { prefix: string; suffix: string } {
  const prefixStart = graphemeCeil(text, Math.max(0, start - CONTEXT_LENGTH));
  const suffixEnd = graphemeFloor(text, Math.min(text.length, end + CONTEXT_LENGTH));
  return { prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) };
}

/**
 * Both selectors for the highlight [start, end) of `text`. The ends are widened to whole grapheme clusters (a
 * selection that caught half an emoji or a letter without its vowel marks highlights the whole of it).
 * @throws RangeError for offsets that are not whole numbers, an empty or reversed range, a range outside the text,
 *   or a selection of only whitespace.
 */
export function describeRange(text: string, start: number, end: number): RangeDescription {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`A highlight needs whole-number offsets, not ${String(start)}–${String(end)}.`);
  }
  if (start >= end) throw new RangeError(`A highlight must cover at least one character: start (${start}) must come before end (${end}).`);
  if (start < 0 || end > text.length) {
    throw new RangeError(`The range ${start}–${end} lies outside the article's text, which runs from 0 to ${text.length}.`);
  }
  if (BLANK.test(text.slice(start, end))) throw new RangeError('The selection is only whitespace; there is nothing to highlight.');
  const from = graphemeFloor(text, start);
  const to = graphemeCeil(text, end);
  const { prefix, suffix } = contextAround(text, from, to);
  return {
    position: { type: 'TextPositionSelector', start: from, end: to },
    quote: { type: 'TextQuoteSelector', exact: text.slice(from, to), prefix, suffix },
  };
}
