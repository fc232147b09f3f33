// Writing to a library that another process writes to as well: the desktop app or `verbatim serve` while a
// `verbatim import` runs. SQLite lets one writer at a time in; this module makes each writer wait its turn instead
// of failing with "database is locked".
//
// Two things go wrong without it. A transaction begun DEFERRED (better-sqlite3's default) reads first and asks for
// the write lock only at its first write; if another process committed in between, its snapshot is stale and SQLite
// answers SQLITE_BUSY (SQLITE_BUSY_SNAPSHOT) at once, without calling the busy handler, so busy_timeout never helps.
// Begun IMMEDIATE, the transaction takes the write lock before reading anything, and waiting for it is exactly what
// busy_timeout does. And a wait longer than busy_timeout (the other writer holds a long transaction) still ends in
// SQLITE_BUSY: then the whole step is tried again, with backoff, for a bounded time, and after that the person is
// told which process holds the library.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';

/** How long a synchronous write (a route's change) keeps trying: it blocks its thread while it waits. */
export const SYNC_BUSY_BUDGET_MS = 10_000;
/** How long a step of a batch (one input of an import) keeps trying: it waits without blocking. */
export const ASYNC_BUSY_BUDGET_MS = 60_000;

export interface BusyRetryOptions {
  /** Give up after this long (milliseconds) of the library being busy. */
  budgetMs?: number;
}

/** The library stayed locked by another process for longer than Verbatim waits; nothing of the step was saved. */
export class LibraryBusyError extends Error {
  /** The code the library uses for a library another program holds (db/errors.ts). */
  readonly code = 'LIBRARY_LOCKED';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LibraryBusyError';
  }
}

/** SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_RECOVERY, SQLITE_BUSY_TIMEOUT). */
export function isBusy(err: unknown): boolean {
  const code = err instanceof Error ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_'));
}

/** The pause before attempt `attempt + 1`: doubling from 20 ms to 1 s, with jitter so that two writers that
 * collided do not collide again in step. */
function backoff(attempt: number): number {
  const base = Math.min(1000, 20 * 2 ** attempt);
  return base / 2 + Math.random() * (base / 2);
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/**
 * Runs `fn` in one write transaction begun IMMEDIATE, trying the whole of it again while another process holds the
 * library's write lock, for up to `budgetMs`. Inside a transaction already open on this connection, `fn` runs as a
 * savepoint of it: the outer transaction holds the lock, and it is the outer one that is retried.
 */
export function writeTransaction<T>(db: Database, fn: () => T, options: BusyRetryOptions = {}): T {
  if (db.inTransaction) return db.transaction(fn)();
  const budget = options.budgetMs ?? SYNC_BUSY_BUDGET_MS;
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return db.transaction(fn).immediate();
    } catch (err) {
      if (!isBusy(err)) throw err;
      const left = budget - (Date.now() - started);
      if (left <= 0) throw busyError(db, Date.now() - started, err);
      sleepSync(Math.min(left, backoff(attempt)));
    }
  }
}

/**
 * Runs a step (which opens its own write transaction) and, while it fails because the library is busy, runs it
 * again after a pause, for up to `budgetMs`. The step must be all or nothing (one transaction): a busy failure
 * rolled it back, so running it again cannot store anything twice.
 */
export async function retryWhileBusy<T>(db: Database, step: () => T | Promise<T>, options: BusyRetryOptions = {}): Promise<T> {
  const budget = options.budgetMs ?? ASYNC_BUSY_BUDGET_MS;
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await step();
    } catch (err) {
      const busy = err instanceof LibraryBusyError || isBusy(err);
      if (!busy) throw err;
      const left = budget - (Date.now() - started);
      if (left <= 0) throw err instanceof LibraryBusyError ? busyError(db, Date.now() - started, err.cause ?? err) : busyError(db, Date.now() - started, err);
      await new Promise((resolve) => setTimeout(resolve, Math.min(left, backoff(attempt))));
    }
  }
}

function busyError(db: Database, waitedMs: number, cause: unknown): LibraryBusyError {
  const file = db.name;
  const seconds = Math.max(1, Math.round(waitedMs / 1000));
  const holders = otherProcessesUsing(file);
  const who =
    holders.length > 0
      ? `another process kept it locked for ${seconds} s: ${holders.map((h) => `process ${h.pid} (${h.command})`).join(', ')}`
      : `another program kept it locked for ${seconds} s (another Verbatim window, \`verbatim serve\`, or a \`verbatim import\` or \`verbatim feeds poll\`)`;
  return new LibraryBusyError(`The library ${file} is busy: ${who}. Nothing of this step was saved; try again when that has finished.`, { cause });
}

interface Holder {
  pid: number;
  command: string;
}

/**
 * Which other processes have the library (or its -wal or -shm file) open, on Linux where /proc says so; elsewhere
 * (or when /proc cannot be read) none are named, and the message says who usually holds a library.
 */
export function otherProcessesUsing(file: string): Holder[] {
  if (process.platform !== 'linux' || file === ':memory:' || file === '') return [];
  const targets = new Set([file, `${file}-wal`, `${file}-shm`].map((f) => path.resolve(f)));
  const holders: Holder[] = [];
  let pids: string[];
  try {
    pids = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid);
  } catch {
    return [];
  }
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // another user's process, or one that has just ended
    }
    const holds = fds.some((fd) => {
      try {
        return targets.has(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
      } catch {
        return false;
      }
    });
    if (!holds) continue;
    let command = '';
    try {
      command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
    } catch {
      // ended meanwhile
    }
    holders.push({ pid: Number(pid), command: command.length > 120 ? `${command.slice(0, 119)}…` : command || 'unknown command' });
    if (holders.length >= 5) break;
  }
  return holders;
}
