// The review queue in the Statements explorer: a guessed attribution is marked in the reader and waits in the
// queue, and is confirmed, rejected (each with Undo) or given its speaker from the keyboard.
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/served-test';
import { pasteAnywhere } from '../helpers/flow';

const TEXT = `Ministers meet again over the transit deal

The delegations met for six hours in Baku on Tuesday. "We have narrowed the gaps on transit," Farid Mammadli said after the session. "The ministry will not accept new conditions," the ministry said in a written comment.`;

const undo = (page: Page, message: string) => page.locator('.toast').filter({ hasText: message }).getByRole('button', { name: 'Undo' }).click();

const queue = (page: Page) => page.getByRole('listbox', { name: 'Statements to review' });

test('a guessed attribution is marked, confirmed, rejected and corrected from the review queue', async ({ page, served }) => {
  await page.goto(served.url);
  await pasteAnywhere(page, TEXT);
  const reader = page.getByRole('article', { name: 'Reader' });
  const cards = reader.locator('.statement-item');
  await expect(cards).toHaveCount(2);
  await expect(cards.filter({ hasText: 'new conditions' })).toContainText('Needs review');
  await expect(cards.filter({ hasText: 'narrowed the gaps' })).not.toContainText('Needs review');

  await page.getByRole('button', { name: /^Statements/ }).click();
  const rows = page.locator('.st-row');
  await expect(rows.filter({ hasText: 'new conditions' })).toContainText('Needs review');
  await expect(rows.filter({ hasText: 'narrowed the gaps' })).not.toContainText('Needs review');
  const tab = page.getByRole('button', { name: /^Needs review/ });
  await expect(tab).toContainText('1');
  await tab.click();
  await expect(queue(page).getByRole('option')).toHaveCount(1);
  await expect(queue(page)).toContainText('Ministers meet again over the transit deal');
  await expect(queue(page)).toContainText('the ministry said in a written comment');

  await queue(page).focus();
  await page.keyboard.press('c');
  await expect(page.getByText('Nothing to review')).toBeVisible();
  await undo(page, 'Attribution confirmed.');
  await expect(queue(page).getByRole('option')).toHaveCount(1);

  await queue(page).focus();
  await page.keyboard.press('r');
  await expect(page.getByText('Nothing to review')).toBeVisible();
  await undo(page, 'Marked as not a statement.');
  await expect(queue(page).getByRole('option')).toHaveCount(1);

  await queue(page).focus();
  await page.keyboard.press('e');
  await queue(page).getByLabel('Speaker').fill('Ministry of Transport');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Nothing to review')).toBeVisible();
  await expect(tab).toHaveText('Needs review');
});

test('the queue moves on to the next statement after one is confirmed', async ({ page, served }) => {
  await page.goto(served.url);
  await pasteAnywhere(page, TEXT);
  await expect(page.getByRole('article', { name: 'Reader' }).locator('.statement-item')).toHaveCount(2);
  await pasteAnywhere(page, TEXT.replace('Ministers meet again', 'Envoys gather once more').replace('Baku', 'Tbilisi').replace('new conditions', 'any new terms'));
  await expect(page.getByRole('article', { name: 'Reader' })).toContainText('Envoys gather once more');
  await page.getByRole('button', { name: /^Statements/ }).click();
  await page.getByRole('button', { name: /^Needs review/ }).click();
  const options = queue(page).getByRole('option');
  await expect(options).toHaveCount(2);
  await queue(page).focus();
  await page.keyboard.press('j');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('k');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  const second = (await options.nth(1).innerText()).includes('any new terms') ? 'any new terms' : 'new conditions';
  await page.keyboard.press('c');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(options.first()).toContainText(second);
  await expect(page.getByRole('button', { name: /^Needs review/ })).toContainText('1');
});
