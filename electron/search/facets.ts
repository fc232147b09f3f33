// Facet counts over a result set already gathered in a temporary table of row ids: who is quoted, which topics,
// outlets, languages, tones, kinds of statement, months and tags, each with how many results it covers.
import type { Database } from 'better-sqlite3';
import type { FacetCount, SearchFacets } from '../api/types';

const TOP = 20;

const SQL = {
  articles: {
    officials: `SELECT f.canonical_name AS value, f.canonical_name AS label, count(DISTINCT s.article_id) AS count
      FROM search_hits h JOIN articles a ON a.seq = h.id JOIN statements s ON s.article_id = a.id AND s.status <> 'rejected'
      JOIN officials f ON f.id = s.official_id GROUP BY f.id ORDER BY count DESC, label LIMIT ${TOP}`,
    topics: `SELECT t.name AS value, t.name AS label, count(*) AS count FROM search_hits h JOIN articles a ON a.seq = h.id
      JOIN article_topics x ON x.article_id = a.id AND x.status <> 'removed' JOIN topics t ON t.id = x.topic_id
      GROUP BY t.id ORDER BY count DESC, label LIMIT ${TOP}`,
    outlets: `SELECT o.name AS value, o.name AS label, count(*) AS count FROM search_hits h JOIN articles a ON a.seq = h.id
      JOIN outlets o ON o.id = a.outlet_id GROUP BY o.id ORDER BY count DESC, label LIMIT ${TOP}`,
    languages: `SELECT a.language AS value, a.language AS label, count(*) AS count FROM search_hits h JOIN articles a ON a.seq = h.id
      WHERE a.language IS NOT NULL GROUP BY a.language ORDER BY count DESC LIMIT ${TOP}`,
    tone: `SELECT coalesce(a.tone, a.tone_suggested) AS value, coalesce(a.tone, a.tone_suggested) AS label, count(*) AS count
      FROM search_hits h JOIN articles a ON a.seq = h.id WHERE value IS NOT NULL GROUP BY value ORDER BY count DESC`,
    kind: `SELECT s.kind AS value, s.kind AS label, count(DISTINCT s.article_id) AS count FROM search_hits h JOIN articles a ON a.seq = h.id
      JOIN statements s ON s.article_id = a.id AND s.status <> 'rejected' GROUP BY s.kind ORDER BY count DESC`,
    months: `SELECT substr(a.sort_at, 1, 7) AS value, substr(a.sort_at, 1, 7) AS label, count(*) AS count
      FROM search_hits h JOIN articles a ON a.seq = h.id GROUP BY value ORDER BY value`,
    tags: `SELECT t.name AS value, t.name AS label, count(*) AS count FROM search_hits h JOIN articles a ON a.seq = h.id
      JOIN article_tags x ON x.article_id = a.id JOIN tags t ON t.id = x.tag_id GROUP BY t.id ORDER BY count DESC, label LIMIT ${TOP}`,
  },
  statements: {
    officials: `SELECT f.canonical_name AS value, f.canonical_name AS label, count(*) AS count FROM search_hits h
      JOIN statements s ON s.rowid = h.id JOIN officials f ON f.id = s.official_id GROUP BY f.id ORDER BY count DESC, label LIMIT ${TOP}`,
    topics: `SELECT t.name AS value, t.name AS label, count(*) AS count FROM search_hits h JOIN statements s ON s.rowid = h.id
      JOIN statement_topics x ON x.statement_id = s.id AND x.status <> 'removed' JOIN topics t ON t.id = x.topic_id
      GROUP BY t.id ORDER BY count DESC, label LIMIT ${TOP}`,
    outlets: `SELECT o.name AS value, o.name AS label, count(*) AS count FROM search_hits h JOIN statements s ON s.rowid = h.id
      JOIN articles a ON a.id = s.article_id JOIN outlets o ON o.id = a.outlet_id GROUP BY o.id ORDER BY count DESC, label LIMIT ${TOP}`,
    languages: `SELECT a.language AS value, a.language AS label, count(*) AS count FROM search_hits h JOIN statements s ON s.rowid = h.id
      JOIN articles a ON a.id = s.article_id WHERE a.language IS NOT NULL GROUP BY a.language ORDER BY count DESC LIMIT ${TOP}`,
    tone: `SELECT coalesce(s.tone, s.tone_suggested) AS value, coalesce(s.tone, s.tone_suggested) AS label, count(*) AS count
      FROM search_hits h JOIN statements s ON s.rowid = h.id WHERE value IS NOT NULL GROUP BY value ORDER BY count DESC`,
    kind: `SELECT s.kind AS value, s.kind AS label, count(*) AS count FROM search_hits h JOIN statements s ON s.rowid = h.id
      GROUP BY s.kind ORDER BY count DESC`,
    months: `SELECT substr(a.sort_at, 1, 7) AS value, substr(a.sort_at, 1, 7) AS label, count(*) AS count FROM search_hits h
      JOIN statements s ON s.rowid = h.id JOIN articles a ON a.id = s.article_id GROUP BY value ORDER BY value`,
    tags: `SELECT t.name AS value, t.name AS label, count(*) AS count FROM search_hits h JOIN statements s ON s.rowid = h.id
      JOIN statement_tags x ON x.statement_id = s.id JOIN tags t ON t.id = x.tag_id GROUP BY t.id ORDER BY count DESC, label LIMIT ${TOP}`,
  },
} as const;

export function facetsOf(db: Database, scope: 'articles' | 'statements'): SearchFacets {
  const run = (sql: string) => db.prepare<[], FacetCount>(sql).all();
  const q = SQL[scope];
  return {
    officials: run(q.officials),
    topics: run(q.topics),
    outlets: run(q.outlets),
    languages: run(q.languages),
    tone: run(q.tone),
    kind: run(q.kind),
    months: run(q.months),
    tags: run(q.tags),
  };
}
