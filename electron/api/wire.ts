// What crosses a transport (IPC or HTTP) for every call: a result, or an error as `{ code, message }`.
export interface WireError {
  code: string;
  message: string;
}

export type WireResponse<T> = { ok: true; result: T } | { ok: false; error: WireError };

import type { JobInfo } from './types';

/** Events the main process pushes to every window (IPC) or browser tab (server-sent events). */
export type AppEvent =
  | {
      type: 'library.changed';
      /** Which articles changed, when known; the UI refreshes its lists either way. */
      ids?: string[];
    }
  | { type: 'job.updated'; job: JobInfo };
