// Search over the library in the query language: clips or statements, ranked by BM25 or sorted by date, with
// highlighted snippets and facet counts. Matching row ids are gathered once in a temporary table; the page, the
// total and the facets all read it.
import { performance } from 'node:perf_hooks';
import type { Database } from 'better-sqlite3';
import type { ArticleSearchHit, SearchFacets, SearchResult, SearchSort, StatementSearchHit, Tone } from '../api/types';
import type { QueryNode } from '../query/ast';
import { tryParseQuery } from '../query/parse';
import { QueryCompiler, type Scope, type Sql } from './compile';
import { FACET_EXACT_LIMIT, facetsOf } from './facets';
import { FieldResolver } from './resolve';
import { SearchIndex } from './search-index';
import { highlightsIn, snippetOf } from './snippets';

export interface SearchParams {
  query: string;
  sort: SearchSort;
  offset: number;
  limit: number;
  facets: boolean;
  /** Marks results that this saved search has not shown yet. */
  unseen?: ReadonlySet<string>;
}

interface Gathered {
  ranked: boolean;
}

const FROM: Record<Scope, { base: string; live: string; key: string }> = {
  articles: { base: 'articles a', live: 'a.deleted_at IS NULL', key: 'a.seq' },
  // A statement carries its clip's live state, date, outlet and language (migration 11): no join per hit.
  statements: { base: 'statements s', live: 's.live = 1', key: 's.rowid' },
};
const FTS: Record<Scope, { table: string; weights: string; join: string }> = {
  articles: { table: 'articles_search', weights: '8.0, 1.0, 1.0', join: 'JOIN articles a ON a.seq = f.rowid' },
  statements: { table: 'statements_search', weights: '1.0, 2.0, 1.0', join: 'JOIN statements s ON s.rowid = f.rowid' },
};
/** What each hit carries into search_hits: the page's order and every fact a facet groups by, read once. */
const FACTS: Record<Scope, string> = {
  articles: "a.sort_at, a.id, NULL, a.outlet_id, a.language, coalesce(a.tone, a.tone_suggested), NULL, NULL",
  statements: 's.sort_at, s.article_id, s.id, s.outlet_id, s.language, coalesce(s.tone, s.tone_suggested), s.official_id, s.kind',
};
/** About one row in `stride`, chosen by a hash of the row id so that no pattern in how rows were numbered shows. */
const sampled = (column: string, stride: number) => `((${column} * 2654435761) % 1000003) % ${stride} = 0`;

const HIT_COLUMNS = 'id, score, sort, article, statement, outlet, language, tone, official, kind';

export class SearchService {
  readonly index: SearchIndex;

  constructor(private readonly db: Database) {
    this.index = new SearchIndex(db);
  }

  articles(params: SearchParams): SearchResult<ArticleSearchHit> {
    return this.run('articles', params, (ids, node, scores) => this.articleHits(ids, node, scores, params.unseen));
  }

  statements(params: SearchParams): SearchResult<StatementSearchHit> {
    return this.run('statements', params, (ids, node, scores) => this.statementHits(ids, node, scores, params.unseen));
  }

  /** Every article id a query matches (live clips), oldest first: a report's selection. Throws on a query that does not parse. */
  articleIds(query: string): { ids: string[]; error: { message: string; position: number; length: number } | null } {
    this.index.flush();
    let node: QueryNode | null = null;
    if (query.trim() !== '') {
      const parsed = tryParseQuery(query);
      if (!parsed.ok) return { ids: [], error: parsed.error };
      node = parsed.query;
    }
    this.gatherCompiled('articles', node ? new QueryCompiler('articles', new FieldResolver(this.db)).compileTop(node) : null, 1);
    const ids = this.db.prepare<[], string>('SELECT article FROM search_hits ORDER BY sort ASC, id ASC').pluck().all();
    return { ids, error: null };
  }

  /** The ids (article ids or statement ids) among `candidateIds` that a query matches: watchlists on arrival. */
  matching(scope: Scope, query: string, candidateIds: readonly string[]): string[] {
    const parsed = tryParseQuery(query);
    if (!parsed.ok || candidateIds.length === 0) return [];
    this.index.flush();
    const { rank, where } = new QueryCompiler(scope, new FieldResolver(this.db)).compileTop(parsed.query);
    const idColumn = scope === 'articles' ? 'a.id' : 's.id';
    const restrict = `${idColumn} IN (SELECT value FROM json_each(?))`;
    const sql = rank
      ? `SELECT ${idColumn} FROM ${FTS[scope].table} f ${FTS[scope].join} WHERE ${FTS[scope].table} MATCH ? AND ${FROM[scope].live} AND ${restrict} AND ${where.sql}`
      : `SELECT ${idColumn} FROM ${FROM[scope].base} WHERE ${FROM[scope].live} AND ${restrict} AND ${where.sql}`;
    const params = [...(rank ? [rank] : []), JSON.stringify(candidateIds), ...where.params];
    return this.db.prepare<unknown[], string>(sql).pluck().all(...params);
  }

  private run<T>(scope: Scope, params: SearchParams, hits: (ids: number[], node: QueryNode | null, scores: Map<number, number>) => T[]): SearchResult<T> {
    const started = performance.now();
    this.index.flush();
    const empty = (error: SearchResult<T>['error']): SearchResult<T> => ({ error, total: 0, offset: params.offset, items: [], facets: null, tookMs: performance.now() - started });
    let node: QueryNode | null = null;
    if (params.query.trim() !== '') {
      const parsed = tryParseQuery(params.query);
      if (!parsed.ok) return empty(parsed.error);
      node = parsed.query;
    }
    const compiled = node ? new QueryCompiler(scope, new FieldResolver(this.db)).compileTop(node) : null;
    // Words alone, best first: FTS5 ranks and pages by itself, and only a sample is gathered for the facets.
    if (compiled?.rank && compiled.where.sql === '1' && params.sort === 'relevance') {
      const { total, page } = this.rankedPage(scope, compiled.rank, params.limit, params.offset);
      const items = hits(page.map((p) => p.id), node, new Map(page.map((p) => [p.id, p.score])));
      let facets: SearchFacets | null = null;
      if (params.facets) {
        const stride = total > FACET_EXACT_LIMIT ? Math.ceil(total / FACET_EXACT_LIMIT) : 1;
        this.gatherCompiled(scope, compiled, stride);
        facets = facetsOf(this.db, scope, stride);
      }
      return { error: null, total, offset: params.offset, items, facets, tookMs: performance.now() - started };
    }
    const gathered = this.gatherCompiled(scope, compiled, 1);
    const order =
      params.sort === 'oldest' ? 'sort ASC, id ASC' : params.sort === 'relevance' && gathered.ranked ? 'score DESC, sort DESC, id DESC' : 'sort DESC, id DESC';
    const total = this.db.prepare<[], number>('SELECT count(*) FROM search_hits').pluck().get() ?? 0;
    const page = this.db.prepare<[number, number], { id: number; score: number | null }>(`SELECT id, score FROM search_hits ORDER BY ${order} LIMIT ? OFFSET ?`).all(params.limit, params.offset);
    const scores = new Map(page.filter((p) => p.score !== null).map((p) => [p.id, p.score!]));
    const items = hits(page.map((p) => p.id), node, scores);
    let facets: SearchFacets | null = null;
    if (params.facets) {
      // A large result set is counted on an even sample of itself.
      const stride = total > FACET_EXACT_LIMIT ? Math.ceil(total / FACET_EXACT_LIMIT) : 1;
      if (stride > 1) this.db.exec(`DELETE FROM search_hits WHERE NOT ${sampled('id', stride)}`);
      facets = facetsOf(this.db, scope, stride);
    }
    return { error: null, total, offset: params.offset, items, facets, tookMs: performance.now() - started };
  }

  /** Fills the temporary table search_hits with every matching row id (or every stride-th), its score, date and facts. */
  private gatherCompiled(scope: Scope, compiled: { rank: string | null; where: Sql } | null, stride: number): Gathered {
    this.db.exec(
      'CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY, score REAL, sort TEXT, article TEXT, statement TEXT, outlet INTEGER, language TEXT, tone TEXT, official TEXT, kind TEXT)',
    );
    this.db.exec('DELETE FROM search_hits');
    const from = FROM[scope];
    const sample = stride > 1 ? ` AND ${sampled(compiled?.rank ? 'f.rowid' : from.key, stride)}` : '';
    if (!compiled) {
      this.db.prepare(`INSERT INTO search_hits (${HIT_COLUMNS}) SELECT ${from.key}, NULL, ${FACTS[scope]} FROM ${from.base} WHERE ${from.live}${sample}`).run();
      return { ranked: false };
    }
    const { rank, where } = compiled;
    let insert: Sql;
    if (rank) {
      const fts = FTS[scope];
      insert = {
        sql: `INSERT INTO search_hits (${HIT_COLUMNS}) SELECT f.rowid, -bm25(${fts.table}, ${fts.weights}), ${FACTS[scope]}
              FROM ${fts.table} f ${fts.join} WHERE ${fts.table} MATCH ? AND ${from.live} AND ${where.sql}${sample}`,
        params: [rank, ...where.params],
      };
    } else {
      insert = { sql: `INSERT INTO search_hits (${HIT_COLUMNS}) SELECT ${from.key}, NULL, ${FACTS[scope]} FROM ${from.base} WHERE ${from.live} AND ${where.sql}${sample}`, params: where.params };
    }
    this.db.prepare(insert.sql).run(...insert.params);
    return { ranked: rank !== null };
  }

  /**
   * A page of a words-only query in relevance order, straight from FTS5 (ORDER BY rank, weighted as configured in
   * migration 10), and its total: the index's count less the few matches that are in the trash or rejected.
   */
  private rankedPage(scope: Scope, rank: string, limit: number, offset: number): { total: number; page: Array<{ id: number; score: number }> } {
    const fts = FTS[scope].table;
    const excluded =
      scope === 'articles'
        ? 'SELECT seq FROM articles WHERE deleted_at IS NOT NULL'
        : 'SELECT rowid FROM statements WHERE live = 0';
    const all = this.db.prepare<[string], number>(`SELECT count(*) FROM ${fts} WHERE ${fts} MATCH ?`).pluck().get(rank) ?? 0;
    const out = this.db.prepare<[string], number>(`SELECT count(*) FROM ${fts} WHERE ${fts} MATCH ? AND rowid IN (${excluded})`).pluck().get(rank) ?? 0;
    const page = this.db
      .prepare<[string, number, number], { id: number; score: number }>(`SELECT rowid AS id, -rank AS score FROM ${fts} WHERE ${fts} MATCH ? AND rowid NOT IN (${excluded}) ORDER BY rank LIMIT ? OFFSET ?`)
      .all(rank, limit, offset);
    return { total: all - out, page };
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
      .prepare<[string], Omit<StatementSearchHit, 'highlights' | 'topics' | 'score' | 'isNew'> & { rowid: number; topics: string | null }>(
        `SELECT s.rowid, s.id, s.article_id AS articleId, s.start_offset AS start, s.end_offset AS "end", s.text, s.kind, s.cue,
           s.speaker_name AS speaker, f.canonical_name AS official, s.official_id AS officialId, coalesce(s.tone, s.tone_suggested) AS tone,
           a.title AS articleTitle, o.name AS outlet, a.sort_at AS date, a.language,
           (SELECT json_group_array(t.name) FROM statement_topics x JOIN topics t ON t.id = x.topic_id WHERE x.statement_id = s.id AND x.status <> 'removed') AS topics
         FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN officials f ON f.id = s.official_id LEFT JOIN outlets o ON o.id = a.outlet_id
         WHERE s.rowid IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(rowids));
    const byRowid = new Map(rows.map((r) => [r.rowid, r]));
    return rowids.flatMap((rowid) => {
      const r = byRowid.get(rowid);
      if (!r) return [];
      const { rowid: _rowid, topics, ...rest } = r;
      return [{ ...rest, topics: topics ? (JSON.parse(topics) as string[]) : [], highlights: highlightsIn(node, r.text), score: scores.get(rowid) ?? null, ...(unseen && { isNew: unseen.has(r.id) }) }];
    });
  }
}
