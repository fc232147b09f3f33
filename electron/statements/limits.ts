// How far statement finding reads around each quotation, sentence and cue, and a count of the characters its
// hand-written scans read. Every look-back and look-ahead is bounded, so that the work per character of text stays
// the same for an article of 5 KB and a hostile paste of 19 MB (a probe found 200 KB of quotation marks taking 13 s,
// growing with the square of the size). The bounds lie far beyond news prose: in PolNeAR's 924 train and dev
// articles the longest sentence has 1,225 characters, the longest quotation 6,826 and no sentence more than 7 cues.

/**
 * The longest sentence read as one: a longer run of words with no sentence end is cut into pieces of at most this
 * many characters, at a space where there is one. Every pattern for reported speech runs within one sentence, so
 * this bounds what each of them reads.
 */
export const MAX_SENTENCE = 2000;

/** The cues of one sentence that are read (a sentence of "said said said …" has thousands; news has a few). */
export const MAX_CUES = 32;

/**
 * How far after its opening mark a quotation's closing mark is looked for, over paragraphs it runs on into: a
 * quotation longer than this (about 3,000 words) is taken for a stray opening mark.
 */
export const MAX_QUOTATION = 20000;

/**
 * How far back a paragraph's or a line's start is looked for from a quotation or a sentence: the patterns read at
 * most 400 characters before a position, so a start further back is as good as none.
 */
export const LOOK_BACK = 1000;

/**
 * Characters read by the hand-written scans (quotation marks, look-backs), added up across calls. Tests read it,
 * with the characters each regular expression is given, to check that work grows linearly with the text; nothing
 * else depends on it.
 */
export const work = { scanned: 0 };

/**
 * Where `needle` last starts at or before `position`, as text.lastIndexOf(needle, position) finds it, when that is
 * at most `reach` characters back; -1 otherwise (lastIndexOf would read back to the text's start every time).
 */
export function lastIndexWithin(text: string, needle: string, position: number, reach: number): number {
  const floor = Math.max(0, position - reach);
  for (let at = Math.min(position, text.length - needle.length); at >= floor; at--) {
    if (text.startsWith(needle, at)) {
      work.scanned += position - at + 1;
      return at;
    }
  }
  work.scanned += position - floor + 1;
  return -1;
}
