import type { Database } from 'better-sqlite3';
import { LibraryError } from './errors';
import { nowIso } from './time';
import type { ArticleListItem, ArticleRecord, SourceKind } from './types';

export type { ArticleListItem, ArticleRecord, SourceKind } from './types';

export interface NewArticle {
  id: string;
  title: string;
  titleProvisional: boolean;
  text: string;
  sourceKind: SourceKind;
  contentHash: string;
  outletId?: number | null;
  url?: string | null;
  canonicalUrl?: string | null;
  byline?: string | null;
  publishedAt?: string | null;
  language?: string | null;
  html?: string | null;
  original?: string | null;
  urlKey?: string | null;
  originalPublication?: string | null;
  dir?: 'ltr' | 'rtl' | null;
  sourceName?: string | null;
  tone?: 'positive' | 'neutral' | 'negative' | null;
}

export interface ListOptions {
  offset: number;
  limit: number;
  inTrash: boolean;
  /** An FTS5 MATCH expression, already built safely by the caller. */
  match?: string | undefined;
}

export interface ArticleChanges {
  title?: string;
  outletId?: number | null;
  publishedAt?: string | null;
  /** A corrected text, with its hash for de-duplication (hashing is the clipping module's business). */
  text?: { text: string; contentHash: string };
}

type RawRecord = Omit<ArticleRecord, 'titleProvisional'> & { titleProvisional: number };

const RECORD_COLUMNS = `a.id, a.title, a.title_provisional AS titleProvisional, o.name AS outlet, a.url,
  a.canonical_url AS canonicalUrl, a.byline, a.published_at AS publishedAt, a.clipped_at AS clippedAt,
  a.updated_at AS updatedAt, a.language, a.text, a.html, a.source_kind AS sourceKind, a.source_name AS sourceName,
  a.original_publication AS originalPublication, a.dir, a.tone, a.deleted_at AS deletedAt,
  a.syndication_group AS syndicationGroup`;

// 240 characters of the text, enough for two lines of a list row at any pane width.
const LIST_COLUMNS = `a.id, a.title, o.name AS outlet, a.published_at AS publishedAt, a.clipped_at AS clippedAt,
  a.language, substr(a.text, 1, 240) AS excerpt, a.deleted_at AS deletedAt,
  CASE WHEN a.syndication_group IS NULL THEN 1 ELSE
    (SELECT count(*) FROM articles s WHERE s.syndication_group = a.syndication_group AND s.deleted_at IS NULL) END AS syndicationSize,
  (SELECT count(*) FROM statements st WHERE st.article_id = a.id AND st.status <> 'rejected') AS statementCount`;

function toRecord(raw: RawRecord): ArticleRecord {
  return { ...raw, titleProvisional: raw.titleProvisional === 1 };
}

/** Every article's text with the hash stored when it was clipped or last edited, for `verbatim check`. */
export function* storedTexts(db: Database): Generator<{ id: string; title: string; text: string; contentHash: string }> {
  yield* db.prepare<[], { id: string; title: string; text: string; contentHash: string }>('SELECT id, title, text, content_hash AS contentHash FROM articles ORDER BY seq').iterate();
}

export class ArticleStore {
  private readonly statements;

  constructor(private readonly db: Database) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO articles (id, url, canonical_url, url_key, outlet_id, title, title_provisional, byline, published_at,
           clipped_at, updated_at, language, text, html, original, source_kind, source_name, content_hash,
           original_publication, dir, tone)
         VALUES (@id, @url, @canonicalUrl, @urlKey, @outletId, @title, @titleProvisional, @byline, @publishedAt,
           @clippedAt, @clippedAt, @language, @text, @html, @original, @sourceKind, @sourceName, @contentHash,
           @originalPublication, @dir, @tone)`,
      ),
      get: db.prepare<[string], RawRecord>(
        `SELECT ${RECORD_COLUMNS} FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?`,
      ),
      byUrlKey: db.prepare<[string], { id: string; deletedAt: string | null }>(
        `SELECT id, deleted_at AS deletedAt FROM articles WHERE url_key = ? ORDER BY deleted_at IS NOT NULL, seq LIMIT 1`,
      ),
      byHash: db.prepare<[string], { id: string; deletedAt: string | null }>(
        `SELECT id, deleted_at AS deletedAt FROM articles WHERE content_hash = ? ORDER BY deleted_at IS NOT NULL, seq LIMIT 1`,
      ),
      countLive: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles WHERE deleted_at IS NULL'),
      countTrash: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles WHERE deleted_at IS NOT NULL'),
      pageLive: db.prepare<[number, number], ArticleListItem>(
        `SELECT ${LIST_COLUMNS} FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
          WHERE a.deleted_at IS NULL ORDER BY a.sort_at DESC, a.seq DESC LIMIT ? OFFSET ?`,
      ),
      pageTrash: db.prepare<[number, number], ArticleListItem>(
        `SELECT ${LIST_COLUMNS} FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
          WHERE a.deleted_at IS NOT NULL ORDER BY a.deleted_at DESC, a.seq DESC LIMIT ? OFFSET ?`,
      ),
      countMatch: db.prepare<[string, number], { n: number }>(
        `SELECT count(*) AS n FROM articles_search f JOIN articles a ON a.seq = f.rowid
          WHERE articles_search MATCH ? AND (a.deleted_at IS NOT NULL) = ?`,
      ),
      pageMatch: db.prepare<[string, number, number, number], ArticleListItem>(
        `SELECT ${LIST_COLUMNS} FROM articles_search f JOIN articles a ON a.seq = f.rowid
           LEFT JOIN outlets o ON o.id = a.outlet_id
          WHERE articles_search MATCH ? AND (a.deleted_at IS NOT NULL) = ?
          ORDER BY a.sort_at DESC, a.seq DESC LIMIT ? OFFSET ?`,
      ),
      setDeleted: db.prepare<[string | null, string, string]>(
        'UPDATE articles SET deleted_at = ?, updated_at = ? WHERE id = ?',
      ),
      purge: db.prepare<[string]>('DELETE FROM articles WHERE id = ? AND deleted_at IS NOT NULL'),
      hash: db.prepare<[string], string>('SELECT content_hash FROM articles WHERE id = ?').pluck(),
    };
  }

  insert(article: NewArticle): ArticleRecord {
    this.statements.insert.run({
      url: null,
      canonicalUrl: null,
      outletId: null,
      byline: null,
      publishedAt: null,
      language: null,
      html: null,
      original: null,
      urlKey: null,
      originalPublication: null,
      dir: null,
      sourceName: null,
      tone: null,
      ...article,
      titleProvisional: article.titleProvisional ? 1 : 0,
      clippedAt: nowIso(),
    });
    return this.get(article.id);
  }

  find(id: string): ArticleRecord | undefined {
    const raw = this.statements.get.get(id);
    return raw ? toRecord(raw) : undefined;
  }

  get(id: string): ArticleRecord {
    const found = this.find(id);
    if (!found) throw new LibraryError('NOT_FOUND', `No article with id ${id} in this library.`);
    return found;
  }

  /** The internal row number, for the indexes that key on it. */
  seqOf(id: string): number {
    const seq = this.db.prepare<[string], number>('SELECT seq FROM articles WHERE id = ?').pluck().get(id);
    if (seq === undefined) throw new LibraryError('NOT_FOUND', `No article with id ${id} in this library.`);
    return seq;
  }

  /** The hash stored with the article's text (set on clipping and on every edit of the text through update()), to
   * tell a text changed outside Verbatim from one Verbatim wrote. */
  storedHash(id: string): string | undefined {
    return this.statements.hash.get(id);
  }

  findByContentHash(hash: string): { id: string; deletedAt: string | null } | undefined {
    return this.statements.byHash.get(hash);
  }

  findByUrlKey(key: string): { id: string; deletedAt: string | null } | undefined {
    return this.statements.byUrlKey.get(key);
  }

  list(options: ListOptions): { total: number; items: ArticleListItem[] } {
    const { offset, limit, inTrash, match } = options;
    if (match) {
      const flag = inTrash ? 1 : 0;
      return {
        total: this.statements.countMatch.get(match, flag)?.n ?? 0,
        items: this.statements.pageMatch.all(match, flag, limit, offset),
      };
    }
    const count = inTrash ? this.statements.countTrash : this.statements.countLive;
    const page = inTrash ? this.statements.pageTrash : this.statements.pageLive;
    return { total: count.get()?.n ?? 0, items: page.all(limit, offset) };
  }

  update(id: string, changes: ArticleChanges): ArticleRecord {
    const sets: string[] = [];
    const values: Record<string, unknown> = { id, updatedAt: nowIso() };
    if (changes.title !== undefined) {
      sets.push('title = @title', 'title_provisional = 0');
      values.title = changes.title;
    }
    if (changes.outletId !== undefined) {
      sets.push('outlet_id = @outletId');
      values.outletId = changes.outletId;
    }
    if (changes.publishedAt !== undefined) {
      sets.push('published_at = @publishedAt');
      values.publishedAt = changes.publishedAt;
    }
    if (changes.text !== undefined) {
      // The display HTML no longer matches an edited text: the reader falls back to the text itself.
      sets.push('text = @text', 'content_hash = @contentHash', 'html = NULL');
      values.text = changes.text.text;
      values.contentHash = changes.text.contentHash;
    }
    if (sets.length > 0) {
      const result = this.db.prepare(`UPDATE articles SET ${sets.join(', ')}, updated_at = @updatedAt WHERE id = @id`).run(values);
      if (result.changes === 0) throw new LibraryError('NOT_FOUND', `No article with id ${id} in this library.`);
    }
    return this.get(id);
  }

  /** Moves articles to the trash (or back out with `deleted = false`); returns how many changed. */
  setTrashed(ids: readonly string[], deleted: boolean): number {
    const now = nowIso();
    const run = this.db.transaction(() => {
      let changed = 0;
      for (const id of ids) {
        const current = this.find(id);
        if (!current || (current.deletedAt !== null) === deleted) continue;
        changed += this.statements.setDeleted.run(deleted ? now : null, now, id).changes;
      }
      return changed;
    });
    // IMMEDIATE: it reads before it writes, and another process's commit in between would fail it at once.
    return run.immediate();
  }

  /** Deletes articles for good; only articles already in the trash can go. */
  purge(ids: readonly string[]): number {
    const run = this.db.transaction(() => ids.reduce((n, id) => n + this.statements.purge.run(id).changes, 0));
    return run.immediate();
  }
}
