// The renderer's call() with an AbortSignal: over HTTP the fetch itself is given the signal and the call rejects
// as cancelled (not as an offline server); over the desktop bridge, which cannot take a message back, an answer
// that comes after the abort is dropped. The client module keeps its transport, so each case loads it afresh.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WireResponse } from '../../electron/api/wire';

/** The part of renderer/src/api/client.ts tested here. */
interface Client {
  call(route: string, input: unknown, signal?: AbortSignal): Promise<unknown>;
}

// The tests project does not compile renderer modules (tsconfig.tests.json), so the client is loaded by a path that
// the compiler does not follow; Vitest resolves it as any import.
const CLIENT = '../../renderer/src/api/client';

async function freshClient(window: object): Promise<Client> {
  vi.resetModules();
  vi.stubGlobal('window', window);
  return (await import(/* @vite-ignore */ CLIENT)) as Client;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The part of a browser window the HTTP transport reads (its address, the tab's storage, the history). */
function browserWindow(): object {
  const stored = new Map<string, string>();
  vi.stubGlobal('sessionStorage', { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => stored.set(k, v) });
  return { location: { href: 'http://127.0.0.1:5000/?token=t0k3n' }, history: { replaceState: () => undefined } };
}

/** A fetch that answers only when released, and rejects as a browser's does when its signal aborts. */
function heldFetch() {
  const seen: Array<{ url: string; signal: AbortSignal | undefined }> = [];
  let release: (() => void) | undefined;
  const fetch = vi.fn((url: string, init: RequestInit) => {
    const signal = init.signal ?? undefined;
    seen.push({ url, signal });
    return new Promise<Response>((resolve, reject) => {
      signal?.addEventListener('abort', () => reject(new DOMException('The user aborted a request.', 'AbortError')));
      release = () => resolve(new Response(JSON.stringify({ ok: true, result: [] })));
    });
  });
  return { fetch, seen, release: () => release?.() };
}

describe('call() over HTTP', () => {
  it('hands the signal to fetch, and an abort rejects the call as cancelled', async () => {
    const held = heldFetch();
    vi.stubGlobal('fetch', held.fetch);
    const client = await freshClient(browserWindow());
    const controller = new AbortController();
    const pending = client.call('savedSearches.list', {}, controller.signal);
    await vi.waitFor(() => expect(held.seen).toHaveLength(1));
    expect(held.seen[0]!.signal).toBe(controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('still answers a call that is not aborted, and tells an unreachable server apart from a cancelled call', async () => {
    const held = heldFetch();
    vi.stubGlobal('fetch', held.fetch);
    const client = await freshClient(browserWindow());
    const pending = client.call('savedSearches.list', {}, new AbortController().signal);
    await vi.waitFor(() => expect(held.seen).toHaveLength(1));
    held.release();
    await expect(pending).resolves.toEqual([]);

    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(client.call('savedSearches.list', {})).rejects.toMatchObject({ code: 'OFFLINE' });
  });
});

describe('call() over the desktop bridge', () => {
  function bridge() {
    const answers: Array<(response: WireResponse<unknown>) => void> = [];
    return {
      answers,
      window: {
        verbatim: {
          invoke: () => new Promise<WireResponse<unknown>>((resolve) => answers.push(resolve)),
          onEvent: () => () => undefined,
        },
      },
    };
  }

  it('drops an answer that comes after the abort', async () => {
    const ipc = bridge();
    const client = await freshClient(ipc.window);
    const controller = new AbortController();
    const pending = client.call('savedSearches.list', {}, controller.signal);
    controller.abort();
    ipc.answers[0]!({ ok: true, result: ['an older query’s answer'] });
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('gives the answer, or the route’s error, of a call that is not aborted', async () => {
    const ipc = bridge();
    const client = await freshClient(ipc.window);
    const answered = client.call('savedSearches.list', {}, new AbortController().signal);
    const failed = client.call('savedSearches.list', {});
    ipc.answers[0]!({ ok: true, result: [] });
    ipc.answers[1]!({ ok: false, error: { code: 'NOT_FOUND', message: 'No such search.' } });
    await expect(answered).resolves.toEqual([]);
    await expect(failed).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No such search.' });
  });

  it('does not send a call whose signal was aborted before it', async () => {
    const ipc = bridge();
    const client = await freshClient(ipc.window);
    const controller = new AbortController();
    controller.abort();
    await expect(client.call('savedSearches.list', {}, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(ipc.answers).toHaveLength(0);
  });
});
