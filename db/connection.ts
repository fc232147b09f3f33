import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { LibraryError } from './errors';
import { assertNotFromFuture, migrate, schemaVersion } from './migrate';

export interface OpenLibraryOptions {
  /** Path to a better_sqlite3.node built for another ABI (Electron's), when not the one in node_modules. */
  nativeBinding?: string | undefined;
  /** Stop at this schema version (tests of older libraries); defaults to the latest. */
  upTo?: number;
}

export interface Library {
  readonly db: Database;
  readonly path: string;
  /** The better-sqlite3 binding it was opened with, when not the one in node_modules (Electron's). */
  readonly nativeBinding?: string | undefined;
  close(): void;
}

function isSqliteError(err: unknown): err is Error & { code: string } {
  return err instanceof Error && typeof (err as { code?: unknown }).code === 'string';
}

function explainOpenFailure(file: string, err: unknown): never {
  if (err instanceof LibraryError) throw err;
  if (isSqliteError(err) && (err.code === 'SQLITE_NOTADB' || err.code === 'SQLITE_CORRUPT')) {
    throw new LibraryError('LIBRARY_NOT_SQLITE', `${file} is not a Verbatim library (it is not an SQLite database); it was left untouched.`);
  }
  const reason = err instanceof Error ? err.message : String(err);
  throw new LibraryError('LIBRARY_UNOPENABLE', `Cannot open the library ${file}: ${reason}`);
}

/**
 * Looks at an existing file without writing to it, so that a library from a newer version of Verbatim or a file
 * that is not a library at all is refused before anything (even the WAL switch) touches it.
 */
function inspectExisting(file: string, nativeBinding: string | undefined): void {
  let probe: Database | undefined;
  try {
    probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding });
    assertNotFromFuture(schemaVersion(probe), file);
  } catch (err) {
    explainOpenFailure(file, err);
  } finally {
    probe?.close();
  }
}

/** Up to 2 GiB of the library mapped into memory (address space, not RAM: the OS pages it in and out). */
export const MMAP_BYTES = 2 * 1024 ** 3;
/** 64 MiB of page cache. */
export const CACHE_KIB = 64 * 1024;

export function openLibrary(file: string, options: OpenLibraryOptions = {}): Library {
  const resolved = file === ':memory:' ? file : path.resolve(file);
  if (resolved !== ':memory:') {
    if (fs.existsSync(resolved)) {
      if (fs.statSync(resolved).size > 0) inspectExisting(resolved, options.nativeBinding);
    } else {
      fs.mkdirSync(path.dirname(resolved), { recursive: true });
    }
  }
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(resolved, { nativeBinding: options.nativeBinding });
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    // A search looks up thousands of scattered rows: reading them through a memory map saves a copy and a system
    // call per page, and a larger page cache keeps the indexes' upper levels and the hot rows in memory.
    db.pragma(`mmap_size = ${MMAP_BYTES}`);
    db.pragma(`cache_size = -${CACHE_KIB}`);
    migrate(db, resolved, options.upTo);
  } catch (err) {
    db?.close();
    explainOpenFailure(resolved, err);
  }
  const opened = db;
  return {
    db: opened,
    path: resolved,
    nativeBinding: options.nativeBinding,
    close: () => {
      if (opened.open) opened.close();
    },
  };
}
