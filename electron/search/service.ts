// Search over the library in the query language: clips or statements, ranked by BM25 or sorted by date, with
// highlighted snippets and facet counts. A query becomes one plan (plan.ts); the total, the page and the facets each
// read it, and the total and facets are kept for the query's next pages until the library changes (result-cache.ts).
// A page can also be asked for alone (articlePage, statementPage) and its total and facets apart (summary()), so that
// a search box shows its rows before the counts.
import { performance } from 'node:perf_hooks';
import type { Database } from 'better-sqlite3';
import { CACHE_KIB, MMAP_BYTES } from '../../db/connection';
import type { ArticleSearchHit, SearchFacets, SearchPage, SearchResult, SearchSort, SearchSummary, StatementSearchHit, Tone } from '../api/types';
import type { QueryNode } from '../query/ast';
import { tryParseQuery } from '../query/parse';
import { QueryCompiler, type Scope, type Sql } from './compile';
import { FACET_EXACT_LIMIT, facetsOf } from './facets';
import { EXCLUDED, FTS_TABLE as FTS, orderOf, planOf, sampled, type Plan } from './plan';
import { ParallelRank, PARALLEL_MIN_HITS } from './parallel-rank';
import { FieldResolver } from './resolve';
import { ResultCache, type ResultSummary } from './result-cache';
import { SearchIndex } from './search-index';
import { SearchLanes } from './lanes';
import { highlightsIn, snippetOf } from './snippets';
import { NEEDS_REVIEW_SQL } from '../statements/review';

export interface SearchServiceOptions {
  /** The library's file: worker threads open it read-only to rank broad queries in parallel. */
  file?: string;
  /** The better-sqlite3 binding the library was opened with (Electron's), for the workers to use too. */
  nativeBinding?: string | undefined;
  /** Ranking workers besides this thread; 0 ranks everything here. By default none on fewer than four cores. */
  workers?: number;
  /** Queries with at least this many hits are ranked in parallel (tests lower it). */
  parallelFrom?: number;
}

export interface SearchParams {
  query: string;
  sort: SearchSort;
  offset: number;
  limit: number;
  facets: boolean;
  /** Marks results that this saved search has not shown yet. */
  unseen?: ReadonlySet<string>;
}

/** A page request: the search without facets. */
export type PageParams = Omit<SearchParams, 'facets'>;

type PageRequest = Pick<SearchParams, 'sort' | 'offset' | 'limit'>;

/** A query made ready to read: parsed, compiled, planned, keyed, and what is known of its result set. */
interface Prepared {
  scope: Scope;
  node: QueryNode | null;
  compiled: { rank: string | null; where: Sql } | null;
  plan: Plan;
  key: string;
  known: ResultSummary | undefined;
}

const scoresOf = (page: ReadonlyArray<{ id: number; score: number | null }>) => new Map(page.flatMap((p) => (p.score === null ? [] : [[p.id, p.score] as const])));

/** What each hit carries into search_hits: every fact a facet groups by, read once. */
const FACTS: Record<Scope, string> = {
  articles: 'a.sort_at, a.id, NULL, a.outlet_id, a.language, coalesce(a.tone, a.tone_suggested), NULL, NULL',
  statements: 's.sort_at, s.article_id, s.id, s.outlet_id, s.language, coalesce(s.tone, s.tone_suggested), s.official_id, s.kind',
};

/** The facts' own table joined to gathered ids (the covering index for clips: their rows hold the whole text). */
// CROSS JOIN: the gathered ids are the outer loop (SQLite would otherwise walk the whole facts index for them).
const JOIN_BY_KEY: Record<Scope, string> = {
  articles: 'CROSS JOIN articles a INDEXED BY articles_search_facts ON a.seq = g.id',
  statements: 'CROSS JOIN statement_search_rows s ON s.rowid = g.id',
};
const KEY: Record<Scope, string> = { articles: 'a.seq', statements: 's.rowid' };

/** Where the facet sample reads hits from: a FROM … WHERE … clause, its parameters, and the hit key to sample on. */
interface FacetSource {
  from: string;
  params: unknown[];
  key: string;
}

const HIT_COLUMNS = 'id, sort, article, statement, outlet, language, tone, official, kind';

export class SearchService {
  readonly index: SearchIndex;
  /** The query each search box asked for last: facets of an older one are skipped. */
  readonly lanes = new SearchLanes();
  private readonly summaries: ResultCache;
  /** Which query's hits search_ids holds, while the library has not changed since. */
  private gathered: string | null = null;
  /** Whether search_ids holds each hit's date (a words-only query gathered for relevance does not). */
  private gatheredDates = false;

  /** Worker threads that rank broad queries beside this one, when the library is a file and there are cores. */
  private readonly parallel: ParallelRank | null;
  private readonly parallelFrom: number;

  constructor(
    private readonly db: Database,
    options: SearchServiceOptions = {},
  ) {
    this.index = new SearchIndex(db);
    this.summaries = new ResultCache(db);
    this.parallelFrom = options.parallelFrom ?? PARALLEL_MIN_HITS;
    const parallel = options.file && options.file !== ':memory:' ? new ParallelRank(db, { file: options.file, nativeBinding: options.nativeBinding, workers: options.workers, mmapBytes: MMAP_BYTES, cacheKib: CACHE_KIB }) : null;
    // None where no worker would run (fewer than four cores by default, or workers: 0).
    this.parallel = parallel && parallel.parts > 1 ? parallel : null;
  }

  /** How many changed rows the last search could not index first (the library could not be written): its results
   * come from the index as it stood, and may miss or misplace those rows. 0 normally. */
  notIndexed = 0;

  /** One sentence about the last search's index, when it could not be brought up to date; null normally. */
  indexNote(): string | null {
    if (this.notIndexed === 0) return null;
    const n = this.notIndexed;
    return `${n} recent change${n === 1 ? ' is' : 's are'} not yet in the search index (the library cannot be written just now), so the results may miss ${n === 1 ? 'it' : 'them'}.`;
  }

  /** How many rowid ranges of broad queries worker threads have ranked so far. */
  get rangesRankedByWorkers(): number {
    return this.parallel?.rangesByWorkers ?? 0;
  }

  /** Stops the ranking workers (they hold read connections to the library file). */
  close(): void {
    this.parallel?.close();
  }

  articles(params: SearchParams): SearchResult<ArticleSearchHit> {
    return this.run('articles', params, (ids, node, scores) => this.articleHits(ids, node, scores, params.unseen));
  }

  statements(params: SearchParams): SearchResult<StatementSearchHit> {
    return this.run('statements', params, (ids, node, scores) => this.statementHits(ids, node, scores, params.unseen));
  }

  /** Every article id a query matches (live clips), oldest first: a report's selection. Throws on a query that does not parse. */
  articleIds(query: string): { ids: string[]; error: { message: string; position: number; length: number } | null } {
    this.notIndexed = this.index.refresh();
    let node: QueryNode | null = null;
    if (query.trim() !== '') {
      const parsed = tryParseQuery(query);
      if (!parsed.ok) return { ids: [], error: parsed.error };
      node = parsed.query;
    }
    const plan = planOf('articles', node ? new QueryCompiler('articles', new FieldResolver(this.db)).compileTop(node) : null);
    const ids = this.db.prepare<unknown[], string>(`SELECT a.id FROM ${plan.from} ORDER BY ${orderOf(plan, 'oldest')}`).pluck().all(...plan.params);
    return { ids, error: null };
  }

  /** The ids (article ids or statement ids) among `candidateIds` that a query matches: watchlists on arrival. */
  matching(scope: Scope, query: string, candidateIds: readonly string[]): string[] {
    const parsed = tryParseQuery(query);
    if (!parsed.ok || candidateIds.length === 0) return [];
    this.index.flush();
    const plan = planOf(scope, new QueryCompiler(scope, new FieldResolver(this.db)).compileTop(parsed.query));
    const idColumn = scope === 'articles' ? 'a.id' : 's.id';
    return this.db
      .prepare<unknown[], string>(`SELECT ${idColumn} FROM ${plan.from} AND ${idColumn} IN (SELECT value FROM json_each(?))`)
      .pluck()
      .all(...plan.params, JSON.stringify(candidateIds));
  }

  /** Forgets every result set it knows, so that the next search counts and facets from scratch (benchmarks). */
  forgetResults(): void {
    this.summaries.clear();
    this.gathered = null;
  }

  /** The first page alone, without waiting for the total and facets (summary() counts those). */
  articlePage(params: PageParams): SearchPage<ArticleSearchHit> {
    return this.page('articles', params, (ids, node, scores) => this.articleHits(ids, node, scores, params.unseen));
  }

  statementPage(params: PageParams): SearchPage<StatementSearchHit> {
    return this.page('statements', params, (ids, node, scores) => this.statementHits(ids, node, scores, params.unseen));
  }

  /** A query's total and facets: what the combined search gives beside its first page, asked for on its own. */
  summary(scope: Scope, query: string): SearchSummary {
    const started = performance.now();
    const q = this.prepare(scope, query);
    if ('error' in q) return { error: q.error, total: 0, facets: null, superseded: false, tookMs: performance.now() - started };
    const total = q.known?.total ?? this.countOf(q);
    const facets = q.known?.facets ?? this.facetsOf(scope, this.sampleOf(q), total);
    this.summaries.set(q.key, { total, facets });
    this.summaries.seal();
    return { error: null, total, facets, superseded: false, tookMs: performance.now() - started };
  }

  /** The query parsed, compiled and planned, and what is known of its result set; or where it does not parse. */
  private prepare(scope: Scope, query: string): Prepared | { error: NonNullable<SearchResult<unknown>['error']> } {
    this.notIndexed = this.index.refresh();
    let node: QueryNode | null = null;
    if (query.trim() !== '') {
      const parsed = tryParseQuery(query);
      if (!parsed.ok) return { error: parsed.error };
      node = parsed.query;
    }
    if (this.summaries.check()) this.gathered = null;
    const compiled = node ? new QueryCompiler(scope, new FieldResolver(this.db)).compileTop(node) : null;
    const key = `${scope}\u0000${query.trim()}`;
    return { scope, node, compiled, plan: planOf(scope, compiled), key, known: this.summaries.get(key) };
  }

  /** The combined search: the page, its total, and (when asked) its facets in one answer. */
  private run<T>(scope: Scope, params: SearchParams, hits: (ids: number[], node: QueryNode | null, scores: Map<number, number>) => T[]): SearchResult<T> {
    const started = performance.now();
    const q = this.prepare(scope, params.query);
    if ('error' in q) return { error: q.error, total: 0, offset: params.offset, items: [], facets: null, tookMs: performance.now() - started };
    const { known } = q;
    const read = this.readPage(q, params);
    const total = read.total ?? this.countOf(q);
    const items = hits(read.page.map((p) => p.id), q.node, scoresOf(read.page));
    let facets: SearchFacets | null = null;
    if (params.facets) facets = known?.facets ?? this.facetsOf(scope, this.sampleOf(q), total);
    this.summaries.set(q.key, { total, facets: facets ?? known?.facets ?? null });
    this.summaries.seal();
    return { error: null, total, offset: params.offset, items, facets, tookMs: performance.now() - started };
  }

  private page<T>(scope: Scope, params: PageParams, hits: (ids: number[], node: QueryNode | null, scores: Map<number, number>) => T[]): SearchPage<T> {
    const started = performance.now();
    const q = this.prepare(scope, params.query);
    if ('error' in q) return { error: q.error, total: 0, offset: params.offset, items: [], more: false, tookMs: performance.now() - started };
    const read = this.readPage(q, params);
    const items = hits(read.page.map((p) => p.id), q.node, scoresOf(read.page));
    if (read.total !== null) this.summaries.set(q.key, { total: read.total, facets: q.known?.facets ?? null });
    this.summaries.seal();
    return { error: null, total: read.total, offset: params.offset, items, more: read.more, tookMs: performance.now() - started };
  }

  /**
   * The page asked for, and the total where finding the page counted it (fields, another order, a known query);
   * null where it would be a count of its own (words alone, best first; no query at all). One row past the page
   * says whether more follow.
   */
  private readPage(q: Prepared, params: PageRequest): { total: number | null; page: Array<{ id: number; score: number | null }>; more: boolean } {
    const { scope, compiled, plan, key } = q;
    const knownTotal = q.known?.total;
    const wordsOnly = compiled?.rank && compiled.where.sql === '1';
    const finish = (total: number | null, rows: Array<{ id: number; score: number | null }>) => ({
      total,
      page: rows.slice(0, params.limit),
      more: total === null ? rows.length > params.limit : params.offset + Math.min(rows.length, params.limit) < total,
    });
    if (wordsOnly && params.sort === 'relevance' && this.gathered !== key && (params.offset === 0 || knownTotal === undefined)) {
      // Words alone, best first, asked for the first time or at its first page: FTS5 ranks and pages by itself.
      // Once the same query asks for a later page, the list is being scrolled, and its hits are gathered.
      const ranked = this.rankedPage(scope, compiled.rank!, params.limit + 1, params.offset, knownTotal);
      return finish(ranked.total, ranked.page);
    }
    if (compiled) {
      // Fields (whose conditions can cost a lookup per candidate), another order, or the next pages: every hit is
      // found once, into a narrow temporary table that the count, this page, the next pages and the facet sample
      // read. Scrolling a list of 100,000 then costs one search, not one per page.
      // Words alone in relevance order need no dates: their hits come straight from the index, without the join
      // to each hit's facts (half the time of a broad query's second page). A date order asks for them again.
      const byRankAlone = wordsOnly && params.sort === 'relevance';
      if (this.gathered !== key || (!byRankAlone && !this.gatheredDates)) this.gather(plan, key, byRankAlone ? { scope, rank: compiled.rank! } : null);
      const total = knownTotal ?? this.db.prepare<[], number>('SELECT count(*) FROM search_ids').pluck().get() ?? 0;
      const order = params.sort === 'oldest' ? 'sort IS NULL, sort ASC, id ASC' : params.sort === 'relevance' && plan.score ? 'score DESC, id DESC' : 'sort DESC, id DESC';
      const page = this.db.prepare<[number, number], { id: number; score: number | null }>(`SELECT id, score FROM search_ids ORDER BY ${order} LIMIT ? OFFSET ?`).all(params.limit, params.offset);
      return finish(total, page);
    }
    // No query: the indexes page (and count, in countOf()).
    const page = this.db
      .prepare<unknown[], { id: number; score: number | null }>(`SELECT ${plan.key} AS id, ${plan.score ?? 'NULL'} AS score FROM ${plan.from} ORDER BY ${orderOf(plan, params.sort)} LIMIT ? OFFSET ?`)
      .all(...plan.params, params.limit + 1, params.offset);
    return finish(knownTotal ?? null, page);
  }

  /** Every live hit of a query, counted as cheaply as its kind allows. */
  private countOf(q: Prepared): number {
    const { scope, compiled, plan, key } = q;
    if (compiled?.rank && compiled.where.sql === '1' && this.gathered !== key) return this.liveMatches(scope, compiled.rank).total;
    if (compiled) {
      if (this.gathered !== key) this.gather(plan, key, null);
      return this.db.prepare<[], number>('SELECT count(*) FROM search_ids').pluck().get() ?? 0;
    }
    return this.db.prepare<unknown[], number>(`SELECT count(*) FROM ${plan.from}`).pluck().get(...plan.params) ?? 0;
  }

  /** Where the facet sample reads hits from: the gathered hits when this query's are at hand, else the plan. */
  private sampleOf(q: Prepared): FacetSource {
    if (q.compiled && this.gathered === q.key) return { from: `search_ids g ${JOIN_BY_KEY[q.scope]} WHERE 1`, params: [], key: 'g.id' };
    return { from: q.plan.from, params: q.plan.params, key: q.plan.sampleKey };
  }

  /** Every hit of a plan with its score and date, into search_ids; for words alone (`ranked`), score only. */
  private gather(plan: Plan, key: string, ranked: { scope: Scope; rank: string } | null): void {
    this.db.exec('CREATE TEMP TABLE IF NOT EXISTS search_ids (id INTEGER PRIMARY KEY, score REAL, sort TEXT)');
    this.db.exec('DELETE FROM search_ids');
    if (ranked) {
      const fts = FTS[ranked.scope];
      this.db.prepare(`INSERT INTO search_ids SELECT rowid, -rank, NULL FROM ${fts} WHERE ${fts} MATCH ? AND rowid NOT IN (${EXCLUDED[ranked.scope]})`).run(ranked.rank);
    } else {
      this.db.prepare(`INSERT INTO search_ids SELECT ${plan.key}, ${plan.score ?? 'NULL'}, ${plan.sortAt} FROM ${plan.from}`).run(...plan.params);
    }
    this.gathered = key;
    this.gatheredDates = ranked === null;
  }

  /** Facet counts: every hit gathered with the facts facets group by, or above FACET_EXACT_LIMIT an even sample. */
  private facetsOf(scope: Scope, hits: FacetSource, total: number): SearchFacets {
    const stride = total > FACET_EXACT_LIMIT ? Math.ceil(total / FACET_EXACT_LIMIT) : 1;
    this.db.exec(
      'CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY, sort TEXT, article TEXT, statement TEXT, outlet INTEGER, language TEXT, tone TEXT, official TEXT, kind TEXT)',
    );
    this.db.exec('DELETE FROM search_hits');
    const sample = stride > 1 ? ` AND ${sampled(hits.key, stride)}` : '';
    this.db.prepare(`INSERT INTO search_hits (${HIT_COLUMNS}) SELECT ${KEY[scope]}, ${FACTS[scope]} FROM ${hits.from}${sample}`).run(...hits.params);
    return facetsOf(this.db, scope, stride);
  }

  /**
   * A page of a words-only query in relevance order, straight from FTS5 (its rank, weighted as configured in
   * migration 10). The order is by an expression of the rank, not by `rank` itself: FTS5 answers ORDER BY rank
   * by sorting every hit before the LIMIT applies, while SQLite's own sorter keeps only the best rows of a page
   * (about 40% less time on a query of 100,000 hits). Ties go to the newer row, as on the gathered pages.
   * The total is counted only where the ranking threads need it to share the work; otherwise it is the known one or null.
   */
  private rankedPage(scope: Scope, rank: string, limit: number, offset: number, knownTotal: number | undefined): { total: number | null; page: Array<{ id: number; score: number }> } {
    const fts = FTS[scope];
    const counted = this.parallel ? this.liveMatches(scope, rank) : null;
    const total = knownTotal ?? counted?.total ?? null;
    const ranked = `SELECT rowid AS id, -rank AS score FROM ${fts} WHERE ${fts} MATCH ? AND rowid NOT IN (${EXCLUDED[scope]})`;
    let page: Array<{ id: number; score: number }> | null = null;
    if (this.parallel && counted && counted.indexed >= this.parallelFrom) {
      const bounds = this.cutsOf(fts, rank, counted.indexed, this.parallel.parts);
      page = this.parallel.top(`${ranked} AND rowid BETWEEN ? AND ? ORDER BY score DESC, id DESC LIMIT ?`, [rank], bounds, limit, offset);
    }
    page ??= this.db.prepare<[string, number, number], { id: number; score: number }>(`${ranked} ORDER BY score DESC, id DESC LIMIT ? OFFSET ?`).all(rank, limit, offset);
    return { total, page };
  }

  /** A words-only query's matches in the index, and its total: those less the few in the trash or rejected. */
  private liveMatches(scope: Scope, rank: string): { indexed: number; total: number } {
    const fts = FTS[scope];
    const indexed = this.db.prepare<[string], number>(`SELECT count(*) FROM ${fts} WHERE ${fts} MATCH ?`).pluck().get(rank) ?? 0;
    const excluded = this.db.prepare<[string], number>(`SELECT count(*) FROM ${fts} WHERE ${fts} MATCH ? AND rowid IN (${EXCLUDED[scope]})`).pluck().get(rank) ?? 0;
    return { indexed, total: indexed - excluded };
  }

  /** Rowids that cut a query's hits into `parts` runs of about equal size (the first and last bound are open). */
  private cutsOf(fts: string, rank: string, hits: number, parts: number): number[] {
    const at = this.db.prepare<[string, number], number>(`SELECT rowid FROM ${fts} WHERE ${fts} MATCH ? ORDER BY rowid LIMIT 1 OFFSET ?`).pluck();
    const cuts = [Number.MIN_SAFE_INTEGER];
    for (let i = 1; i < parts; i += 1) {
      const rowid = at.get(rank, Math.floor((hits * i) / parts));
      if (rowid !== undefined && rowid > cuts.at(-1)!) cuts.push(rowid);
    }
    cuts.push(Number.MAX_SAFE_INTEGER);
    return cuts;
  }

  private articleHits(seqs: number[], node: QueryNode | null, scores: Map<number, number>, unseen?: ReadonlySet<string>): ArticleSearchHit[] {
    if (seqs.length === 0) return [];
    const rows = this.db
      .prepare<[string], { seq: number; id: string; title: string; outlet: string | null; publishedAt: string | null; clippedAt: string; language: string | null; tone: Tone | null; text: string; statementCount: number }>(
        `SELECT a.seq, a.id, a.title, o.name AS outlet, a.published_at AS publishedAt, a.clipped_at AS clippedAt, a.language,
           coalesce(a.tone, a.tone_suggested) AS tone, a.text,
           (SELECT count(*) FROM statements s WHERE s.article_id = a.id AND s.status <> 'rejected') AS statementCount
         FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.seq IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(seqs));
    const bySeq = new Map(rows.map((r) => [r.seq, r]));
    return seqs.flatMap((seq) => {
      const r = bySeq.get(seq);
      if (!r) return [];
      const { snippet, highlights } = snippetOf(node, r.text);
      return [
        {
          id: r.id,
          title: r.title,
          outlet: r.outlet,
          publishedAt: r.publishedAt,
          clippedAt: r.clippedAt,
          language: r.language,
          tone: r.tone,
          statementCount: r.statementCount,
          snippet,
          highlights,
          titleHighlights: highlightsIn(node, r.title),
          score: scores.get(seq) ?? null,
          ...(unseen && { isNew: unseen.has(r.id) }),
        },
      ];
    });
  }

  private statementHits(rowids: number[], node: QueryNode | null, scores: Map<number, number>, unseen?: ReadonlySet<string>): StatementSearchHit[] {
    if (rowids.length === 0) return [];
    const rows = this.db
      .prepare<[string], Omit<StatementSearchHit, 'highlights' | 'topics' | 'score' | 'isNew' | 'needsReview'> & { rowid: number; topics: string | null; needsReview: 0 | 1 }>(
        `SELECT s.rowid, s.id, s.article_id AS articleId, s.start_offset AS start, s.end_offset AS "end", s.text, s.kind, s.cue,
           s.speaker_name AS speaker, s.speaker_kind AS speakerKind, f.canonical_name AS official, s.official_id AS officialId, coalesce(s.tone, s.tone_suggested) AS tone,
           a.title AS articleTitle, o.name AS outlet, a.sort_at AS date, a.language, ${NEEDS_REVIEW_SQL} AS needsReview,
           (SELECT json_group_array(t.name) FROM statement_topics x JOIN topics t ON t.id = x.topic_id WHERE x.statement_id = s.id AND x.status <> 'removed') AS topics
         FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN officials f ON f.id = s.official_id LEFT JOIN outlets o ON o.id = a.outlet_id
         WHERE s.rowid IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(rowids));
    const byRowid = new Map(rows.map((r) => [r.rowid, r]));
    return rowids.flatMap((rowid) => {
      const r = byRowid.get(rowid);
      if (!r) return [];
      const { rowid: _rowid, topics, needsReview, ...rest } = r;
      return [{ ...rest, needsReview: needsReview === 1, topics: topics ? (JSON.parse(topics) as string[]) : [], highlights: highlightsIn(node, r.text), score: scores.get(rowid) ?? null, ...(unseen && { isNew: unseen.has(r.id) }) }];
    });
  }
}
