// An outlet's signature is never a speaker: "…, AA reported", "Как сообщил ТАСС, …", "据新华社报道，…" say where the
// words were read. Such a statement goes to the person the outlet quotes when the words name one ("Алексей Оверчук в
// интервью ТАСС", "TASS quoted Peskov as saying"), gives way to that person's own statement inside it ("Peskov said
// …, TASS reported"), or stands with no speaker. The signatures are the table in force: the built-in agencies and
// the library's own (agency-signatures.ts).

import type { SignatureTable } from '../../clipping/agency-signatures';
import type { FoundStatement } from '../types';
import { sentencesOf, spanOf, type ScriptFind } from './found';
import { russianName } from './russian';

/** Words that join a person to the outlet quoting them: "в интервью ТАСС", "told AA", "агентству Trend". */
const JOINER = /^(?:в|во|интервью|беседе|с|агентству|изданию|корреспонденту|told|tells|to|the|in|an|interview|with|by|for)$/iu;
const CAPITALISED = /^\p{Lu}[\p{L}’'.-]*$/u;

const bare = (name: string) => name.trim().replace(/^the\s+/iu, '').replace(/[.,:;!?]+$/u, '');

export function isSignature(name: string, table: SignatureTable): boolean {
  return table.canonical(bare(name)) !== undefined;
}

/** The word runs of a phrase that are signatures, as [from, to) word indices, longest first at each word. */
function signatureRuns(words: readonly string[], table: SignatureTable): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      if (isSignature(words.slice(i, i + n).join(' '), table)) {
        runs.push([i, i + n]);
        i += n - 1;
        break;
      }
    }
  }
  return runs;
}

/**
 * The person a phrase names beside an outlet ("Алексей Оверчук ТАСС", "ТАСС Алексей Оверчук", "Алексей Оверчук в
 * интервью ТАСС"): what remains when the outlet, at either end, and the words joining it are taken off, if it is a
 * name. Only an outlet written in capitals or joined by such words is taken off: "Mehmet Turan" is a person.
 */
export function personBeside(phrase: string, table: SignatureTable): string | null {
  const words = phrase.trim().split(/\s+/u).filter(Boolean);
  const runs = signatureRuns(words, table);
  if (runs.length !== 1) return null;
  const [from, to] = runs[0]!;
  let keep = from === 0 ? words.slice(to) : to === words.length ? words.slice(0, from) : null;
  if (keep === null) return null;
  const joined = from > 0 && JOINER.test(words[from - 1]!);
  while (keep.length > 0 && JOINER.test(keep.at(-1)!)) keep = keep.slice(0, -1);
  while (keep.length > 0 && JOINER.test(keep[0]!)) keep = keep.slice(1);
  const outlet = words.slice(from, to).join(' ');
  if (!joined && !/^[\p{Lu}\p{N}\s.-]+$/u.test(outlet)) return null;
  if (keep.length === 0 || keep.length > 4 || !keep.every((w) => CAPITALISED.test(w))) return null;
  const name = keep.join(' ');
  return /\p{Script=Cyrillic}/u.test(name) ? russianName(name, '') : name;
}

/** The table's signatures as one alternation, longest first, compiled once per table. */
const alternations = new WeakMap<SignatureTable, string>();
function signaturesPattern(table: SignatureTable): string {
  let found = alternations.get(table);
  if (found === undefined) {
    const all = [...new Set(table.entries.flatMap((e) => [e.outlet, ...e.signatures]).map((s) => s.trim()).filter((s) => s !== ''))].sort((a, b) => b.length - a.length);
    found = all.length === 0 ? '(?!)' : `(?:${all.map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|')})`;
    alternations.set(table, found);
  }
  return found;
}

const PERSON = "\\p{Lu}[\\p{L}’'.-]+(?:\\s+\\p{Lu}[\\p{L}’'.-]+){0,3}";

/** "The talks will go on, TASS quoted Peskov as saying." and "Peskov was quoted by TASS as saying that …". */
export function quotedByOutlet(text: string, table: SignatureTable): ScriptFind[] {
  if (!text.includes(' quoted ')) return [];
  const outlet = signaturesPattern(table);
  const after = new RegExp(`^([^“”"]{12,400}?),\\s+(?:the\\s+)?${outlet}\\s+quoted\\s+(?:[\\p{L}-]+\\s+){0,4}?(${PERSON})\\s+as\\s+saying$`, 'u');
  const before = new RegExp(`^(${PERSON})\\s+was\\s+quoted\\s+by\\s+(?:the\\s+)?${outlet}\\s+as\\s+saying\\s+(?:that\\s+)?([^“”"]{8,400})$`, 'u');
  const finds: ScriptFind[] = [];
  // Only the sentences that say "quoted" are read.
  for (const sentence of sentencesOf(text)) {
    if (!sentence.text.includes(' quoted ')) continue;
    const m = after.exec(sentence.text);
    if (m) {
      finds.push({ ...spanOf(sentence, 0, m[1]!.length), kind: 'reported', speaker: m[2]!, speakerKind: 'person', cue: 'quoted as saying' });
      continue;
    }
    const b = before.exec(sentence.text);
    if (b) finds.push({ ...spanOf(sentence, sentence.text.length - b[2]!.length), kind: 'reported', speaker: b[1]!, speakerKind: 'person', cue: 'quoted as saying' });
  }
  return finds;
}

/** The article's own outlet and the publication it was first given to: sources, like the signatures. */
export interface ArticleSources {
  outlet?: string | null | undefined;
  originalPublication?: string | null | undefined;
}

const fold = (s: string) => s.normalize('NFKC').toLocaleLowerCase().replace(/\s+/gu, ' ').trim();

/**
 * The statements (sorted by their starts) with an outlet's signature taken away as their speaker. `speaks` are the statements whose outlet
 * speaks for itself (a commentary): left as they are. The same array when nothing changes.
 */
export function withoutOutletSpeakers(statements: FoundStatement[], table: SignatureTable, speaks: ReadonlySet<FoundStatement>, sources: ArticleSources = {}): FoundStatement[] {
  const own = [sources.outlet, sources.originalPublication].filter((o): o is string => typeof o === 'string' && o.trim() !== '').map(fold);
  const isOutlet = (name: string) => isSignature(name, table) || own.includes(fold(bare(name)));
  let changed = false;
  // Statements are sorted by their starts: those inside one start at or after it and before its end.
  const holdsPerson = (at: number) => {
    const s = statements[at]!;
    let from = at;
    while (from > 0 && statements[from - 1]!.start === s.start) from--;
    for (let i = from; i < statements.length && statements[i]!.start < s.end; i++) {
      const o = statements[i]!;
      if (i !== at && o.speaker !== null && o.end <= s.end && !isOutlet(o.speaker)) return true;
    }
    return false;
  };
  const result = statements.flatMap((s, at): FoundStatement[] => {
    if (s.speaker === null || speaks.has(s)) return [s];
    if (!isOutlet(s.speaker)) {
      // "Алексей Оверчук ТАСС": the outlet read into the speaker's name.
      const person = /\s/u.test(s.speaker) ? personBeside(s.speaker, table) : null;
      if (person === null || person === s.speaker) return [s];
      changed = true;
      return [{ ...s, speaker: person, speakerKind: 'person' }];
    }
    changed = true;
    const person = personBeside(s.mention ?? '', table);
    if (person !== null) return [{ ...s, speaker: person, speakerKind: 'person' }];
    // "Peskov said the talks would go on, TASS reported": Peskov's own statement inside says it already.
    if (holdsPerson(at)) return [];
    return [{ ...s, speaker: null, speakerKind: 'unknown', chain: null, confidence: Math.min(s.confidence, 0.5) }];
  });
  return changed ? result : statements;
}
