// Saved searches as watchlists: a query kept by name; every clip that arrives (from any import, feeds included) is
// checked against each one, and matches count as new until the saved search is opened.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { SavedSearchStore, type SavedSearchRow } from '../../db/saved-searches';
import { RouteError } from '../api/errors';
import { tryParseQuery } from '../query/parse';
import type { SearchService } from './service';

export class SavedSearches {
  readonly store: SavedSearchStore;

  constructor(
    private readonly db: Database,
    private readonly search: SearchService,
  ) {
    this.store = new SavedSearchStore(db);
  }

  list(): SavedSearchRow[] {
    return this.store.list();
  }

  create(name: string, query: string, scope: 'articles' | 'statements'): SavedSearchRow {
    this.checkQuery(query);
    if (this.store.findByName(name)) throw new RouteError('SAVED_SEARCH_EXISTS', `There is already a saved search named “${name.trim()}”.`);
    return this.store.create({ id: randomUUID(), name, query: query.trim(), scope });
  }

  update(id: string, changes: { name?: string | undefined; query?: string | undefined }): SavedSearchRow {
    if (changes.query !== undefined) this.checkQuery(changes.query);
    if (changes.name !== undefined) {
      const clash = this.store.findByName(changes.name);
      if (clash && clash.id !== id) throw new RouteError('SAVED_SEARCH_EXISTS', `There is already a saved search named “${clash.name}”.`);
    }
    return this.store.update(id, changes);
  }

  /** A new clip arrived (inside its transaction): record it, or its statements, in every watchlist it matches. */
  onClipped(articleId: string): void {
    const searches = this.store.list();
    if (searches.length === 0) return;
    const statementIds = this.db.prepare<[string], string>("SELECT id FROM statements WHERE article_id = ? AND status <> 'rejected'").pluck().all(articleId);
    for (const saved of searches) {
      const hits = saved.scope === 'articles' ? this.search.matching('articles', saved.query, [articleId]) : this.search.matching('statements', saved.query, statementIds);
      if (hits.length > 0) this.store.recordHits(saved.id, hits);
    }
  }

  private checkQuery(query: string): void {
    const parsed = tryParseQuery(query);
    if (!parsed.ok) throw new RouteError('INVALID_QUERY', `The query does not parse (at character ${parsed.error.position + 1}): ${parsed.error.message}`);
  }
}
