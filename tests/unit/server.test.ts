// The HTTP transport: the same routes, guarded by the per-run token, the Host and the Origin.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../db/connection';
import { EventHub } from '../../electron/api/events';
import { createServices } from '../../electron/services';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';
import { startServer, type RunningServer } from '../../electron/server';
import { fixture, freshLibrary } from '../helpers/library';

let library: Library;
let server: RunningServer;
let staticDir: string;

beforeEach(async () => {
  library = freshLibrary();
  const events = new EventHub();
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-static-'));
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Verbatim</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  server = await startServer({ table: createServices(library, events).table, events, staticDir });
});

afterEach(async () => {
  await server.close();
  library.close();
});

/** A raw request, so that Host and Origin can be set the way a hostile page or a rebound DNS name would. */
function request(pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path: pathname, method: options.method ?? 'POST', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const auth = () => ({ Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' });

describe('the HTTP server', () => {
  it('listens on 127.0.0.1 and prints an address that carries the token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
    expect(server.url).toContain(server.token);
  });

  it('serves a route with the token and refuses it without, with a wrong one, or from another origin', async () => {
    const good = await request('/api/app.info', { headers: auth(), body: '{}' });
    expect(good.status).toBe(200);
    expect(JSON.parse(good.body)).toMatchObject({ ok: true, result: { articleCount: 0 } });

    const none = await request('/api/app.info', { body: '{}' });
    expect(none.status).toBe(403);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const wrong = await request('/api/app.info', { headers: { Authorization: `Bearer ${server.token.slice(0, -1)}x` }, body: '{}' });
    expect(wrong.status).toBe(403);

    const foreign = await request('/api/app.info', { headers: { ...auth(), Origin: 'https://evil.example' }, body: '{}' });
    expect(foreign.status).toBe(403);

    const rebound = await request('/api/app.info', { headers: { ...auth(), Host: `attacker.example:${server.port}` }, body: '{}' });
    expect(rebound.status).toBe(403);

    const sameOrigin = await request('/api/app.info', { headers: { ...auth(), Origin: server.origin }, body: '{}' });
    expect(sameOrigin.status).toBe(200);
  });

  it('carries errors as { code, message } with a fitting status', async () => {
    const badJson = await request('/api/clips.fromText', { headers: auth(), body: '{"text": ' });
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.body)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'The request body is not valid JSON.' } });
    const unknown = await request('/api/nope', { headers: auth(), body: '{}' });
    expect(unknown.status).toBe(404);
    const invalid = await request('/api/articles.get', { headers: auth(), body: '{"id": 5}' });
    expect(invalid.status).toBe(400);
    const get = await request('/api/articles.list', { method: 'GET', headers: auth() });
    expect(get.status).toBe(405);
    const malformed = await request('/api/%E0%A4%A', { headers: auth(), body: '{}' });
    expect(malformed.status).toBe(404);
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ROUTE' } });
    expect((await request('/%E0%A4%A', { method: 'GET' })).status).toBe(400);
  });

  it('clips over HTTP exactly as over IPC', async () => {
    const res = await request('/api/clips.fromText', { headers: auth(), body: JSON.stringify({ text: fixture('pasted-interview.txt') }) });
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, result: { status: 'created', article: { outlet: 'Kaspi.News', publishedAt: '2025-02-11' } } });
  });

  it('serves the UI with the Content-Security-Policy, and never files outside it', async () => {
    const index = await request('/', { method: 'GET' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.body).toContain('<title>Verbatim</title>');
    const asset = await request('/assets/app.js', { method: 'GET' });
    expect(asset.headers['content-type']).toContain('text/javascript');
    const escape = await request('/../../../../etc/passwd', { method: 'GET' });
    expect(escape.body).not.toContain('root:');
    const encoded = await request('/%2e%2e/%2e%2e/%2e%2e/etc/passwd', { method: 'GET' });
    expect(encoded.body).not.toContain('root:');
  });

  it('streams library events to a client holding the token', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: server.port, path: `/api/events?token=${server.token}` }, (res) => {
        expect(res.statusCode).toBe(200);
        let data = '';
        res.on('data', (chunk: Buffer) => {
          data += chunk.toString();
          if (data.includes('library.changed')) {
            req.destroy();
            resolve(data);
          }
        });
      });
      req.on('error', (err) => (err.message.includes('aborted') ? undefined : reject(err)));
      setTimeout(() => void request('/api/clips.fromText', { headers: auth(), body: JSON.stringify({ text: fixture('pasted-russian.txt') }) }), 100);
    });
    expect(await received).toMatch(/data: \{"type":"library.changed","ids":\["[0-9a-f-]{36}"\]\}/);
    const refused = await request(`/api/events?token=wrong`, { method: 'GET' });
    expect(refused.status).toBe(403);
  });
});
