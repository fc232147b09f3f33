// The reader puts the text first: on opening a clip at 1280×720 and at 1440×900 the article's first lines are on
// screen, with the statements beside the text on a wide pane and folded to one summary line on a narrow one. A long
// clip is rendered in parts, yet a statement near its end, and words found in it, are brought into view.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/served-test';
import { INTERVIEW, pasteAnywhere, shot } from '../helpers/flow';
import { ROOT } from '../helpers/serve';

const SEED = path.resolve(ROOT, '..', 'shared', 'corpus', 'seed', '000_10f613d3d861b7f3.txt');
const reader = (page: Page) => page.getByRole('article', { name: 'Reader' });

/** Asserts that the first paragraph's first line lies inside the window. */
async function expectFirstLinesVisible(page: Page): Promise<void> {
  const first = reader(page).locator('.reader-body p').first();
  await expect(first).toBeVisible();
  const box = (await first.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  // A line of reading text is about 28 px: the first two lines are above the bottom of the window.
  expect(box.y + 56).toBeLessThanOrEqual(viewport.height);
}

for (const size of [
  { width: 1280, height: 720, wide: false },
  { width: 1440, height: 900, wide: true },
]) {
  test(`at ${size.width}×${size.height} the text starts on screen, statements ${size.wide ? 'beside it' : 'on one line above it'}`, async ({ page, served }) => {
    await page.setViewportSize(size);
    await page.goto(served.url);
    await pasteAnywhere(page, INTERVIEW);
    const r = reader(page);
    // The first clip of a fresh server waits for the statement finder to warm up.
    await expect(r.locator('mark.statement')).toHaveCount(5, { timeout: 40_000 });
    await expectFirstLinesVisible(page);
    const summary = r.locator('.statements-details:not(.highlights-details) > summary');
    await expect(summary).toContainText('5 statements');
    const body = (await r.locator('.reader-body').boundingBox())!;
    if (size.wide) {
      // The cards stand in a column to the right of the text.
      const card = (await r.locator('.statement-item').first().boundingBox())!;
      expect(card.x).toBeGreaterThanOrEqual(body.x + body.width);
      await expect(summary).toContainText('Hide');
    } else {
      // One line says what there is; the cards wait until asked for, and then open over the text.
      await expect(summary).toContainText('Show');
      await expect(r.locator('.statement-item')).toHaveCount(0);
      await summary.click();
      await expect(r.locator('.statement-item')).toHaveCount(5);
      await expectFirstLinesVisible(page);
      await summary.click();
      await expect(r.locator('.statement-item')).toHaveCount(0);
    }
  });
}

test('screenshots of the seed clip in the reader, light and dark, at 1440×900 and 1280×720', async ({ page, served }) => {
  test.skip(!fs.existsSync(SEED), `the seed document is not at ${SEED} (it ships with ../shared/corpus, not with the project)`);
  await page.goto(served.url);
  await pasteAnywhere(page, fs.readFileSync(SEED, 'utf8'));
  await expect(reader(page).locator('mark.statement')).toHaveCount(7, { timeout: 40_000 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const size of [
      { width: 1440, height: 900 },
      { width: 1280, height: 720 },
    ]) {
      await page.setViewportSize(size);
      await expectFirstLinesVisible(page);
      await shot(page, `reader-seed-${size.width}x${size.height}-${scheme}`);
    }
  }
});

/** 2,000 paragraphs, each with one quotation by one of two speakers; the last one says something findable. */
function longClip(): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < 2000; i++) {
    const speaker = i % 2 === 0 ? 'Minister Leyla Aliyeva' : 'Mayor Tomas Berg';
    const words = i === 1999 ? 'The last canal opens in the spring of the harbour year' : `Site ${i} will have water before the rains`;
    paragraphs.push(`At hearing ${i} the plan for district ${i} was read out. “${words},” said ${speaker}.`);
  }
  return `Two thousand hearings on the water plan\n\n${paragraphs.join('\n\n')}\n`;
}

test('a clip of 2,000 paragraphs renders a few at a time; a statement near the end and find reach it', async ({ page, served }) => {
  test.setTimeout(180_000);
  await page.goto(served.url);
  await pasteAnywhere(page, longClip());
  const r = reader(page);
  await expect(r.locator('.reader-title')).toContainText('Two thousand hearings', { timeout: 120_000 });
  await expect(r.locator('.statements-details:not(.highlights-details) > summary')).toContainText('2,000 statements', { timeout: 60_000 });
  const paragraphs = r.locator('.reader-body p');
  await expect(paragraphs.first()).toBeVisible();
  expect(await paragraphs.count()).toBeLessThan(200);
  expect(await r.locator('.statement-item').count()).toBeLessThan(200);
  await expectFirstLinesVisible(page);

  // The last card: the list scrolled to its end, then chosen; the text brings its statement into view.
  const list = r.locator('.statement-scroll');
  await expect(async () => {
    await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(r.locator('.statement-item').filter({ hasText: 'The last canal opens' })).toBeVisible({ timeout: 1000 });
  }).toPass();
  await r.locator('.statement-item').filter({ hasText: 'The last canal opens' }).locator('.statement-text').click();
  const mark = r.locator('mark.statement.active');
  await expect(mark).toContainText('The last canal opens');
  await expect(mark).toBeInViewport();
  expect(await paragraphs.count()).toBeLessThan(200);

  // Back to the top, then find: the words in the last paragraph are found, shown and selected.
  await page.locator('.reader-pane').evaluate((el) => (el.scrollTop = 0));
  await expect(r.getByText('Site 1 will have water')).toBeVisible();
  await page.locator('.reader-pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+f');
  const find = r.getByRole('searchbox', { name: 'Find in this clip' });
  await expect(find).toBeFocused();
  await find.fill('harbour year');
  await expect(r.locator('.reader-find-count')).toHaveText('0 of 1');
  await find.press('Enter');
  await expect(r.locator('.reader-find-count')).toHaveText('1 of 1');
  await expect(r.locator('.reader-body').getByText('The last canal opens in the spring of the harbour year')).toBeInViewport();
  expect(await page.evaluate(() => getSelection()?.toString())).toBe('harbour year');
});
