// The Statements explorer by kind of speaker: the Speaker kind facet counts people, institutions and anonymous
// sources and filters by them, speakerkind: works in the query box, and the Needs review queue opens a clip at its
// statement and pages past its first 200 items.
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from '../helpers/served-test';
import type { ServedLibrary } from '../helpers/serve';
import { pasteAnywhere } from '../helpers/flow';

// A person named in full (trusted), a ministry and an unnamed source (both wait for review).
const TEXT = `Ferry talks resume in Aktau

"The first sailing is planned for April," Leyla Hasanova said on Monday. The Ministry of Transport said the new berths would open in spring. A source close to the talks said the price was still open.`;

const facet = (page: Page) => page.getByRole('region', { name: 'Speaker kind' });
const kindButton = (page: Page, label: string) => facet(page).getByRole('button', { name: new RegExp(`^${label}`) });
const rows = (page: Page) => page.locator('.st-row');
const queue = (page: Page) => page.getByRole('listbox', { name: 'Statements to review' });

async function openExplorer(page: Page, served: ServedLibrary): Promise<void> {
  await page.goto(served.url);
  await pasteAnywhere(page, TEXT);
  await expect(page.getByRole('article', { name: 'Reader' }).locator('.statement-item')).toHaveCount(3);
  await page.getByRole('button', { name: /^Statements/ }).click();
  await expect(rows(page)).toHaveCount(3);
}

test('the Speaker kind facet counts and filters, and speakerkind: works in the query box', async ({ page, served }) => {
  await openExplorer(page, served);
  await expect(kindButton(page, 'Person')).toHaveText(/Person\s*1/);
  await expect(kindButton(page, 'Institution')).toHaveText(/Institution\s*1/);
  await expect(kindButton(page, 'Anonymous source')).toHaveText(/Anonymous source\s*1/);

  await kindButton(page, 'Institution').click();
  const box = page.getByRole('searchbox', { name: 'Search statements' });
  await expect(box).toHaveValue('speakerkind:institution');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('the new berths would open in spring');
  await expect(kindButton(page, 'Institution')).toHaveAttribute('aria-pressed', 'true');
  await expect(kindButton(page, 'Person')).toHaveCount(0);

  // From the keyboard: the pressed kind takes itself out of the query again.
  await kindButton(page, 'Institution').focus();
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue('');
  await expect(rows(page)).toHaveCount(3);

  await box.fill('speakerkind:anonymous');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('the price was still open');
  await expect(kindButton(page, 'Anonymous source')).toHaveAttribute('aria-pressed', 'true');

  await box.fill('speakerkind:ministry');
  await expect(page.getByText('speakerkind: takes person, institution, anonymous or unknown')).toBeVisible();
});

test('the review queue opens the clip in the reader at the statement', async ({ page, served }) => {
  await openExplorer(page, served);
  await page.getByRole('button', { name: /^Needs review/ }).click();
  const options = queue(page).getByRole('option');
  await expect(options).toHaveCount(2);
  const second = (await options.nth(1).innerText()).includes('price was still open') ? 'the price was still open' : 'the new berths would open in spring';

  await queue(page).focus();
  await page.keyboard.press('j');
  await page.keyboard.press('o');
  const reader = page.getByRole('article', { name: 'Reader' });
  await expect(reader).toContainText('Ferry talks resume in Aktau');
  await expect(reader.locator('.statement-item[aria-current="true"]')).toContainText(second);

  await page.getByRole('button', { name: /^Statements/ }).click();
  await page.getByRole('button', { name: /^Needs review/ }).click();
  await queue(page).getByRole('option').first().click();
  await queue(page).getByRole('button', { name: 'Open clip (O)' }).click();
  await expect(reader.locator('.statement-item[aria-current="true"]')).not.toContainText(second);
});

async function route<T>(request: APIRequestContext, served: ServedLibrary, name: string, input: unknown): Promise<T> {
  const response = await request.post(`${served.origin}/api/${name}`, { headers: { Authorization: `Bearer ${served.token}` }, data: input });
  const body = (await response.json()) as { ok: boolean; result: T };
  expect(body.ok, name).toBe(true);
  return body.result;
}

test('the review queue pages past 200 from the keyboard and with Show more', async ({ page, served, request }) => {
  // A log of numbered lines, each marked as a statement with no speaker and left to the machine: 205 to review.
  const lines = Array.from({ length: 205 }, (_, i) => `Entry ${String(i + 1).padStart(3, '0')} of the harbour log.`);
  const text = lines.join('\n\n');
  const { article } = await route<{ article: { id: string } }>(request, served, 'clips.fromText', { text, title: 'Harbour log', publishedAt: '2026-02-01' });
  let at = 0;
  for (const line of lines) {
    const start = text.indexOf(line, at);
    at = start + line.length;
    const added = await route<{ id: string }>(request, served, 'statements.add', { articleId: article.id, start, end: at, speaker: null, kind: 'reported' });
    await route(request, served, 'statements.correct', { id: added.id, status: 'found' });
  }

  await page.goto(served.url);
  await page.getByRole('button', { name: /^Statements/ }).click();
  await page.getByRole('button', { name: /^Needs review/ }).click();
  const options = queue(page).getByRole('option');
  await expect(options).toHaveCount(200);
  await expect(page.locator('.review-help')).toContainText('200 of 205 shown');

  await options.nth(199).click();
  await expect(options.nth(199)).toContainText('Entry 200 of the harbour log.');
  await queue(page).focus();
  await page.keyboard.press('j');
  await expect(options).toHaveCount(205);
  await expect(options.nth(200)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(200)).toContainText('Entry 201 of the harbour log.');
  await page.keyboard.press('k');
  await expect(options.nth(199)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('button', { name: /^Show \d+ more/ })).toHaveCount(0);
});
