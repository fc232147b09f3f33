// Tags: free labels with a colour, on articles, statements and annotations. Names are unique without regard to
// case, so "Energy" and "energy" are one tag; merging moves every use of one tag onto another.
import type { Database } from 'better-sqlite3';
import { LibraryError } from './errors';
import { nowIso } from './time';
import type { TagRecord, TagTargetKind } from './types';

const LINK_TABLES: Record<TagTargetKind, { table: string; column: string }> = {
  article: { table: 'article_tags', column: 'article_id' },
  statement: { table: 'statement_tags', column: 'statement_id' },
  annotation: { table: 'annotation_tags', column: 'annotation_id' },
};

const COLUMNS = `t.id, t.name, t.color,
  (SELECT count(*) FROM article_tags x WHERE x.tag_id = t.id) AS articleCount,
  (SELECT count(*) FROM statement_tags x WHERE x.tag_id = t.id) AS statementCount,
  (SELECT count(*) FROM annotation_tags x WHERE x.tag_id = t.id) AS annotationCount`;

export class TagStore {
  constructor(private readonly db: Database) {}

  list(): TagRecord[] {
    return this.db.prepare<[], TagRecord>(`SELECT ${COLUMNS} FROM tags t ORDER BY t.name COLLATE NOCASE`).all();
  }

  get(id: string): TagRecord {
    const tag = this.db.prepare<[string], TagRecord>(`SELECT ${COLUMNS} FROM tags t WHERE t.id = ?`).get(id);
    if (!tag) throw new LibraryError('NOT_FOUND', `There is no tag with the id ${id}; it may have been removed or merged into another.`);
    return tag;
  }

  findByName(name: string): TagRecord | undefined {
    return this.db.prepare<[string], TagRecord>(`SELECT ${COLUMNS} FROM tags t WHERE t.name = ? COLLATE NOCASE`).get(name.trim());
  }

  create(id: string, name: string, color: string): TagRecord {
    this.db.prepare('INSERT INTO tags (id, name, color, created_at) VALUES (?, ?, ?, ?)').run(id, name.trim(), color, nowIso());
    return this.get(id);
  }

  update(id: string, changes: { name?: string | undefined; color?: string | undefined }): TagRecord {
    this.get(id);
    if (changes.name !== undefined) this.db.prepare('UPDATE tags SET name = ? WHERE id = ?').run(changes.name.trim(), id);
    if (changes.color !== undefined) this.db.prepare('UPDATE tags SET color = ? WHERE id = ?').run(changes.color, id);
    return this.get(id);
  }

  /** Moves every use of `fromId` onto `intoId` (keeping one link where both were set) and deletes `fromId`. */
  merge(fromId: string, intoId: string): TagRecord {
    this.get(fromId);
    this.get(intoId);
    for (const { table, column } of Object.values(LINK_TABLES)) {
      this.db.prepare(`INSERT OR IGNORE INTO ${table} (${column}, tag_id) SELECT ${column}, ? FROM ${table} WHERE tag_id = ?`).run(intoId, fromId);
    }
    this.db.prepare('DELETE FROM tags WHERE id = ?').run(fromId);
    return this.get(intoId);
  }

  remove(id: string): number {
    return this.db.prepare('DELETE FROM tags WHERE id = ?').run(id).changes;
  }

  link(kind: TagTargetKind, targetId: string, tagId: string): void {
    const { table, column } = LINK_TABLES[kind];
    this.db.prepare(`INSERT OR IGNORE INTO ${table} (${column}, tag_id) VALUES (?, ?)`).run(targetId, tagId);
  }

  unlink(kind: TagTargetKind, targetId: string, tagId: string): void {
    const { table, column } = LINK_TABLES[kind];
    this.db.prepare(`DELETE FROM ${table} WHERE ${column} = ? AND tag_id = ?`).run(targetId, tagId);
  }

  /** The tags on each of several targets, in one query. */
  tagsOf(kind: TagTargetKind, targetIds: readonly string[]): Map<string, Array<{ id: string; name: string; color: string }>> {
    const { table, column } = LINK_TABLES[kind];
    const result = new Map<string, Array<{ id: string; name: string; color: string }>>();
    if (targetIds.length === 0) return result;
    const rows = this.db
      .prepare<string[], { target: string; id: string; name: string; color: string }>(
        `SELECT x.${column} AS target, t.id, t.name, t.color FROM ${table} x JOIN tags t ON t.id = x.tag_id
         WHERE x.${column} IN (SELECT value FROM json_each(?)) ORDER BY t.name COLLATE NOCASE`,
      )
      .all(JSON.stringify(targetIds));
    for (const row of rows) {
      const list = result.get(row.target) ?? [];
      list.push({ id: row.id, name: row.name, color: row.color });
      result.set(row.target, list);
    }
    return result;
  }
}
