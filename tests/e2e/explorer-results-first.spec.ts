// Results first in the statements explorer: typing a query a key at a time ends on the last query's rows, count and
// facets, also when earlier queries' answers are held back and reach the page after it; and a query typed over
// while its request is still out is cancelled in the browser (the fetch fails as net::ERR_ABORTED), not just ignored;
// and two tabs' explorers do not overtake each other's requests.
import { expect, test, type Page } from '@playwright/test';
import type { SearchResult, StatementSearchHit } from '../../electron/api/types';
import { serveLibrary, type ServedLibrary } from '../helpers/serve';
import { statementClip } from '../helpers/statement-clips';

const TYPED = 'ferry tariff';
/** What the explorer runs for the text typed: its last word also finds the words it starts (queryText.ts). */
const FINAL = `${TYPED}*`;
const SEARCHES = /\/api\/search\.(statementPage|facets)$/;

let served: ServedLibrary;

async function api<T>(route: string, input: unknown): Promise<T> {
  const response = await fetch(`${served.origin}/api/${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${served.token}` },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: true; result: T } | { ok: false; error: { message: string } };
  if (!body.ok) throw new Error(body.error.message);
  return body.result;
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  served = await serveLibrary();
  for (let n = 0; n < 30; n++) {
    const clip = statementClip(n);
    await api('clips.fromText', { text: clip.text, outlet: clip.outlet, publishedAt: clip.publishedAt });
  }
});

test.afterAll(async () => {
  await served?.stop();
});

/** The old combined search (rows, total and facets in one answer), as the reference for what the page must show. */
const combined = (query: string) => api<SearchResult<StatementSearchHit>>('search.statements', { query, facets: true, limit: 4 });

const explorer = (page: Page) => page.getByRole('region', { name: 'Statements' });
const box = (page: Page) => explorer(page).getByRole('searchbox', { name: 'Search statements' });

async function openExplorer(page: Page): Promise<void> {
  await page.goto(served.url);
  await page.getByRole('button', { name: /^Statements/ }).click();
  await expect(explorer(page).getByRole('listbox', { name: 'Statements' }).getByRole('option').first()).toBeVisible();
}

/** Types the text a key at a time, resting longer than the box waits, so that each prefix runs as a search. */
async function typeSlowly(page: Page, text: string): Promise<void> {
  await box(page).click();
  for (const key of text) {
    await page.keyboard.type(key);
    await page.waitForTimeout(200);
  }
}

async function expectShowing(page: Page, expected: SearchResult<StatementSearchHit>): Promise<void> {
  const region = explorer(page);
  await expect(region.locator('.search-total')).toHaveText(`${expected.total.toLocaleString('en')} statements`);
  const facets = region.getByRole('complementary', { name: 'Facets' });
  await expect(facets.locator('.facets')).not.toHaveClass(/pending/);
  await expect(facets.getByRole('region', { name: 'Speaker kind' })).not.toHaveClass(/pending/);
  const outlets = facets.getByRole('region', { name: 'Outlets' });
  for (const outlet of expected.facets!.outlets) {
    await expect(outlets.getByRole('button', { name: new RegExp(`^${outlet.label}`) })).toContainText(outlet.count.toLocaleString('en'));
  }
  const kinds = facets.getByRole('region', { name: 'Speaker kind' });
  for (const kind of expected.facets!.speakerKinds) {
    await expect(kinds.getByRole('button', { name: new RegExp(kind.value, 'i') })).toContainText(kind.count.toLocaleString('en'));
  }
  const options = region.getByRole('listbox', { name: 'Statements' }).getByRole('option');
  for (const [i, hit] of expected.items.entries()) await expect(options.nth(i)).toHaveAttribute('aria-label', new RegExp(`${hit.text.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
}

test('typing a statement query key by key ends on the last query’s rows, count and facets', async ({ page }) => {
  const expected = await combined(FINAL);
  // The last query finds fewer statements than its first word alone: an older answer shown would be seen.
  expect(expected.total).toBeGreaterThan(0);
  expect(expected.total).toBeLessThan((await combined('ferry')).total);

  // Every search answer except the last query's is held back, so that it would reach the page after the last one's.
  let heldBack = 0;
  let settled = 0;
  await page.route(SEARCHES, async (route) => {
    const { query } = route.request().postDataJSON() as { query: string };
    if (query === FINAL) return route.continue();
    heldBack += 1;
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    // The page may have cancelled the request meanwhile; then there is nothing to answer.
    await route.fulfill({ response }).catch(() => undefined);
    settled += 1;
  });

  await openExplorer(page);
  await typeSlowly(page, TYPED);
  await expectShowing(page, expected);
  await expect.poll(() => settled, { timeout: 30_000 }).toBe(heldBack);
  expect(heldBack).toBeGreaterThan(4);
  await expectShowing(page, expected);
});

test('a query typed over while its request is out is cancelled in the browser, and the last one is not', async ({ page }) => {
  const expected = await combined(FINAL);
  const failed: Array<{ query: string; error: string }> = [];
  page.on('requestfailed', (request) => {
    if (!SEARCHES.test(request.url())) return;
    const { query } = request.postDataJSON() as { query: string };
    failed.push({ query, error: request.failure()?.errorText ?? '' });
  });
  // Older queries' answers are slow to come, so that each is still out when the next key is typed.
  await page.route(SEARCHES, async (route) => {
    const { query } = route.request().postDataJSON() as { query: string };
    if (query === FINAL) return route.continue();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue().catch(() => undefined);
  });

  await openExplorer(page);
  await typeSlowly(page, TYPED);
  await expectShowing(page, expected);
  expect(failed.length).toBeGreaterThan(4);
  expect(failed.every((f) => f.error === 'net::ERR_ABORTED')).toBe(true);
  expect(failed.some((f) => f.query === FINAL)).toBe(false);
  // The page asked for prefixes of what was typed, and gave up on them.
  expect(failed.map((f) => f.query)).toContain('ferry*');
});

test('two tabs’ explorers search in lanes of their own, so that one tab’s typing never makes the other’s facets moot', async ({ context }) => {
  const lanesOf = (page: Page) => {
    const lanes = new Set<string>();
    page.on('request', (request) => {
      if (SEARCHES.test(request.url())) lanes.add((request.postDataJSON() as { lane?: string }).lane ?? '(none)');
    });
    return lanes;
  };
  const first = await context.newPage();
  const second = await context.newPage();
  const firstLanes = lanesOf(first);
  const secondLanes = lanesOf(second);
  await openExplorer(first);
  await openExplorer(second);
  await typeSlowly(first, 'ferry');
  await typeSlowly(second, 'customs');
  await expectShowing(first, await combined('ferry*'));
  await expectShowing(second, await combined('customs*'));
  // Each tab's page and facets requests name one lane, and not the other tab's.
  expect(firstLanes.size).toBe(1);
  expect(secondLanes.size).toBe(1);
  expect([...firstLanes][0]).toMatch(/^explorer-/);
  expect([...firstLanes][0]).not.toBe([...secondLanes][0]);
});

test('the rows come before the facets, and the previous query’s facets stay in place, dimmed, until the new ones are counted', async ({ page }) => {
  const before = await combined('ferry*');
  const after = await combined('customs*');
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/api\/search\.facets$/, async (route) => {
    const { query } = route.request().postDataJSON() as { query: string };
    if (query === 'customs*') await held;
    await route.continue();
  });
  await openExplorer(page);
  await typeSlowly(page, 'ferry');
  await expectShowing(page, before);

  await box(page).fill('customs');
  const region = explorer(page);
  const facets = region.getByRole('complementary', { name: 'Facets' });
  // The new query's rows are shown while its facets are still being counted…
  const options = region.getByRole('listbox', { name: 'Statements' }).getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-label', new RegExp(after.items[0]!.text.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  // …beside the previous query's facets, dimmed and not to be clicked.
  await expect(facets.locator('.facets')).toHaveClass(/pending/);
  await expect(facets.getByRole('region', { name: 'Speaker kind' })).toHaveClass(/pending/);
  const firstOutlet = before.facets!.outlets[0]!;
  await expect(facets.getByRole('region', { name: 'Outlets' }).getByRole('button', { name: new RegExp(`^${firstOutlet.label}`) })).toContainText(firstOutlet.count.toLocaleString('en'));

  release();
  await expectShowing(page, after);
});
