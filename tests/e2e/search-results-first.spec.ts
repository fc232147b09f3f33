// Results first: typing a query a key at a time sends a search at every pause, and the list, its count and its
// facets end on the last query typed, never an earlier one's — also when the earlier queries' answers are held
// back and reach the page after the last one's.
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { ArticleSearchHit, SearchResult } from '../../electron/api/types';
import { fillLibrary } from '../helpers/generate';
import { serveLibrary, tempDir, type ServedLibrary } from '../helpers/serve';

const TYPED = 'customs tariff';
/** What the list runs for the text typed: its last word also finds the words it starts (queryText.ts). */
const FINAL = `${TYPED}*`;

let served: ServedLibrary;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const dbPath = path.join(tempDir(), 'library.db');
  await fillLibrary(dbPath, 3000);
  served = await serveLibrary(dbPath);
});

test.afterAll(async () => {
  await served?.stop();
});

/** The old combined search (rows, total and facets in one answer), as the reference for what the page must show. */
async function combined(query: string): Promise<SearchResult<ArticleSearchHit>> {
  const response = await fetch(`${served.origin}/api/search.articles`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${served.token}` },
    body: JSON.stringify({ query, facets: true, limit: 5 }),
  });
  const body = (await response.json()) as { ok: true; result: SearchResult<ArticleSearchHit> };
  return body.result;
}

const clips = (page: Page) => page.getByRole('listbox', { name: 'Clips' });
const facets = (page: Page) => page.getByRole('region', { name: 'Facets' });

/** Types the text a key at a time, resting longer than the box waits, so that each prefix runs as a search. */
async function typeSlowly(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+k');
  for (const key of text) {
    await page.keyboard.type(key);
    await page.waitForTimeout(200);
  }
}

async function expectShowing(page: Page, expected: SearchResult<ArticleSearchHit>): Promise<void> {
  await expect(page.locator('.search-total')).toHaveText(`${expected.total.toLocaleString('en')} clips`);
  await expect(facets(page).locator('.facets')).not.toHaveClass(/pending/);
  const outlets = facets(page).getByRole('region', { name: 'Outlets' });
  for (const outlet of expected.facets!.outlets) {
    await expect(outlets.getByRole('button', { name: new RegExp(`^${outlet.label}`) })).toContainText(outlet.count.toLocaleString('en'));
  }
  for (const [i, hit] of expected.items.entries()) await expect(clips(page).getByRole('option').nth(i)).toContainText(hit.title);
}

test('typing a query key by key ends on the last query’s rows, count and facets', async ({ page }) => {
  const expected = await combined(FINAL);
  // The last query finds fewer clips than its first word alone: an older answer shown would be seen.
  expect(expected.total).toBeGreaterThan(0);
  expect(expected.total).toBeLessThan((await combined('customs')).total);

  await page.goto(served.url);
  await expect(clips(page).getByRole('option').first()).toBeVisible();
  await page.getByRole('button', { name: 'Filters' }).click();
  await typeSlowly(page, TYPED);
  await expectShowing(page, expected);
});

test('answers to earlier keystrokes that arrive after the last one’s are not shown over it', async ({ page }) => {
  const expected = await combined(FINAL);
  // Every search answer except the last query's is held back, so that it reaches the page after the last one's.
  let heldBack = 0;
  let delivered = 0;
  await page.route(/\/api\/search\.(articlePage|facets)$/, async (route) => {
    const { query } = route.request().postDataJSON() as { query: string };
    if (query === FINAL) return route.continue();
    heldBack += 1;
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.fulfill({ response });
    delivered += 1;
  });

  await page.goto(served.url);
  await page.getByRole('button', { name: 'Filters' }).click();
  await typeSlowly(page, TYPED);
  await expectShowing(page, expected);
  // Once every held-back answer has reached the page, the last query's are still the ones shown.
  await expect.poll(() => delivered, { timeout: 20_000 }).toBe(heldBack);
  expect(heldBack).toBeGreaterThan(4);
  await expectShowing(page, expected);
});
