// Fetching an article's page when the machine is online: a time limit, a size cap read as the body streams in,
// at most five redirects (each one checked to be http or https), and errors that say what went wrong in words:
// offline, no such host, refused, timed out, or what the server answered.
import { ClipError, megabytes } from './errors';

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Conditional request headers from a previous fetch (feeds). */
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
}

export interface FetchedPage {
  url: string;
  status: number;
  contentType: string | undefined;
  bytes: Uint8Array;
  etag: string | null;
  lastModified: string | null;
  notModified: boolean;
}

const USER_AGENT = 'Mozilla/5.0 (compatible; Verbatim/0.1; +offline media monitoring)';

export function parseWebUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ClipError('FETCH_FAILED', `“${raw}” is not a web address; it should start with http:// or https://.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ClipError('FETCH_FAILED', `${url.protocol.replace(':', '')} addresses cannot be clipped; only http and https.`);
  }
  return url;
}

function explainNetworkError(url: URL, err: unknown, timeoutMs: number): ClipError {
  const cause = (err as { cause?: { code?: string } }).cause;
  const code = cause?.code ?? (err as { code?: string }).code;
  const host = url.host;
  if ((err as Error).name === 'TimeoutError') return new ClipError('FETCH_FAILED', `${host} did not answer within ${Math.round(timeoutMs / 1000)} s.`);
  if ((err as Error).name === 'AbortError') return new ClipError('FETCH_FAILED', `Fetching ${host} was cancelled.`);
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new ClipError('OFFLINE', `Cannot find ${host}: this computer seems to be offline, or the address is wrong. Paste the article’s text instead, or try again when online.`);
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return new ClipError('OFFLINE', `Cannot reach ${host}: this computer seems to be offline.`);
    case 'ECONNREFUSED':
      return new ClipError('FETCH_FAILED', `${host} refused the connection.`);
    case 'ECONNRESET':
      return new ClipError('FETCH_FAILED', `${host} closed the connection before answering.`);
    default:
      return new ClipError('FETCH_FAILED', `Could not fetch ${url.toString()}: ${cause && 'message' in cause ? String((cause as Error).message) : (err as Error).message}.`);
  }
}

async function readCapped(response: Response, maxBytes: number, url: URL): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new ClipError('TOO_LARGE', `${url.host} sent ${megabytes(declared)}, more than the ${megabytes(maxBytes)} a page may be.`);
  }
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw new ClipError('TOO_LARGE', `${url.host} sent more than the ${megabytes(maxBytes)} a page may be.`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

export async function fetchPage(raw: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  let url = parseWebUrl(raw);
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;

  for (let hop = 0; ; hop++) {
    let response: Response;
    try {
      response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: {
          'User-Agent': USER_AGENT,
          Accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5',
          ...(options.etag && { 'If-None-Match': options.etag }),
          ...(options.lastModified && { 'If-Modified-Since': options.lastModified }),
        },
      });
    } catch (err) {
      throw explainNetworkError(url, err, timeoutMs);
    }
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      const location = response.headers.get('location');
      await response.body?.cancel();
      if (!location) throw new ClipError('FETCH_FAILED', `${url.host} answered ${response.status} without saying where to go.`);
      if (hop >= maxRedirects) throw new ClipError('FETCH_FAILED', `${raw} redirects more than ${maxRedirects} times.`);
      url = parseWebUrl(new URL(location, url).toString());
      continue;
    }
    const base = {
      url: url.toString(),
      status: response.status,
      contentType: response.headers.get('content-type') ?? undefined,
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    };
    if (response.status === 304) return { ...base, bytes: new Uint8Array(), notModified: true };
    if (!response.ok) {
      await response.body?.cancel();
      throw new ClipError('FETCH_FAILED', `${url.host} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url.pathname}.`);
    }
    try {
      return { ...base, bytes: await readCapped(response, maxBytes, url), notModified: false };
    } catch (err) {
      if (err instanceof ClipError) throw err;
      throw explainNetworkError(url, err, timeoutMs);
    }
  }
}
