// Statements through the UI: found on paste, highlighted with their speakers, corrected in place, added from a
// selection, and gathered under the official in the registry.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/served-test';
import { INTERVIEW, pasteAnywhere, shot } from '../helpers/flow';
import { ROOT } from '../helpers/serve';

const SEED = path.resolve(ROOT, '..', 'shared', 'corpus', 'seed', '000_10f613d3d861b7f3.txt');

const reader = (page: Page) => page.getByRole('article', { name: 'Reader' });

test('the seed: seven statements by Hikmet Hajiyev, and Hajiyev proposed with his full title', async ({ page, served }) => {
  test.skip(!fs.existsSync(SEED), `the seed document is not at ${SEED} (it ships with ../shared/corpus, not with the project)`);
  await page.goto(served.url);
  await pasteAnywhere(page, fs.readFileSync(SEED, 'utf8'));
  const r = reader(page);
  await expect(r.getByText('7 statements', { exact: false }).first()).toBeVisible();
  await expect(r.locator('.statements-details:not(.highlights-details) > summary')).toContainText('by Hikmet Hajiyev');
  await expect(r.locator('mark.statement')).toHaveCount(7);
  await expect(r.locator('mark.statement.reported')).toHaveCount(3);
  await expect(r.locator('.speaker-tag')).toHaveText(Array(7).fill('Hajiyev'));
  const items = r.getByRole('listitem').filter({ has: page.locator('.statement-kind') });
  await expect(items.filter({ hasText: 'quotation' })).toHaveCount(4);
  await expect(items.filter({ hasText: '“said”' })).toHaveCount(2);
  await expect(items.filter({ hasText: '“added”' })).toHaveCount(2);
  await expect(items.filter({ hasText: '“stressed”' })).toHaveCount(1);
  await expect(items.filter({ hasText: '“emphasized”' })).toHaveCount(1);
  await expect(items.filter({ hasText: '“said in an interview”' })).toHaveCount(1);
  await expect(page.getByRole('option').first()).toContainText('7 statements');
  await shot(page, 'seed-statements');

  await page.getByRole('button', { name: /^Officials/ }).click();
  await page.getByRole('option', { name: /Hikmet Hajiyev/ }).click();
  const official = page.getByRole('article', { name: 'Official' });
  await expect(official).toContainText('Assistant to the President of Azerbaijan - Head of the Foreign Policy Affairs Department of the Presidential Administration');
  await official.getByRole('button', { name: 'Accept into the registry' }).click();
  await expect(official).toContainText('Official');
  await official.getByLabel('Another spelling').fill('Хикмет Гаджиев');
  await official.getByRole('button', { name: 'Add spelling' }).click();
  await expect(official.getByRole('listitem').filter({ hasText: 'Хикмет Гаджиев' })).toBeVisible();
  await expect(official.locator('.timeline li')).toHaveCount(7);
  await shot(page, 'official');
});

test('correcting the machine: change a speaker, reject a statement, add one from a selection', async ({ page, served }) => {
  await page.goto(served.url);
  await pasteAnywhere(page, INTERVIEW);
  const r = reader(page);
  await expect(r.locator('mark.statement')).toHaveCount(5);
  const items = r.locator('.statement-item');

  await items.nth(1).locator('.speaker-chip').click();
  await r.getByRole('combobox', { name: 'Speaker' }).fill('Marat Karabayev');
  await r.getByRole('button', { name: 'Save' }).click();
  await expect(items.nth(1)).toContainText('Marat Karabayev');
  await expect(items.nth(1)).toContainText('corrected');

  await items.nth(0).getByRole('button', { name: 'Not a statement' }).click();
  await expect(r.locator('mark.statement')).toHaveCount(4);
  await expect(r.getByText('1 marked as not a statement')).toBeVisible();

  // The rejected lead is plain text again; select words in it and add them.
  await page.evaluate(() => {
    const span = [...document.querySelectorAll('.reader-body [data-offset]')].find((s) => s.textContent?.includes('expand ferry capacity'))!;
    const node = span.firstChild!;
    const range = document.createRange();
    const from = node.textContent!.indexOf('expand ferry capacity');
    range.setStart(node, from);
    range.setEnd(node, from + 'expand ferry capacity across the Caspian Sea'.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    span.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  });
  await r.getByRole('button', { name: 'Add the selection as a statement' }).click();
  await expect(items.filter({ hasText: /^Unknown speaker.*expand ferry capacity across the Caspian Sea/ })).toContainText('confirmed');
  await expect(r.locator('mark.statement')).toHaveCount(5);
  await shot(page, 'statements-corrected');

  // The corrections are in the library: a reload shows them.
  await page.reload();
  await page.getByRole('option').first().click();
  await expect(reader(page).locator('.statement-item').filter({ hasText: 'Marat Karabayev' })).toBeVisible();
});

test('splitting a statement where a selection starts, and merging it back', async ({ page, served }) => {
  await page.goto(served.url);
  await pasteAnywhere(page, INTERVIEW);
  const r = reader(page);
  const items = r.locator('.statement-item');
  await expect(items).toHaveCount(5);
  // The first quotation holds two sentences; choose it, select from the second sentence on, and split.
  await r.locator('mark.statement').filter({ hasText: 'Our ports at Poti' }).click();
  await page.evaluate(() => {
    const mark = [...document.querySelectorAll('.reader-body mark')].find((m) => m.textContent?.includes('What we need now'))!;
    const node = mark.firstChild!;
    const from = node.textContent!.indexOf('What we need now');
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, from + 'What we need now'.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    mark.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  });
  await r.getByRole('button', { name: 'Split it where the selection starts' }).click();
  await expect(items).toHaveCount(6);
  await expect(items.locator('.statement-text').filter({ hasText: /^\s*Our ports at Poti and Batumi are ready to take more cargo from Central Asia\.\s*$/ })).toHaveCount(1);
  await items.filter({ hasText: 'Our ports at Poti' }).getByRole('button', { name: 'Merge with the next' }).click();
  await expect(items).toHaveCount(5);
  await expect(items.filter({ hasText: 'What we need now is predictability' })).toContainText('Our ports at Poti');
});

test('an official’s name, country and roles are edited in the registry', async ({ page, served }) => {
  await page.goto(served.url);
  await pasteAnywhere(page, INTERVIEW);
  await expect(reader(page).locator('mark.statement')).toHaveCount(5);
  await page.getByRole('button', { name: /^Officials/ }).click();
  await page.getByRole('option', { name: /Nino Beridze/ }).click();
  const official = page.getByRole('article', { name: 'Official' });
  await official.getByRole('button', { name: 'Accept into the registry' }).click();
  await official.getByRole('button', { name: /^Country/ }).click();
  await official.getByRole('textbox', { name: 'Country' }).fill('Georgia');
  await official.getByRole('textbox', { name: 'Country' }).press('Enter');
  await expect(official.getByRole('button', { name: 'Country: Georgia' })).toBeVisible();
  await official.getByLabel('Role', { exact: true }).fill('Minister of Economy');
  // An impossible date is refused, and what was typed stays to be corrected.
  await official.getByLabel('Role from').fill('2026-02-30');
  await official.getByRole('button', { name: 'Add role' }).click();
  await expect(page.getByRole('status')).toContainText('That day does not exist in the calendar.');
  await expect(official.getByLabel('Role', { exact: true })).toHaveValue('Minister of Economy');
  await official.getByLabel('Role from').fill('2026-01-15');
  await official.getByRole('button', { name: 'Add role' }).click();
  await expect(official.getByRole('listitem').filter({ hasText: /^Minister of Economy/ })).toContainText('2026');
  await expect(official.locator('.timeline li')).toHaveCount(5);
  await shot(page, 'official-edited');
});
