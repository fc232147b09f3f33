// Agency signatures through the UI (issue 13, point 5): a signature of the library's own added in Settings (a
// mistake shown beside its row, nothing typed lost), a pasted text signed with it gets that outlet; a Chinese
// wire text gets Xinhua and its date from the built-in table and the date reader. The texts are written for it.
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/served-test';
import { pasteAnywhere, shot } from '../helpers/flow';

const settings = (page: Page) => page.getByRole('dialog', { name: 'Library settings' });
const reader = (page: Page) => page.getByRole('article', { name: 'Reader' });
const clips = (page: Page) => page.getByRole('listbox', { name: 'Clips' });

test('a signature added in Settings names the outlet of a pasted text', async ({ page, served }) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  const d = settings(page);
  await d.getByText(/Built-in signatures \(\d+ outlets\)/).click();
  await expect(d.getByRole('cell', { name: '新华社 · 新华网', exact: false })).toBeVisible();
  await d.getByText(/Built-in signatures \(\d+ outlets\)/).click();
  await expect(d.getByRole('cell', { name: '新华社 · 新华网', exact: false })).toBeHidden();
  await d.getByRole('button', { name: '+ Add an outlet’s signatures' }).click();
  await d.getByLabel('Outlet, outlet 1').fill('Caspian Courier');
  await d.getByLabel('Country, outlet 1').fill('Kazakhstan');
  // No signature yet: refused beside the row, and what was typed stays.
  await d.getByRole('button', { name: 'Save' }).click();
  await expect(d.getByRole('alert')).toHaveText('Give at least one signature, as it appears in texts.');
  await expect(d.getByLabel('Outlet, outlet 1')).toHaveValue('Caspian Courier');
  await d.getByLabel('Signatures, outlet 1').fill('CasCour; Каспийский курьер');
  await expect(d.getByRole('alert')).toBeHidden();
  await shot(page, 'settings-agency-signatures');
  await d.getByRole('button', { name: 'Save' }).click();
  await expect(d).toBeHidden();

  await pasteAnywhere(page, 'Ferry schedule doubled\n\nThe port authority said the ferry between Aktau and Baku will run twice a day from April, after the new berth opened.\n\nCargo operators welcomed the change.\n\nКаспийский курьер');
  await expect(clips(page).getByRole('option')).toHaveCount(1);
  await expect(clips(page).getByRole('option').first()).toContainText('Caspian Courier');
  await expect(reader(page).getByRole('button', { name: 'Outlet: Caspian Courier' })).toBeVisible();
  await expect(reader(page)).not.toContainText('Каспийский курьер');

  // Kept with the library: the dialog opens again with the row as saved.
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(settings(page).getByLabel('Signatures, outlet 1')).toHaveValue('CasCour; Каспийский курьер');
});

test('a Chinese wire text gets Xinhua and its date', async ({ page, served }) => {
  await page.goto(served.url);
  await pasteAnywhere(page, '港口合作取得新进展\n\n2025年3月12日 09:40\n\n新华社北京3月12日电 两国交通部门在北京举行会谈，双方同意扩大里海港口之间的货运合作。\n\n双方还讨论了明年开通新航线的计划。');
  await expect(clips(page).getByRole('option')).toHaveCount(1);
  const r = reader(page);
  await expect(r.getByRole('button', { name: 'Outlet: Xinhua' })).toBeVisible();
  await expect(r.getByRole('button', { name: /^Publication date: .*(12.*Mar.*2025|Mar.*12.*2025)/ })).toBeVisible();
  await shot(page, 'reader-xinhua');
});
