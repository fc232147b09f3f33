// Facet counts over a result set already gathered in the temporary table search_hits, which holds for each hit
// the facts the facets group by (outlet, language, tone, date; for statements also official and kind). Each facet
// reads the hits first (CROSS JOIN keeps SQLite from starting at the big tables) and looks up names only for the
// groups it keeps.
import type { Database } from 'better-sqlite3';
import type { FacetCount, SearchFacets } from '../api/types';

const TOP = 20;

/**
 * Above this many hits, facets are counted on an even sample of them (every k-th row id) and scaled up, and said
 * to be approximate: counting every one of 100,000 hits takes a second, a facet has to show what dominates, and 2,000 hits put a
 * value with a 5% share within about 10% of its true count.
 */
export const FACET_EXACT_LIMIT = 2_000;

const byColumn = (column: string, names?: { table: string; key: string; label: string }) =>
  names
    ? `SELECT n.${names.label} AS value, n.${names.label} AS label, g.count FROM (SELECT ${column} AS k, count(*) AS count FROM search_hits
         WHERE ${column} IS NOT NULL GROUP BY ${column} ORDER BY count DESC LIMIT ${TOP}) g JOIN ${names.table} n ON n.${names.key} = g.k ORDER BY g.count DESC, label`
    : `SELECT ${column} AS value, ${column} AS label, count(*) AS count FROM search_hits WHERE ${column} IS NOT NULL GROUP BY ${column} ORDER BY count DESC, value LIMIT ${TOP}`;

const linked = (link: string, owner: string, hitColumn: string, key: string, names: { table: string; label: string }, extra = '') =>
  `SELECT n.${names.label} AS value, n.${names.label} AS label, g.count FROM (
     SELECT x.${key} AS k, count(*) AS count FROM search_hits h CROSS JOIN ${link} x ON x.${owner} = h.${hitColumn} ${extra}
     GROUP BY x.${key} ORDER BY count DESC LIMIT ${TOP}) g JOIN ${names.table} n ON n.id = g.k ORDER BY g.count DESC, label`;

// Undated hits have no month (sort is NULL): they are left out rather than counted under the month they were clipped.
const MONTHS = `SELECT substr(sort, 1, 7) AS value, substr(sort, 1, 7) AS label, count(*) AS count FROM search_hits WHERE sort IS NOT NULL GROUP BY value ORDER BY value`;

const SQL = {
  articles: {
    officials: `SELECT n.canonical_name AS value, n.canonical_name AS label, g.count FROM (
       SELECT official AS k, count(DISTINCT id) AS count FROM search_hit_statements WHERE official IS NOT NULL GROUP BY official ORDER BY count DESC LIMIT ${TOP}) g
       JOIN officials n ON n.id = g.k ORDER BY g.count DESC, label`,
    topics: linked('article_topics', 'article_id', 'article', 'topic_id', { table: 'topics', label: 'name' }, "AND x.status <> 'removed'"),
    outlets: byColumn('outlet', { table: 'outlets', key: 'id', label: 'name' }),
    languages: byColumn('language'),
    tone: byColumn('tone'),
    kind: 'SELECT kind AS value, kind AS label, count(DISTINCT id) AS count FROM search_hit_statements GROUP BY kind ORDER BY count DESC',
    speakerKinds: 'SELECT speaker_kind AS value, speaker_kind AS label, count(DISTINCT id) AS count FROM search_hit_statements GROUP BY speaker_kind ORDER BY count DESC, value',
    months: MONTHS,
    tags: linked('article_tags', 'article_id', 'article', 'tag_id', { table: 'tags', label: 'name' }),
  },
  statements: {
    officials: byColumn('official', { table: 'officials', key: 'id', label: 'canonical_name' }),
    topics: linked('statement_topics', 'statement_id', 'statement', 'topic_id', { table: 'topics', label: 'name' }, "AND x.status <> 'removed'"),
    outlets: byColumn('outlet', { table: 'outlets', key: 'id', label: 'name' }),
    languages: byColumn('language'),
    tone: byColumn('tone'),
    kind: byColumn('kind'),
    // Read from each hit's narrow search row (migration 19) rather than carried in search_hits with the other facts.
    speakerKinds: `SELECT x.speaker_kind AS value, x.speaker_kind AS label, count(*) AS count FROM search_hits h CROSS JOIN statement_search_rows x ON x.seq = h.id
       GROUP BY x.speaker_kind ORDER BY count DESC, value`,
    months: MONTHS,
    tags: linked('statement_tags', 'statement_id', 'statement', 'tag_id', { table: 'tags', label: 'name' }),
  },
} as const;


export function facetsOf(db: Database, scope: 'articles' | 'statements', stride = 1): SearchFacets {
  const run = (sql: string) =>
    db
      .prepare<[], FacetCount>(sql)
      .all()
      .map((f) => (stride > 1 ? { ...f, count: f.count * stride } : f));
  const q = SQL[scope];
  // A clip's officials, kinds of statement and kinds of speaker come from its statements: read them once for all three.
  if (scope === 'articles') {
    db.exec('CREATE TEMP TABLE IF NOT EXISTS search_hit_statements (id INTEGER, official TEXT, kind TEXT, speaker_kind TEXT)');
    db.exec('DELETE FROM search_hit_statements');
    db.exec(
      "INSERT INTO search_hit_statements SELECT h.id, x.official_id, x.kind, x.speaker_kind FROM search_hits h CROSS JOIN statements x ON x.article_id = h.article AND x.status <> 'rejected'",
    );
  }
  return {
    officials: run(q.officials),
    topics: run(q.topics),
    outlets: run(q.outlets),
    languages: run(q.languages),
    tone: run(q.tone),
    kind: run(q.kind),
    speakerKinds: run(q.speakerKinds),
    months: run(q.months),
    tags: run(q.tags),
    approximate: stride > 1,
  };
}
