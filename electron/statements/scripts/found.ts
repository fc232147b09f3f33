// What the per-language finders share: a found statement built from a quotation or a clause and a speaker.

import type { FoundStatement } from '../types';

/** A statement as a finder sees it, before the hook types it and numbers its chain. */
export interface ScriptFind {
  start: number;
  end: number;
  kind: 'direct' | 'reported';
  speaker: string | null;
  cue: string;
  institution?: boolean;
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
    confidence: find.speaker === null ? 0.5 : 0.8,
    speakerKind: find.speaker === null ? 'unknown' : find.institution ? 'institution' : 'person',
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
