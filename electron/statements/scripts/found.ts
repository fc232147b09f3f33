// What the per-language finders share: a found statement built from a quotation or a clause and a speaker, and the
// sentences of a text read once, linearly.

import type { FoundStatement, SpeakerKind } from '../types';

/** A statement as a finder sees it, before the hook types it and numbers its chain. */
export interface ScriptFind {
  start: number;
  end: number;
  kind: 'direct' | 'reported';
  speaker: string | null;
  cue: string;
  /** What the finder knows the speaker to be (a person unless it says otherwise). */
  speakerKind?: Exclude<SpeakerKind, 'unknown'> | undefined;
  /**
   * An outlet that speaks for itself ("新华社评论指出"): kept as an institution. Without it an outlet's signature
   * as a speaker ("据新华社报道", "AA reported") says only where the words were read.
   */
  outletSpeaks?: boolean | undefined;
}

export function toStatement(text: string, find: ScriptFind): FoundStatement {
  return {
    text: text.slice(find.start, find.end),
    start: find.start,
    end: find.end,
    kind: find.kind,
    speaker: find.speaker,
    mention: find.speaker,
    cue: find.cue,
    confidence: find.speaker === null ? 0.5 : find.kind === 'direct' ? 0.8 : 0.7,
    speakerKind: find.speaker === null ? 'unknown' : (find.speakerKind ?? 'person'),
    chain: null,
  };
}

/** Each pair of opening and closing marks in the text, content offsets only; linear, no nesting. */
export function quotedSpans(text: string, open: string, close: string, max = 2000): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let at = 0;
  while (at < text.length) {
    const from = text.indexOf(open, at);
    if (from < 0) break;
    const to = text.indexOf(close, from + 1);
    if (to < 0) break;
    if (to - from - 1 <= max && to > from + 1) spans.push({ start: from + 1, end: to });
    at = to + 1;
  }
  return spans;
}

export interface Sentence {
  start: number;
  text: string;
}

/** A sentence longer than this is a list or a page without stops: no attribution form is read in it. */
const LONGEST_SENTENCE = 1500;

/**
 * The sentences of a text, without their closing stop: split at . ! ? … ؟ and line breaks, not at a point inside a
 * number ("3.5"). Sentences of more than LONGEST_SENTENCE characters are left out.
 */
export function sentencesOf(text: string): Sentence[] {
  const found: Sentence[] = [];
  let from = 0;
  const push = (end: number) => {
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body !== '' && body.length <= LONGEST_SENTENCE) found.push({ start: from + lead, text: body });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '!' || ch === '?' || ch === '…' || ch === '؟' || (ch === '.' && !/\d/.test(text[i + 1] ?? ''))) {
      push(i);
      from = i + 1;
    }
  }
  push(text.length);
  return found;
}

/** A span of a sentence's words, its closing marks and spaces taken off: offsets into the whole text. */
export function spanOf(sentence: Sentence, from: number, to = sentence.text.length): { start: number; end: number } {
  let end = to;
  while (end > from && /[\s,،;:.!?"”»’)]/u.test(sentence.text[end - 1]!)) end--;
  let start = from;
  while (start < end && /\s/u.test(sentence.text[start]!)) start++;
  return { start: sentence.start + start, end: sentence.start + end };
}

// Cheap tests that a text may hold a script's statements at all: a character range is read many times faster than a
// script property (\p{Script=Arabic} costs milliseconds over a megabyte of English).
const ARABIC_LETTERS = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const CYRILLIC_LETTERS = /[\u0400-\u04FF]/;
/** Letters of Turkish or Azerbaijani that English has not. */
const TURKIC_LETTERS = /[ıəğşüöçİƏĞŞÜÖÇ]/;

export const mayHaveArabic = (text: string) => ARABIC_LETTERS.test(text);
export const mayHaveCyrillic = (text: string) => CYRILLIC_LETTERS.test(text);
export const mayBeTurkic = (text: string) => TURKIC_LETTERS.test(text);
