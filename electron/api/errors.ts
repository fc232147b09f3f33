import { ZodError } from 'zod';
import { LibraryError } from '../../db/errors';
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
 * Turns anything thrown inside a route into `{ code, message }`. Unexpected errors are reported as INTERNAL with
 * their message but never their stack, which stays in the main process's log.
 */
export function toWireError(err: unknown): WireError {
  if (err instanceof RouteError || err instanceof LibraryError) return { code: err.code, message: err.message };
  if (err instanceof ZodError) return { code: 'INVALID_INPUT', message: describeZodError(err) };
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'INTERNAL', message: `Something went wrong inside Verbatim: ${message}` };
}
