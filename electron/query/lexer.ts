// Splits a query into tokens: words, quoted phrases, field:value pairs, operators and parentheses. Decisions about what
// a word means (keyword, field, URL, plain text) are made here, so the parser only deals with structure.
import { foldName } from '../statements/names';
import { FIELD_NAMES, isFieldName, type FieldName, type Span } from './ast';
import { QueryError } from './errors';

export type Token =
  | { type: 'word'; value: string; prefix: boolean; span: Span }
  | { type: 'phrase'; value: string; prefixLast: boolean; span: Span }
  | { type: 'field'; name: FieldName; value: string; prefix: boolean; span: Span; valueSpan: Span }
  | { type: 'near'; distance: number; span: Span }
  | { type: 'and' | 'or' | 'not' | 'minus' | 'lparen' | 'rparen'; span: Span };

export const DEFAULT_NEAR = 10;
export const MAX_NEAR = 100;

/** Opening quotation marks and the marks that may close them: straight, English curly, German low-high, guillemets. */
const CLOSERS: Record<string, string> = {
  '"': '"',
  '“': '”"',
  '”': '”',
  '„': '“”"',
  '«': '»',
};

/** Words that look like `scheme:…` but are addresses, not fields. */
const URL_SCHEMES = new Set(['http', 'https', 'ftp', 'mailto', 'file', 'tel', 'urn', 'www']);

const SPACE = /\s/u;

function endsWord(ch: string): boolean {
  return SPACE.test(ch) || ch === '(' || ch === ')' || ch in CLOSERS;
}

export function lex(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (message: string, position: number, length: number): never => {
    throw new QueryError(message, position, length, input);
  };

  while (i < input.length) {
    const ch = input.charAt(i);
    if (SPACE.test(ch)) {
      i += 1;
    } else if (ch === '(' || ch === ')') {
      tokens.push({ type: ch === '(' ? 'lparen' : 'rparen', span: { start: i, end: i + 1 } });
      i += 1;
    } else if (ch in CLOSERS) {
      const phrase = readPhrase(input, i, fail);
      tokens.push({ type: 'phrase', value: phrase.value, prefixLast: phrase.prefix, span: { start: i, end: phrase.end } });
      i = phrase.end;
    } else if (ch === '-' && startsExclusion(input, i + 1)) {
      tokens.push({ type: 'minus', span: { start: i, end: i + 1 } });
      i += 1;
    } else {
      let end = i;
      while (end < input.length && !endsWord(input.charAt(end))) end += 1;
      const token = readWord(input, i, end, fail);
      if (token) tokens.push(token);
      i = token?.span.end ?? end;
    }
  }
  return tokens;
}

/** A dash excludes only when something follows it directly: `-word`, `-"phrase"`, `-(group)`. "Baku - Tbilisi" is
 * punctuation. */
function startsExclusion(input: string, next: number): boolean {
  const ch = input.charAt(next);
  return ch !== '' && !SPACE.test(ch) && ch !== ')';
}

type Fail = (message: string, position: number, length: number) => never;

function readPhrase(input: string, open: number, fail: Fail): { value: string; prefix: boolean; end: number } {
  const closers = CLOSERS[input.charAt(open)] ?? '"';
  let close = open + 1;
  while (close < input.length && !closers.includes(input.charAt(close))) close += 1;
  if (close >= input.length) fail('Unclosed quotation mark', open, 1);
  let value = input.slice(open + 1, close);
  let end = close + 1;
  let prefix = false;
  if (input.charAt(end) === '*') {
    prefix = true;
    end += 1;
  }
  const trimmed = value.trimEnd();
  if (trimmed.endsWith('*')) {
    prefix = true;
    value = trimmed.slice(0, -1);
  }
  const star = /[\p{L}\p{N}]\*|\*[\p{L}\p{N}]/u.exec(value);
  if (star) fail('Inside quotation marks only the last word can end with a star, as in "green grow*"', open + 1 + star.index + (star[0].startsWith('*') ? 0 : 1), 1);
  if (foldName(value) === '') fail('Nothing to search for between the quotation marks', open, end - open);
  return { value, prefix, end };
}

function readWord(input: string, start: number, end: number, fail: Fail): Token | null {
  const raw = input.slice(start, end);
  const span = { start, end };
  if (raw === 'AND' || raw === 'OR' || raw === 'NOT') return { type: raw === 'AND' ? 'and' : raw === 'OR' ? 'or' : 'not', span };
  if (raw === 'NEAR') return { type: 'near', distance: DEFAULT_NEAR, span };
  if (raw.startsWith('NEAR/')) return { type: 'near', distance: nearDistance(raw.slice(5), start + 5, fail), span };

  // Field names are ASCII; a colon after other letters ("Москва:Баку") or digits (10:30) is punctuation.
  const field = /^([A-Za-z]+):/.exec(raw);
  if (field?.[1] !== undefined) {
    const name = field[1];
    const rest = raw.slice(field[0].length);
    const lower = name.toLowerCase();
    if (isFieldName(lower)) return readField(input, lower, start, end, field[0].length, fail);
    const quoted = rest === '' && input.charAt(end) in CLOSERS;
    const address = URL_SCHEMES.has(lower) || rest.startsWith('//');
    // "Reuters:" at the end of a word is punctuation; "foo:bar" is most likely a mistyped field.
    if (!address && (rest !== '' || quoted)) fail(unknownField(name), start, field[0].length);
  }
  return plainWord(raw, span, fail);
}

function plainWord(raw: string, span: Span, fail: Fail): Token | null {
  let value = raw;
  let prefix = false;
  if (value.endsWith('*')) {
    prefix = true;
    value = value.slice(0, -1);
  }
  const star = value.indexOf('*');
  if (star >= 0) fail('A star can only end a word, as in transport*', span.start + star, 1);
  if (foldName(value) === '') {
    if (prefix) fail('A star needs letters or digits before it, as in transport*', span.end - 1, 1);
    // Punctuation between words ("Baku – Tbilisi", "Smith & Jones") is not something to search for.
    return null;
  }
  return { type: 'word', value, prefix, span };
}

function readField(input: string, name: FieldName, start: number, wordEnd: number, nameLength: number, fail: Fail): Token {
  const valueStart = start + nameLength;
  if (valueStart === wordEnd && input.charAt(wordEnd) in CLOSERS) {
    const phrase = readPhrase(input, wordEnd, fail);
    return {
      type: 'field',
      name,
      value: phrase.value.trim(),
      prefix: phrase.prefix,
      span: { start, end: phrase.end },
      valueSpan: { start: wordEnd, end: phrase.end },
    };
  }
  if (valueStart === wordEnd) fail(`${name}: needs a value right after the colon, as in ${example(name)}`, start, nameLength);
  let value = input.slice(valueStart, wordEnd);
  let prefix = false;
  if (value.endsWith('*')) {
    prefix = true;
    value = value.slice(0, -1);
  }
  return { type: 'field', name, value, prefix, span: { start, end: wordEnd }, valueSpan: { start: valueStart, end: wordEnd } };
}

function nearDistance(text: string, at: number, fail: Fail): number {
  if (!/^\d+$/.test(text)) fail('NEAR/ takes a number of words, as in NEAR/5', at, Math.max(text.length, 0));
  const n = Number(text);
  if (n > MAX_NEAR) fail(`NEAR/${text} is too far: the distance must be from 0 to ${MAX_NEAR}`, at, text.length);
  return n;
}

export function example(name: FieldName): string {
  const examples: Record<FieldName, string> = {
    official: 'official:"Hikmət Hajiyev"',
    speaker: 'speaker:Aliyev',
    topic: 'topic:Energy',
    tag: 'tag:urgent',
    outlet: 'outlet:Reuters',
    country: 'country:Georgia',
    lang: 'lang:az',
    tone: 'tone:negative',
    kind: 'kind:direct',
    speakerkind: 'speakerkind:institution',
    after: 'after:2024-03',
    before: 'before:2024-03-26',
    has: 'has:annotation',
  };
  return examples[name];
}

function unknownField(name: string): string {
  const guess = closestField(name.toLowerCase());
  const hint = guess ? ` — did you mean ${guess}:?` : `. Fields are ${FIELD_NAMES.map((f) => `${f}:`).join(' ')}`;
  return `Unknown field '${name}:'${hint} (to search for the text itself, put it in quotation marks)`;
}

function closestField(name: string): FieldName | null {
  let best: FieldName | null = null;
  let bestDistance = Infinity;
  for (const field of FIELD_NAMES) {
    const d = editDistance(name, field);
    if (d < bestDistance) {
      best = field;
      bestDistance = d;
    }
  }
  // A guess from two letters is noise; allow one edit per three letters, and at most two.
  return bestDistance <= Math.min(2, Math.max(1, Math.floor(name.length / 3))) ? best : null;
}

/** Edits between two words, a swap of neighbouring letters counting as one (the commonest typo: tpoic). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}
