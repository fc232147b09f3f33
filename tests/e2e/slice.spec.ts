// The foundation's vertical slice in a real browser against the real `verbatim serve` and a fresh library file:
// paste an article, see it in the list, open it, edit its title, delete it and restore it.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ROOT, serveLibrary, type ServedLibrary } from '../helpers/serve';

const SEED = path.resolve(ROOT, '..', 'shared', 'corpus', 'seed', '000_10f613d3d861b7f3.txt');
const FIXTURE = fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'pasted-interview.txt'), 'utf8');
const SCREENS = path.join(ROOT, 'test-results', 'screens');

let served: ServedLibrary;

test.beforeEach(async () => {
  served = await serveLibrary();
});

test.afterEach(async () => {
  await served.stop();
});

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`) });
}

/** Fires a real paste event on the page, as Ctrl+V does with text on the clipboard. */
async function pasteAnywhere(page: Page, text: string) {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('an empty library teaches how to start', async ({ page }) => {
  await page.goto(served.url);
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await expect(page.getByText('No clip selected')).toBeVisible();
  await shot(page, 'empty-library');
});

test('paste through the dialog: preview, clip, read, edit the title, trash and restore', async ({ page }) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Paste an article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New clip' });
  await dialog.getByLabel('Article text').fill(FIXTURE);
  await expect(dialog.getByLabel('Outlet')).toHaveValue('Kaspi.News');
  await expect(dialog.getByRole('textbox', { name: /Published/ })).toHaveValue('2025-02-11');
  await expect(dialog.getByRole('listitem')).toHaveText(['date 2025-02-11 + ↺ − 16 px', 'Kaspi.News']);
  await shot(page, 'paste-dialog');
  await dialog.getByRole('button', { name: 'Clip it' }).click();

  const row = page.getByRole('option').first();
  await expect(row).toContainText('Georgia and Kazakhstan have agreed');
  await expect(row).toContainText('Kaspi.News');
  const reader = page.getByRole('article', { name: 'Reader' });
  await expect(reader.getByRole('button', { name: 'Outlet: Kaspi.News' })).toBeVisible();
  await expect(reader).toContainText('“Our ports at Poti and Batumi are ready');
  await expect(reader).not.toContainText('16 px');
  await expect(reader.locator('.reader-body p')).toHaveCount(4);
  await expect(reader.locator('.reader-body')).not.toContainText(/Kaspi\.News\s*$/);

  // Edit the title from the keyboard.
  await page.keyboard.press('Escape');
  await page.locator('.reader-pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('e');
  const titleBox = reader.getByRole('textbox', { name: 'Title' });
  await titleBox.fill('Georgia and Kazakhstan to expand Caspian ferries');
  await titleBox.press('Enter');
  await expect(row).toContainText('Georgia and Kazakhstan to expand Caspian ferries');
  await expect(reader.getByText('Title found in the text')).toHaveCount(0);
  await shot(page, 'reader');

  // Delete goes to the trash, with Undo; the trash can restore it.
  await page.keyboard.press('Delete');
  await expect(page.getByRole('status')).toContainText('Moved to the trash');
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await page.getByRole('button', { name: /^Trash/ }).click();
  await page.getByRole('option').first().click();
  await expect(reader.getByText('This clip is in the trash.')).toBeVisible();
  await shot(page, 'trash');
  await reader.getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('button', { name: /^Library/ }).click();
  await expect(page.getByRole('option').first()).toContainText('Georgia and Kazakhstan to expand Caspian ferries');
});

test('Ctrl+V anywhere clips the seed document with outlet, date and clean text', async ({ page }) => {
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
  await expect(page.getByRole('option')).toHaveCount(1);
});

test('a bad paste explains itself and stores nothing', async ({ page }) => {
  await page.goto(served.url);
  await pasteAnywhere(page, ' date 2024-03-26 + ↺ − 16 px \n\n');
  await expect(page.getByRole('status')).toContainText('Nothing was clipped');
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
});

test('a wrong date in the reader is refused beside the field and the typed text stays', async ({ page }) => {
  await page.goto(served.url);
  await pasteAnywhere(page, FIXTURE);
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
