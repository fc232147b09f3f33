import { RouteError } from '../api/errors';

/** Why an input could not be clipped; the message names the input and says what is wrong with it. */
export type ClipErrorCode =
  | 'EMPTY_INPUT'
  | 'BINARY_INPUT'
  | 'UNSUPPORTED_FILE'
  | 'TOO_LARGE'
  /** More pages (PDF), rows (clip log) or items (feed, digest, MIME parts) than one input may hold. */
  | 'TOO_MANY_PAGES'
  | 'TOO_MANY_ROWS'
  | 'TOO_MANY_ITEMS'
  /** Reading the input ran past the time one input may take (extraction/pool.ts). */
  | 'TOO_SLOW'
  | 'NO_ARTICLE'
  | 'MALFORMED'
  | 'ENCRYPTED'
  | 'NO_TEXT_LAYER'
  | 'OFFLINE'
  | 'FETCH_FAILED'
  | 'ZIP_BOMB';

export class ClipError extends RouteError {
  constructor(
    override readonly code: ClipErrorCode,
    message: string,
    /** The parser's own exception, when one was turned into this sentence: kept for the log, never shown. */
    override readonly cause?: unknown,
  ) {
    super(code, message);
    this.name = 'ClipError';
  }
}

/**
 * Where a parser's exception goes when it becomes a ClipError. Only the kinds that can also mean a bug (a
 * TypeError inside a parser, or in our own code under it) are logged; a parser's own verdict on damaged input
 * (pdf.js's InvalidPDFException, a zip reader's "invalid signature") is fully said by the sentence.
 */
let logInputFault: (message: string, cause: unknown) => void = (message, cause) => console.warn(`verbatim: ${message}`, cause);

export function setInputFaultLog(log: (message: string, cause: unknown) => void): void {
  logInputFault = log;
}

/**
 * Turns whatever a parser threw while reading an input into a ClipError with a sentence about the input; a
 * ClipError passes through as it is. `what` says what is wrong in words a reader of the input understands.
 */
export function inputFailure(err: unknown, code: ClipErrorCode, what: string): ClipError {
  if (err instanceof ClipError) return err;
  const error = new ClipError(code, what, err);
  if (err instanceof TypeError || err instanceof ReferenceError || err instanceof RangeError || !(err instanceof Error)) logInputFault(what, err);
  return error;
}

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
