// The HTTP transport's body limit answers 413 with a sentence instead of resetting the connection, and a drop of
// several large files travels one file per call (imports.stage) into one import job.
import fs from 'node:fs';
import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../db/connection';
import type { JobInfo, StagedUpload } from '../../electron/api/types';
import { EventHub } from '../../electron/api/events';
import { createServices, type AppServices } from '../../electron/services';
import { MAX_BODY, startServer, type RunningServer } from '../../electron/server';
import { freshLibrary } from '../helpers/library';

let library: Library;
let services: AppServices;
let server: RunningServer;

beforeEach(async () => {
  library = freshLibrary();
  const events = new EventHub();
  services = createServices(library, events);
  server = await startServer({ table: services.table, events });
});

afterEach(async () => {
  await server.close();
  services.staging.close();
  library.close();
});

/** Posts a body in chunks, with or without a Content-Length, the way a browser's fetch uploads a large one. */
function post(route: string, size: number, declareLength: boolean): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' };
    if (declareLength) headers['Content-Length'] = size;
    const req = http.request({ host: '127.0.0.1', port: server.port, path: `/api/${route}`, method: 'POST', headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const write = () => {
      while (sent < size) {
        const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += part.length;
        if (!req.write(part)) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

async function callRoute<T>(route: string, input: unknown): Promise<T> {
  const res = await fetch(`${server.origin}/api/${route}`, { method: 'POST', headers: { Authorization: `Bearer ${server.token}` }, body: JSON.stringify(input) });
  const body = (await res.json()) as { ok: true; result: T } | { ok: false; error: { code: string; message: string } };
  if (!body.ok) throw new Error(`${route}: ${body.error.code} ${body.error.message}`);
  return body.result;
}

/** A web page of about `megabytes` MB whose article is short and its own (so that no two are duplicates). */
function bigPage(index: number, megabytes: number): Buffer {
  const article = `<article><h1>Ferry line ${index} opens</h1><p>The port of Alat opened ferry line number ${index} on Monday, officials said.</p><p>Line ${index} will carry freight across the Caspian Sea to Aktau twice a week.</p></article>`;
  const padding = `<!-- ${'x'.repeat(megabytes * 1024 * 1024)} -->`;
  return Buffer.from(`<!doctype html><html><head><title>Ferry line ${index}</title></head><body>${article}${padding}</body></html>`);
}

describe('the HTTP body limit', () => {
  const tooLarge = MAX_BODY + 8 * 1024 * 1024;

  it.each([true, false])('answers 413 with a sentence, Content-Length declared: %s', async (declared) => {
    const reply = await post('clips.fromText', tooLarge, declared);
    expect(reply.status).toBe(413);
    const body = JSON.parse(reply.body) as { ok: false; error: { code: string; message: string } };
    expect(body.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.error.message).toMatch(/larger than the 80 MB/);
    // The server goes on answering.
    expect((await callRoute<{ articleCount: number }>('app.info', {})).articleCount).toBe(0);
  }, 60_000);
});

describe('several large files dropped at once', () => {
  it('are staged one per call and imported by one job', async () => {
    // Three 18 MB files: 72 MB as base64, more than any one call may carry.
    const pages = [0, 1, 2].map((i) => bigPage(i, 18));
    expect(pages.reduce((sum, p) => sum + Math.ceil(p.length / 3) * 4, 0)).toBeGreaterThan(MAX_BODY * 0.85);
    const staged: StagedUpload[] = [];
    for (const [i, page] of pages.entries()) staged.push(await callRoute<StagedUpload>('imports.stage', { name: `ferry-${i}.html`, data: page.toString('base64') }));
    expect(staged.map((s) => s.size)).toEqual(pages.map((p) => p.length));
    expect(services.staging.count).toBe(3);

    const job = await callRoute<JobInfo>('imports.start', { staged: staged.map((s) => s.id) });
    let state = job;
    for (let i = 0; i < 600 && state.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      state = (await callRoute<JobInfo[]>('jobs.list', {})).find((j) => j.id === job.id)!;
    }
    expect(state.state).toBe('done');
    expect(state.summary?.imported).toBe(3);
    expect(state.summary?.failed).toEqual([]);
    const titles = (library.db.prepare('SELECT title FROM articles ORDER BY title').all() as Array<{ title: string }>).map((r) => r.title);
    expect(titles).toEqual(['Ferry line 0', 'Ferry line 1', 'Ferry line 2']);
    // Staged files are gone once imported, and their ids cannot be used again.
    expect(services.staging.count).toBe(0);
    await expect(callRoute('imports.start', { staged: [staged[0]!.id] })).rejects.toThrow(/NOT_FOUND/);
  }, 120_000);

  it('removes what was staged when the app closes', async () => {
    const one = await callRoute<StagedUpload>('imports.stage', { name: 'a.html', data: bigPage(9, 1).toString('base64') });
    expect(one.size).toBeGreaterThan(1024 * 1024);
    const folder = services.staging.location!;
    expect(fs.readdirSync(folder)).toEqual([one.id]);
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    services.staging.close();
    expect(services.staging.count).toBe(0);
    expect(fs.existsSync(folder)).toBe(false);
  });
});
