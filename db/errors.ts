// Errors the library raises on purpose. Each carries a stable code that crosses the wire as-is
// and a message written for the person using the app.
export type LibraryErrorCode =
  | 'LIBRARY_FROM_FUTURE'
  | 'LIBRARY_NOT_SQLITE'
  | 'LIBRARY_UNOPENABLE'
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
