import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { damagedMessage, explainWriteFailure, LibraryError, lockedMessage, sqliteCode } from './errors';
import { assertNotFromFuture, latestSchemaVersion, migrate, schemaVersion } from './migrate';

export interface OpenLibraryOptions {
  /** Path to a better_sqlite3.node built for another ABI (Electron's), when not the one in node_modules. */
  nativeBinding?: string | undefined;
  /** Stop at this schema version (tests of older libraries); defaults to the latest. */
  upTo?: number;
  /**
   * Open without writing anything, as if the file could not be written: for a caller that only reads, and for tests
   * run as root (where chmod 0444 does not stop a write). A file or folder that cannot be written is opened so anyway.
   */
  readonly?: boolean;
  /** Libraries up to this many bytes are checked (PRAGMA quick_check) before they are opened; larger ones in the
   * background right after (see QUICK_CHECK_INLINE_BYTES). */
  checkInlineUpTo?: number;
}

/** The result of the structure check: 'checking' while a large library is checked in the background. */
export type LibraryHealth = 'ok' | 'checking' | 'damaged';

export interface Library {
  readonly db: Database;
  readonly path: string;
  /** The better-sqlite3 binding it was opened with, when not the one in node_modules (Electron's). */
  readonly nativeBinding?: string | undefined;
  /** Null when the library can be written; otherwise why it was opened read-only ("the file is not writable"). */
  readonly readOnly: string | null;
  /** What the structure check found so far. */
  health(): LibraryHealth;
  /** Settles when the structure check has finished ('ok' or 'damaged'). */
  readonly checked: Promise<LibraryHealth>;
  close(): void;
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');

/** What the first bytes of a file say it is: an SQLite database (or the start of one, when it was cut short), a
 * file whose header was blanked (zeros where the header was: a damaged library, not some other file), or other. */
function headerKind(file: string): 'sqlite' | 'blank' | 'other' {
  const head = Buffer.alloc(100);
  let read: number;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      read = fs.readSync(fd, head, 0, head.length, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return 'other';
  }
  if (read === 0) return 'other';
  const seen = head.subarray(0, Math.min(read, SQLITE_MAGIC.length));
  if (seen.equals(SQLITE_MAGIC.subarray(0, seen.length))) return 'sqlite';
  if (read === head.length && head.every((b) => b === 0) && fs.statSync(file).size >= 1024) return 'blank';
  return 'other';
}

function explainOpenFailure(file: string, err: unknown): never {
  if (err instanceof LibraryError) throw err;
  const code = sqliteCode(err) ?? '';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) throw new LibraryError('LIBRARY_LOCKED', lockedMessage(file));
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) {
    // An SQLite header (or a blanked one) that SQLite cannot read past is a damaged library, not a foreign file.
    if (fs.existsSync(file) && headerKind(file) !== 'other') throw new LibraryError('LIBRARY_DAMAGED', damagedMessage(file));
    throw new LibraryError('LIBRARY_NOT_SQLITE', `${file} is not a Verbatim library (it is not an SQLite database); it was left untouched.`);
  }
  if (code.startsWith('SQLITE_CANTOPEN') && fs.existsSync(file) && whyNotWritable(file) !== null) {
    // SQLite reads a WAL library only beside its shared-memory file (library.db-shm), which a read-only disk or
    // folder cannot take when it is not already there.
    throw new LibraryError(
      'LIBRARY_READ_ONLY',
      `${file} is on a read-only disk or in a read-only folder, where it cannot even be read (SQLite needs to create ${path.basename(file)}-shm beside it); copy it to a writable folder and open the copy.`,
    );
  }
  const reason = err instanceof Error ? err.message : String(err);
  throw new LibraryError('LIBRARY_UNOPENABLE', `Cannot open the library ${file}: ${reason}`);
}

/** Why an existing library cannot be written (the file, its folder, or the disk), or null when it can. */
function whyNotWritable(file: string): string | null {
  // The folder matters too: a WAL library writes library.db-wal and library.db-shm beside itself.
  const checks: Array<[string, string]> = [
    [file, 'the file is not writable'],
    [path.dirname(file), 'its folder is not writable'],
  ];
  for (const [target, why] of checks) {
    try {
      fs.accessSync(target, fs.constants.W_OK);
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'EROFS' ? 'it is on a read-only disk' : why;
    }
  }
  return null;
}

/** The problems PRAGMA quick_check reports (empty when it says ok); SQLITE_CORRUPT on the way counts as one. */
function quickCheck(db: Database, limit = 10): string[] {
  const rows = db.pragma(`quick_check(${limit})`) as Array<{ quick_check: string }>;
  return rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
}

/**
 * Looks at an existing file without writing to it, so that a damaged library, a library from a newer version of
 * Verbatim or a file that is not a library at all is refused before anything (even the WAL switch) touches it.
 * Returns the schema version it found.
 */
function inspectExisting(file: string, nativeBinding: string | undefined, check: (version: number) => boolean): { version: number; checked: boolean } {
  let probe: Database | undefined;
  let version = 0;
  let checked = false;
  try {
    probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding });
    version = schemaVersion(probe);
    assertNotFromFuture(version, file);
    checked = check(version);
    if (checked && quickCheck(probe).length > 0) throw new LibraryError('LIBRARY_DAMAGED', damagedMessage(file));
  } catch (err) {
    explainOpenFailure(file, err);
  } finally {
    probe?.close();
  }
  return { version, checked };
}

/** Up to 2 GiB of the library mapped into memory (address space, not RAM: the OS pages it in and out). */
export const MMAP_BYTES = 2 * 1024 ** 3;
/** 64 MiB of page cache. */
export const CACHE_KIB = 64 * 1024;

/**
 * PRAGMA quick_check reads every page and checks every b-tree. Measured on the 3.46 GB library `npm run bench:search
 * -- --keep` builds (2 cores, a machine with a load average of 11 from other work): 33–40 s with the file in the page
 * cache (9.6–11.4 s per GB), 62 s cold (18 s per GB). That cannot run at every start of the app or every CLI search
 * of such a library. Up to 128 MiB (about 7,000 clips; under 1.5 s at those rates, much less on an idle machine) it
 * runs before the library opens, so a damaged one is never opened, let alone written. Above, it runs in a worker
 * thread right after the open: the library is usable at once, and if the check fails every further write is stopped
 * (PRAGMA query_only) and the library reports itself damaged. A library about to be migrated is always checked
 * first, and `verbatim check` runs the full integrity_check on demand.
 */
export const QUICK_CHECK_INLINE_BYTES = 128 * 1024 ** 2;

/** quick_check in a worker thread with its own read-only connection. Plain JavaScript, evaluated, so that it runs
 * the same from the sources (tests), the bundle and Electron (as parallel-rank.ts does). */
const CHECK_WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
let problems;
try {
  const Database = require(workerData.module);
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true, nativeBinding: workerData.nativeBinding });
  try {
    problems = db.pragma('quick_check(10)').map((r) => r.quick_check).filter((r) => r !== 'ok');
  } finally {
    db.close();
  }
} catch (err) {
  const code = err && typeof err.code === 'string' ? err.code : '';
  // Damage found on the way is damage; anything else (the file busy, say) proves nothing either way.
  problems = code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB') ? [String(err.message)] : [];
}
parentPort.postMessage(problems);
`;

function checkInBackground(file: string, nativeBinding: string | undefined): Promise<string[]> {
  return new Promise((resolve) => {
    try {
      const module = createRequire(import.meta.url).resolve('better-sqlite3');
      const worker = new Worker(CHECK_WORKER, { eval: true, workerData: { module, file, nativeBinding } });
      // A check must never keep a CLI run alive after its work is done.
      worker.unref();
      worker.once('message', (problems: string[]) => resolve(problems));
      worker.once('error', () => resolve([]));
      worker.once('exit', () => resolve([]));
    } catch {
      resolve([]);
    }
  });
}

type Begin = Database['transaction'];

/**
 * Makes every transaction on the library turn a write that failed for a reason the person can act on (a full disk,
 * a read-only file, damage found after the open) into one sentence (a LibraryError), wherever in the app it began.
 * In WAL mode the pages reach the disk at COMMIT, outside any one store's statements, so the transaction is the one
 * place that sees every such failure. SQLITE_BUSY is left as it is, for the callers that wait and retry.
 */
function explainFailedWrites(db: Database, file: string, context: () => { readOnlyWhy: string | null; damaged: boolean }): void {
  const begin: Begin = db.transaction.bind(db);
  const explained =
    <A extends unknown[], R>(run: (...args: A) => R) =>
    (...args: A): R => {
      try {
        return run(...args);
      } catch (err) {
        throw explainWriteFailure(file, err, context()) ?? err;
      }
    };
  const wrapped = ((fn: Parameters<Begin>[0]) => {
    const t = begin(fn);
    return Object.assign(explained(t), { default: explained(t.default), deferred: explained(t.deferred), immediate: explained(t.immediate), exclusive: explained(t.exclusive) });
  }) as Begin;
  db.transaction = wrapped;
}

export function openLibrary(file: string, options: OpenLibraryOptions = {}): Library {
  const resolved = file === ':memory:' ? file : path.resolve(file);
  const inlineUpTo = options.checkInlineUpTo ?? QUICK_CHECK_INLINE_BYTES;
  let readOnly: string | null = null;
  let size = 0;
  let checkedAtOpen = true;
  if (resolved !== ':memory:') {
    if (fs.existsSync(resolved)) {
      size = fs.statSync(resolved).size;
      readOnly = options.readonly ? 'opened read-only' : whyNotWritable(resolved);
      if (size > 0) {
        const target = options.upTo ?? latestSchemaVersion();
        // A library about to be migrated is checked first whatever its size: a migration rewrites much of it.
        const inspected = inspectExisting(resolved, options.nativeBinding, (found) => size <= inlineUpTo || found < target);
        const version = inspected.version;
        checkedAtOpen = inspected.checked;
        if (readOnly !== null && version < target) {
          throw new LibraryError(
            'LIBRARY_READ_ONLY',
            `${resolved} is read-only (${readOnly}) and was written by an older version of Verbatim (schema ${version}; this version needs ${target}): ` +
              'make it writable so that Verbatim can upgrade it; nothing was changed.',
          );
        }
      } else if (readOnly !== null) {
        throw new LibraryError('LIBRARY_READ_ONLY', `${resolved} is an empty file that cannot be written (${readOnly}), so Verbatim cannot make a library of it.`);
      }
    } else if (options.readonly) {
      throw new LibraryError('LIBRARY_UNOPENABLE', `Cannot open the library ${resolved} read-only: there is no such file.`);
    } else {
      fs.mkdirSync(path.dirname(resolved), { recursive: true });
    }
  }
  let db: Database | undefined;
  try {
    if (readOnly !== null) {
      // Nothing is written: no WAL switch, no migration (the schema is current, checked above).
      db = new BetterSqlite3(resolved, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      db.pragma(`mmap_size = ${MMAP_BYTES}`);
      db.pragma(`cache_size = -${CACHE_KIB}`);
    } else {
      db = new BetterSqlite3(resolved, { nativeBinding: options.nativeBinding });
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      // FULL syncs the write-ahead log at every commit, so that a clip or a correction Verbatim said it saved
      // survives a power cut (NORMAL keeps the library consistent but can lose the last commits). Measured by
      // `npm run bench:durability`: no difference to within noise on this machine's disk for a pasted clip.
      db.pragma('synchronous = FULL');
      // A search looks up thousands of scattered rows: reading them through a memory map saves a copy and a system
      // call per page, and a larger page cache keeps the indexes' upper levels and the hot rows in memory.
      db.pragma(`mmap_size = ${MMAP_BYTES}`);
      db.pragma(`cache_size = -${CACHE_KIB}`);
      migrate(db, resolved, options.upTo);
    }
  } catch (err) {
    db?.close();
    explainOpenFailure(resolved, err);
  }
  const opened = db;
  let health: LibraryHealth = 'ok';
  let checked: Promise<LibraryHealth> = Promise.resolve('ok');
  if (!checkedAtOpen) {
    health = 'checking';
    checked = checkInBackground(resolved, options.nativeBinding).then((problems) => {
      health = problems.length > 0 ? 'damaged' : 'ok';
      // Reads may go on (the person can still copy what is readable out); writes stop, so damage is not spread.
      if (health === 'damaged' && opened.open) opened.pragma('query_only = ON');
      return health;
    });
  }
  explainFailedWrites(opened, resolved, () => ({ readOnlyWhy: readOnly, damaged: health === 'damaged' }));
  return {
    db: opened,
    path: resolved,
    nativeBinding: options.nativeBinding,
    readOnly,
    health: () => health,
    checked,
    close: () => {
      if (opened.open) opened.close();
    },
  };
}

/**
 * Opens a library for `verbatim check`: read-only, whatever state it is in (damaged, older, newer), with no
 * migration and no check of its own, so the check can report what is wrong.
 */
export function openForCheck(file: string, nativeBinding?: string): Database {
  const resolved = path.resolve(file);
  if (!fs.existsSync(resolved)) throw new LibraryError('LIBRARY_UNOPENABLE', `Cannot check ${resolved}: there is no such file.`);
  try {
    const db = new BetterSqlite3(resolved, { readonly: true, fileMustExist: true, nativeBinding });
    // Reading the schema here surfaces a file that is not a database at all, or one locked by another program.
    schemaVersion(db);
    return db;
  } catch (err) {
    explainOpenFailure(resolved, err);
  }
}
