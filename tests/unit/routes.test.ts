// Every route through dispatch(), the same path both transports take, against a real library file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../db/connection';
import { latestSchemaVersion } from '../../db/migrate';
import type { Article, ArticlePage, ClipResult } from '../../electron/api/types';
import type { AppEvent } from '../../electron/api/wire';
import { testApp, type TestApp } from '../helpers/app';
import { fixture } from '../helpers/library';

let app: TestApp;
let library: Library;
let events: AppEvent[];

beforeEach(() => {
  app = testApp();
  ({ library, events } = app);
});

afterEach(() => app.library.close());

const ok = <T>(name: string, input: unknown) => app.call<T>(name, input);
const fails = (name: string, input: unknown) => app.fails(name, input);

describe('clipping pasted text', () => {
  it('creates a clip with outlet, date, language and a provisional title, and announces the change', async () => {
    const { article, status } = await ok<ClipResult>('clips.fromText', { text: fixture('pasted-interview.txt') });
    expect(status).toBe('created');
    expect(article).toMatchObject({ outlet: 'Kaspi.News', publishedAt: '2025-02-11', language: 'en', titleProvisional: true, sourceKind: 'paste', deletedAt: null });
    expect(article.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(events).toEqual([{ type: 'library.changed', ids: [article.id] }]);
  });

  it('takes the person’s corrections over what was found', async () => {
    const { article } = await ok<ClipResult>('clips.fromText', { text: fixture('pasted-interview.txt'), title: 'Caspian ferries', outlet: 'Steppe Herald', publishedAt: '2025-02-10' });
    expect(article).toMatchObject({ title: 'Caspian ferries', titleProvisional: false, outlet: 'Steppe Herald', publishedAt: '2025-02-10' });
  });

  it('recognises the same text pasted twice, and brings it back from the trash', async () => {
    const first = await ok<ClipResult>('clips.fromText', { text: fixture('pasted-interview.txt') });
    const again = await ok<ClipResult>('clips.fromText', { text: fixture('pasted-interview.txt').replaceAll('\n', '\r\n') });
    expect(again).toMatchObject({ status: 'duplicate', article: { id: first.article.id } });
    await ok('articles.trash', { ids: [first.article.id] });
    const restored = await ok<ClipResult>('clips.fromText', { text: fixture('pasted-interview.txt') });
    expect(restored).toMatchObject({ status: 'restored', article: { id: first.article.id, deletedAt: null } });
    expect((await ok<ArticlePage>('articles.list', {})).total).toBe(1);
  });

  it('previews without storing anything', async () => {
    const preview = await ok<{ outlet: string; paragraphCount: number }>('clips.preview', { text: fixture('pasted-interview.txt') });
    expect(preview).toMatchObject({ outlet: 'Kaspi.News', paragraphCount: 4 });
    expect((await ok<ArticlePage>('articles.list', {})).total).toBe(0);
  });

  it('refuses empty, clutter-only and binary text with a clear code, storing nothing', async () => {
    expect(await fails('clips.fromText', { text: '   \n\n ' })).toMatchObject({ code: 'EMPTY_INPUT' });
    expect(await fails('clips.fromText', { text: '+ ↺ − 16 px\nShare' })).toMatchObject({ code: 'EMPTY_INPUT' });
    expect(await fails('clips.fromText', { text: 'PK\u0003\u0004\u0000\u0000binary' })).toMatchObject({ code: 'BINARY_INPUT' });
    expect((await ok<ArticlePage>('articles.list', {})).total).toBe(0);
  });
});

describe('listing, reading, editing', () => {
  it('lists newest first, pages, and filters with the search box’s words', async () => {
    const texts = ['Alpha story about ferries. Published 2024-01-05.', 'Beta story about railways. Published 2024-03-01.', 'Gamma story about ferries and ports. Published 2023-12-01.'];
    for (const text of texts) await ok('clips.fromText', { text });
    const all = await ok<ArticlePage>('articles.list', {});
    expect(all.items.map((a) => a.title)).toEqual(['Beta story about railways', 'Alpha story about ferries', 'Gamma story about ferries and ports']);
    const second = await ok<ArticlePage>('articles.list', { offset: 1, limit: 1 });
    expect(second).toMatchObject({ total: 3, offset: 1, items: [{ title: 'Alpha story about ferries' }] });
    const ferries = await ok<ArticlePage>('articles.list', { search: 'ferr' });
    expect(ferries.items.map((a) => a.title)).toEqual(['Alpha story about ferries', 'Gamma story about ferries and ports']);
    const quoted = await ok<ArticlePage>('articles.list', { search: '"ports" AND (' });
    expect(quoted.items.map((a) => a.title)).toEqual(['Gamma story about ferries and ports']);
  });

  it('edits title, outlet and date, and validates them', async () => {
    const { article } = await ok<ClipResult>('clips.fromText', { text: fixture('pasted-interview.txt') });
    const edited = await ok<Article>('articles.update', { id: article.id, title: '  Caspian ferries  ', outlet: 'kaspi.news', publishedAt: '2025-02-12T08:30:00+04:00' });
    expect(edited).toMatchObject({ title: 'Caspian ferries', titleProvisional: false, outlet: 'Kaspi.News', publishedAt: '2025-02-12T08:30:00+04:00' });
    const cleared = await ok<Article>('articles.update', { id: article.id, outlet: null, publishedAt: null });
    expect(cleared).toMatchObject({ outlet: null, publishedAt: null });
    expect(await fails('articles.update', { id: article.id, publishedAt: '2025-02-30' })).toEqual({ code: 'INVALID_INPUT', message: 'publishedAt: That day does not exist in the calendar.' });
    expect(await fails('articles.update', { id: article.id, publishedAt: '12/02/2025' })).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('YYYY-MM-DD') });
    expect(await fails('articles.update', { id: article.id, title: '   ' })).toMatchObject({ code: 'INVALID_INPUT', message: 'title: A title cannot be empty.' });
    expect(await fails('articles.update', { id: '8a1b4bb4-1d3c-4c9c-9f0e-1e2a3b4c5d6e', title: 'x' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await fails('articles.get', { id: 'not-a-uuid' })).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('moves to the trash, restores, and deletes for good only from the trash', async () => {
    const { article } = await ok<ClipResult>('clips.fromText', { text: fixture('pasted-interview.txt') });
    expect(await ok('articles.purge', { ids: [article.id] })).toEqual({ count: 0 });
    expect(await ok('articles.trash', { ids: [article.id] })).toEqual({ count: 1 });
    expect(await ok('articles.trash', { ids: [article.id] })).toEqual({ count: 0 });
    expect((await ok<ArticlePage>('articles.list', {})).total).toBe(0);
    expect((await ok<ArticlePage>('articles.list', { trash: true })).items[0]).toMatchObject({ id: article.id });
    expect(await ok('articles.restore', { ids: [article.id] })).toEqual({ count: 1 });
    expect((await ok<ArticlePage>('articles.list', {})).total).toBe(1);
    await ok('articles.trash', { ids: [article.id] });
    expect(await ok('articles.purge', { ids: [article.id] })).toEqual({ count: 1 });
    expect(await fails('articles.get', { id: article.id })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reports the library’s state and its outlets', async () => {
    await ok('clips.fromText', { text: fixture('pasted-interview.txt') });
    await ok('clips.fromText', { text: fixture('pasted-russian.txt') });
    expect(await ok('app.info', {})).toMatchObject({ articleCount: 2, trashCount: 0, schemaVersion: latestSchemaVersion(), libraryPath: library.path });
    expect(await ok('outlets.list', {})).toEqual([{ id: expect.any(Number), name: 'Kaspi.News', domain: 'kaspi.news', articleCount: 2 }]);
  });
});

describe('the dispatcher', () => {
  it('answers unknown routes and bad input as { code, message } without a stack', async () => {
    expect(await fails('articles.explode', {})).toEqual({ code: 'UNKNOWN_ROUTE', message: 'There is no route called "articles.explode".' });
    expect(await fails('__proto__', {})).toMatchObject({ code: 'UNKNOWN_ROUTE' });
    const bad = await fails('articles.list', { limit: 'lots' });
    expect(bad.code).toBe('INVALID_INPUT');
    expect(bad.message).not.toMatch(/\n\s+at /);
  });

  it('turns an unexpected failure into INTERNAL with the message only', async () => {
    library.close();
    const error = await fails('app.info', {});
    expect(error.code).toBe('INTERNAL');
    expect(error.message).not.toMatch(/\n\s+at /);
    app = testApp();
  });
});
