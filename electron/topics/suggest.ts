// Candidate topics: key phrases that recur across the clipped documents and that no topic rule covers yet.
//
// A phrase is 2–4 words inside one clause (no sentence or clause punctuation between its words), starting and ending
// with a content word, or a longer capitalised name ("Trans-Caspian International Transport Route", "Council of Heads
// of State"). Phrases are grouped case- and diacritic-insensitively, the way the search folds text, and counted in
// documents: a phrase that one article repeats ten times is not a topic.
//
// Memory stays bounded whatever the number of documents: the counts live in a table of at most `maxCandidates`
// phrases, and when it fills, the rarest are dropped (lossy counting). A dropped phrase that comes back starts again,
// remembering that up to `floor` documents may have been missed, so a phrase is only dropped when even its best case
// is rare. Once the table has filled, a new phrase enters only on its second sighting (a 4 MB Bloom filter remembers
// the first), so the flood of phrases seen once never reaches it. Until the table first fills (several hundred
// documents of news) every count is exact; after that, counts are lower bounds.
import { foldName } from '../statements/names';
import { FOREIGN_FUNCTION_WORDS, isCredit, isSiteChrome } from './boilerplate';
import { STOPWORDS } from './stopwords';

export interface SuggestDocument {
  id: string;
  text: string;
  language?: string | null;
  /** The outlet (or site) the document came from: a phrase on most of one outlet's pages is its furniture. */
  source?: string | null;
}

export interface SuggestOptions {
  /** A phrase must occur in at least this many documents (default 2). */
  minDocuments?: number;
  /** How many suggestions to return (default 50). */
  limit?: number;
  /** Drops a phrase, typically one an existing topic rule already matches. */
  exclude?: (phrase: string) => boolean;
}

export interface SuggesterOptions {
  /** The most phrases counted at once; the memory bound (default 250,000, about 50 MB). */
  maxCandidates?: number;
}

export interface TopicSuggestion {
  phrase: string;
  documents: number;
  occurrences: number;
  sampleIds: string[];
  score: number;
}

const MIN_WORDS = 2;
const MAX_NGRAM = 4;
/** Names longer than any n-gram are counted up to this many words; a longer capitalised run is a headline. */
const MAX_NAME = 7;
const SAMPLES = 3;
/** A shorter phrase is folded into a longer one that holds at least this share of its occurrences. */
const MERGE_SHARE = 0.8;
/** Below this many documents "in nearly every document" says nothing, so no phrase is penalised for it. */
const MIN_DOCS_FOR_PENALTY = 10;
/** Site furniture: a phrase on at least this share of an outlet's pages (of at least FURNITURE_PAGES pages), nearly
 * all of its documents from that outlet ("Continue reading the main story" on every page of one paper). */
const FURNITURE_PAGES = 4;
const FURNITURE_SHARE = 0.6;
const FURNITURE_FROM_ONE = 0.8;
/** The most outlets counted per phrase; a phrase in more outlets than this is no one outlet's furniture. */
const MAX_SOURCES = 32;

// Clause punctuation: sentence ends, commas, colons, brackets, quotation marks, dashes and slashes standing between
// words, line breaks, and their CJK and Arabic forms. An apostrophe between words ("'Middle Corridor'") is a quotation
// mark; inside a word ("Azerbaijan's") it is part of the word.
const BOUNDARY = /[.,;:!?…()[\]{}"“”„‟«»‹›「」『』‘’'`\n\r|•·/\-‐‑–—―。，、；：！？،؛؟]/u;
// A word: letters, digits and marks, with inner hyphens, apostrophes and dots ("Trans-Caspian", "News.Az").
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-‐.][\p{L}\p{N}\p{M}]+)*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const NUMBER = /^[\p{N}.,'’-]+$/u;
const UPPER = /^\p{Lu}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const ARABIC = /\p{Script=Arabic}/u;
/** Lower-case words that may join the capitalised words of a name: "Organization of Turkic States". */
const NAME_JOINERS = new Set(['of', 'the', 'and', 'for', 'on', 'de', 'du', 'la', 'и', 'по', 've', 'və']);

interface TokenInfo {
  /** Folded, with inner spaces turned into hyphens so that a phrase key splits back into its words. */
  key: string;
  lower: string;
  script: 'latin' | 'cyrillic' | 'arabic';
  upper: boolean;
  /** Numbers and one-letter words never start or end a phrase. */
  weak: boolean;
  /** Two independent hashes of `key`: a phrase's table key is rolled from its words' hashes, so that counting a
   * phrase builds no string. */
  h1: number;
  h2: number;
}

interface Entry {
  /** The second hash, which tells apart two phrases that share a table key. */
  check: number;
  /** The folded words joined by spaces, and the spelling seen in most documents; null until the phrase recurs (or,
   * while the table has never been full, from the start), so that the many phrases seen once cost no strings. */
  key: string | null;
  form: string | null;
  /** Spellings by number of documents, kept only once a second spelling turns up. */
  forms: Map<string, number> | null;
  words: number;
  documents: number;
  occurrences: number;
  /** Documents that may have been missed while the phrase was not in the table. */
  missed: number;
  lastDoc: number;
  samples: string[];
  /** Documents by outlet: the first outlet in two numbers, a map only once a second outlet turns up, so that the
   * many phrases of one page cost no map. */
  source: number;
  sourceDocs: number;
  sources: Map<number, number> | null;
}

/** The words of one clause as the document is read. */
interface Clause {
  infos: TokenInfo[];
  surfaces: string[];
  edge: boolean[];
  stop: boolean[];
}

// A phrase's table key is 30 bits of one rolling hash (a small integer, which V8 keys a Map by without allocating) and
// its entry keeps a second hash to tell phrases apart. A phrase whose key is taken by another goes uncounted while the
// other is in the table: with a full table about one new phrase in four thousand, nearly all of them seen once.
const SEED1 = 0x811c9dc5;
const SEED2 = 0x9747b28c;
const KEY_MASK = 0x3fffffff;

function roll(hash: number, word: number): number {
  return Math.imul(((hash << 7) | (hash >>> 25)) ^ word, 0x9e3779b1) >>> 0;
}

function hashString(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}

/** Remembers, in a few megabytes, which phrases have been seen once (a Bloom filter with two probes). It is emptied
 * when half full: it only has to bridge the gap between a phrase's first and second sighting. */
class SeenOnce {
  private readonly bits = new Int32Array(1 << 20);
  private set = 0;

  /** Marks the phrase; true if it was (probably) marked before. */
  check(h1: number, h2: number): boolean {
    const mask = (this.bits.length << 5) - 1;
    const a = h1 & mask;
    const b = h2 & mask;
    const wa = 1 << (a & 31);
    const wb = 1 << (b & 31);
    const seen = ((this.bits[a >>> 5] as number) & wa) !== 0 && ((this.bits[b >>> 5] as number) & wb) !== 0;
    if (!seen) {
      this.bits[a >>> 5] = (this.bits[a >>> 5] as number) | wa;
      this.bits[b >>> 5] = (this.bits[b >>> 5] as number) | wb;
      this.set += 2;
      if (this.set > this.bits.length * 16) {
        this.bits.fill(0);
        this.set = 0;
      }
    }
    return seen;
  }
}

/** Counts phrases over a stream of documents; ask for suggestions at any point. */
export class TopicSuggester {
  private readonly entries = new Map<number, Entry>();
  private readonly tokenCache = new Map<string, TokenInfo>();
  private readonly maxCandidates: number;
  private readonly seenOnce = new SeenOnce();
  private readonly clause: Clause = { infos: [], surfaces: [], edge: [], stop: [] };
  private floor = 0;
  private docs = 0;
  private docId = '';
  private readonly sourceIds = new Map<string, number>();
  private readonly pagesBySource: number[] = [];
  private docSource = -1;

  constructor(options: SuggesterOptions = {}) {
    this.maxCandidates = Math.max(1000, options.maxCandidates ?? 250_000);
  }

  get documentCount(): number {
    return this.docs;
  }

  /** Phrases in the table now; never more than `maxCandidates` between documents. */
  get trackedPhrases(): number {
    return this.entries.size;
  }

  add(doc: SuggestDocument): void {
    this.docs += 1;
    this.docId = doc.id;
    this.docSource = this.sourceOf(doc.source);
    const latin = latinStopwords(doc);
    const clause = this.clause;
    const text = doc.text;
    let last = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      const word = m[0];
      const gap = m.index - last;
      if (gap > 0 && !(gap === 1 && text.charCodeAt(last) === 32) && BOUNDARY.test(text.slice(last, m.index))) this.flush();
      last = m.index + word.length;
      if (word.charCodeAt(0) >= 0x1100 && CJK.test(word)) {
        // Chinese, Japanese and Korean need a word segmenter to make phrases; without one they only separate clauses.
        this.flush();
        continue;
      }
      const info = this.token(word);
      const stop = isStop(info, latin);
      clause.infos.push(info);
      clause.surfaces.push(word);
      clause.stop.push(stop);
      clause.edge.push(!stop && !info.weak);
    }
    this.flush();
    if (this.entries.size > this.maxCandidates) this.prune();
  }

  suggestions(options: SuggestOptions = {}): TopicSuggestion[] {
    const minDocuments = Math.max(1, options.minDocuments ?? 2);
    const limit = Math.max(0, options.limit ?? 50);
    const total = this.docs;

    const candidates = new Map<string, Entry>();
    for (const entry of this.entries.values()) if (entry.documents >= minDocuments && entry.key !== null) candidates.set(entry.key, entry);

    // A shorter phrase that almost always occurs inside a longer one is that longer phrase ("Belt and Road" inside
    // "Belt and Road Initiative"); it would only repeat it in the list.
    const merged = new Set<string>();
    for (const [key, entry] of candidates) {
      if (entry.words <= MIN_WORDS) continue;
      const words = key.split(' ');
      for (let size = MIN_WORDS; size < words.length; size += 1) {
        for (let start = 0; start + size <= words.length; start += 1) {
          const inner = words.slice(start, start + size).join(' ');
          const shorter = candidates.get(inner);
          if (shorter && entry.occurrences >= MERGE_SHARE * shorter.occurrences) merged.add(inner);
        }
      }
    }

    const out: TopicSuggestion[] = [];
    for (const [key, entry] of candidates) {
      if (merged.has(key)) continue;
      const phrase = displayForm(entry);
      if (isCredit(phrase) || isSiteChrome(phrase) || this.isFurniture(entry) || options.exclude?.(phrase)) continue;
      out.push({ phrase, documents: entry.documents, occurrences: entry.occurrences, sampleIds: [...entry.samples], score: score(entry, phrase, total) });
    }
    out.sort((a, b) => b.score - a.score || b.documents - a.documents || a.phrase.localeCompare(b.phrase));
    return out.slice(0, limit);
  }

  private sourceOf(source: string | null | undefined): number {
    const name = source?.trim().toLowerCase();
    if (!name) return -1;
    let id = this.sourceIds.get(name);
    if (id === undefined) {
      id = this.sourceIds.size;
      this.sourceIds.set(name, id);
    }
    this.pagesBySource[id] = (this.pagesBySource[id] ?? 0) + 1;
    return id;
  }

  private countSource(entry: Entry): void {
    const source = this.docSource;
    if (source < 0) return;
    if (entry.sources) {
      if (entry.sources.has(source) || entry.sources.size < MAX_SOURCES) entry.sources.set(source, (entry.sources.get(source) ?? 0) + 1);
    } else if (entry.source < 0 || entry.source === source) {
      entry.source = source;
      entry.sourceDocs += 1;
    } else {
      entry.sources = new Map([
        [entry.source, entry.sourceDocs],
        [source, 1],
      ]);
    }
  }

  /** On most pages of one outlet and hardly anywhere else: that outlet's navigation, sign-off or promotion. */
  private isFurniture(entry: Entry): boolean {
    const counts = entry.sources ?? (entry.source >= 0 ? new Map([[entry.source, entry.sourceDocs]]) : null);
    if (!counts) return false;
    for (const [source, docs] of counts) {
      const pages = this.pagesBySource[source] ?? 0;
      if (pages >= FURNITURE_PAGES && docs >= FURNITURE_SHARE * pages && docs >= FURNITURE_FROM_ONE * entry.documents) return true;
    }
    return false;
  }

  private token(word: string): TokenInfo {
    let info = this.tokenCache.get(word);
    if (info) return info;
    const lower = word.toLowerCase().replace(/i\u0307/g, 'i');
    const key = /^[a-z0-9]+$/.test(lower) ? lower : foldName(word).replace(/ /g, '-');
    info = {
      key,
      lower,
      script: CYRILLIC.test(word) ? 'cyrillic' : ARABIC.test(word) ? 'arabic' : 'latin',
      upper: UPPER.test(word),
      weak: key.length < 2 || NUMBER.test(word),
      h1: hashString(key, SEED1),
      h2: hashString(key, SEED2),
    };
    // The cache only saves work; clearing it keeps a long run's vocabulary from growing without end.
    if (this.tokenCache.size >= 200_000) this.tokenCache.clear();
    this.tokenCache.set(word, info);
    return info;
  }

  /** Counts the finished clause's n-grams and long names, then empties it. */
  private flush(): void {
    const { infos, edge, stop } = this.clause;
    const n = infos.length;
    for (let i = 0; i < n; i += 1) {
      if (!edge[i]) continue;
      const first = infos[i] as TokenInfo;
      let h1 = roll(SEED1, first.h1);
      let h2 = roll(SEED2, first.h2);
      for (let j = i + 1; j < n && j - i < MAX_NGRAM; j += 1) {
        const next = infos[j] as TokenInfo;
        h1 = roll(h1, next.h1);
        h2 = roll(h2, next.h2);
        if (edge[j]) this.count(h1, h2, i, j);
      }
    }

    // Capitalised runs longer than an n-gram: "Assistant to the President of Azerbaijan".
    for (let i = 0; i < n; ) {
      const info = infos[i] as TokenInfo;
      if (!(info.upper && edge[i])) {
        i += 1;
        continue;
      }
      let end = i;
      let j = i + 1;
      for (; j < n; j += 1) {
        const next = infos[j] as TokenInfo;
        if (next.upper && edge[j]) end = j;
        else if (!(stop[j] && !next.upper && NAME_JOINERS.has(next.lower))) break;
      }
      if (end - i + 1 > MAX_NGRAM && end - i + 1 <= MAX_NAME) {
        let h1 = SEED1;
        let h2 = SEED2;
        for (let k = i; k <= end; k += 1) {
          h1 = roll(h1, (infos[k] as TokenInfo).h1);
          h2 = roll(h2, (infos[k] as TokenInfo).h2);
        }
        this.count(h1, h2, i, end);
      }
      i = j;
    }

    infos.length = 0;
    this.clause.surfaces.length = 0;
    edge.length = 0;
    stop.length = 0;
  }

  private count(h1: number, h2: number, start: number, end: number): void {
    const id = h1 & KEY_MASK;
    let entry = this.entries.get(id);
    if (entry && entry.check !== h2) return;
    if (!entry) {
      // Once the table has had to drop phrases, a phrase enters it only when seen a second time: most n-grams of a
      // large corpus occur once, and keeping each of them until the next pruning would dominate the run time.
      const exact = this.floor === 0;
      if (!exact && !this.seenOnce.check(h1, h2)) return;
      entry = {
        check: h2,
        key: exact ? this.keyOf(start, end) : null,
        form: exact ? this.formOf(start, end) : null,
        forms: null,
        words: end - start + 1,
        documents: 0,
        occurrences: 0,
        missed: exact ? 0 : this.floor + 1,
        lastDoc: -1,
        samples: [],
        source: -1,
        sourceDocs: 0,
        sources: null,
      };
      this.entries.set(id, entry);
    }
    entry.occurrences += 1;
    if (entry.lastDoc === this.docs) return;
    entry.lastDoc = this.docs;
    entry.documents += 1;
    this.countSource(entry);
    if (entry.samples.length < SAMPLES) entry.samples.push(this.docId);
    if (entry.key === null) {
      entry.key = this.keyOf(start, end);
      entry.form = this.formOf(start, end);
    } else if (entry.documents > 1) {
      addForm(entry, this.formOf(start, end));
    }
  }

  private keyOf(start: number, end: number): string {
    return this.clause.infos
      .slice(start, end + 1)
      .map((t) => t.key)
      .join(' ');
  }

  private formOf(start: number, end: number): string {
    return this.clause.surfaces.slice(start, end + 1).join(' ');
  }

  /** Drops the phrases whose best possible document count is lowest until half the table is free. */
  private prune(): void {
    const target = this.maxCandidates >> 1;
    // A histogram of best cases above the floor finds in one pass the floor that frees enough room.
    const histogram: number[] = [];
    for (const entry of this.entries.values()) {
      const above = Math.min(entry.documents + entry.missed - this.floor, 1000);
      histogram[above] = (histogram[above] ?? 0) + 1;
    }
    let kept = this.entries.size;
    let raise = 0;
    while (kept > target && raise < histogram.length) {
      kept -= histogram[raise] ?? 0;
      raise += 1;
    }
    this.floor += Math.max(1, raise - 1);
    for (const [id, entry] of this.entries) if (entry.documents + entry.missed <= this.floor) this.entries.delete(id);
  }
}

/** Key phrases that recur across documents, best first. */
export function suggestTopics(docs: Iterable<SuggestDocument>, options: SuggestOptions & SuggesterOptions = {}): TopicSuggestion[] {
  const suggester = new TopicSuggester(options);
  for (const doc of docs) suggester.add(doc);
  return suggester.suggestions(options);
}

/** The stopwords for Latin-script words: by the document's language, or guessed from letters only Azerbaijani (ə) or
 * Turkish (ğ, ı) use. Cyrillic and Arabic words always use the Russian and Arabic lists, whatever the document. */
function latinStopwords(doc: SuggestDocument): ReadonlySet<string> {
  const code = (doc.language ?? '').slice(0, 2).toLowerCase();
  if (code === 'en' || code === 'az' || code === 'tr') return STOPWORDS[code] as ReadonlySet<string>;
  if (code === '' && /[əƏ]/u.test(doc.text)) return STOPWORDS.az as ReadonlySet<string>;
  if (code === '' && /[ğĞıİ]/u.test(doc.text)) return STOPWORDS.tr as ReadonlySet<string>;
  return STOPWORDS.en as ReadonlySet<string>;
}

function isStop(info: TokenInfo, latin: ReadonlySet<string>): boolean {
  // A capitalised foreign article starts a name ("Los Angeles", "Le Monde", "Die Zeit"), and "OS" is no Portuguese "os".
  if (info.script === 'latin') return latin.has(info.lower) || (!info.upper && FOREIGN_FUNCTION_WORDS.has(info.lower));
  const list = info.script === 'cyrillic' ? STOPWORDS.ru : STOPWORDS.ar;
  return list?.has(info.lower) ?? false;
}

function addForm(entry: Entry, form: string): void {
  if (entry.forms) {
    entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
  } else if (entry.form !== null && form !== entry.form) {
    // Until now every document spelled it as `form`.
    entry.forms = new Map([
      [entry.form, entry.documents - 1],
      [form, 1],
    ]);
  }
}

function displayForm(entry: Entry): string {
  if (!entry.forms) return entry.form ?? '';
  let best = entry.form ?? '';
  let bestCount = -1;
  for (const [form, count] of entry.forms) {
    if (count > bestCount) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Document frequency, raised for longer phrases and capitalised names (more specific, better topic names) and
 * lowered for phrases in nearly every document (boilerplate such as an outlet's signature, or the subject of a
 * collection that is already a topic).
 */
function score(entry: Entry, phrase: string, total: number): number {
  const length = 1 + 0.25 * (Math.min(entry.words, 5) - MIN_WORDS);
  const name = isName(phrase) ? 1.2 : 1;
  const share = total > 0 ? Math.min(1, entry.documents / total) : 0;
  const common = total >= MIN_DOCS_FOR_PENALTY ? 1 - share ** 4 : 1;
  return Math.round(entry.documents * length * name * common * 1000) / 1000;
}

function isName(phrase: string): boolean {
  const words = phrase.split(' ');
  return words.every((w, i) => UPPER.test(w) || (i > 0 && i < words.length - 1 && NAME_JOINERS.has(w.toLowerCase())));
}
