// A text over a megabyte is asked about before Verbatim analyses it, whether it is pasted anywhere or into New clip:
// the question says how long it is and what it will cost, and nothing is clipped until the person says yes.
import { expect, test } from '../helpers/served-test';
import { pasteAnywhere } from '../helpers/flow';

/** About 1.3 MB of plain prose in paragraphs, with a title line; every paragraph differs so nothing folds away. */
function longText(): string {
  const paragraphs: string[] = [];
  for (let i = 0; paragraphs.join('\n\n').length < 1_300_000; i++) {
    paragraphs.push(`Paragraph ${i} of the long report on regional water policy, read out in full at the hearing number ${i * 7}. The committee heard evidence from farmers, engineers and officials about reservoirs, canals and pumping stations, and about the cost of each over the next decade.`);
  }
  return `The long water report\n\n${paragraphs.join('\n\n')}\n`;
}

test('Ctrl+V anywhere with a 1.3 MB text asks first; declining clips nothing, accepting clips it', async ({ page, served }) => {
  const text = longText();
  await page.goto(served.url);
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();

  await pasteAnywhere(page, text);
  const question = page.getByRole('dialog', { name: 'A very long text' });
  await expect(question).toContainText('This text is 1.3 MB');
  await expect(question).toContainText(/the library will grow by about \d+\.\d MB/);
  await question.getByRole('button', { name: 'Don’t clip it' }).click();
  await expect(question).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();

  await pasteAnywhere(page, text);
  await expect(question).toBeVisible();
  // The answer the question's focus is on: Enter clips.
  await expect(question.getByRole('button', { name: 'Clip it anyway' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('option').first()).toContainText('The long water report', { timeout: 60_000 });
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(1);
});

test('New clip with a 1.3 MB text waits for a yes before it analyses the text', async ({ page, served }) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Paste an article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New clip' });
  // Pasted into the text box, the way a person pastes: the box would take Chromium a minute to lay out at this size,
  // so the text is held beside it instead.
  await dialog.getByLabel('Article text').focus();
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, longText());
  await expect(dialog.getByText('This text is 1.3 MB')).toBeVisible();
  await expect(dialog.getByText(/A pasted text of 1\.3 MB: too long to show/)).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Article text' })).toHaveCount(0);
  await expect(dialog.locator('#paste-status')).toHaveText('Waiting for your answer about this long text');
  // Nothing was analysed: no title was found and the form cannot be submitted.
  await expect(dialog.getByRole('button', { name: 'Clip it', exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Clip it anyway' }).click();
  await expect(dialog.locator('#paste-status')).toContainText('paragraphs', { timeout: 60_000 });
  await expect(dialog.getByLabel(/^Title/)).toHaveValue('The long water report');

  // A short text needs no question.
  await dialog.getByRole('button', { name: 'Remove it' }).click();
  await dialog.getByLabel('Article text').fill('A short note\n\nThe minister said the talks would go on next week in Geneva, officials confirmed.');
  await expect(dialog.getByText(/This text is/)).toHaveCount(0);
  await expect(dialog.locator('#paste-status')).toContainText('paragraph');
});
