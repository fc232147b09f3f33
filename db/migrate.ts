import type { Database } from 'better-sqlite3';
import { LibraryError } from './errors';
import { bundledMigrations, type Migration } from './migrations';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function latestSchemaVersion(list: readonly Migration[] = bundledMigrations()): number {
  return list.length;
}

export function assertNotFromFuture(version: number, path: string, latest = latestSchemaVersion()): void {
  if (version > latest) {
    throw new LibraryError(
      'LIBRARY_FROM_FUTURE',
      `The library ${path} was written by a newer version of Verbatim (schema ${version}; this version knows up to ${latest}). ` +
        'Update Verbatim to open it; the file was left untouched.',
    );
  }
}

/**
 * Brings the library up to the latest schema (or to `upTo`, for tests that need an older library). All pending
 * migrations run in one transaction, so a failure leaves the library exactly as it was.
 */
export function migrate(db: Database, path: string, upTo?: number, list: readonly Migration[] = bundledMigrations()): number {
  const current = schemaVersion(db);
  assertNotFromFuture(current, path, list.length);
  const target = upTo ?? list.length;
  const pending = list.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return current;
  const apply = db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
  });
  apply.immediate();
  return schemaVersion(db);
}
