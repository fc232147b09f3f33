// The registry loaded from a press office's own list and cleaned up without fear: a CSV written for this test is
// checked (the dry run's report shows before anything is written) and imported; a removed official comes back
// with Undo, statements and all.
import fs from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/served-test';
import type { ServedLibrary } from '../helpers/serve';
import { shot } from '../helpers/flow';

const OFFICE_LIST = [
  'name,spellings,country,organization,roles',
  'Farid Gasimli,Fərid Qasımlı | Фарид Гасымлы | Farid Qasimli,Azerbaijan,Port of Lankaran,Director of the Port of Lankaran ; Port of Lankaran ; 2021-02-01',
  'Nino Beridze,ნინო ბერიძე,Georgia,Ministry of Foreign Affairs,',
  'Q,,,,',
].join('\n');

async function clip(page: Page, served: ServedLibrary, text: string): Promise<void> {
  const response = await page.request.post(`${served.origin}/api/clips.fromText`, { headers: { Authorization: `Bearer ${served.token}` }, data: { text } });
  expect(response.ok()).toBe(true);
}

test('imports a CSV after showing what it will do; a removed official is back with Undo, with their statements', async ({ page, served }) => {
  await page.goto(served.url);
  await clip(page, served, 'Quay works\n\n“The quay will be ready in May,” Farid Qasimli told reporters in Lankaran on Monday. “Ships will call weekly,” he added.\n\nPublished 2025-03-10.');
  await page.getByRole('button', { name: /^Officials/ }).click();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import officials' });
  await dialog.getByLabel('Officials file').setInputFiles({ name: 'office-list.csv', mimeType: 'text/csv', buffer: Buffer.from(OFFICE_LIST) });
  await expect(dialog.getByText('office-list.csv')).toBeVisible();
  await dialog.getByRole('button', { name: 'Check' }).click();
  const report = dialog.getByRole('status', { name: 'What the import will do' });
  await expect(report).toContainText('2 officials to add');
  await expect(report).toContainText('Row 4: name: A name needs at least two letters.');
  await shot(page, 'officials-import-check');
  // Nothing is written by the check.
  await expect(page.getByRole('option', { name: /Farid Gasimli/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('option', { name: /Nino Beridze/ })).toBeVisible();
  const farid = page.getByRole('option', { name: /Farid Gasimli/ });
  await expect(farid).toContainText('2 statements');

  await farid.click();
  const official = page.getByRole('article', { name: 'Official' });
  await expect(official).toContainText('What Farid Gasimli said (2)');
  await official.locator('.reader-actions').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByText('No official selected')).toBeVisible();
  await expect(page.getByRole('option', { name: /Farid Gasimli/ })).toHaveCount(0);
  const toast = page.locator('.toast').filter({ hasText: 'Farid Gasimli was removed from the registry' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.toast').filter({ hasText: 'Farid Gasimli is back in the registry.' })).toBeVisible();
  await expect(farid).toContainText('2 statements');
  await farid.click();
  await expect(official).toContainText('What Farid Gasimli said (2)');
  await expect(official.getByRole('listitem').filter({ hasText: 'Фарид Гасымлы' })).toBeVisible();
  await expect(official).toContainText('Director of the Port of Lankaran');
});

test('a file Verbatim cannot read is explained beside the list, which stays as it was', async ({ page, served }) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: /^Officials/ }).click();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import officials' });
  const list = dialog.getByLabel(/The list/);
  await expect(list).toBeFocused();
  await page.keyboard.type('title,url\nPort news,https://example.org');
  // Past Cancel to Check, from the keyboard.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Check' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('The column “title” is not one Verbatim reads; the columns are name, spellings, country, organization, roles.');
  await expect(list).toHaveValue('title,url\nPort news,https://example.org');
});

test('merging two officials acts at once; Undo separates them again, each with their own spellings', async ({ page, served }) => {
  await page.goto(served.url);
  const imported = await page.request.post(`${served.origin}/api/officials.import`, {
    headers: { Authorization: `Bearer ${served.token}` },
    data: { format: 'csv', text: 'name,spellings\nLeyla Gasimova,Лейла Гасымова\nL. Gasimova,Л. Гасымова\n' },
  });
  expect(imported.ok()).toBe(true);
  await page.getByRole('button', { name: /^Officials/ }).click();
  const registry = page.getByRole('listbox', { name: 'In the registry' });
  await registry.getByRole('option', { name: /L\. Gasimova/ }).click();
  const official = page.getByRole('article', { name: 'Official' });
  await official.getByLabel('Merge into').selectOption({ label: 'Leyla Gasimova' });
  await official.getByRole('button', { name: 'Merge' }).click();
  await expect(registry.getByRole('option', { name: /L\. Gasimova/ })).toHaveCount(0);
  await registry.getByRole('option', { name: /Leyla Gasimova/ }).click();
  await expect(official.getByRole('listitem').filter({ hasText: 'Л. Гасымова' })).toBeVisible();
  await page.locator('.toast').filter({ hasText: 'L. Gasimova was merged into Leyla Gasimova.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.toast').filter({ hasText: 'L. Gasimova is separate again.' })).toBeVisible();
  await expect(official.getByRole('listitem').filter({ hasText: 'Л. Гасымова' })).toHaveCount(0);
  await registry.getByRole('option', { name: /L\. Gasimova/ }).click();
  await expect(official.getByRole('listitem').filter({ hasText: 'Л. Гасымова' })).toBeVisible();
});

test('a removal whose toast a reload took away is offered for Undo again wherever the app opens', async ({ page, served }) => {
  // The page's date stands still (its timers run), so that a slow reload cannot spend the toast's seven seconds.
  await page.clock.setFixedTime(new Date());
  await page.goto(served.url);
  const imported = await page.request.post(`${served.origin}/api/officials.import`, { headers: { Authorization: `Bearer ${served.token}` }, data: { format: 'csv', text: 'name\nNino Beridze\n' } });
  expect(imported.ok()).toBe(true);
  await page.getByRole('button', { name: /^Officials/ }).click();
  const registry = page.getByRole('listbox', { name: 'In the registry' });
  await registry.getByRole('option', { name: /Nino Beridze/ }).click();
  await page.getByRole('article', { name: 'Official' }).locator('.reader-actions').getByRole('button', { name: 'Remove' }).click();
  await expect(page.locator('.toast').filter({ hasText: 'Nino Beridze was removed from the registry' })).toBeVisible();
  await page.reload();
  // The app opens on the library: the Undo is offered there already.
  await expect(page.locator('.toast').filter({ hasText: 'Nino Beridze was removed from the registry' })).toBeVisible();
  await page.getByRole('button', { name: /^Officials/ }).click();
  await expect(registry.getByRole('option', { name: /Nino Beridze/ })).toHaveCount(0);
  await page.locator('.toast').filter({ hasText: 'Nino Beridze was removed from the registry' }).getByRole('button', { name: 'Undo' }).click();
  await expect(registry.getByRole('option', { name: /Nino Beridze/ })).toBeVisible();
});

test('exports the registry as a CSV file from the keyboard', async ({ page, served }) => {
  await page.goto(served.url);
  const imported = await page.request.post(`${served.origin}/api/officials.import`, {
    headers: { Authorization: `Bearer ${served.token}` },
    data: { format: 'csv', text: 'name,spellings,country\nHikmet Hajiyev,Hikmət Hacıyev | Хикмет Гаджиев,Azerbaijan\n' },
  });
  expect(imported.ok()).toBe(true);
  await page.getByRole('button', { name: /^Officials/ }).click();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export officials' });
  await expect(dialog.getByRole('radio', { name: /^CSV/ })).toBeFocused();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^officials-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await fs.readFile(await file.path())).toString('utf8');
  expect(text.replace(/^\uFEFF/, '').split('\r\n').slice(0, 2)).toEqual(['name,spellings,country,organization,roles', 'Hikmet Hajiyev,Hikmət Hacıyev | Хикмет Гаджиев,Azerbaijan,,']);
  await expect(dialog).toBeHidden();
});
