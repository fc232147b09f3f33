import type { Database } from 'better-sqlite3';
import { nowIso } from './time';

/** Settings that belong to the library (shared with whoever opens it), stored as JSON. */
export class SettingsStore {
  constructor(private readonly db: Database) {}

  get<T>(key: string, fallback: T): T {
    const raw = this.db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck().get(key);
    if (raw === undefined) return fallback;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return fallback;
    }
  }

  set(key: string, value: unknown): void {
    this.db
      .prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at')
      .run(key, JSON.stringify(value), nowIso());
  }
}
