// The registry of officials through the UI: an official added by hand from the dialog, a mistake shown beside its
// field without losing what was typed; a removed official's page closes before the registry reloads (no 404).
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/served-test';
import { shot } from '../helpers/flow';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Add an official' });

test('adds an official by hand, with spellings and a dated role; a wrong date is shown beside its field', async ({ page, served }) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: /^Officials/ }).click();
  await page.getByRole('button', { name: 'Add official…' }).click();
  const d = dialog(page);
  await expect(d.getByLabel('Name')).toBeFocused();
  await page.keyboard.type('Farid Gasimli');
  await d.getByLabel(/Other spellings/).fill('Fərid Qasımlı\nФарид Гасымлы');
  await d.getByLabel('Country').fill('Azerbaijan');
  await d.getByLabel('Role 1 title').fill('Director of the Port of Lankaran');
  await d.getByLabel('Role 1 from').fill('2021-02-30');
  await shot(page, 'official-add-dialog');
  await page.keyboard.press('Enter');
  await expect(d.getByRole('alert')).toHaveText('That day does not exist in the calendar.');
  await expect(d.getByLabel('Name')).toHaveValue('Farid Gasimli');
  await shot(page, 'official-add-error');
  await d.getByLabel('Role 1 from').fill('2021-02-01');
  await d.getByRole('button', { name: 'Add official' }).click();
  await expect(d).toBeHidden();
  const official = page.getByRole('article', { name: 'Official' });
  await expect(official).toContainText('Farid Gasimli');
  await expect(official).toContainText('Director of the Port of Lankaran');
  await expect(official.getByRole('listitem').filter({ hasText: 'Фарид Гасымлы' })).toBeVisible();
  await expect(page.getByRole('option', { name: /Farid Gasimli/ })).toBeVisible();
  await shot(page, 'officials-page');
});

test('removing an official closes its page without asking the server for it again', async ({ page, served }) => {
  const failures: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(served.url);
  await page.getByRole('button', { name: /^Officials/ }).click();
  await page.getByRole('button', { name: 'Add official…' }).click();
  await page.keyboard.type('Leyla Abdullayeva');
  await dialog(page).getByRole('button', { name: 'Add official' }).click();
  const official = page.getByRole('article', { name: 'Official' });
  await expect(official).toContainText('Leyla Abdullayeva');
  await official.getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByText('No official selected')).toBeVisible();
  await expect(page.getByRole('option', { name: /Leyla Abdullayeva/ })).toHaveCount(0);
  expect(failures).toEqual([]);
});
