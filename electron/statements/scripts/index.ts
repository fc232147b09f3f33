// The statements of texts in other scripts and word orders (Chinese, Arabic, Azerbaijani, Turkish) added to those the
// English and Russian rules found, and Russian speakers brought to the nominative. A find of these rules replaces a
// statement it overlaps: its cue is one the general rules do not know, so its speaker is the better read.

import type { FoundStatement } from '../types';
import { arabicStatements } from './arabic';
import { chineseStatements } from './chinese';
import { toStatement } from './found';
import { russianName } from './russian';
import { turkicStatements } from './turkic';

export function withScriptStatements(text: string, found: FoundStatement[]): FoundStatement[] {
  const extra = [...chineseStatements(text), ...arabicStatements(text), ...turkicStatements(text)].map((f) => toStatement(text, f));
  const kept = found
    .filter((s) => !extra.some((e) => e.start < s.end && s.start < e.end))
    .map((s) => (s.speaker !== null && /\p{Script=Cyrillic}/u.test(s.speaker) ? { ...s, speaker: russianName(s.speaker, s.mention ?? '') } : s));
  if (extra.length === 0 && kept.every((s, i) => s === found[i])) return found;
  const chains = new Map<string, number>();
  return [...kept, ...extra]
    .sort((a, b) => a.start - b.start)
    .map((s) => {
      if (s.speaker === null) return { ...s, chain: null };
      let chain = chains.get(s.speaker);
      if (chain === undefined) chains.set(s.speaker, (chain = chains.size));
      return { ...s, chain };
    });
}
