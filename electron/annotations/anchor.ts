// Finding a highlight again after its article's text changed. In order: (1) the stored position still holds the
// quote → 'exact'; (2) the quote occurs elsewhere → the occurrence whose surroundings best agree with the stored
// prefix and suffix, then the one nearest the old position → 'moved'; (3) the quote with small edits (a typo fixed,
// a word inserted, whitespace or typographic quotes changed) near the old position, then anywhere → 'fuzzy';
// (4) otherwise 'orphaned', with a reason a person can read. A place is never guessed: candidates that tie far
// from the old position with nothing around them to tell them apart, and approximate matches below the threshold,
// are orphaned instead.
//
// Approximate matching is Myers' bit-parallel edit distance (in Hyyrö's blocked form for quotes longer than 32
// code units) run over short windows: the window around the old position, then windows that q-grams of the quote
// and of its context vote for, looked up in an index of the text built once per text and only when needed. Only a
// short article is scanned whole (text length × ⌈quote length / 32⌉ ≤ WHOLE_SCAN), so a 5 MB article stays fast.
import { graphemeCeil, graphemeFloor, isGraphemeBoundary, type TextPositionSelector, type TextQuoteSelector } from './selectors';

export interface AnchorSelectors {
  position?: TextPositionSelector | undefined;
  quote: TextQuoteSelector;
}

export type AnchorResult = { status: 'exact' | 'moved' | 'fuzzy'; start: number; end: number; score: number } | { status: 'orphaned'; reason: string };

export interface AnchorableAnnotation extends AnchorSelectors {
  id: string;
}

/** An approximate match may differ from the quote by this share of its length (at least one edit). */
export const EDIT_BUDGET = 0.2;
/** A fuzzy match scores 0.8 × quote similarity + 0.2 × context agreement and is orphaned below this. */
export const FUZZY_THRESHOLD = 0.75;
/**
 * Context agreement (0..1) from which the surroundings confirm a place: OK for the stored position or a clear
 * winner, STRONG on its own. Unrelated prose scores about 0.3 per side (0.44 at the 99th percentile).
 */
export const CONTEXT_OK = 0.5;
export const CONTEXT_STRONG = 0.75;
/** How far a merely OK context must beat the next best candidate's. */
const CONTEXT_MARGIN = 0.15;
/** Code units around the old position searched first, and within which nearness alone may break a tie. */
export const NEAR = 256;
/** Candidates whose scores differ by less than this are equals; only nearness (or nothing) can choose among them. */
const TIE = 0.01;
/** Text length × quote blocks up to which the whole text is scanned approximately instead of through the index. */
const WHOLE_SCAN = 200_000;
/** Occurrences beyond this many are first shortlisted by a cheap exact-context comparison. */
const SHORTLIST_OVER = 256;
const SHORTLIST = 64;

// ---------------------------------------------------------------------------------------------------------------
// Folding: typographic variants that an edit of the article tends to introduce count as the same character. It is
// one code unit for one code unit, so offsets in folded and original text are the same.

const FOLD = buildFold();

function buildFold(): Uint16Array {
  const fold = new Uint16Array(0x10000);
  for (let c = 0; c < fold.length; c++) fold[c] = c;
  const map = (codes: number[], to: string): void => {
    for (const c of codes) fold[c] = to.charCodeAt(0);
  };
  const spaces = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
  for (let c = 0x2000; c <= 0x200a; c++) spaces.push(c);
  map(spaces, ' ');
  map([0x60, 0xb4, 0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2039, 0x203a], "'");
  map([0xab, 0xbb, 0x201c, 0x201d, 0x201e, 0x201f, 0x2033], '"');
  map([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d], '-');
  return fold;
}

const folded = (text: string, at: number): number => FOLD[text.charCodeAt(at)]!;

// ---------------------------------------------------------------------------------------------------------------
// Myers / Hyyrö bit-parallel edit distance. One 32-bit word holds 32 rows of the dynamic-programming column as
// +1/−1 deltas; a quote of m code units takes ⌈m/32⌉ words per text character.

interface Pattern {
  length: number;
  blocks: number;
  /** Per folded code unit, a bit per row of the quote where it occurs. */
  peq: Map<number, Int32Array>;
  none: Int32Array;
  /** The bit of the last block that is the quote's last row. */
  lastBit: number;
  /** The quote's first and last code units, folded. */
  first: number;
  last: number;
}

const HIGH = 1 << 31;

function compile(pattern: string): Pattern {
  const blocks = Math.max(1, Math.ceil(pattern.length / 32));
  const peq = new Map<number, Int32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const c = folded(pattern, i);
    let rows = peq.get(c);
    if (!rows) peq.set(c, (rows = new Int32Array(blocks)));
    rows[i >>> 5]! |= 1 << (i & 31);
  }
  return {
    length: pattern.length,
    blocks,
    peq,
    none: new Int32Array(blocks),
    lastBit: 1 << ((pattern.length - 1) & 31),
    first: folded(pattern, 0),
    last: folded(pattern, pattern.length - 1),
  };
}

const reversed = (s: string): string => s.split('').reverse().join('');

/**
 * The edit distance after each code unit of text[from, to), read forwards or (`backwards`) from `to` down. Free
 * start: out[j] is the distance between the pattern and the best substring ending at the j-th unit read. Anchored
 * (`anchored`): the substring must begin where reading began, so out[j] is the distance to exactly the j+1 units.
 */
function distances(p: Pattern, text: string, from: number, to: number, backwards: boolean, anchored: boolean): Int32Array {
  const n = Math.max(0, to - from);
  const out = new Int32Array(n);
  const pv = new Int32Array(p.blocks).fill(-1);
  const mv = new Int32Array(p.blocks);
  const last = p.blocks - 1;
  let score = p.length;
  for (let j = 0; j < n; j++) {
    const eqs = p.peq.get(folded(text, backwards ? to - 1 - j : from + j)) ?? p.none;
    // The top row is 0 everywhere for a free start and rises by one per column for an anchored one.
    let hin = anchored ? 1 : 0;
    for (let b = 0; b <= last; b++) {
      const pvb = pv[b]!;
      const mvb = mv[b]!;
      let eq = eqs[b]!;
      const xv = eq | mvb;
      if (hin < 0) eq |= 1;
      const xh = ((((eq & pvb) + pvb) | 0) ^ pvb) | eq;
      let ph = mvb | ~(xh | pvb);
      let mh = pvb & xh;
      if (b === last) {
        if (ph & p.lastBit) score++;
        else if (mh & p.lastBit) score--;
      }
      const hout = ph & HIGH ? 1 : mh & HIGH ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      hin = hout;
    }
    out[j] = score;
  }
  return out;
}

export interface ApproximateMatch {
  start: number;
  end: number;
  distance: number;
}

/**
 * Places in text[from, to) where `pattern` matches with at most `maxEdits` edits (typographic variants folded):
 * the best match of every separate stretch, best first, ties broken by nearness of the end to `expectedEnd`.
 */
function matchesIn(fwd: Pattern, rev: Pattern, text: string, from: number, to: number, maxEdits: number, expectedEnd: number): ApproximateMatch[] {
  const scores = distances(fwd, text, from, to, false, false);
  const firstUnit = fwd.first;
  const lastUnit = fwd.last;
  const ends: Array<{ end: number; distance: number }> = [];
  for (let j = 0; j < scores.length; ) {
    if (scores[j]! > maxEdits) {
      j++;
      continue;
    }
    let best = j;
    // Among equally good ends prefer one where the quote's last character matches, then the expected one.
    const fits = (k: number): boolean => folded(text, from + k) === lastUnit;
    for (; j < scores.length && scores[j]! <= maxEdits; j++) {
      const end = from + j + 1;
      const tie = scores[j] === scores[best];
      if (scores[j]! < scores[best]! || (tie && fits(j) && !fits(best)) || (tie && fits(j) === fits(best) && Math.abs(end - expectedEnd) < Math.abs(from + best + 1 - expectedEnd))) best = j;
    }
    ends.push({ end: from + best + 1, distance: scores[best]! });
  }
  const m = fwd.length;
  const found: ApproximateMatch[] = [];
  for (const { end, distance } of ends) {
    // The start: read backwards from the end with the reversed pattern, anchored at the end; a match of at most
    // maxEdits edits is at most m + maxEdits long.
    const back = distances(rev, text, Math.max(from, end - m - maxEdits), end, true, true);
    // Among equally good starts prefer one where the quote's first character matches (so an insertion inside the
    // quote is not traded for substitutions at its edge), then the length nearest the quote's.
    let length = 0;
    let edits = Infinity;
    const fits = (len: number): boolean => len > 0 && folded(text, end - len) === firstUnit;
    for (let i = 0; i < back.length; i++) {
      const tie = back[i] === edits;
      if (back[i]! < edits || (tie && fits(i + 1) && !fits(length)) || (tie && fits(i + 1) === fits(length) && Math.abs(i + 1 - m) < Math.abs(length - m))) {
        [length, edits] = [i + 1, back[i]!];
      }
    }
    if (length > 0) found.push({ start: end - length, end, distance: Math.max(distance, edits) });
  }
  return found.sort((a, b) => a.distance - b.distance || Math.abs(a.end - expectedEnd) - Math.abs(b.end - expectedEnd));
}

/**
 * The best approximate occurrence of `pattern` in text[from, to) within `maxEdits` edits, or null. Exposed for
 * tests and for callers that want the matcher on its own; costs O((to − from) · ⌈pattern.length / 32⌉).
 */
export function approximateSearch(text: string, pattern: string, maxEdits: number, from = 0, to = text.length): ApproximateMatch | null {
  if (pattern === '') return null;
  return matchesIn(compile(pattern), compile(reversed(pattern)), text, Math.max(0, from), Math.min(text.length, to), maxEdits, Math.max(0, from) + pattern.length)[0] ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// A q-gram index of the (folded) text: every STRIDE-th position filed under a hash of the Q code units there. Any
// stretch of Q + STRIDE − 1 unchanged code units of a quote or its context is then found by looking up each of the
// quote's own q-grams. Built lazily, once per text.

const Q = 8;
const STRIDE = 4;
/** A q-gram filed at more places than this (" of the ") says nothing about where a quote is. */
const CROWDED = 64;

function hashAt(s: string, at: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < Q; k++) h = Math.imul(h ^ folded(s, at + k), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}

function sameQGram(a: string, at: number, b: string, bt: number): boolean {
  for (let k = 0; k < Q; k++) if (folded(a, at + k) !== folded(b, bt + k)) return false;
  return true;
}

class QGramIndex {
  private readonly shift: number;
  private readonly heads: Int32Array;
  private readonly positions: Int32Array;

  constructor(private readonly text: string) {
    const count = text.length >= Q ? Math.floor((text.length - Q) / STRIDE) + 1 : 0;
    const bits = Math.min(22, Math.max(10, Math.ceil(Math.log2(count + 1))));
    this.shift = 32 - bits;
    const buckets = new Int32Array(count);
    this.heads = new Int32Array((1 << bits) + 1);
    for (let i = 0; i < count; i++) {
      const bucket = hashAt(text, i * STRIDE) >>> this.shift;
      buckets[i] = bucket;
      this.heads[bucket + 1]!++;
    }
    for (let b = 1; b < this.heads.length; b++) this.heads[b]! += this.heads[b - 1]!;
    const next = this.heads.slice(0, -1);
    this.positions = new Int32Array(count);
    for (let i = 0; i < count; i++) this.positions[next[buckets[i]!]!++] = i * STRIDE;
  }

  /** Indexed positions whose q-gram may equal the one at s[at] (same bucket; callers verify). */
  bucket(s: string, at: number): Int32Array {
    const b = hashAt(s, at) >>> this.shift;
    return this.positions.subarray(this.heads[b]!, this.heads[b + 1]!);
  }

  /** Every exact (unfolded) occurrence of `needle`, which must be at least Q + STRIDE − 1 code units long. */
  occurrences(needle: string): number[] {
    // Any STRIDE consecutive q-grams of the needle catch every occurrence; use the rarest such run.
    const lastStart = needle.length - Q - STRIDE + 1;
    const step = Math.max(1, Math.floor(lastStart / 8));
    let best = 0;
    let bestSize = Infinity;
    for (let p0 = 0; p0 <= lastStart; p0 += step) {
      let size = 0;
      for (let r = 0; r < STRIDE; r++) size += this.bucket(needle, p0 + r).length;
      if (size < bestSize) [best, bestSize] = [p0, size];
    }
    const found: number[] = [];
    for (let r = 0; r < STRIDE; r++) {
      const offset = best + r;
      for (const at of this.bucket(needle, offset)) {
        const start = at - offset;
        if (start >= 0 && this.text.startsWith(needle, start)) found.push(start);
      }
    }
    return found.sort((a, b) => a - b);
  }

  /**
   * Where `pattern` (a quote with its context; the quote starts at `quoteAt`) probably is: starts of the quote that
   * its surviving q-grams vote for, grouped in bins of `bin` code units, most votes first.
   */
  vote(pattern: string, quoteAt: number, bin: number, limit: number, crowded: number): number[] {
    const votes = new Map<number, number>();
    for (let p = 0; p + Q <= pattern.length; p++) {
      const bucket = this.bucket(pattern, p);
      if (bucket.length > crowded) continue;
      for (const at of bucket) {
        if (!sameQGram(this.text, at, pattern, p)) continue;
        const b = Math.floor((at - p + quoteAt) / bin);
        votes.set(b, (votes.get(b) ?? 0) + 1);
      }
    }
    const merged = [...votes.keys()].map((b) => ({ b, n: (votes.get(b - 1) ?? 0) + votes.get(b)! + (votes.get(b + 1) ?? 0) }));
    merged.sort((x, y) => y.n - x.n || x.b - y.b);
    const chosen: number[] = [];
    for (const { b } of merged) {
      if (chosen.length >= limit) break;
      if (chosen.every((c) => Math.abs(c - b) > 1)) chosen.push(b);
    }
    return chosen.map((b) => b * bin);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The text being anchored against, with what is worth keeping between annotations on it.

/** Below this many code units indexOf is as fast as any index. */
const INDEX_FROM = 200_000;

class Haystack {
  private index: QGramIndex | null = null;
  private largeSearches = 0;

  constructor(
    readonly text: string,
    private readonly eager: boolean,
  ) {}

  /** The index, built on the first need for a whole-text approximate search. */
  qgrams(): QGramIndex {
    return (this.index ??= new QGramIndex(this.text));
  }

  occurrences(needle: string): number[] {
    const large = this.text.length >= INDEX_FROM;
    // One search on a large text is cheaper with indexOf than building the index; from the second on (or when
    // many annotations are known to come) the index pays for itself.
    if (large && needle.length >= Q + STRIDE - 1 && (this.index || this.eager || ++this.largeSearches > 1)) return this.qgrams().occurrences(needle);
    const found: number[] = [];
    for (let at = this.text.indexOf(needle); at >= 0; at = this.text.indexOf(needle, at + 1)) found.push(at);
    return found;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Context agreement: how closely the text around a candidate matches the stored prefix and suffix (edit distance,
// typographic variants folded), 0..1.

class Context {
  private readonly prefix: Pattern | null;
  private readonly suffix: Pattern | null;

  constructor(quote: TextQuoteSelector) {
    this.prefix = quote.prefix ? compile(quote.prefix) : null;
    // The suffix is matched reading backwards from the end of its window towards the highlight.
    this.suffix = quote.suffix ? compile(reversed(quote.suffix)) : null;
  }

  agreement(text: string, start: number, end: number): number {
    return (this.side(this.prefix, text, start, true) + this.side(this.suffix, text, end, false)) / 2;
  }

  private side(p: Pattern | null, text: string, at: number, before: boolean): number {
    // No stored context means the highlight touched that end of the text: still there agrees, elsewhere is neutral.
    if (!p) return (before ? at === 0 : at === text.length) ? 1 : 0.5;
    const reach = p.length + 8;
    const d = before ? last(distances(p, text, Math.max(0, at - reach), at, false, false)) : last(distances(p, text, at, Math.min(text.length, at + reach), true, false));
    return Math.max(0, 1 - (d ?? p.length) / p.length);
  }

  /** Code units of stored context that still stand right next to [start, end): a cheap first sort. */
  static touching(text: string, quote: TextQuoteSelector, start: number, end: number): number {
    let n = 0;
    for (let i = 1; i <= quote.prefix.length && start - i >= 0 && quote.prefix.charCodeAt(quote.prefix.length - i) === text.charCodeAt(start - i); i++) n++;
    for (let i = 0; i < quote.suffix.length && end + i < text.length && quote.suffix.charCodeAt(i) === text.charCodeAt(end + i); i++) n++;
    return n;
  }
}

const last = (a: Int32Array): number | undefined => a[a.length - 1];

// ---------------------------------------------------------------------------------------------------------------
// Choosing among candidates.

interface Candidate {
  start: number;
  end: number;
  score: number;
  /** How closely the passage matches the quote (1 word for word). */
  similarity: number;
  /** How closely its surroundings match the stored prefix and suffix. */
  context: number;
}

type Choice = { kind: 'one'; candidate: Candidate } | { kind: 'ambiguous'; count: number } | { kind: 'none' };

/**
 * The best candidate by score. Context decides when it clearly can: a best agreement of CONTEXT_STRONG or more
 * (only exact ties, within TIE, remain equals), or one of CONTEXT_OK or more that beats the runner-up by
 * CONTEXT_MARGIN. Otherwise context is noise (with thousands of occurrences of a short quote, some unrelated one
 * agrees by chance) and every candidate as similar to the quote is an equal. Equals are told apart only by
 * nearness to the old position, and only when the nearest is strictly nearest and either close (within NEAR) or
 * confirmed by its context (a duplicated paragraph: both copies agree, the one the reader was nearer is kept).
 * Anything else is ambiguous: choosing one far-apart equal over another would be a silent guess.
 */
function choose(candidates: Candidate[], old: number | undefined): Choice {
  if (candidates.length === 0) return { kind: 'none' };
  const sorted = [...candidates].sort((a, b) => b.score - a.score);
  const top = sorted[0]!;
  const runnerUp = sorted.slice(1).sort((a, b) => b.context - a.context)[0];
  let equals: Candidate[];
  if (top.context >= CONTEXT_STRONG) equals = sorted.filter((c) => top.score - c.score < TIE);
  else if (top.context >= CONTEXT_OK && (!runnerUp || top.context - runnerUp.context >= CONTEXT_MARGIN)) equals = [top];
  else equals = sorted.filter((c) => top.similarity - c.similarity < TIE);
  if (equals.length === 1) return { kind: 'one', candidate: top };
  if (old === undefined) return { kind: 'ambiguous', count: equals.length };
  const byDistance = equals.map((c) => ({ c, d: Math.abs(c.start - old) })).sort((a, b) => a.d - b.d);
  const [first, second] = byDistance as [{ c: Candidate; d: number }, { c: Candidate; d: number }];
  if (first.d < second.d && (first.d <= NEAR || first.c.context >= CONTEXT_STRONG)) return { kind: 'one', candidate: first.c };
  return { kind: 'ambiguous', count: equals.length };
}

// ---------------------------------------------------------------------------------------------------------------
// Anchoring.

const PREVIEW = 60;

function preview(exact: string): string {
  const flat = exact.replace(/\s+/gu, ' ').trim();
  if (flat.length <= PREVIEW) return flat;
  return `${flat.slice(0, graphemeFloor(flat, PREVIEW)).trimEnd()}…`;
}

const gone = (exact: string, why = ''): AnchorResult => ({ status: 'orphaned', reason: `The highlighted text “${preview(exact)}” is no longer in the article${why}.` });

function anchorIn(hay: Haystack, selectors: AnchorSelectors): AnchorResult {
  const { text } = hay;
  const { quote, position } = selectors;
  const exact = quote.exact;
  if (exact === '') return { status: 'orphaned', reason: 'The annotation has no highlighted text to look for.' };
  const m = exact.length;
  const old = position && Number.isFinite(position.start) ? Math.min(Math.max(0, Math.trunc(position.start)), text.length) : undefined;
  const context = new Context(quote);
  // Word for word, the score says how much of the context still stands (0.5..1); approximately, it mixes quote
  // similarity and context and stays below 1, which only an exact or moved quote can reach.
  const candidateAt = (start: number, end: number, similarity: number | 'verbatim'): Candidate => {
    const agreement = context.agreement(text, start, end);
    if (similarity === 'verbatim') return { start, end, similarity: 1, context: agreement, score: 0.5 + 0.5 * agreement };
    return { start, end, similarity, context: agreement, score: Math.min(0.99, 0.8 * similarity + 0.2 * agreement) };
  };

  // (1) Still where it was, and what was around it still (mostly) is.
  const isVerbatim = (s: number, e: number): boolean => e - s === m && text.startsWith(exact, s) && isGraphemeBoundary(text, s) && isGraphemeBoundary(text, e);
  const inPlace = old !== undefined && old === position?.start && isVerbatim(old, old + m) ? candidateAt(old, old + m, 'verbatim') : null;
  if (inPlace && inPlace.context >= CONTEXT_OK) return { status: 'exact', start: old!, end: old! + m, score: inPlace.score };

  // (2) Elsewhere, word for word. Occurrences that split a grapheme cluster (the quote now followed by a combining
  // mark, say) are not the quote as read; the approximate search below may still take them, widened.
  let starts = hay.occurrences(exact).filter((s) => isGraphemeBoundary(text, s) && isGraphemeBoundary(text, s + m));
  const occurrences = starts.length;
  if (starts.length > SHORTLIST_OVER) {
    const near = old === undefined ? [] : [...starts].sort((a, b) => Math.abs(a - old) - Math.abs(b - old)).slice(0, 8);
    const touching = starts
      .map((s) => ({ s, n: Context.touching(text, quote, s, s + m) }))
      .sort((a, b) => b.n - a.n)
      .slice(0, SHORTLIST)
      .map((t) => t.s);
    starts = [...new Set([...near, ...touching])];
  }
  const exactChoice = choose(
    starts.map((s) => candidateAt(s, s + m, 'verbatim')),
    old,
  );
  const verbatim = exactChoice.kind === 'one' ? exactChoice.candidate : null;
  if (verbatim && verbatim.context >= CONTEXT_OK) return placed(verbatim, old);

  // (3) Approximately. Reached when the quote is not found word for word, or only in places its context disowns
  // (where an edited copy in the right surroundings may be the better answer).
  const fuzzy = approximate(hay, quote, old, candidateAt, isVerbatim);
  // An edited copy beats word-for-word ones (even ambiguous ones) only where its surroundings confirm it.
  const approx = fuzzy.candidate && fuzzy.candidate.score >= FUZZY_THRESHOLD ? fuzzy.candidate : null;
  if (approx && (starts.length === 0 || approx.context >= CONTEXT_OK)) return { status: 'fuzzy', start: approx.start, end: approx.end, score: approx.score };
  if (verbatim) return placed(verbatim, old);

  // (4) Orphaned.
  if (exactChoice.kind === 'ambiguous') {
    return {
      status: 'orphaned',
      reason: `The highlighted text “${preview(exact)}” now appears ${occurrences > SHORTLIST_OVER ? occurrences : exactChoice.count} times and nothing around it tells which one was meant.`,
    };
  }
  if (fuzzy.candidate) return gone(exact, ' (the closest passage differs too much to be sure)');
  return gone(exact);
}

function placed(c: Candidate, old: number | undefined): AnchorResult {
  return { status: c.start === old ? 'exact' : 'moved', start: c.start, end: c.end, score: c.score };
}

function approximate(
  hay: Haystack,
  quote: TextQuoteSelector,
  old: number | undefined,
  candidateAt: (start: number, end: number, similarity: number | 'verbatim') => Candidate,
  isVerbatim: (start: number, end: number) => boolean,
): { candidate: Candidate | null } {
  const { text } = hay;
  const exact = quote.exact;
  const m = exact.length;
  const budget = Math.max(1, Math.floor(m * EDIT_BUDGET));
  const fwd = compile(exact);
  const rev = compile(reversed(exact));

  const inWindow = (from: number, to: number, expectedStart: number): Candidate[] => {
    const found: Candidate[] = [];
    for (const match of matchesIn(fwd, rev, text, Math.max(0, from), Math.min(text.length, to), budget, expectedStart + m)) {
      if (isVerbatim(match.start, match.end)) continue; // already judged word for word
      const start = graphemeFloor(text, match.start);
      const end = graphemeCeil(text, match.end);
      if (start >= end) continue;
      found.push(candidateAt(start, end, 1 - match.distance / m));
    }
    return found;
  };
  const decide = (candidates: Candidate[]): Candidate | null => {
    const choice = choose(dedupe(candidates), old);
    return choice.kind === 'one' ? choice.candidate : null;
  };

  // Near the old position first: most edits leave a highlight within a few sentences of where it was.
  if (old !== undefined) {
    const near = decide(inWindow(old - NEAR - budget, old + m + budget + NEAR, old));
    if (near && near.score >= FUZZY_THRESHOLD) return { candidate: near };
  }
  // Then the whole text: scanned outright when that is cheap (a short article), else wherever q-grams of the quote
  // and of its context point.
  if (text.length * fwd.blocks <= WHOLE_SCAN) return { candidate: decide(inWindow(0, text.length, old ?? 0)) };
  const bin = Math.max(16, budget);
  const pattern = quote.prefix + exact + quote.suffix;
  // A quote of only common words in a long text may have no selective q-gram; then crowded ones vote too.
  const index = hay.qgrams();
  let windows = index.vote(pattern, quote.prefix.length, bin, 8, CROWDED);
  if (windows.length === 0) windows = index.vote(pattern, quote.prefix.length, bin, 8, CROWDED * 16);
  const candidates = windows.flatMap((start) => inWindow(start - bin - budget, start + 2 * bin + m + budget, start));
  return { candidate: decide(candidates) };
}

/** One candidate per place: windows overlap, so the same passage can be found twice with slightly different ends. */
function dedupe(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of [...candidates].sort((a, b) => b.score - a.score)) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept;
}

// ---------------------------------------------------------------------------------------------------------------
// Entry points.

/**
 * The most recent text, kept so that anchoring its annotations one call at a time (as a service loop does) shares
 * one index. Holds a single text; a different text replaces it.
 */
let recent: Haystack | null = null;

/** Finds the highlight described by `selectors` in `text`. Never throws for text it cannot place: it orphans it. */
export function anchor(text: string, selectors: AnchorSelectors): AnchorResult {
  if (recent?.text !== text) recent = new Haystack(text, false);
  return anchorIn(recent, selectors);
}

/** Every annotation of one article against its new text, sharing the work between them. */
export function reanchorAll(text: string, annotations: readonly AnchorableAnnotation[]): Map<string, AnchorResult> {
  const hay = new Haystack(text, annotations.length > 1);
  const results = new Map<string, AnchorResult>();
  for (const a of annotations) results.set(a.id, anchorIn(hay, a));
  return results;
}
