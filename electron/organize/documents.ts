// Articles and statements as the query matcher sees them: their text plus the values of every field a rule or a
// search may name (outlet:, lang:, official:, tag:, …). Read in batches so a library of any size streams through.
import type { Database } from 'better-sqlite3';
import type { MatchDocument } from '../query/match';

export interface ArticleDocument {
  id: string;
  seq: number;
  title: string;
  doc: MatchDocument;
}

export interface StatementDocument {
  id: string;
  articleId: string;
  doc: MatchDocument;
}

interface ArticleRow {
  id: string;
  seq: number;
  title: string;
  text: string;
  outlet: string | null;
  language: string | null;
  tone: string | null;
  date: string | null;
  tags: string | null;
  topics: string | null;
  annotations: number;
  statements: number;
}

interface StatementRow {
  id: string;
  articleId: string;
  text: string;
  kind: string;
  speaker: string | null;
  speakerKind: string;
  official: string | null;
  aliases: string | null;
  country: string | null;
  outlet: string | null;
  language: string | null;
  tone: string | null;
  date: string | null;
  tags: string | null;
  topics: string | null;
  annotations: number;
}

// Topic names with their paths, for topic:"Connectivity > Middle Corridor" as well as topic:"Middle Corridor".
const TOPIC_PATHS = `WITH RECURSIVE tree (id, path) AS (
    SELECT id, name FROM topics WHERE parent_id IS NULL
    UNION ALL SELECT t.id, tree.path || ' > ' || t.name FROM topics t JOIN tree ON t.parent_id = tree.id)`;

const ARTICLE_SELECT = `${TOPIC_PATHS}
  SELECT a.id, a.seq, a.title, a.text, o.name AS outlet, a.language, coalesce(a.tone, a.tone_suggested) AS tone,
    substr(a.published_at, 1, 10) AS date,
    (SELECT json_group_array(t.name) FROM article_tags x JOIN tags t ON t.id = x.tag_id WHERE x.article_id = a.id) AS tags,
    (SELECT json_group_array(tree.path) FROM article_topics x JOIN tree ON tree.id = x.topic_id WHERE x.article_id = a.id AND x.status <> 'removed') AS topics,
    (SELECT count(*) FROM annotations n WHERE n.article_id = a.id) AS annotations,
    (SELECT count(*) FROM statements s WHERE s.article_id = a.id AND s.status <> 'rejected') AS statements
  FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id`;

const STATEMENT_SELECT = `${TOPIC_PATHS}
  SELECT s.id, s.article_id AS articleId, s.text, s.kind, s.speaker_name AS speaker, s.speaker_kind AS speakerKind, f.canonical_name AS official,
    (SELECT json_group_array(alias) FROM official_aliases WHERE official_id = s.official_id) AS aliases,
    f.country, o.name AS outlet, a.language, coalesce(s.tone, s.tone_suggested) AS tone,
    substr(a.published_at, 1, 10) AS date,
    (SELECT json_group_array(t.name) FROM statement_tags x JOIN tags t ON t.id = x.tag_id WHERE x.statement_id = s.id) AS tags,
    (SELECT json_group_array(tree.path) FROM statement_topics x JOIN tree ON tree.id = x.topic_id WHERE x.statement_id = s.id AND x.status <> 'removed') AS topics,
    (SELECT count(*) FROM annotations n WHERE n.statement_id = s.id) AS annotations
  FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN officials f ON f.id = s.official_id
  LEFT JOIN outlets o ON o.id = a.outlet_id`;

const list = (json: string | null): string[] => (json ? (JSON.parse(json) as Array<string | null>).filter((v): v is string => v !== null) : []);
const one = (value: string | null): string[] => (value ? [value] : []);

function articleDocument(row: ArticleRow): ArticleDocument {
  const tags = list(row.tags);
  const has = [...(row.annotations > 0 ? ['annotation'] : []), ...(row.statements > 0 ? ['statement'] : []), ...(tags.length > 0 ? ['tag'] : [])];
  return {
    id: row.id,
    seq: row.seq,
    title: row.title,
    doc: {
      text: `${row.title}\n\n${row.text}`,
      fields: { outlet: one(row.outlet), lang: one(row.language), tone: one(row.tone), tag: tags, topic: list(row.topics), has },
      date: row.date,
    },
  };
}

function statementDocument(row: StatementRow): StatementDocument {
  const tags = list(row.tags);
  const has = [...(row.annotations > 0 ? ['annotation'] : []), ...(tags.length > 0 ? ['tag'] : [])];
  return {
    id: row.id,
    articleId: row.articleId,
    doc: {
      text: row.text,
      fields: {
        official: [...one(row.official), ...list(row.aliases)],
        speaker: one(row.speaker),
        country: one(row.country),
        outlet: one(row.outlet),
        lang: one(row.language),
        tone: one(row.tone),
        kind: [row.kind],
        speakerkind: [row.speakerKind],
        tag: tags,
        topic: list(row.topics),
        has,
      },
      date: row.date,
    },
  };
}

export class DocumentReader {
  constructor(private readonly db: Database) {}

  articles(ids: readonly string[]): ArticleDocument[] {
    return this.db.prepare<[string], ArticleRow>(`${ARTICLE_SELECT} WHERE a.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)).map(articleDocument);
  }

  statementsOf(articleIds: readonly string[]): StatementDocument[] {
    return this.db
      .prepare<[string], StatementRow>(`${STATEMENT_SELECT} WHERE s.article_id IN (SELECT value FROM json_each(?)) AND s.status <> 'rejected'`)
      .all(JSON.stringify(articleIds))
      .map(statementDocument);
  }

  statements(ids: readonly string[]): StatementDocument[] {
    return this.db.prepare<[string], StatementRow>(`${STATEMENT_SELECT} WHERE s.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)).map(statementDocument);
  }

  /** Live articles after `afterSeq`, oldest first, `limit` at a time: the way to walk the whole library. */
  articleBatch(afterSeq: number, limit: number): ArticleDocument[] {
    return this.db.prepare<[number, number], ArticleRow>(`${ARTICLE_SELECT} WHERE a.deleted_at IS NULL AND a.seq > ? ORDER BY a.seq LIMIT ?`).all(afterSeq, limit).map(articleDocument);
  }

  liveArticleCount(): number {
    return this.db.prepare<[], number>('SELECT count(*) FROM articles WHERE deleted_at IS NULL').pluck().get() ?? 0;
  }
}
