// Inputs are read in child processes with a time and a memory budget each: the routes go on answering while a
// large or hostile input is read, and an input past its budget fails with a sentence naming the limit.
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { EventHub } from '../../electron/api/events';
import type { AppInfo, ClipResult } from '../../electron/api/types';
import { ExtractionPool } from '../../electron/extraction/pool';
import { runExtraction } from '../../electron/extraction/task';
import { createServices } from '../../electron/services';
import { freshLibrary, seedText } from '../helpers/library';

const pools: ExtractionPool[] = [];
const tally = { read: 0, stopped: 0 };
function pool(options: ConstructorParameters<typeof ExtractionPool>[0] = {}): ExtractionPool {
  const made = new ExtractionPool(options);
  pools.push(made);
  return made;
}

afterAll(async () => {
  for (const p of pools) tally.stopped += p.stopped;
  await Promise.all(pools.map((p) => p.close()));
  console.log(`extraction pool: ${tally.read} inputs read in extraction processes, ${tally.stopped} stopped by their time or memory budget`);
});

const ARTICLE = [
  'Baku, 26 March. “We will open the second ferry line in May,” Hikmet Hajiyev, Assistant to the President of Azerbaijan, said on Monday.',
  'He stressed that the development of relations with China has been a top priority.',
  'According to the minister, the port of Alat will double its capacity by 2027.',
].join('\n\n');

/** A long article of many paragraphs, each with a quotation and reported speech, different enough to be real work. */
function longArticle(paragraphs: number): string {
  return Array.from({ length: paragraphs }, (_, i) => `“Line ${i} will carry ${i * 7} containers a week,” the port’s director, Anar Mammadov, said on day ${i}. He added that the customs post number ${i} would open soon.`).join('\n\n');
}

describe('the extraction pool', () => {
  let shared: ExtractionPool;
  const sharedPool = () => (shared ??= pool());

  it('gives what extraction in this thread gives', async () => {
    const texts = [ARTICLE, seedText() ?? ARTICLE, longArticle(40)];
    const workers = sharedPool();
    for (const raw of texts) {
      const off = await workers.run({ kind: 'text', raw }, 'The pasted text');
      const inline = await runExtraction({ kind: 'text', raw });
      tally.read += 1;
      expect(off).toEqual(inline);
      expect(off.clips[0]!.found.statements.length).toBeGreaterThan(0);
    }
    const html = `<html><head><title>Ferry</title></head><body><article><h1>Ferry line opens</h1><p>${ARTICLE.replace(/\n\n/g, '</p><p>')}</p></article></body></html>`;
    expect(await workers.run({ kind: 'html', html }, 'The pasted page')).toEqual(await runExtraction({ kind: 'html', html }));
    const bytes = new TextEncoder().encode(html);
    expect(await workers.run({ kind: 'bytes', name: 'ferry.html', bytes }, 'ferry.html')).toEqual(await runExtraction({ kind: 'bytes', name: 'ferry.html', bytes }));
    tally.read += 2;
  }, 60_000);

  it('passes an input’s own error through with its code and sentence', async () => {
    const workers = sharedPool();
    await expect(workers.run({ kind: 'text', raw: '   \n\n  ' }, 'The pasted text')).rejects.toMatchObject({ code: 'EMPTY_INPUT' });
    await expect(workers.run({ kind: 'bytes', name: 'empty.html', bytes: new Uint8Array() }, 'empty.html')).rejects.toMatchObject({ code: 'EMPTY_INPUT', message: expect.stringContaining('empty.html') });
    tally.read += 2;
  }, 60_000);

  it('starts a child ahead of the first input when warmed', async () => {
    const workers = pool();
    expect(workers.children).toBe(0);
    workers.warm();
    workers.warm();
    expect(workers.children).toBe(1);
    expect((await workers.run({ kind: 'text', raw: ARTICLE }, 'The pasted text')).clips).toHaveLength(1);
    expect(workers.children).toBe(1);
    tally.read += 1;
  }, 60_000);

  it('stops an input past its time and goes on with the next in a new child process', async () => {
    const workers = pool({ timeoutMs: 5 });
    // A megabyte of text cannot be cleaned, analysed and searched for statements within 5 ms.
    const slow = workers.run({ kind: 'text', raw: longArticle(8000) }, 'The pasted text');
    await expect(slow).rejects.toMatchObject({ code: 'TOO_SLOW', message: expect.stringMatching(/The pasted text took longer than the 5 ms one input may take to read, and was stopped; nothing of it was stored\./) });
    expect(workers.stopped).toBe(1);
    tally.read += 1;
  }, 60_000);

  it('stops an input past its memory and names the limit', async () => {
    const workers = pool({ memoryMb: 48 });
    // About 16 MB of text is 32 MB in memory before any copy; cleaning it needs several copies.
    await expect(workers.run({ kind: 'text', raw: longArticle(110_000) }, 'The pasted text')).rejects.toMatchObject({ code: 'TOO_LARGE', message: expect.stringContaining('more than the 48 MB of memory') });
    // The next input gets a fresh child process.
    const next = await workers.run({ kind: 'text', raw: ARTICLE }, 'The pasted text');
    expect(next.clips).toHaveLength(1);
    tally.read += 2;
  }, 120_000);

  it('is cancelled when its signal is', async () => {
    const workers = sharedPool();
    const controller = new AbortController();
    const reading = workers.run({ kind: 'text', raw: longArticle(20_000) }, 'news.html', controller.signal);
    setTimeout(() => controller.abort(), 50);
    await expect(reading).rejects.toMatchObject({ code: 'CANCELLED' });
    expect((await workers.run({ kind: 'text', raw: ARTICLE }, 'The pasted text')).clips).toHaveLength(1);
    tally.read += 2;
  }, 60_000);
});

describe('routes while a large paste is read', () => {
  it('go on answering', async () => {
    const library = freshLibrary();
    const services = createServices(library, new EventHub());
    try {
      // Warm the worker, so that the race below is with the reading of the input, not with a worker's start.
      await dispatch(services.table, 'clips.fromText', { text: ARTICLE });
      const big = longArticle(4_000); // about 600 KB, some 8,000 statements
      let clipped = false;
      const clip = dispatch(services.table, 'clips.fromText', { text: big }).then((r) => {
        clipped = true;
        return r;
      });
      let answeredBefore = 0;
      while (!clipped && answeredBefore < 1000) {
        const info = await dispatch(services.table, 'app.info', {});
        expect(info.ok).toBe(true);
        if (!clipped) answeredBefore += 1;
        await new Promise((r) => setTimeout(r, 5));
      }
      const result = await clip;
      expect(result.ok).toBe(true);
      const stored = (result as { ok: true; result: ClipResult }).result;
      expect(stored.status).toBe('created');
      // The statements were found in the child and stored with the clip.
      const count = library.db.prepare('SELECT COUNT(*) AS n FROM statements WHERE article_id = ?').get(stored.article.id) as { n: number };
      expect(count.n).toBeGreaterThan(3_000);
      // In this thread the paste would have held every call until it was read: not one would have answered.
      expect(answeredBefore).toBeGreaterThan(3);
      console.log(`routes while a 600 KB paste was read: ${answeredBefore} calls answered before it was stored`);
      const info = (await dispatch(services.table, 'app.info', {})) as { ok: true; result: AppInfo };
      expect(info.result.articleCount).toBe(2);
      tally.read += 2;
    } finally {
      await services.close();
      library.close();
    }
  }, 180_000);
});
