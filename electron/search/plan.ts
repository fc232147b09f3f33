// A compiled query as the SQL every part of a search reads: which rows are hits (`from`, a FROM … WHERE … clause),
// how a hit is keyed, scored and dated. The count, the page and the facet sample each run it on their own, so that
// no step has to copy every hit anywhere: SQLite counts through covering indexes, pages with a bounded sort, and
// the facets read only a sample.
import type { SearchSort } from '../api/types';
import type { Scope, Sql } from './compile';

export interface Plan {
  /** `table … WHERE …`: every live hit; more conditions can be appended with AND. */
  from: string;
  params: unknown[];
  /** The hit's integer key: an article's seq or a statement's rowid (the search index's rowid). */
  key: string;
  /** The same key as read before any join (the index's own rowid when there is text): a sample filters on it first. */
  sampleKey: string;
  /** BM25 relevance, higher is better, or null when the query has no text to rank by. */
  score: string | null;
  /** The date the list is sorted by. */
  sortAt: string;
}

interface Source {
  base: string;
  live: string;
  key: string;
  sortAt: string;
  fts: string;
  /** BM25 column weights, as migration 10 configured the index's own rank. */
  weights: string;
  join: string;
}

const SOURCES: Record<Scope, Source> = {
    // A clip's row holds its whole text: the join reads the covering index of its facts instead (migration 10).
  articles: { base: 'articles a', live: 'a.deleted_at IS NULL', key: 'a.seq', sortAt: 'a.sort_at', fts: 'articles_search', weights: '8.0, 1.0, 1.0', join: 'JOIN articles a INDEXED BY articles_search_facts ON a.seq = f.rowid' },
  // A statement's searchable facts, its clip's live state, date, outlet and language among them, in a narrow table
  // of their own (migrations 11 and 12): one small row per hit.
  statements: {
    base: 'statement_search_rows s',
    live: 's.live = 1',
    key: 's.rowid',
    sortAt: 's.sort_at',
    fts: 'statements_search',
    weights: '1.0, 2.0, 1.0',
    join: 'JOIN statement_search_rows s ON s.rowid = f.rowid',
  },
};

/** The search index behind each scope. */
export const FTS_TABLE: Record<Scope, string> = { articles: SOURCES.articles.fts, statements: SOURCES.statements.fts };

/** Rows the index still holds but a search must not show: clips in the trash, statements rejected or in the trash. */
export const EXCLUDED: Record<Scope, string> = {
  articles: 'SELECT seq FROM articles WHERE deleted_at IS NOT NULL',
  statements: 'SELECT rowid FROM statements WHERE live = 0',
};

export function planOf(scope: Scope, compiled: { rank: string | null; where: Sql } | null): Plan {
  const s = SOURCES[scope];
  if (!compiled) return { from: `${s.base} WHERE ${s.live}`, params: [], key: s.key, sampleKey: s.key, score: null, sortAt: s.sortAt };
  const { rank, where } = compiled;
  const conditions = where.sql === '1' ? '' : ` AND ${where.sql}`;
  if (!rank) return { from: `${s.base} WHERE ${s.live}${conditions}`, params: where.params, key: s.key, sampleKey: s.key, score: null, sortAt: s.sortAt };
  return {
    from: `${s.fts} f ${s.join} WHERE ${s.fts} MATCH ? AND ${s.live}${conditions}`,
    params: [rank, ...where.params],
    key: s.key,
    sampleKey: 'f.rowid',
    score: `-bm25(${s.fts}, ${s.weights})`,
    sortAt: s.sortAt,
  };
}

export function orderOf(plan: Plan, sort: SearchSort): string {
  // Undated clips (sort_at NULL) come after every dated one in both orders, never at the head of "oldest": an
  // unknown date is not an early one. Among themselves they keep the order they were clipped in.
  if (sort === 'oldest') return `${plan.sortAt} IS NULL, ${plan.sortAt} ASC, ${plan.key} ASC`;
  if (sort === 'relevance' && plan.score) return `score DESC, ${plan.key} DESC`;
  return `${plan.sortAt} DESC, ${plan.key} DESC`;
}

/** About one row in `stride`, chosen by a hash of the row id so that no pattern in how rows were numbered shows. */
export const sampled = (column: string, stride: number) => `((${column} * 2654435761) % 1000003) % ${stride} = 0`;
