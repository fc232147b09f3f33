// The main screens in light and dark, with a few clips in the library, saved to test-results/screens/ for review;
// plus the keyboard-only path through them.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../helpers/served-test';
import { pasteAnywhere, shot } from '../helpers/flow';
import { ROOT } from '../helpers/serve';

const FIXTURES = ['headline-first.txt', 'pasted-russian.txt', 'pasted-interview.txt'].map((f) => fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', f), 'utf8'));

for (const colorScheme of ['light', 'dark'] as const) {
  test(`library, reader and shortcuts by keyboard (${colorScheme})`, async ({ page, served }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(served.url);
    for (const text of FIXTURES) {
      await pasteAnywhere(page, text);
      await expect(page.getByRole('status')).toContainText('Clipped');
    }
    await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(3);
    // Newest first: 2025-03-12, 2025-02-11, then the undated wire story (never dated by when it was clipped).
    await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option').nth(0)).toContainText('Министр транспорта');
    await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option').nth(1)).toContainText('Georgia and Kazakhstan');
    await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option').nth(2)).toContainText('Ministers sign transit agreement');
    await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option').nth(2)).toContainText('Undated');

    await page.locator('body').click({ position: { x: 700, y: 5 } });
    await page.keyboard.press('j');
    await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option', { selected: true })).toContainText('Министр транспорта');
    await page.keyboard.press('j');
    await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option', { selected: true })).toContainText('Georgia and Kazakhstan');
    await page.keyboard.press('j');
    await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option', { selected: true })).toContainText('Ministers sign');
    await expect(page.getByRole('article', { name: 'Reader' })).toHaveAttribute('lang', 'en');
    await shot(page, `library-${colorScheme}`);

    await page.keyboard.press('Control+k');
    await expect(page.getByRole('searchbox', { name: 'Search clips' })).toBeFocused();
    await page.keyboard.type('порт');
    await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(1);
    await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toContainText('Министр транспорта');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(3);

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('row')).toHaveCount(20);
    await shot(page, `shortcuts-${colorScheme}`);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
}
