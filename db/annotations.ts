// Annotations: highlights with a colour, a note and tags, anchored to an article's text by position and by the
// quoted words with their context. The store keeps both; finding the place again is the annotations module's job.
import type { Database } from 'better-sqlite3';
import { LibraryError } from './errors';
import { nowIso } from './time';
import type { AnchorStatus, AnnotationRecord } from './types';

export interface NewAnnotation {
  id: string;
  articleId: string;
  statementId: string | null;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  color: string;
  note: string | null;
}

type Row = Omit<AnnotationRecord, 'tags'>;

const COLUMNS = `n.id, n.article_id AS articleId, a.title AS articleTitle, n.statement_id AS statementId,
  n.start_offset AS start, n.end_offset AS "end", n.exact, n.prefix, n.suffix, n.anchor_status AS anchorStatus,
  n.color, n.note, n.created_at AS createdAt, n.updated_at AS updatedAt`;

export class AnnotationStore {
  constructor(private readonly db: Database) {}

  insert(a: NewAnnotation): void {
    const now = nowIso();
    this.db
      .prepare(
        `INSERT INTO annotations (id, article_id, statement_id, start_offset, end_offset, exact, prefix, suffix, anchor_status, color, note, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'exact', ?, ?, ?, ?)`,
      )
      .run(a.id, a.articleId, a.statementId, a.start, a.end, a.exact, a.prefix, a.suffix, a.color, a.note, now, now);
  }

  get(id: string): Row {
    const row = this.db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM annotations n JOIN articles a ON a.id = n.article_id WHERE n.id = ?`).get(id);
    if (!row) throw new LibraryError('NOT_FOUND', `There is no highlight with the id ${id}; it may have been removed, or its clip deleted.`);
    return row;
  }

  forArticle(articleId: string): Row[] {
    return this.db
      .prepare<[string], Row>(`SELECT ${COLUMNS} FROM annotations n JOIN articles a ON a.id = n.article_id WHERE n.article_id = ? ORDER BY n.start_offset IS NULL, n.start_offset, n.seq`)
      .all(articleId);
  }

  /** Across the library, newest first; `match` is an FTS5 expression over notes and highlighted words. */
  page(options: { offset: number; limit: number; orphanedOnly?: boolean; match?: string | undefined }): { total: number; items: Row[] } {
    const where = ['a.deleted_at IS NULL'];
    const params: unknown[] = [];
    if (options.orphanedOnly) where.push("n.anchor_status = 'orphaned'");
    if (options.match) {
      where.push('n.seq IN (SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ?)');
      params.push(options.match);
    }
    const from = `FROM annotations n JOIN articles a ON a.id = n.article_id WHERE ${where.join(' AND ')}`;
    const total = this.db.prepare<unknown[], number>(`SELECT count(*) ${from}`).pluck().get(...params) ?? 0;
    const items = this.db.prepare<unknown[], Row>(`SELECT ${COLUMNS} ${from} ORDER BY n.updated_at DESC, n.seq DESC LIMIT ? OFFSET ?`).all(...params, options.limit, options.offset);
    return { total, items };
  }

  update(id: string, changes: { color?: string | undefined; note?: string | null | undefined; statementId?: string | null | undefined }): void {
    this.get(id);
    const now = nowIso();
    if (changes.color !== undefined) this.db.prepare('UPDATE annotations SET color = ?, updated_at = ? WHERE id = ?').run(changes.color, now, id);
    if (changes.note !== undefined) this.db.prepare('UPDATE annotations SET note = ?, updated_at = ? WHERE id = ?').run(changes.note, now, id);
    if (changes.statementId !== undefined) this.db.prepare('UPDATE annotations SET statement_id = ?, updated_at = ? WHERE id = ?').run(changes.statementId, now, id);
  }

  /** Where a highlight now is after the text changed; null offsets when it could not be found (orphaned). */
  setAnchor(id: string, anchor: { start: number; end: number; status: Exclude<AnchorStatus, 'orphaned'> } | { status: 'orphaned' }): void {
    if (anchor.status === 'orphaned') {
      this.db.prepare("UPDATE annotations SET start_offset = NULL, end_offset = NULL, anchor_status = 'orphaned' WHERE id = ?").run(id);
    } else {
      this.db.prepare('UPDATE annotations SET start_offset = ?, end_offset = ?, anchor_status = ? WHERE id = ?').run(anchor.start, anchor.end, anchor.status, id);
    }
  }

  /** A person placed an orphaned highlight again (or moved one): new position and quote. */
  replaceAnchor(id: string, a: { start: number; end: number; exact: string; prefix: string; suffix: string }): void {
    this.db
      .prepare("UPDATE annotations SET start_offset = ?, end_offset = ?, exact = ?, prefix = ?, suffix = ?, anchor_status = 'exact', updated_at = ? WHERE id = ?")
      .run(a.start, a.end, a.exact, a.prefix, a.suffix, nowIso(), id);
  }

  remove(id: string): number {
    return this.db.prepare('DELETE FROM annotations WHERE id = ?').run(id).changes;
  }
}
