// The report preview under the app's Content-Security-Policy (style-src 'self'): the report's own stylesheet applies
// in the preview and the policy refuses (and logs) nothing. Parsing the report with its <style> in it was enough
// for the policy to refuse it once, and once more for each coloured highlight or tag.
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/served-test';
import { INTERVIEW, pasteAnywhere } from '../helpers/flow';

const preview = (page: Page) => page.frameLocator('iframe[title="Report preview"]');

test('the preview applies the report’s stylesheet and logs no refused inline style', async ({ page, served }) => {
  test.setTimeout(120_000);
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await page.goto(served.url);
  await pasteAnywhere(page, INTERVIEW);
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(1);

  await page.getByRole('button', { name: /^Reports/ }).click();
  const frame = preview(page);
  await expect(frame.locator('article.clip')).toHaveCount(1);
  // The report's stylesheet applies (the cover's rule under its title), and no inline style reached the frame.
  await expect(frame.locator('header.cover')).toHaveCSS('border-bottom-style', 'solid');
  await expect(frame.locator('[style]')).toHaveCount(0);
  expect(refused).toEqual([]);
});
