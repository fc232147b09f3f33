// The slice's user flow, shared by the browser tests (Chromium against `serve`) and the desktop tests (Electron).
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { ROOT } from './serve';

export const INTERVIEW = fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'pasted-interview.txt'), 'utf8');
const SCREENS = path.join(ROOT, 'test-results', 'screens');

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`) });
}

/** Fires a real paste event on the page, as Ctrl+V does with text on the clipboard. */
export async function pasteAnywhere(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Selects `phrase` (its `nth` occurrence) in the article's text, as a reader would with the mouse; `mouseup` as a mouse selection ends. */
export async function selectText(page: Page, phrase: string, { mouseup = true, nth = 0 } = {}): Promise<void> {
  await page.evaluate(
    ({ phrase, mouseup, nth }) => {
      const body = document.querySelector('.reader-body')!;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(phrase);
        if (at < 0 || seen++ < nth) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + phrase.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        if (mouseup) node.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`“${phrase}” is not in one run of the article's text`);
    },
    { phrase, mouseup, nth },
  );
}

/** Paste through the dialog, check what was found, clip, read, edit the title, trash and restore. */
export async function pasteEditTrashRestore(page: Page, screenPrefix: string): Promise<void> {
  await page.getByRole('button', { name: 'Paste an article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New clip' });
  await dialog.getByLabel('Article text').fill(INTERVIEW);
  await expect(dialog.getByLabel('Outlet')).toHaveValue('Kaspi.News');
  await expect(dialog.getByRole('textbox', { name: /Published/ })).toHaveValue('2025-02-11');
  await expect(dialog.getByRole('listitem')).toHaveText(['date 2025-02-11 + ↺ − 16 px', 'Kaspi.News']);
  await shot(page, `${screenPrefix}paste-dialog`);
  await dialog.getByRole('button', { name: 'Clip it' }).click();

  const row = page.getByRole('option').first();
  await expect(row).toContainText('Georgia and Kazakhstan have agreed');
  await expect(row).toContainText('Kaspi.News');
  const reader = page.getByRole('article', { name: 'Reader' });
  await expect(reader.getByRole('button', { name: 'Outlet: Kaspi.News' })).toBeVisible();
  await expect(reader).toContainText('“Our ports at Poti and Batumi are ready');
  await expect(reader).not.toContainText('16 px');
  await expect(reader.locator('.reader-body p')).toHaveCount(4);
  await expect(reader.locator('.reader-body p').last()).toContainText('Beridze also underlined the role of the new rail link in connecting the region to European markets');

  // Edit the title from the keyboard; one edit, one message.
  await page.locator('.reader-pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('e');
  const titleBox = reader.getByRole('textbox', { name: 'Title' });
  await titleBox.fill('Georgia and Kazakhstan to expand Caspian ferries');
  await titleBox.press('Enter');
  await expect(row).toContainText('Georgia and Kazakhstan to expand Caspian ferries');
  await expect(page.getByText('Title changed.')).toHaveCount(1);
  await expect(reader.getByText('Title found in the text')).toHaveCount(0);
  await shot(page, `${screenPrefix}reader`);

  // Delete goes to the trash, with Undo; the trash can restore it.
  await page.keyboard.press('Delete');
  await expect(page.getByRole('status')).toContainText('Moved to the trash');
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await page.getByRole('button', { name: /^Trash/ }).click();
  await page.getByRole('option').first().click();
  await expect(reader.getByText('This clip is in the trash.')).toBeVisible();
  await shot(page, `${screenPrefix}trash`);
  await reader.getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('button', { name: /^Library/ }).click();
  await expect(page.getByRole('option').first()).toContainText('Georgia and Kazakhstan to expand Caspian ferries');
}
