import { RouteError } from '../api/errors';

/** Why an input could not be clipped; the message names the input and says what is wrong with it. */
export type ClipErrorCode =
  | 'EMPTY_INPUT'
  | 'BINARY_INPUT'
  | 'UNSUPPORTED_FILE'
  | 'TOO_LARGE'
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
  ) {
    super(code, message);
    this.name = 'ClipError';
  }
}

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
