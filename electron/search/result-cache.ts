// What a search learns about a whole result set (its total and its facet counts) kept for the next request of the
// same query: the list asks for page after page while the person scrolls, and goes back to earlier queries, and none
// of that should count 100,000 hits again. Everything is dropped as soon as the library changes in any way.
import type { Database } from 'better-sqlite3';
import type { SearchFacets } from '../api/types';

export interface ResultSummary {
  total: number;
  /** Null until a request asked for facets. */
  facets: SearchFacets | null;
}

/** Few entries: one per query the person typed recently. */
const CAPACITY = 16;

export class ResultCache {
  private readonly entries = new Map<string, ResultSummary>();
  /** The library's state when the entries were last known good (see version()). */
  private sealedAt: string | null = null;

  private readonly ownChanges;

  constructor(private readonly db: Database) {
    this.ownChanges = db.prepare<[], number>('SELECT total_changes()').pluck();
  }

  /**
   * A token that changes with every write: `data_version` moves when another connection commits, `total_changes()`
   * with every row this connection writes (trigger writes and our own temporary tables included, which only costs an
   * unneeded recount).
   */
  private version(): string {
    const other = this.db.pragma('data_version', { simple: true }) as number;
    const own = this.ownChanges.get() ?? 0;
    return `${other}:${own}`;
  }

  /** Forgets everything if anything was written since the last seal(); call before reading. True when it did. */
  check(): boolean {
    if (this.sealedAt === this.version()) return false;
    this.entries.clear();
    return true;
  }

  /** Marks the current state as the one the entries describe; call after the search's own writes. */
  seal(): void {
    this.sealedAt = this.version();
  }

  get(key: string): ResultSummary | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      // Most recently used last, so that the oldest is the first key.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, summary: ResultSummary): void {
    this.entries.delete(key);
    this.entries.set(key, summary);
    while (this.entries.size > CAPACITY) this.entries.delete(this.entries.keys().next().value as string);
  }

  clear(): void {
    this.entries.clear();
  }
}
