// Batch imports: zip archives (and zip bombs), mixed inputs, nothing half-written, cancellation, jobs.
import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../electron/api/wire';
import { runImport, type ImportSource } from '../../electron/imports/batch';
import { zipEntries } from '../../electron/imports/zip';
import type { AppServices } from '../../electron/services';
import { testApp, type TestApp } from '../helpers/app';
import { FIXTURES } from '../helpers/library';

let app: TestApp;
let services: AppServices;
let events: AppEvent[];

beforeEach(() => {
  app = testApp();
  ({ services, events } = app);
});
afterEach(() => app.library.close());

const fixture = (...parts: string[]) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, ...parts)));

function archive(): Buffer {
  return Buffer.from(
    zipSync({
      'clips/ferry.html': fixture('pages', 'news-article.html'),
      'clips/interview.txt': fixture('pasted-interview.txt'),
      'clips/digest.eml': fixture('mail', 'digest.eml'),
      'clips/clipping.pdf': fixture('pdf', 'clipping.pdf'),
      'clips/scan.pdf': fixture('pdf', 'scan.pdf'),
      'clips/empty.txt': new Uint8Array(),
      'clips/inner.zip': zipSync({ 'a.txt': strToU8('An inner article about ports and ferries that is long enough.') }),
      '__MACOSX/clips/._ferry.html': strToU8('resource fork'),
    }),
  );
}

describe('zip archives', () => {
  it('lists the files inside, leaving out folders and macOS debris', async () => {
    const { entries, close } = await zipEntries('clips.zip', archive());
    expect(entries.map((e) => e.name).sort()).toEqual(
      ['clipping.pdf', 'digest.eml', 'empty.txt', 'ferry.html', 'inner.zip', 'interview.txt', 'scan.pdf'].map((n) => `clips.zip/clips/${n}`),
    );
    close();
  });

  it('stops a zip bomb before inflating it', async () => {
    const bomb = Buffer.from(zipSync({ 'huge.txt': new Uint8Array(60 * 1024 * 1024) }, { level: 9 }));
    expect(bomb.length).toBeLessThan(200 * 1024);
    await expect(zipEntries('bomb.zip', bomb)).rejects.toMatchObject({ code: 'ZIP_BOMB', message: expect.stringContaining('bomb.zip looks like a zip bomb: huge.txt would unpack from') });
  });

  it('refuses a damaged archive', async () => {
    const broken = archive().subarray(0, 2000);
    await expect(zipEntries('broken.zip', broken)).rejects.toMatchObject({ code: 'MALFORMED' });
  });
});

describe('batch import', () => {
  it('imports a zip of mixed clips, goes on past the bad ones and names each with its reason', async () => {
    const summary = await runImport([{ kind: 'zip', name: 'clips.zip', source: archive() }], () => services.library);
    // ferry.html, interview.txt, three stories of the digest, clipping.pdf
    expect(summary).toMatchObject({ imported: 6, duplicates: 0, cancelled: false });
    expect(summary.failed.map((f) => [f.name, f.code]).sort()).toEqual([
      ['clips.zip/clips/empty.txt', 'EMPTY_INPUT'],
      ['clips.zip/clips/inner.zip', 'UNSUPPORTED_FILE'],
      ['clips.zip/clips/scan.pdf', 'NO_TEXT_LAYER'],
    ].sort());
    expect(summary.failed.find((f) => f.code === 'NO_TEXT_LAYER')?.reason).toContain('scan.pdf has no text layer');
    expect(services.library.list({ offset: 0, limit: 100, trash: false }).total).toBe(6);
    // A second run finds everything already there.
    const again = await runImport([{ kind: 'zip', name: 'clips.zip', source: archive() }], () => services.library);
    expect(again).toMatchObject({ imported: 0, duplicates: 6 });
  });

  it('writes nothing of an input whose storage fails half way', async () => {
    const articles = await import('../../electron/clipping/sources/from-bytes').then((m) => m.articlesFromBytes('digest.eml', fixture('mail', 'digest.eml')));
    const broken = [...articles, { ...articles[0]!, text: '' }];
    expect(() => services.library.clipArticles(broken, { kind: 'email' })).toThrow(/no article text/);
    expect(services.library.list({ offset: 0, limit: 10, trash: false }).total).toBe(0);
  });

  it('stops between inputs when cancelled and keeps what it finished', async () => {
    const controller = new AbortController();
    const sources: ImportSource[] = ['pasted-interview.txt', 'pasted-russian.txt', 'headline-first.txt'].map((name) => ({ kind: 'bytes', name, read: () => Promise.resolve(fixture(name)) }));
    const summary = await runImport(sources, () => services.library, {
      signal: controller.signal,
      onInput: () => controller.abort(),
    });
    expect(summary).toMatchObject({ imported: 1, cancelled: true });
  });

  it('runs as a job with progress events and a summary', async () => {
    const job = services.jobs.start('import', 'test', ({ signal, progress }) =>
      runImport([{ kind: 'zip', name: 'clips.zip', source: archive() }], () => services.library, { signal, onProgress: (p) => progress(p.done, p.total, p.current) }),
    );
    expect(job.state).toBe('running');
    const done = await services.jobs.finished(job.id);
    expect(done).toMatchObject({ state: 'done', total: 7, done: 7, summary: { imported: 6 } });
    const updates = events.filter((e) => e.type === 'job.updated');
    expect(updates.at(-1)).toMatchObject({ job: { id: job.id, state: 'done' } });
    expect(services.jobs.list()[0]).toMatchObject({ id: job.id, state: 'done' });
  });
});
