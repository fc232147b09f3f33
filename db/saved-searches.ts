// Saved searches and what they caught: each saved search is also a watchlist, recording the clips (or statements)
// that matched when they arrived, unseen until the saved search is opened.
import type { Database } from 'better-sqlite3';
import { LibraryError } from './errors';
import { nowIso } from './time';

export interface SavedSearchRow {
  id: string;
  name: string;
  query: string;
  scope: 'articles' | 'statements';
  createdAt: string;
  newCount: number;
}

// A hit counts while its clip is live (a clip in the trash or deleted is not news).
const COLUMNS = `q.id, q.name, q.query, q.scope, q.created_at AS createdAt,
  (SELECT count(*) FROM saved_search_hits h WHERE h.saved_search_id = q.id AND h.seen = 0 AND (
     EXISTS (SELECT 1 FROM articles a WHERE a.id = h.target_id AND a.deleted_at IS NULL) OR
     EXISTS (SELECT 1 FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.id = h.target_id AND a.deleted_at IS NULL))) AS newCount`;

export class SavedSearchStore {
  constructor(private readonly db: Database) {}

  list(): SavedSearchRow[] {
    return this.db.prepare<[], SavedSearchRow>(`SELECT ${COLUMNS} FROM saved_searches q ORDER BY q.name COLLATE NOCASE`).all();
  }

  get(id: string): SavedSearchRow {
    const row = this.db.prepare<[string], SavedSearchRow>(`SELECT ${COLUMNS} FROM saved_searches q WHERE q.id = ?`).get(id);
    if (!row) throw new LibraryError('NOT_FOUND', `There is no saved search with the id ${id}; it may have been removed.`);
    return row;
  }

  findByName(name: string): SavedSearchRow | undefined {
    return this.db.prepare<[string], SavedSearchRow>(`SELECT ${COLUMNS} FROM saved_searches q WHERE q.name = ? COLLATE NOCASE`).get(name.trim());
  }

  create(row: { id: string; name: string; query: string; scope: 'articles' | 'statements' }): SavedSearchRow {
    const now = nowIso();
    this.db.prepare('INSERT INTO saved_searches (id, name, query, scope, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(row.id, row.name.trim(), row.query, row.scope, now, now);
    return this.get(row.id);
  }

  update(id: string, changes: { name?: string | undefined; query?: string | undefined }): SavedSearchRow {
    this.get(id);
    const now = nowIso();
    if (changes.name !== undefined) this.db.prepare('UPDATE saved_searches SET name = ?, updated_at = ? WHERE id = ?').run(changes.name.trim(), now, id);
    if (changes.query !== undefined) this.db.prepare('UPDATE saved_searches SET query = ?, updated_at = ? WHERE id = ?').run(changes.query, now, id);
    return this.get(id);
  }

  remove(id: string): number {
    return this.db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id).changes;
  }

  recordHits(id: string, targetIds: readonly string[]): void {
    const insert = this.db.prepare('INSERT OR IGNORE INTO saved_search_hits (saved_search_id, target_id, found_at) VALUES (?, ?, ?)');
    const now = nowIso();
    for (const target of targetIds) insert.run(id, target, now);
  }

  unseen(id: string): Set<string> {
    return new Set(this.db.prepare<[string], string>('SELECT target_id FROM saved_search_hits WHERE saved_search_id = ? AND seen = 0').pluck().all(id));
  }

  markSeen(id: string): void {
    this.db.prepare('UPDATE saved_search_hits SET seen = 1 WHERE saved_search_id = ? AND seen = 0').run(id);
  }
}
