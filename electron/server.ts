// Browser mode: the same route table as IPC, over HTTP on the loopback interface only. Every API request must
// carry this run's random token, and requests from another origin (or through a rebound DNS name) are refused.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { dispatch, type Logger } from './api/dispatch';
import type { EventHub } from './api/events';
import type { RouteTable } from './api/routes';
import type { WireResponse } from './api/wire';
import { CONTENT_SECURITY_POLICY } from './security';

export interface ServerOptions {
  table: RouteTable;
  events: EventHub;
  /** The built UI to serve; without it only the API answers. */
  staticDir?: string | undefined;
  port?: number;
  token?: string;
  log?: Logger;
}

export interface RunningServer {
  /** The address to open, with the token: http://127.0.0.1:PORT/?token=… */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** One call's body: one upload of the largest file a route takes (48 MB, 64 MB as base64) with its JSON around it. */
export const MAX_BODY = 80 * 1024 * 1024;
const API_PREFIX = '/api/';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const STATUS_BY_CODE: Record<string, number> = {
  INVALID_INPUT: 400,
  EMPTY_INPUT: 400,
  BINARY_INPUT: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_ROUTE: 404,
  PAYLOAD_TOO_LARGE: 413,
  TOO_LARGE: 413,
  TOO_MANY_PAGES: 413,
  TOO_MANY_ROWS: 413,
  TOO_MANY_ITEMS: 413,
  TOO_SLOW: 422,
  CONFLICT: 409,
  TAG_EXISTS: 409,
  TOPIC_EXISTS: 409,
  CANCELLED: 409,
  INTERNAL: 500,
  LIBRARY_DAMAGED: 500,
  DISK_ERROR: 500,
  // The library, not the request, is the trouble: the same call may work later.
  LIBRARY_READ_ONLY: 503,
  LIBRARY_LOCKED: 503,
  BUSY: 503,
  UNAVAILABLE: 503,
  DISK_FULL: 507,
};

/** A malformed %-escape is the client's mistake, not a server failure. */
function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: ServerResponse, status: number, body: WireResponse<unknown>): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(json);
}

function forbid(res: ServerResponse, message: string): void {
  sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message } });
}

/** Why a body could not be read: too large for the transport (413), or the client went away. */
class BodyError extends Error {
  constructor(readonly tooLarge: boolean) {
    super(tooLarge ? 'too large' : 'aborted');
  }
}

/**
 * Reads a request body up to MAX_BODY. Past the limit it stops keeping the bytes but never destroys the socket:
 * the reply (413) must reach the client, and Node discards the rest of the body once the reply is sent. A body
 * whose Content-Length already says it is too large is refused before any of it is read.
 */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > MAX_BODY) {
      reject(new BodyError(true));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        chunks.length = 0;
        req.off('data', onData);
        reject(new BodyError(true));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => reject(new BodyError(false)));
  });
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let allowedHosts: Set<string> = new Set();
  let origin = '';

  const serveStatic = (req: IncomingMessage, res: ServerResponse, pathname: string): void => {
    const root = options.staticDir;
    if (!root || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const decoded = safeDecode(pathname);
    if (decoded === undefined) {
      res.writeHead(400).end();
      return;
    }
    let file = path.resolve(root, `.${decoded}`);
    if (!file.startsWith(path.resolve(root) + path.sep) && file !== path.resolve(root)) {
      res.writeHead(404).end();
      return;
    }
    // Anything that is not a file is the single-page app.
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
    const type = MIME[path.extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cache-Control': file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  };

  const serveEvents = (req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    const unsubscribe = options.events.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
    const keepAlive = setInterval(() => res.write(': ping\n\n'), 25_000);
    req.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // A page on another site, or one reached through a DNS name rebound to 127.0.0.1, gets nothing.
    if (!allowedHosts.has(req.headers.host ?? '')) return forbid(res, 'Requests must be addressed to 127.0.0.1.');
    const requestOrigin = req.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin && !allowedHosts.has(requestOrigin.replace(/^http:\/\//, ''))) {
      return forbid(res, 'Requests from another origin are refused.');
    }
    const url = new URL(req.url ?? '/', origin);
    if (!url.pathname.startsWith(API_PREFIX)) return serveStatic(req, res, url.pathname);

    const bearer = req.headers.authorization?.replace(/^Bearer\s+/i, '');
    const given = bearer ?? (req.headers['x-verbatim-token'] as string | undefined) ?? url.searchParams.get('token') ?? undefined;
    if (!sameToken(given, token)) return forbid(res, 'This request lacks the token printed when the server started.');

    const name = safeDecode(url.pathname.slice(API_PREFIX.length)) ?? '';
    if (name === 'events' && req.method === 'GET') return serveEvents(req, res);
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST' });
      res.end();
      return;
    }
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body.trim() === '' ? {} : JSON.parse(body);
    } catch (err) {
      const tooLarge = err instanceof BodyError && err.tooLarge;
      if (tooLarge) req.resume(); // Discard what is left of the body so that the client reads the reply.
      return sendJson(res, tooLarge ? 413 : 400, {
        ok: false,
        error: tooLarge
          ? { code: 'PAYLOAD_TOO_LARGE', message: `The request is larger than the ${MAX_BODY / (1024 * 1024)} MB one call may carry: send large files one by one, or import them with \`verbatim import\`.` }
          : { code: 'INVALID_INPUT', message: 'The request body is not valid JSON.' },
      });
    }
    const response = await dispatch(options.table, name, input, options.log);
    sendJson(res, response.ok ? 200 : (STATUS_BY_CODE[response.error.code] ?? 400), response);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      options.log?.('request failed', err);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'The server failed to answer.' } });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
