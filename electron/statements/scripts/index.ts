// The statements of texts in other scripts and word orders (Chinese, Arabic, Azerbaijani, Turkish, Russian reported
// speech) added to those the general rules found, Russian speakers brought to the nominative, and outlets' signatures
// taken away as speakers. A find of these rules replaces a statement it overlaps: its cue is one the general rules do
// not know, so its speaker is the better read.

import { currentSignatureTable, type SignatureTable } from '../../clipping/agency-signatures';
import type { FoundStatement } from '../types';
import { arabicStatements } from './arabic';
import { arabicReported } from './arabic-reported';
import { chineseStatements } from './chinese';
import { type ScriptFind, toStatement } from './found';
import { type ArticleSources, quotedByOutlet, withoutOutletSpeakers } from './outlets';
import { russianName } from './russian';
import { russianReported } from './russian-reported';
import { turkicStatements } from './turkic';
import { turkicReported } from './turkic-reported';

/** Every finder's statements, the earlier finders first where two overlap (quotations before reported speech). */
function scriptFinds(text: string, table: SignatureTable): ScriptFind[] {
  const arabicQuoted = arabicStatements(text);
  const all = [...chineseStatements(text), ...arabicQuoted, ...turkicStatements(text), ...arabicReported(text, arabicQuoted), ...russianReported(text), ...turkicReported(text), ...quotedByOutlet(text, table)];
  const kept: ScriptFind[] = [];
  for (const find of all) if (!kept.some((k) => k.start < find.end && find.start < k.end)) kept.push(find);
  return kept;
}

/** A Cyrillic speaker in the nominative, free of the words around it; typed a person when a name was read out of it. */
function nominativeSpeaker(s: FoundStatement): FoundStatement {
  if (s.speaker === null || !/\p{Script=Cyrillic}/u.test(s.speaker)) return s;
  const name = russianName(s.speaker, s.mention ?? '');
  return name === s.speaker ? s : { ...s, speaker: name, speakerKind: 'person' };
}

export interface ScriptOptions extends ArticleSources {
  /** The agencies' signatures in force; the extraction's own table (agency-signatures.ts) when left out. */
  signatures?: SignatureTable | undefined;
}

export function withScriptStatements(text: string, found: FoundStatement[], options: ScriptOptions = {}): FoundStatement[] {
  const table = options.signatures ?? currentSignatureTable();
  const finds = scriptFinds(text, table);
  const extra = finds.map((f) => toStatement(text, f));
  const speaks = new Set(extra.filter((_, i) => finds[i]!.outletSpeaks === true));
  const kept = found.filter((s) => !extra.some((e) => e.start < s.end && s.start < e.end)).map(nominativeSpeaker);
  const merged = extra.length === 0 ? kept : [...kept, ...extra].sort((a, b) => a.start - b.start);
  const result = withoutOutletSpeakers(merged, table, speaks, options);
  if (result.length === found.length && result.every((s, i) => s === found[i])) return found;
  return numbered(result, new Set(found));
}

/**
 * Chains for the statements these rules added or changed: the chain of an untouched statement with the same speaker,
 * or a new number; untouched statements keep theirs (the general rules resolved them through their mentions).
 */
function numbered(statements: FoundStatement[], untouched: ReadonlySet<FoundStatement>): FoundStatement[] {
  const bySpeaker = new Map<string, number>();
  let next = 0;
  for (const s of statements) {
    if (!untouched.has(s) || s.chain === null) continue;
    if (s.speaker !== null && !bySpeaker.has(s.speaker)) bySpeaker.set(s.speaker, s.chain);
    next = Math.max(next, s.chain + 1);
  }
  return statements.map((s) => {
    if (untouched.has(s)) return s;
    if (s.speaker === null) return s.chain === null ? s : { ...s, chain: null };
    let chain = bySpeaker.get(s.speaker);
    if (chain === undefined) bySpeaker.set(s.speaker, (chain = next++));
    return { ...s, chain };
  });
}
