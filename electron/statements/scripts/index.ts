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

interface Span {
  start: number;
  end: number;
}

/**
 * Whether a span overlaps one of `spans`, which are sorted and do not overlap each other (so their ends are sorted
 * too): the first span ending after its start, found by halves. A text with many thousands of finds stays n log n.
 */
function overlapsAny(spans: readonly Span[], span: Span): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]!.start < span.end;
}

/** Two sorted lists of spans as one. */
function merge<T extends Span>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start) ? a[i++]! : b[j++]!);
  return out;
}

/**
 * Every finder's statements, sorted and none overlapping another: where two overlap, the earlier finder's (quotations
 * before reported speech), and within one finder the one that starts first.
 */
function scriptFinds(text: string, table: SignatureTable): ScriptFind[] {
  const arabicQuoted = arabicStatements(text);
  const byFinder = [chineseStatements(text), arabicQuoted, turkicStatements(text), arabicReported(text, arabicQuoted), russianReported(text), turkicReported(text), quotedByOutlet(text, table)];
  let kept: ScriptFind[] = [];
  for (const finds of byFinder) {
    const accepted: ScriptFind[] = [];
    for (const find of [...finds].sort((a, b) => a.start - b.start)) {
      if (overlapsAny(kept, find) || (accepted.length > 0 && accepted.at(-1)!.end > find.start)) continue;
      accepted.push(find);
    }
    if (accepted.length > 0) kept = merge(kept, accepted);
  }
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
  const kept = (extra.length === 0 ? found : found.filter((s) => !overlapsAny(extra, s))).map(nominativeSpeaker);
  const merged = extra.length === 0 ? kept : merge([...kept].sort((a, b) => a.start - b.start), extra);
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
