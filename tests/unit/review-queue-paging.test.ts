// The Needs review queue beyond its first page: the route pages through every item once, in a stable order, and a
// page read after a change starts from the queue as it now stands. (The explorer's keys across pages are tested in
// the browser: tests/e2e/speaker-kind-facet.spec.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClipResult, ReviewPage, StatementInfo } from '../../electron/api/types';
import { testApp, type TestApp } from '../helpers/app';

const ITEMS = 450;
/** What the explorer asks for at a time (renderer/src/components/explorer/reviewPaging.ts), the route's upper bound. */
const REVIEW_PAGE = 200;

let app: TestApp;
let articleId = '';
const call = <T>(name: string, input: unknown) => app.call<T>(name, input);

// One clip of numbered lines with no reporting verb (the extractor finds nothing); each line is then marked as a
// statement with no speaker and handed back to the machine's state, which is what waits for review.
beforeAll(async () => {
  app = testApp();
  const lines = Array.from({ length: ITEMS }, (_, i) => `Line ${String(i + 1).padStart(3, '0')} of the harbour log.`);
  const text = lines.join('\n\n');
  const { article } = await call<ClipResult>('clips.fromText', { text, title: 'Harbour log', publishedAt: '2026-02-01' });
  articleId = article.id;
  let at = 0;
  for (const line of lines) {
    const start = text.indexOf(line, at);
    at = start + line.length;
    const added = await call<StatementInfo>('statements.add', { articleId, start, end: at, speaker: null, kind: 'reported' });
    await call('statements.correct', { id: added.id, status: 'found' });
  }
}, 120_000);
afterAll(() => app.library.close());

async function walk(): Promise<ReviewPage[]> {
  const pages: ReviewPage[] = [];
  let cursor: number | null = 0;
  while (cursor !== null) {
    const page: ReviewPage = await call<ReviewPage>('statements.review', { cursor, limit: REVIEW_PAGE });
    pages.push(page);
    cursor = page.nextCursor;
  }
  return pages;
}

describe('the review queue in pages', () => {
  it('gives every item once, in the clip’s order, in pages of 200 with the whole total on each', async () => {
    const pages = await walk();
    expect(pages.map((p) => p.items.length)).toEqual([200, 200, 50]);
    expect(pages.map((p) => p.total)).toEqual([ITEMS, ITEMS, ITEMS]);
    expect(pages.map((p) => p.nextCursor)).toEqual([200, 400, null]);
    const texts = pages.flatMap((p) => p.items.map((item) => item.text));
    expect(new Set(texts).size).toBe(ITEMS);
    expect(texts[0]).toBe('Line 001 of the harbour log.');
    expect(texts[200]).toBe('Line 201 of the harbour log.');
    expect(texts.at(-1)).toBe('Line 450 of the harbour log.');
    expect(pages.every((p) => p.items.every((item) => item.articleId === articleId && item.needsReview))).toBe(true);
  });

  it('reads the next page from the new total after an item on the first page is confirmed', async () => {
    const first = await call<ReviewPage>('statements.review', { cursor: 0, limit: REVIEW_PAGE });
    const confirmed = first.items[5]!;
    await call('statements.correct', { id: confirmed.id, status: 'confirmed' });
    const pages = await walk();
    expect(pages[0]!.total).toBe(ITEMS - 1);
    const texts = pages.flatMap((p) => p.items.map((item) => item.text));
    expect(texts).toHaveLength(ITEMS - 1);
    expect(texts).not.toContain(confirmed.text);
    // The item that was first on the second page has moved up to the end of the first.
    expect(pages[0]!.items.at(-1)!.text).toBe('Line 201 of the harbour log.');
    await call('statements.correct', { id: confirmed.id, status: 'found' });
    expect((await call<ReviewPage>('statements.review', { cursor: 0, limit: 1 })).total).toBe(ITEMS);
  });
});
