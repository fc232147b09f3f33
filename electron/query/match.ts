// Runs a parsed query over documents in memory: topic rules on incoming clips and their live preview, and where a
// query's words are in a text (snippets, highlights). The library's search runs the same query as SQL
// (electron/search/compile.ts); both read tokens folded the same way, and a test holds them to the same answers.
//
// Text is cut into tokens the way SQLite FTS5's unicode61 tokenizer cuts it (runs of letters, digits and marks), each
// token folded with foldName, so that the two engines agree. Chinese, Japanese and Korean runs are kept whole and
// searched as substrings, since those scripts do not put spaces between words.
import { foldName } from '../statements/names';
import type { FieldName, FieldNode, PhraseNode, QueryNode, TermNode } from './ast';

export interface MatchDocument {
  text: string;
  fields?: Partial<Record<FieldName, readonly string[]>>;
  /** ISO date or date-time; only the date part is compared. */
  date?: string | null;
}

export interface MatchOptions {
  /** Decides a field for the caller (e.g. an official's aliases); returning undefined leaves it to the default rule. */
  fieldMatcher?: (node: FieldNode, values: readonly string[], doc: MatchDocument) => boolean | undefined;
}

// ---------------------------------------------------------------------------------------------------------------------
// Tokens

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3099\u309A\u30FC\uFF70\uFF9E\uFF9F]/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;

const SEPARATOR = 0;
const LETTER = 1;
const CJK_LETTER = 2;
const SURROGATE = 3;

function classify(ch: string): number {
  return CJK.test(ch) ? CJK_LETTER : WORD.test(ch) ? LETTER : SEPARATOR;
}

// A class per UTF-16 unit, built once: a table lookup per character is about twice as fast as a Unicode regex, and
// tokenising is nearly all the cost of matching.
let table: Uint8Array | null = null;

function classes(): Uint8Array {
  if (!table) {
    table = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c += 1) table[c] = c >= 0xd800 && c <= 0xdfff ? SURROGATE : classify(String.fromCharCode(c));
  }
  return table;
}

export interface TextTokens {
  /** Folded tokens in order. */
  values: string[];
  /** Which tokens are CJK runs (null when the text has none, the usual case). */
  cjk: boolean[] | null;
  /** Offsets of each token in the original text (only when asked for). */
  starts?: number[];
  ends?: number[];
  /** For CJK tokens with offsets: the original offset of each UTF-16 unit of the folded token. */
  maps?: (number[] | null)[];
}

const foldCache = new Map<string, string>();

function foldWord(run: string): string {
  let folded = foldCache.get(run);
  if (folded === undefined) {
    folded = foldName(run);
    if (foldCache.size > 100_000) foldCache.clear();
    foldCache.set(run, folded);
  }
  return folded;
}

/** Cuts text into folded tokens; with `offsets`, also where each came from in the original. */
export function tokenizeText(text: string, offsets = false): TextTokens {
  const kinds = classes();
  const values: string[] = [];
  let cjk: boolean[] | null = null;
  const starts: number[] = [];
  const ends: number[] = [];
  const maps: (number[] | null)[] = [];

  const emit = (start: number, end: number, kind: number, ascii: boolean, lower: boolean): void => {
    const run = text.slice(start, end);
    const isCjk = kind === CJK_LETTER;
    // foldName's Turkish lower-casing turns I into ı and then into i, so plain ASCII only needs toLowerCase.
    const folded = isCjk ? run.normalize('NFKC') : lower ? run : ascii ? run.toLowerCase() : foldWord(run);
    if (folded === '') return;
    for (const piece of !isCjk && folded.includes(' ') ? folded.split(' ') : [folded]) {
      if (isCjk && !cjk) cjk = values.map(() => false);
      values.push(piece);
      cjk?.push(isCjk);
      if (offsets) {
        starts.push(start);
        ends.push(end);
        maps.push(isCjk ? cjkOffsets(run, start, piece.length) : null);
      }
    }
  };

  let kind = SEPARATOR;
  let start = 0;
  let ascii = true;
  let lower = true;
  for (let j = 0; j < text.length; ) {
    const c = text.charCodeAt(j);
    let k = kinds[c] as number;
    let width = 1;
    if (k === SURROGATE) {
      const cp = text.codePointAt(j) ?? c;
      width = cp > 0xffff ? 2 : 1;
      k = classify(String.fromCodePoint(cp));
    }
    if (k !== kind) {
      if (kind !== SEPARATOR) emit(start, j, kind, ascii, lower);
      kind = k;
      start = j;
      ascii = true;
      lower = true;
    }
    if (c >= 0x80) ascii = lower = false;
    else if (c < 0x61 || c > 0x7a) lower = lower && c >= 0x30 && c <= 0x39;
    j += width;
  }
  if (kind !== SEPARATOR) emit(start, text.length, kind, ascii, lower);
  return offsets ? { values, cjk, starts, ends, maps } : { values, cjk };
}

/** NFKC may change a CJK run's length (half-width kana); spread the folded units over the original ones. */
function cjkOffsets(run: string, at: number, foldedLength: number): number[] {
  const map: number[] = [];
  let offset = at;
  for (const ch of run) {
    const n = ch.normalize('NFKC').length;
    for (let k = 0; k < n; k += 1) map.push(offset);
    offset += ch.length;
  }
  map.push(offset);
  if (map.length === foldedLength + 1) return map;
  // Characters combined (ｶ + ﾞ → ガ): each folded unit belongs to the original character whose addition first made the
  // normalised prefix that long. Quadratic, but only for the rare runs that compose.
  const exact: number[] = [];
  let boundary = 0;
  for (const ch of run) {
    const next = boundary + ch.length;
    const reached = run.slice(0, next).normalize('NFKC').length;
    while (exact.length < reached) exact.push(at + boundary);
    boundary = next;
  }
  while (exact.length < foldedLength) exact.push(at + boundary);
  exact.length = foldedLength;
  exact.push(at + run.length);
  return exact;
}

// ---------------------------------------------------------------------------------------------------------------------
// Patterns: a word or a phrase as a sequence of folded pieces

export interface Pattern {
  pieces: string[];
  cjk: boolean[];
  prefixLast: boolean;
}

export function patternOf(node: TermNode | PhraseNode): Pattern {
  const tokens = tokenizeText(node.value);
  return {
    pieces: tokens.values,
    cjk: tokens.cjk ?? tokens.values.map(() => false),
    prefixLast: node.kind === 'term' ? node.prefix : node.prefixLast,
  };
}

/** Where piece k of the pattern sits inside doc token j, as offsets into the folded token; -1 when it is not there. */
function pieceAt(pattern: Pattern, k: number, doc: TextTokens, j: number, from = 0): number {
  const value = doc.values[j] as string;
  const piece = pattern.pieces[k] as string;
  const last = pattern.pieces.length - 1;
  const docCjk = doc.cjk?.[j] ?? false;
  if (pattern.cjk[k] !== docCjk) return -1;
  if (!docCjk) {
    if (from > 0) return -1;
    return (k === last && pattern.prefixLast ? value.startsWith(piece) : value === piece) ? 0 : -1;
  }
  // Inside a phrase a CJK piece must touch its neighbours: end its run if something follows, start it if something
  // precedes.
  if (last === 0) return value.indexOf(piece, from);
  if (from > 0) return -1;
  if (k === 0) return value.endsWith(piece) ? value.length - piece.length : -1;
  if (k === last) return value.startsWith(piece) ? 0 : -1;
  return value === piece ? 0 : -1;
}

function occursAt(pattern: Pattern, doc: TextTokens, j: number): boolean {
  for (let k = 0; k < pattern.pieces.length; k += 1) if (pieceAt(pattern, k, doc, j + k) < 0) return false;
  return true;
}

/** Token indexes where the pattern starts. */
function occurrences(pattern: Pattern, doc: TextTokens): number[] {
  const found: number[] = [];
  const n = pattern.pieces.length;
  for (let j = 0; j + n <= doc.values.length; j += 1) if (occursAt(pattern, doc, j)) found.push(j);
  return found;
}

function occursAnywhere(pattern: Pattern, doc: TextTokens): boolean {
  const first = pattern.pieces[0];
  if (first === undefined) return false;
  // The common case, one whole word, is a native scan.
  if (pattern.pieces.length === 1 && !pattern.prefixLast && !pattern.cjk[0]) {
    for (let j = doc.values.indexOf(first); j >= 0; j = doc.values.indexOf(first, j + 1)) if (!doc.cjk?.[j]) return true;
    return false;
  }
  const n = pattern.pieces.length;
  for (let j = 0; j + n <= doc.values.length; j += 1) if (occursAt(pattern, doc, j)) return true;
  return false;
}

/** Pairs of occurrences with at most `distance` tokens between them, in either order (as FTS5's NEAR). */
function nearPairs(left: Pattern, right: Pattern, distance: number, doc: TextTokens, all: boolean): [number, number][] {
  const ls = occurrences(left, doc);
  if (ls.length === 0) return [];
  const rs = occurrences(right, doc);
  const pairs: [number, number][] = [];
  let lo = 0;
  for (const l of ls) {
    const min = l - right.pieces.length - distance;
    const max = l + left.pieces.length + distance;
    while (lo < rs.length && (rs[lo] as number) < min) lo += 1;
    for (let k = lo; k < rs.length && (rs[k] as number) <= max; k += 1) {
      pairs.push([l, rs[k] as number]);
      if (!all) return pairs;
    }
  }
  return pairs;
}

// ---------------------------------------------------------------------------------------------------------------------
// Fields

function dateOf(doc: MatchDocument): string | null {
  return doc.date ? doc.date.slice(0, 10) : null;
}

/** Folded forms a topic or tag path answers to: itself and each parent ("a > b > c" → "a", "a b", "a b c"). */
function pathForms(value: string): string[] {
  const forms: string[] = [];
  let sofar = '';
  for (const part of value.split('>')) {
    const folded = foldName(part);
    if (folded === '') continue;
    sofar = sofar ? `${sofar} ${folded}` : folded;
    forms.push(sofar);
  }
  return forms;
}

function compileField(node: FieldNode, options: MatchOptions): (doc: MatchDocument) => boolean {
  const { range } = node;
  if (range) {
    return (doc) => {
      const date = dateOf(doc);
      if (date === null) return false;
      return (range.start === undefined || date >= range.start) && (range.end === undefined || date < range.end);
    };
  }
  const wanted = foldName(node.value);
  const path = node.field === 'topic' || node.field === 'tag';
  const same = node.prefix ? (v: string) => v.startsWith(wanted) : (v: string) => v === wanted;
  return (doc) => {
    const values = doc.fields?.[node.field] ?? [];
    const custom = options.fieldMatcher?.(node, values, doc);
    if (custom !== undefined) return custom;
    return values.some((value) => (path ? pathForms(value).some(same) : same(foldName(value))));
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// Compiling

interface Context {
  doc: MatchDocument;
  tokens: TextTokens | null;
}

type Test = (ctx: Context) => boolean;

function tokensOf(ctx: Context): TextTokens {
  ctx.tokens ??= tokenizeText(ctx.doc.text);
  return ctx.tokens;
}

/** Fields are cheap and text needs tokenising, so AND and OR look at fields first. */
function cost(node: QueryNode): number {
  switch (node.kind) {
    case 'field':
      return 0;
    case 'not':
      return cost(node.child);
    case 'and':
    case 'or':
      return Math.max(...node.children.map(cost));
    default:
      return 1;
  }
}

function compile(node: QueryNode, options: MatchOptions): Test {
  switch (node.kind) {
    case 'term':
    case 'phrase': {
      const pattern = patternOf(node);
      return (ctx) => occursAnywhere(pattern, tokensOf(ctx));
    }
    case 'near': {
      const left = patternOf(node.left);
      const right = patternOf(node.right);
      return (ctx) => nearPairs(left, right, node.distance, tokensOf(ctx), false).length > 0;
    }
    case 'field': {
      const test = compileField(node, options);
      return (ctx) => test(ctx.doc);
    }
    case 'not': {
      const child = compile(node.child, options);
      return (ctx) => !child(ctx);
    }
    case 'and': {
      const children = [...node.children].sort((a, b) => cost(a) - cost(b)).map((c) => compile(c, options));
      return (ctx) => children.every((test) => test(ctx));
    }
    case 'or': {
      const children = [...node.children].sort((a, b) => cost(a) - cost(b)).map((c) => compile(c, options));
      return (ctx) => children.some((test) => test(ctx));
    }
  }
}

/** A reusable test for one query; each document is tokenised at most once, and only if its text is needed. */
export function compileMatcher(query: QueryNode, options: MatchOptions = {}): (doc: MatchDocument) => boolean {
  const test = compile(query, options);
  return (doc) => test({ doc, tokens: null });
}

// ---------------------------------------------------------------------------------------------------------------------
// Highlights

/** The [start, end) offsets in the original text of every text hit of the query's positive parts (what NOT excludes is
 * not highlighted), sorted, overlaps merged. */
export function matchPositions(query: QueryNode, text: string): [number, number][] {
  const doc = tokenizeText(text, true);
  const ranges: [number, number][] = [];
  collect(query, doc, ranges);
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

function collect(node: QueryNode, doc: TextTokens, out: [number, number][]): void {
  switch (node.kind) {
    case 'term':
    case 'phrase': {
      const pattern = patternOf(node);
      for (const j of occurrences(pattern, doc)) out.push(...rangesOf(pattern, doc, j));
      return;
    }
    case 'near': {
      const left = patternOf(node.left);
      const right = patternOf(node.right);
      for (const [l, r] of nearPairs(left, right, node.distance, doc, true)) out.push(...rangesOf(left, doc, l), ...rangesOf(right, doc, r));
      return;
    }
    case 'and':
    case 'or':
      for (const child of node.children) collect(child, doc, out);
      return;
    case 'field':
    case 'not':
      return;
  }
}

/** Original-text ranges of one occurrence: whole tokens, or the matched part of a CJK run. */
function rangesOf(pattern: Pattern, doc: TextTokens, j: number): [number, number][] {
  const n = pattern.pieces.length;
  const starts = doc.starts ?? [];
  const ends = doc.ends ?? [];
  if (!pattern.cjk.some(Boolean)) return [[starts[j] ?? 0, ends[j + n - 1] ?? 0]];
  const out: [number, number][] = [];
  let first = -1;
  let last = -1;
  for (let k = 0; k < n; k += 1) {
    const map = doc.maps?.[j + k];
    if (!map) {
      if (first < 0) first = starts[j + k] ?? 0;
      last = ends[j + k] ?? 0;
      continue;
    }
    const length = (pattern.pieces[k] as string).length;
    // A lone CJK piece may occur several times in one run: every place is a hit.
    for (let at = pieceAt(pattern, k, doc, j + k); at >= 0; at = n === 1 ? pieceAt(pattern, k, doc, j + k, at + 1) : -1) {
      const start = map[at] ?? 0;
      const end = map[at + length] ?? start;
      if (n === 1) out.push([start, end]);
      else {
        if (first < 0) first = start;
        last = end;
      }
    }
  }
  if (n > 1 && first >= 0) out.push([first, last]);
  return out;
}
