// The renderer's one way to the main process. Inside Electron the preload's bridge carries calls over IPC; in a
// browser (`verbatim serve`) they go over HTTP with the run's token. Callers never know which. A call can be given
// an AbortSignal (TanStack Query hands one to every queryFn): over HTTP the request itself is cancelled; over IPC,
// which cannot take a message back, the answer is dropped, so that an older query's answer never reaches the page.
import type { RouteInput, RouteName, RouteResult } from '../../../electron/api/contract';
import type { AppEvent, WireError, WireResponse } from '../../../electron/api/wire';

interface Bridge {
  invoke(route: string, input: unknown): Promise<WireResponse<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}

declare global {
  interface Window {
    verbatim?: Bridge;
  }
}

export class ApiError extends Error implements WireError {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface Transport {
  invoke(route: string, input: unknown, signal?: AbortSignal): Promise<WireResponse<unknown>>;
  subscribe(listener: (event: AppEvent) => void): () => void;
  kind: 'ipc' | 'http';
}

const TOKEN_KEY = 'verbatim.token';

/** The token arrives once in the address (?token=…); it is kept for the tab's life and taken out of the address bar. */
function httpToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(): Transport {
  const token = httpToken();
  return {
    kind: 'http',
    async invoke(route, input, signal) {
      let response: Response;
      try {
        response = await fetch(`/api/${encodeURIComponent(route)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
          ...(signal && { signal }),
        });
      } catch {
        // A cancelled call is not the server's silence.
        if (signal?.aborted) throw abortReason(signal);
        return { ok: false, error: { code: 'OFFLINE', message: 'Verbatim’s server is not answering. Is `verbatim serve` still running?' } };
      }
      try {
        return (await response.json()) as WireResponse<unknown>;
      } catch {
        if (signal?.aborted) throw abortReason(signal);
        return { ok: false, error: { code: 'BAD_RESPONSE', message: `The server answered ${response.status} without a readable body.` } };
      }
    },
    subscribe(listener) {
      const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      source.onmessage = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as AppEvent);
      return () => source.close();
    },
  };
}

/** The reason a signal was aborted with, as an error (TanStack Query and fetch give a DOMException named AbortError). */
function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('The call was cancelled.', 'AbortError');
}

/** Settles as the promise does, or rejects as soon as the signal aborts, whichever comes first. */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}

function ipcTransport(bridge: Bridge): Transport {
  return {
    kind: 'ipc',
    // A call cancelled before it leaves is not sent at all.
    invoke: (route, input, signal) => (signal?.aborted ? Promise.reject(abortReason(signal)) : unlessAborted(bridge.invoke(route, input), signal)),
    subscribe: (listener) => bridge.onEvent(listener),
  };
}

let transport: Transport | undefined;

function current(): Transport {
  transport ??= window.verbatim ? ipcTransport(window.verbatim) : httpTransport();
  return transport;
}

/** Calls a route; with a signal, aborting it cancels the call (its promise rejects with the signal's reason). */
export async function call<N extends RouteName>(route: N, input: RouteInput<N>, signal?: AbortSignal): Promise<RouteResult<N>> {
  const response = await current().invoke(route, input, signal);
  if (!response.ok) throw new ApiError(response.error.code, response.error.message);
  return response.result as RouteResult<N>;
}

export function subscribe(listener: (event: AppEvent) => void): () => void {
  return current().subscribe(listener);
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
