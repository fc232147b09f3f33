import { ZodError } from 'zod';
import { LibraryError } from '../../db/errors';
import { LibraryBusyError } from '../../db/write-transaction';
import type { WireError } from './wire';

/** An error a route raises on purpose, with a stable code and a message meant for the person using the app. */
export class RouteError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RouteError';
  }
}

function describeZodError(err: ZodError): string {
  const issue = err.issues[0];
  if (!issue) return 'The request was not valid.';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

/**
 * What SQLite's own failures mean to the person using the app, by result code (better-sqlite3's SqliteError carries
 * it as `code`, extended codes included: SQLITE_CONSTRAINT_FOREIGNKEY, SQLITE_IOERR_WRITE…). The first entry whose
 * code is the error's, or a prefix of its extended code, applies. SQLite's message ("FOREIGN KEY constraint
 * failed", "database or disk is full") goes to the log, never to the screen: it names nothing the person can act on.
 * The codes are the library's own (db/errors.ts: DISK_FULL, LIBRARY_READ_ONLY, LIBRARY_LOCKED, LIBRARY_DAMAGED), so
 * a failure reads the same whether a store explained it or only this net caught it.
 */
const SQLITE_MEANINGS: ReadonlyArray<{ sqlite: string; code: string; message: string }> = [
  { sqlite: 'SQLITE_FULL', code: 'DISK_FULL', message: 'The disk is full: Verbatim could not save this change; nothing was lost, free some space and try again.' },
  {
    sqlite: 'SQLITE_READONLY',
    code: 'LIBRARY_READ_ONLY',
    message: 'The library cannot be written to here (the file, its folder or the disk is read-only): Verbatim could not save this change; nothing was lost.',
  },
  {
    sqlite: 'SQLITE_BUSY',
    code: 'LIBRARY_LOCKED',
    message: 'Another program is writing to the library (another Verbatim window, `verbatim serve` or an import) and did not finish in time: this change was not saved; try again in a moment.',
  },
  {
    sqlite: 'SQLITE_LOCKED',
    code: 'LIBRARY_LOCKED',
    message: 'The library is busy with another task of this Verbatim: this change was not saved; try again in a moment.',
  },
  {
    sqlite: 'SQLITE_CORRUPT',
    code: 'LIBRARY_DAMAGED',
    message: 'The library file is damaged: Verbatim did not save this change. Make a copy of the file before anything else, then restore it from a backup.',
  },
  {
    sqlite: 'SQLITE_NOTADB',
    code: 'LIBRARY_DAMAGED',
    message: 'The library file is damaged or was replaced by something that is not a library: Verbatim did not save this change. Restore it from a backup.',
  },
  {
    sqlite: 'SQLITE_IOERR',
    code: 'DISK_ERROR',
    message: 'The disk failed to read or write the library (it may have been removed or be failing): this change was not saved. Check the disk, then try again.',
  },
  {
    sqlite: 'SQLITE_CONSTRAINT_FOREIGNKEY',
    code: 'NOT_FOUND',
    message: 'Something this change refers to is no longer in the library (it may have been removed or merged, perhaps in another window); nothing was changed.',
  },
  { sqlite: 'SQLITE_CONSTRAINT_UNIQUE', code: 'CONFLICT', message: 'The library already has one of these with that name or address; nothing was changed.' },
  { sqlite: 'SQLITE_CONSTRAINT_PRIMARYKEY', code: 'CONFLICT', message: 'The library already has this; nothing was changed.' },
  { sqlite: 'SQLITE_CONSTRAINT', code: 'CONFLICT', message: 'This change does not fit with what is already in the library; nothing was changed.' },
];

function sqliteCode(err: unknown): string | undefined {
  if (!(err instanceof Error)) return undefined;
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/** What SQLite's failure means, or undefined when the error did not come from SQLite. */
export function sqliteMeaning(err: unknown): WireError | undefined {
  const code = sqliteCode(err);
  if (!code) return undefined;
  const meaning = SQLITE_MEANINGS.find((m) => code === m.sqlite || code.startsWith(`${m.sqlite}_`));
  return meaning ? { code: meaning.code, message: meaning.message } : undefined;
}

/** Where SQLite's own words go instead of the screen. Tests and the shells may point it elsewhere. */
let logFault: (message: string, err: unknown) => void = (message, err) => console.error(`verbatim: ${message}:`, err instanceof Error ? `${(err as { code?: string }).code ?? ''} ${err.message}` : err);

/** Points the fault log elsewhere; returns the one it replaced. */
export function setFaultLog(log: (message: string, err: unknown) => void): (message: string, err: unknown) => void {
  const previous = logFault;
  logFault = log;
  return previous;
}

/**
 * Turns anything thrown inside a route into `{ code, message }`. A failure of SQLite itself (a full disk, a read-only
 * or damaged library, another writer holding it) becomes a sentence with a stable code, its own message kept for the
 * log. Other unexpected errors are reported as INTERNAL with their message but never their stack, which stays in the
 * main process's log.
 */
export function toWireError(err: unknown): WireError {
  if (err instanceof RouteError || err instanceof LibraryError || err instanceof LibraryBusyError) return { code: err.code, message: err.message };
  if (err instanceof ZodError) return { code: 'INVALID_INPUT', message: describeZodError(err) };
  const meaning = sqliteMeaning(err);
  if (meaning) {
    logFault(`the library refused a change (${meaning.code})`, err);
    return meaning;
  }
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'INTERNAL', message: `Something went wrong inside Verbatim: ${message}` };
}
