// The renderer's one way to the main process. Inside Electron the preload's bridge carries calls over IPC; in a
// browser (`verbatim serve`) they go over HTTP with the run's token. Callers never know which.
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
  invoke(route: string, input: unknown): Promise<WireResponse<unknown>>;
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
    async invoke(route, input) {
      let response: Response;
      try {
        response = await fetch(`/api/${encodeURIComponent(route)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return { ok: false, error: { code: 'OFFLINE', message: 'Verbatim’s server is not answering. Is `verbatim serve` still running?' } };
      }
      try {
        return (await response.json()) as WireResponse<unknown>;
      } catch {
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

function ipcTransport(bridge: Bridge): Transport {
  return { kind: 'ipc', invoke: (route, input) => bridge.invoke(route, input), subscribe: (listener) => bridge.onEvent(listener) };
}

let transport: Transport | undefined;

function current(): Transport {
  transport ??= window.verbatim ? ipcTransport(window.verbatim) : httpTransport();
  return transport;
}

export async function call<N extends RouteName>(route: N, input: RouteInput<N>): Promise<RouteResult<N>> {
  const response = await current().invoke(route, input);
  if (!response.ok) throw new ApiError(response.error.code, response.error.message);
  return response.result as RouteResult<N>;
}

export function subscribe(listener: (event: AppEvent) => void): () => void {
  return current().subscribe(listener);
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
