// The tone suggestion: a lexicon scorer that proposes positive / neutral / negative for an article or a statement.
// It is only a suggestion a person confirms or changes, so it prefers "neutral" when the evidence is thin and
// shows every cue it counted (with offsets) so the person can see why.
import { EN_LEXICON } from './lexicon-en';
import { RU_LEXICON } from './lexicon-ru';

export type Tone = 'positive' | 'neutral' | 'negative';
export type ToneLanguage = 'en' | 'ru';

export interface ToneEvidence {
  /** The cue as written in the text (text.slice(start, end)). */
  cue: string;
  /** What the cue contributed after negation and intensifiers: its sign is the direction it pushed. */
  weight: number;
  /** UTF-16 offsets into the text given to suggestTone. */
  start: number;
  end: number;
}

export interface ToneSuggestion {
  tone: Tone;
  /** −1..1; inside ±NEUTRAL_BAND the tone is neutral. */
  score: number;
  /** 0..1: how much to trust the suggestion (0 when the language is not handled or there is no text). */
  confidence: number;
  language: ToneLanguage | null;
  evidence: ToneEvidence[];
}

/** Cues sharing a weight. A cue is one or more space-separated tokens; a token ending in `*` matches by prefix. */
export interface CueGroup {
  /** −3..+3; 0 marks a neutral reading that shadows shorter cues ("great britain", "благодаря"). */
  weight: number;
  cues: readonly string[];
}

/** Everything the scorer knows about one language. Words are lower case, with е for ё and ' for ’. */
export interface ToneLexicon {
  cues: readonly CueGroup[];
  /** Words that flip a following cue: "not", "без". Words ending in n't are negators in every language. */
  negators: readonly string[];
  /** Words after a negator that cancel it: "not only", "не только", "тем не менее". */
  negationBlockers: readonly string[];
  /** Intensifiers (factor > 1) and downtoners (factor < 1) with their factor; `*` allowed. */
  modifiers: readonly (readonly [word: string, factor: number])[];
  /** Words a phrase may skip and the negation look-back ignores: articles, possessives, auxiliaries. */
  fillers: readonly string[];
  /** Words that end a clause like punctuation does: "but", "однако". */
  boundaries: readonly string[];
}

// ---- Thresholds. Chosen on hand-written diplomatic sentences (see tests/unit/tone.test.ts): ----
/** |score| below this is neutral. A lone weak cue (weight 1) in a 40-token text scores ≈ 0.19. */
export const NEUTRAL_BAND = 0.2;
/** Weight units a text needs before it leaves neutral, whatever its length (score = S / √(S² + α + β·N)). */
const ALPHA = 6;
/** Per-token dilution: a 300-token article needs a net weight of about 2.5 to leave the neutral band. */
const BETA = 0.5;
/** A negated positive cue turns clearly negative ("did not welcome"); a negated negative one only mildly positive
 * ("no casualties" is good news, but "did not condemn" is not praise). */
const NEGATED_POSITIVE = -0.75;
const NEGATED_NEGATIVE = -0.3;
/** Negators reach back this many non-filler tokens, within one clause. */
const NEGATION_WINDOW = 3;
const MODIFIER_WINDOW = 2;
/** Tokens a phrase may skip between two of its words ("expressed their deep concern"). */
const PHRASE_SKIP = 2;
/** Letters read to guess the script, so a 5 MB text is not scanned twice. */
const SCRIPT_SAMPLE = 20_000;

// ---- Compiled lexicons ----

interface Pattern {
  text: string;
  prefix: boolean;
}

interface Cue {
  label: string;
  weight: number;
  rest: Pattern[];
  /** Tie-break between cues of equal length: exact words beat stems, longer stems beat shorter. */
  specificity: number;
}

const enum Role {
  None = 0,
  Negator = 1,
  Modifier = 2,
  Filler = 3,
  Boundary = 4,
}

type Item = { kind: 'cue'; cue: Cue } | { kind: 'modifier'; factor: number } | { kind: 'negator' } | { kind: 'filler' } | { kind: 'boundary' } | { kind: 'blocker' };

interface TrieNode {
  next: Map<number, TrieNode> | undefined;
  exact: Item[] | undefined;
  prefix: Item[] | undefined;
}

const newNode = (): TrieNode => ({ next: undefined, exact: undefined, prefix: undefined });

function pattern(token: string): Pattern {
  return token.endsWith('*') ? { text: token.slice(0, -1), prefix: true } : { text: token, prefix: false };
}

const patternSpecificity = (p: Pattern): number => (p.prefix ? p.text.length : 1000);
const matches = (p: Pattern, word: string): boolean => (p.prefix ? word.startsWith(p.text) : word === p.text);

/** A character trie keyed by a cue's first token, so each text token costs one walk whatever the lexicon size. */
class Trie {
  private readonly root = newNode();

  add(token: string, item: Item): void {
    const p = pattern(token);
    let node = this.root;
    for (let i = 0; i < p.text.length; i++) {
      const c = p.text.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = newNode()));
      node = child;
    }
    if (p.prefix) (node.prefix ??= []).push(item);
    else (node.exact ??= []).push(item);
  }

  /** Every item whose key is the word itself or a prefix of it. */
  lookup(word: string, out: Item[]): void {
    out.length = 0;
    let node: TrieNode | undefined = this.root;
    for (let i = 0; i < word.length && node; i++) {
      node = node.next?.get(word.charCodeAt(i));
      if (node?.prefix) out.push(...node.prefix);
    }
    if (node?.exact) out.push(...node.exact);
  }
}

function compile(lexicon: ToneLexicon): Trie {
  const trie = new Trie();
  for (const group of lexicon.cues) {
    for (const label of group.cues) {
      const [first = '', ...others] = label.split(' ');
      const rest = others.map(pattern);
      const specificity = [first, ...others].reduce((sum, token) => sum + patternSpecificity(pattern(token)), 0);
      trie.add(first, { kind: 'cue', cue: { label, weight: group.weight, rest, specificity } });
    }
  }
  for (const [word, factor] of lexicon.modifiers) trie.add(word, { kind: 'modifier', factor });
  for (const word of lexicon.negators) trie.add(word, { kind: 'negator' });
  for (const word of lexicon.fillers) trie.add(word, { kind: 'filler' });
  for (const word of lexicon.boundaries) trie.add(word, { kind: 'boundary' });
  for (const word of lexicon.negationBlockers) trie.add(word, { kind: 'blocker' });
  return trie;
}

let compiled: { en: Trie; ru: Trie } | undefined;
const tries = (): { en: Trie; ru: Trie } => (compiled ??= { en: compile(EN_LEXICON), ru: compile(RU_LEXICON) });

// ---- Tokens ----

const OTHER_LETTER = /[\p{L}\p{M}\p{N}]/u;

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  if (c >= 0x400 && c <= 0x52f) return true;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return OTHER_LETTER.test(String.fromCharCode(c));
}

/** Punctuation that ends the reach of a negator or an intensifier. Quotation marks do not: quoted words count. */
function isClauseBreak(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 44 || c === 40 || c === 41 || c === 10 || c === 0x2014 || c === 0x2013 || c === 0x2026;
}

const enum Script {
  Other = 0,
  Latin = 1,
  Cyrillic = 2,
}

function scriptOf(c: number): Script {
  if (c >= 0x400 && c <= 0x52f) return Script.Cyrillic;
  if ((c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) return Script.Latin;
  return Script.Other;
}

interface Tokens {
  count: number;
  words: string[];
  starts: number[];
  ends: number[];
  clauses: number[];
  scripts: Script[];
}

/** One pass over the text. Offsets are the original text's; words are lower-cased and normalised for lookup. */
function tokenise(text: string): Tokens {
  let lower = text.toLowerCase();
  // Lower-casing can lengthen a few characters (İ); then offsets would drift, so fall back to per-token casing.
  const aligned = lower.length === text.length;
  if (aligned) lower = normalise(lower);
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const clauses: number[] = [];
  const scripts: Script[] = [];
  let clause = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      if (isClauseBreak(c)) clause++;
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < n && isWordCode(text.charCodeAt(i))) i++;
      const j = text.charCodeAt(i);
      // Apostrophes and hyphens join words ("didn't", "de-escalation", "из-за") only between letters.
      const joiner = j === 39 || j === 0x2019 || j === 0x2bc || j === 45 || j === 0x2010 || j === 0x2011;
      if (joiner && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) i++;
      else break;
    }
    let word = aligned ? lower.slice(start, i) : normalise(text.slice(start, i).toLowerCase());
    if (word.includes('\u0301')) word = word.replace(/\u0301/g, '');
    words.push(word);
    starts.push(start);
    ends.push(i);
    clauses.push(clause);
    scripts.push(scriptOf(word.charCodeAt(0)));
  }
  return { count: words.length, words, starts, ends, clauses, scripts };
}

function normalise(s: string): string {
  return s.replace(/ё/g, 'е').replace(/[’ʼ]/g, "'").replace(/[‐‑]/g, '-');
}

// ---- Language ----

/** Letters of Cyrillic alphabets other than Russian's (Ukrainian, Belarusian, Kazakh, Serbian, Macedonian …). */
const NON_RUSSIAN_CYRILLIC = /[іїєґўәғқңөұүһђјљњћџѓќѕ]/g;
const EN_FUNCTION_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'was', 'that', 'for', 'on', 'with', 'by', 'at', 'from', 'has', 'have', 'will', 'are', 'it', 'as', 'he', 'she', 'they', 'said', 'be', 'not', 'this', 'which', 'an']);

function languageFromCode(code: string | null | undefined): ToneLanguage | null | 'guess' {
  const primary = (code ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === '' || primary === 'und') return 'guess';
  return primary === 'en' || primary === 'ru' ? primary : null;
}

/** Cyrillic → ru, Latin → en, but only when the text looks like Russian or English, never a wild guess. */
function guessLanguage(text: string, tokens: Tokens): ToneLanguage | null {
  let latin = 0;
  let cyrillic = 0;
  let other = 0;
  let englishFunctionWords = 0;
  for (let i = 0; i < tokens.count; i++) {
    const s = tokens.scripts[i];
    if (s === Script.Latin) {
      latin++;
      if (latin <= 400 && EN_FUNCTION_WORDS.has(tokens.words[i]!)) englishFunctionWords++;
    } else if (s === Script.Cyrillic) cyrillic++;
    else if (!/^\d/.test(tokens.words[i]!)) other++;
  }
  if (cyrillic > latin && cyrillic > other) {
    const sample = text.slice(0, SCRIPT_SAMPLE).toLowerCase();
    const letters = sample.match(/[а-яё]/g)?.length ?? 0;
    const foreign = sample.match(NON_RUSSIAN_CYRILLIC)?.length ?? 0;
    if (foreign > Math.max(1, letters * 0.005)) return null;
    // Bulgarian has neither ы nor э; a Russian text of a few hundred letters almost always has ы.
    if (letters >= 300 && !/[ыэ]/.test(sample)) return null;
    return 'ru';
  }
  if (latin >= cyrillic && latin > other) {
    // French, German or Turkish are Latin too: a text of some length must read like English.
    const checked = Math.min(latin, 400);
    if (checked >= 20 && englishFunctionWords / checked < 0.08) return null;
    return 'en';
  }
  return null;
}

// ---- Scoring ----

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

const none = (language: ToneLanguage | null): ToneSuggestion => ({ tone: 'neutral', score: 0, confidence: 0, language, evidence: [] });

/** Suggest a tone for `text`. `language` is an ISO code; when absent the script decides (Cyrillic ru, Latin en). */
export function suggestTone(text: string, language?: string | null): ToneSuggestion {
  const fromCode = languageFromCode(language);
  if (fromCode === null || typeof text !== 'string' || text.length === 0) return none(fromCode === 'guess' ? null : fromCode);
  const tokens = tokenise(text);
  const lang = fromCode === 'guess' ? guessLanguage(text, tokens) : fromCode;
  if (lang === null || tokens.count === 0) return none(lang);
  return score(text, tokens, lang);
}

function score(text: string, t: Tokens, lang: ToneLanguage): ToneSuggestion {
  const { en, ru } = tries();
  const n = t.count;
  // Pass 1: what each token is. Cue candidates are kept only for tokens that start some cue.
  const roles = new Uint8Array(n);
  const factors = new Float64Array(n);
  const clauses = t.clauses;
  const candidates: (Cue[] | undefined)[] = new Array<Cue[] | undefined>(n);
  const found: Item[] = [];
  let clauseShift = 0;
  for (let i = 0; i < n; i++) {
    const word = t.words[i]!;
    const script = t.scripts[i];
    if (clauseShift) clauses[i]! += clauseShift;
    if (script === Script.Other) continue;
    // Each token is read with its own script's lexicon, so a Russian quotation in an English article still counts.
    (script === Script.Cyrillic ? ru : en).lookup(word, found);
    if (script === Script.Latin && (word.endsWith("n't") || word === 'cannot')) roles[i] = Role.Negator;
    for (const item of found) {
      if (item.kind === 'cue') (candidates[i] ??= []).push(item.cue);
      else if (item.kind === 'negator') roles[i] = Role.Negator;
      else if (item.kind === 'modifier' && roles[i] !== Role.Negator) {
        roles[i] = Role.Modifier;
        factors[i] = item.factor;
      } else if (item.kind === 'filler' && roles[i] === Role.None) roles[i] = Role.Filler;
      else if (item.kind === 'boundary') {
        roles[i] = Role.Boundary;
        clauseShift++;
        clauses[i]! += 1;
      } else if (item.kind === 'blocker' && i > 0 && roles[i - 1] === Role.Negator && clauses[i - 1] === clauses[i]) roles[i - 1] = Role.None;
    }
  }
  // Pass 2: longest cue at each token, then its negation and intensity from the few tokens before it.
  const inCue = new Uint8Array(n);
  const evidence: ToneEvidence[] = [];
  let sum = 0;
  let absolute = 0;
  for (let i = 0; i < n; i++) {
    const cues = candidates[i];
    if (!cues) continue;
    const match = longestMatch(t, roles, factors, cues, i);
    if (!match) continue;
    const last = match.last;
    for (let k = i; k <= last; k++) inCue[k] = 1;
    if (match.cue.weight !== 0) {
      const context = lookBack(roles, factors, clauses, inCue, i);
      const negated = context.negated !== match.negated;
      let weight = match.cue.weight * Math.min(2, context.factor * match.factor);
      if (negated) weight *= weight > 0 ? NEGATED_POSITIVE : NEGATED_NEGATIVE;
      sum += weight;
      absolute += Math.abs(weight);
      const start = t.starts[i]!;
      const end = t.ends[last]!;
      evidence.push({ cue: text.slice(start, end), weight: round(weight, 2), start, end });
    }
    i = last;
  }
  return verdict(sum, absolute, n, lang, evidence);
}

interface Match {
  cue: Cue;
  last: number;
  factor: number;
  negated: boolean;
}

function longestMatch(t: Tokens, roles: Uint8Array, factors: Float64Array, cues: Cue[], i: number): Match | undefined {
  let best: Match | undefined;
  let bestLength = 0;
  let bestSpecificity = 0;
  for (const cue of cues) {
    let pos = i;
    let factor = 1;
    let negated = false;
    let ok = true;
    for (const p of cue.rest) {
      let next = -1;
      // Between two words of a phrase, skip a few fillers, modifiers or negators, keeping their effect.
      for (let k = pos + 1; k < t.count && k <= pos + 1 + PHRASE_SKIP && t.clauses[k] === t.clauses[i]; k++) {
        if (matches(p, t.words[k]!)) {
          next = k;
          break;
        }
        const role = roles[k];
        if (role === Role.Modifier) factor *= factors[k]!;
        else if (role === Role.Negator) negated = !negated;
        else if (role !== Role.Filler) break;
      }
      if (next < 0) {
        ok = false;
        break;
      }
      pos = next;
    }
    if (!ok) continue;
    const length = cue.rest.length + 1;
    if (length > bestLength || (length === bestLength && cue.specificity > bestSpecificity)) {
      best = { cue, last: pos, factor, negated };
      bestLength = length;
      bestSpecificity = cue.specificity;
    }
  }
  return best;
}

/** Negators and modifiers in the same clause just before a cue. A modifier under a negator ("not very") is dropped;
 * an earlier cue ends the look-back, unless it is itself a negator ("failed to reach agreement"). */
function lookBack(roles: Uint8Array, factors: Float64Array, clauses: number[], inCue: Uint8Array, i: number): { negated: boolean; factor: number } {
  let negated = false;
  let factor = 1;
  let counted = 0;
  for (let k = i - 1; k >= 0 && counted < NEGATION_WINDOW && i - k <= NEGATION_WINDOW * 2 && clauses[k] === clauses[i]; k--) {
    const role = roles[k];
    if (role === Role.Negator) {
      negated = !negated;
      factor = 1;
    } else if (inCue[k]) break;
    else if (role === Role.Modifier && counted < MODIFIER_WINDOW && factor === 1 && !negated) factor = factors[k]!;
    if (role !== Role.Filler) counted++;
  }
  return { negated, factor };
}

function verdict(sum: number, absolute: number, tokens: number, language: ToneLanguage, evidence: ToneEvidence[]): ToneSuggestion {
  // Bounded like a sigmoid in the net weight, diluted by √length so one cue in a long article stays neutral.
  const score = sum / Math.sqrt(sum * sum + ALPHA + BETA * tokens);
  const tone: Tone = score >= NEUTRAL_BAND ? 'positive' : score <= -NEUTRAL_BAND ? 'negative' : 'neutral';
  // Confidence: for a polar tone, how far past the band the score is, times how much the cues agree (|S| / Σ|w|);
  // for neutral, at most 0.6, falling as the score nears the band and as cancelling cues pile up.
  let confidence: number;
  if (tone === 'neutral') {
    // No cues is only weak evidence of neutrality, and cues cancelling each other weaker still.
    const mixed = absolute / (absolute + 4);
    confidence = 0.6 * (1 - Math.abs(score) / NEUTRAL_BAND) * (1 - 0.5 * mixed) * Math.min(1, tokens / 3);
  } else {
    const margin = (Math.abs(score) - NEUTRAL_BAND) / (1 - NEUTRAL_BAND);
    const consistency = Math.abs(sum) / absolute;
    confidence = consistency * (0.25 + 0.75 * margin);
  }
  return { tone, score: round(score, 3), confidence: round(Math.max(0, Math.min(1, confidence)), 2), language, evidence };
}
