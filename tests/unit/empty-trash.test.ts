import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticlePage, ClipResult } from '../../electron/api/types';
import { testApp, type TestApp } from '../helpers/app';

let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.library.close());

const clip = async (subject: string) =>
  (await app.call<ClipResult>('clips.fromText', { text: `${subject}\n\nThe council met on Tuesday to discuss ${subject.toLowerCase()} and agreed to meet again next month.` })).article.id;

describe('emptying the trash', () => {
  it('deletes every clip in the trash for good and leaves the library alone', async () => {
    const kept = await clip('Harbour dredging plans');
    const gone = [await clip('Tram line extension'), await clip('School meals budget'), await clip('Library opening hours')];
    await app.call('articles.trash', { ids: gone });
    expect(await app.call('articles.emptyTrash', {})).toEqual({ count: 3 });
    expect((await app.call<ArticlePage>('articles.list', { trash: true })).total).toBe(0);
    const library = await app.call<ArticlePage>('articles.list', {});
    expect(library.items.map((a) => a.id)).toEqual([kept]);
    expect(await app.fails('articles.get', { id: gone[0] })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('counts nothing when the trash is already empty', async () => {
    await clip('Harbour dredging plans');
    expect(await app.call('articles.emptyTrash', {})).toEqual({ count: 0 });
    expect((await app.call<ArticlePage>('articles.list', {})).total).toBe(1);
  });
});
