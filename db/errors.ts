// Errors the library raises on purpose. Each carries a stable code that crosses the wire as-is
// and a message written for the person using the app.
export type LibraryErrorCode =
  | 'LIBRARY_FROM_FUTURE'
  | 'LIBRARY_NOT_SQLITE'
  | 'LIBRARY_UNOPENABLE'
  | 'LIBRARY_DAMAGED'
  | 'LIBRARY_LOCKED'
  | 'LIBRARY_READ_ONLY'
  | 'DISK_FULL'
  | 'NOT_FOUND'
  | 'CONFLICT';

export class LibraryError extends Error {
  constructor(
    readonly code: LibraryErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

/** An error better-sqlite3 raised, with SQLite's extended result code as a string (SQLITE_FULL, SQLITE_BUSY_SNAPSHOT…). */
export function sqliteCode(err: unknown): string | null {
  if (!(err instanceof Error)) return null;
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

/** The primary result code of an extended one: SQLITE_READONLY_DBMOVED → SQLITE_READONLY. */
function primary(code: string): string {
  const match = /^SQLITE_[A-Z]+/.exec(code);
  return match ? match[0] : code;
}

export function damagedMessage(file: string): string {
  return (
    `${file} is damaged (its database structure failed a check); Verbatim opened nothing and wrote nothing. ` +
    'Restore it from a backup, or copy the file somewhere safe and run `verbatim check` for details.'
  );
}

export function lockedMessage(file: string): string {
  return `${file} is locked by another program that is using it; Verbatim changed nothing. Try again when that program has finished with it (or close it).`;
}

export function diskFullMessage(file: string): string {
  return `The disk that holds ${file} is full: nothing was written, and everything already in the library is kept. Free some space and try again.`;
}

export function readOnlyMessage(file: string, why: string): string {
  return `${file} is read-only (${why}): Verbatim can show and search it but not change it. Make the file and its folder writable to clip, edit or import.`;
}

export interface FailureContext {
  /** Why the library is read-only, when it was opened so. */
  readOnlyWhy?: string | null | undefined;
  /** The library was found damaged after it opened (writes were stopped because of it). */
  damaged?: boolean | undefined;
  /** Also explain SQLITE_BUSY (for a reader that has nothing to retry); writers leave it to their wait-and-retry. */
  busy?: boolean | undefined;
}

/**
 * A write (or read) that failed for a reason the person can act on (a full disk, a read-only file, damage, and for
 * readers a lock), as a LibraryError with one sentence; null for anything else, which stays an internal error.
 */
export function explainWriteFailure(file: string, err: unknown, context: FailureContext = {}): LibraryError | null {
  if (err instanceof LibraryError) return err;
  const code = sqliteCode(err);
  if (!code) return null;
  switch (primary(code)) {
    case 'SQLITE_FULL':
      return new LibraryError('DISK_FULL', diskFullMessage(file));
    case 'SQLITE_READONLY':
      if (context.damaged) return new LibraryError('LIBRARY_DAMAGED', damagedMessage(file).replace('Verbatim opened nothing and wrote nothing', 'Verbatim stopped writing to it'));
      return new LibraryError('LIBRARY_READ_ONLY', readOnlyMessage(file, context.readOnlyWhy ?? 'the file, its folder or the disk does not allow writing'));
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return context.busy ? new LibraryError('LIBRARY_LOCKED', lockedMessage(file)) : null;
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return new LibraryError('LIBRARY_DAMAGED', damagedMessage(file));
    default:
      // SQLite reports a full disk (ENOSPC) as SQLITE_FULL itself; other I/O errors are not guessed at.
      return null;
  }
}
