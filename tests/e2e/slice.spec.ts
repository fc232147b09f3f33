// The foundation's vertical slice in a real browser against the real `verbatim serve` and a fresh library file:
// paste an article, see it in the list, open it, edit its title, delete it and restore it.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../helpers/served-test';
import { INTERVIEW, pasteAnywhere, pasteEditTrashRestore, shot } from '../helpers/flow';
import { ROOT } from '../helpers/serve';

const SEED = path.resolve(ROOT, '..', 'shared', 'corpus', 'seed', '000_10f613d3d861b7f3.txt');


test('an empty library teaches how to start', async ({ page, served }) => {
  await page.goto(served.url);
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await expect(page.getByText('No clip selected')).toBeVisible();
  await shot(page, 'empty-library');
});

test('paste through the dialog: preview, clip, read, edit the title, trash and restore', async ({ page, served }) => {
  await page.goto(served.url);
  await pasteEditTrashRestore(page, '');
});

test('Ctrl+V anywhere clips the seed document with outlet, date and clean text', async ({ page, served }) => {
  test.skip(!fs.existsSync(SEED), `the seed document is not at ${SEED} (it ships with ../shared/corpus, not with the project)`);
  const seed = fs.readFileSync(SEED, 'utf8');
  await page.goto(served.url);
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await pasteAnywhere(page, seed);
  const row = page.getByRole('option').first();
  await expect(row).toContainText('Cooperation between Azerbaijan and China');
  await expect(row).toContainText('News.Az');
  const reader = page.getByRole('article', { name: 'Reader' });
  await expect(reader.getByRole('button', { name: 'Outlet: News.Az' })).toBeVisible();
  await expect(reader.getByRole('button', { name: /^Publication date: .*2024/ })).toBeVisible();
  await expect(reader.getByRole('button', { name: /^Publication date/ })).toHaveText(new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2024, 2, 26)));
  await expect(reader.locator('.reader-body p')).toHaveCount(6);
  await expect(reader.locator('.reader-body')).not.toContainText('↺');
  await expect(reader.locator('.reader-body p').last()).toContainText('strategic partnership between China and Azerbaijan');
  await expect(page.getByRole('status')).toContainText('Clipped');
  await shot(page, 'seed-pasted');

  // The same text pasted again is recognised, not stored twice.
  await pasteAnywhere(page, seed);
  await expect(page.getByRole('status')).toContainText('Already in your library');
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(1);
});

test('a bad paste explains itself and stores nothing', async ({ page, served }) => {
  await page.goto(served.url);
  await pasteAnywhere(page, ' date 2024-03-26 + ↺ − 16 px \n\n');
  await expect(page.getByRole('status')).toContainText('Nothing was clipped');
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
});

test('a wrong date in the reader is refused beside the field and the typed text stays', async ({ page, served }) => {
  await page.goto(served.url);
  await pasteAnywhere(page, INTERVIEW);
  const reader = page.getByRole('article', { name: 'Reader' });
  await reader.getByRole('button', { name: /^Publication date/ }).click();
  const box = reader.getByRole('textbox', { name: 'Publication date' });
  await box.fill('2025-02-30');
  await box.press('Enter');
  await expect(reader.getByRole('alert')).toContainText('does not exist');
  await expect(box).toHaveValue('2025-02-30');
  await box.fill('2025-02-12');
  await box.press('Enter');
  await expect(reader.getByRole('button', { name: /^Publication date/ })).toBeVisible();
  await expect(page.getByRole('option').first()).toContainText(/2025/);
});
