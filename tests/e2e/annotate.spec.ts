// Organizing in the reader: tone (suggested, chosen with the control or a key), tags on the article and on a
// statement, highlights with notes and tags that follow their words when the text is edited (or are listed as
// orphaned), and highlights over Arabic and mixed-direction text.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/served-test';
import { INTERVIEW, pasteAnywhere, selectText, shot } from '../helpers/flow';

const reader = (page: Page) => page.getByRole('article', { name: 'Reader' });

/** Moves focus out of any field, so single-key shortcuts apply. */
async function focusReader(page: Page): Promise<void> {
  await page.locator('.reader-pane').click({ position: { x: 5, y: 5 } });
}

test('tone, tags: on the article and on a statement, with the mouse and the keyboard', async ({ page, served }) => {
  await page.goto(served.url);
  await pasteAnywhere(page, INTERVIEW);
  const r = reader(page);
  await expect(r.locator('mark.statement')).toHaveCount(5);
  const strip = r.getByRole('region', { name: 'Tone, tags and topics' });
  const tone = strip.getByRole('group', { name: 'Article tone' });

  // The scorer's suggestion shows as a suggestion (nothing pressed) until it is confirmed.
  const suggestion = strip.getByText(/^Suggested: (positive|neutral|negative)/);
  await expect(suggestion).toBeVisible();
  const suggested = /Suggested: (positive|neutral|negative)/.exec((await suggestion.textContent()) ?? '')![1]!;
  await expect(tone.getByRole('button', { pressed: true })).toHaveCount(0);
  await expect(tone.locator('button.suggested')).toHaveCount(1);
  await shot(page, 'annotate-tone-suggested');
  await strip.getByRole('button', { name: `Accept the suggested tone: ${suggested}` }).click();
  await expect(tone.getByRole('button', { name: suggested, exact: false, pressed: true })).toBeVisible();
  await expect(strip.getByText(/^Suggested:/)).toHaveCount(0);

  // Another tone with the control (clicking the chosen one again would take the choice back), then with a key.
  const other = suggested === 'neutral' ? 'Positive' : 'Neutral';
  await tone.getByRole('button', { name: other }).click();
  await expect(tone.getByRole('button', { name: other })).toHaveAttribute('aria-pressed', 'true');
  await focusReader(page);
  await page.keyboard.press('3');
  await expect(tone.getByRole('button', { name: 'Negative' })).toHaveAttribute('aria-pressed', 'true');
  await expect(tone.getByRole('button', { name: other })).toHaveAttribute('aria-pressed', 'false');

  // Tags: typed into the field, and T goes there from anywhere.
  await strip.getByRole('combobox', { name: 'Add tag to the article' }).fill('Caspian ferries');
  await strip.getByRole('combobox', { name: 'Add tag to the article' }).press('Enter');
  const tags = strip.getByRole('list', { name: 'Tags of the article' });
  await expect(tags.getByRole('listitem')).toHaveText([/Caspian ferries/]);
  await focusReader(page);
  await page.keyboard.press('t');
  await expect(strip.getByRole('combobox', { name: 'Add tag to the article' })).toBeFocused();
  await page.keyboard.type('ports');
  await page.keyboard.press('Enter');
  await expect(tags.getByRole('listitem')).toHaveCount(2);
  await tags.getByRole('button', { name: 'Remove tag Caspian ferries' }).click();
  await expect(tags.getByRole('listitem')).toHaveText([/ports/]);

  // The same on a statement, compact, on its card once it is chosen; the library's tags are offered there.
  const item = r.locator('.statement-item').nth(1);
  await item.locator('.statement-text').click();
  await item.getByRole('group', { name: 'Statement tone' }).getByRole('button', { name: 'Positive' }).click();
  await expect(item.getByRole('group', { name: 'Statement tone' }).getByRole('button', { name: 'Positive' })).toHaveAttribute('aria-pressed', 'true');
  await expect(item.locator('datalist option[value="ports"]')).toHaveCount(1);
  await item.getByRole('combobox', { name: 'Add tag to the statement' }).fill('quote of the day');
  await item.getByRole('combobox', { name: 'Add tag to the statement' }).press('Enter');
  await expect(item.getByRole('list', { name: 'Tags of the statement' })).toContainText('quote of the day');
  await shot(page, 'annotate-tags');
  await item.getByRole('button', { name: 'Remove tag quote of the day' }).click();
  await expect(item.getByRole('list', { name: 'Tags of the statement' })).toHaveCount(0);

  // It is all in the library: a reload shows it.
  await page.reload();
  await page.getByRole('listbox', { name: 'Clips' }).getByRole('option').first().click();
  const again = reader(page).getByRole('region', { name: 'Tone, tags and topics' });
  await expect(again.getByRole('group', { name: 'Article tone' }).getByRole('button', { name: 'Negative' })).toHaveAttribute('aria-pressed', 'true');
  await expect(again.getByRole('list', { name: 'Tags of the article' })).toHaveText(/ports/);
});

test('highlights: made from a selection and with H, edited, kept through a text edit, orphaned, placed again, exported', async ({ page, served }) => {
  await page.goto(served.url);
  await pasteAnywhere(page, INTERVIEW);
  const r = reader(page);
  await expect(r.locator('mark.statement')).toHaveCount(5);

  // A mouse selection inside a quotation offers the form; it attaches to the statement.
  await selectText(page, 'Poti and Batumi');
  const form = r.getByRole('dialog', { name: 'New highlight' });
  await expect(form).toBeVisible();
  await form.getByRole('radio', { name: 'Green' }).click();
  await form.getByRole('textbox', { name: 'Note' }).fill('Georgian ports named');
  await form.getByRole('combobox', { name: 'Add tag to the highlight' }).fill('ports');
  await form.getByRole('combobox', { name: 'Add tag to the highlight' }).press('Enter');
  await expect(form.getByRole('checkbox', { name: /Attach to the statement by Nino Beridze/ })).toBeChecked();
  await shot(page, 'annotate-new-highlight');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  const poti = r.locator('mark.highlight').filter({ hasText: 'Poti and Batumi' });
  await expect(poti).toHaveText('Poti and Batumi');
  // The statement's mark and the highlight both show: the highlight is inside the statement's underline.
  await expect(r.locator('mark.statement mark.highlight')).toHaveText('Poti and Batumi');

  // H highlights a selection made from the keyboard.
  await focusReader(page);
  await selectText(page, 'transit volumes', { mouseup: false });
  await page.keyboard.press('h');
  const keyed = r.getByRole('dialog', { name: 'New highlight' });
  await expect(keyed.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await page.keyboard.type('a quarter more');
  await keyed.getByRole('button', { name: 'Save' }).click();
  await expect(r.locator('mark.highlight').filter({ hasText: 'transit volumes' })).toHaveCount(1);

  await selectText(page, 'new rail link');
  await r.getByRole('dialog', { name: 'New highlight' }).getByRole('button', { name: 'Save' }).click();
  const list = r.getByRole('list', { name: 'Highlights in the text' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByRole('listitem').first()).toContainText('Georgian ports named');
  await expect(list.getByRole('listitem').first()).toContainText('ports');
  await expect(list.getByRole('listitem').first()).toContainText('on the statement by Nino Beridze');

  // A click on a highlight opens it to edit.
  await poti.click();
  const edit = r.getByRole('dialog', { name: 'Edit highlight' });
  await expect(edit.getByRole('textbox', { name: 'Note' })).toHaveValue('Georgian ports named');
  await expect(edit.getByRole('radio', { name: 'Green' })).toHaveAttribute('aria-checked', 'true');
  await edit.getByRole('textbox', { name: 'Note' }).fill('Georgia’s two Black Sea ports');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(list.getByRole('listitem').first()).toContainText('Georgia’s two Black Sea ports');
  await shot(page, 'annotate-highlights');

  // Edit the text: words before "transit volumes" change (it moves), "rail link" goes (it is orphaned).
  await r.getByRole('button', { name: 'Edit text…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit the article’s text' });
  const box = dialog.getByRole('textbox', { name: 'Article text' });
  const before = await box.inputValue();
  await box.fill(before.replace('Beridze noted that transit volumes', 'Beridze noted that overall transit volumes').replace('the new rail link', 'the new railway'));
  await dialog.getByRole('button', { name: 'Save text' }).click();
  await expect(page.getByRole('status')).toContainText('1 highlight kept, 1 moved, 1 orphaned');
  await expect(r.locator('mark.highlight')).toHaveCount(2);
  const orphans = r.getByRole('list', { name: 'Highlights that lost their place' });
  await expect(orphans.getByRole('listitem')).toHaveCount(1);
  await expect(orphans.getByRole('listitem')).toContainText('new rail link');
  await expect(r.locator('summary').filter({ hasText: 'highlights' })).toContainText('1 lost their place');
  await r.getByRole('region', { name: 'Highlights' }).scrollIntoViewIfNeeded();
  await shot(page, 'annotate-orphaned');

  // Place it again on new words.
  await selectText(page, 'new railway');
  await orphans.getByRole('button', { name: 'Place again' }).click();
  await expect(orphans).toHaveCount(0);
  await expect(r.locator('mark.highlight').filter({ hasText: 'new railway' })).toHaveCount(1);

  // Export as W3C Web Annotations.
  const download = page.waitForEvent('download');
  await r.getByRole('button', { name: 'Export (W3C JSON-LD)' }).click();
  const file = await (await download).path();
  const exported = JSON.stringify(JSON.parse(fs.readFileSync(file, 'utf8')));
  expect(exported).toContain('http://www.w3.org/ns/anno.jsonld');
  expect(exported).toContain('Georgia’s two Black Sea ports');

  // Delete one, with Undo.
  await r.locator('mark.highlight').filter({ hasText: 'transit volumes' }).click();
  await r.getByRole('dialog', { name: 'Edit highlight' }).getByRole('button', { name: 'Delete' }).click();
  await expect(r.locator('mark.highlight').filter({ hasText: 'transit volumes' })).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(r.locator('mark.highlight').filter({ hasText: 'transit volumes' })).toHaveCount(1);
});

const ARABIC = [
  'وزير الخارجية: العلاقات بين البلدين تشهد تطورا كبيرا',
  'قال وزير الخارجية إن العلاقات بين البلدين تشهد تطورا كبيرا في مجال النقل والتجارة.',
  'وأضاف أن ميناء باكو سيستقبل المزيد من الشحنات من آسيا الوسطى خلال العام المقبل، مشيرا إلى مشروع Middle Corridor الجديد الذي يربط الصين بأوروبا.',
  'وأكد الوزير أن الحكومة ستواصل العمل مع شركائها في المنطقة.',
].join('\n\n');

test('an Arabic clip: highlights lie over the right words, also around a Latin phrase', async ({ page, served }) => {
  await page.goto(served.url);
  await pasteAnywhere(page, ARABIC);
  const r = reader(page);
  await expect(r.locator('.reader-body')).toContainText('ميناء باكو');
  // Pasted text has no markup to say its direction; the reader takes it from the text.
  expect(await r.locator('.reader-body p').first().evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');

  for (const phrase of ['ميناء باكو', 'مشروع Middle Corridor']) {
    await selectText(page, phrase);
    await r.getByRole('dialog', { name: 'New highlight' }).getByRole('button', { name: 'Save' }).click();
    await expect(r.locator('mark.highlight').filter({ hasText: phrase })).toHaveText(phrase);
  }
  await expect(r.locator('mark.highlight')).toHaveCount(2);

  // Right to left: the word before the highlight ("أن") lies to its right, the word after ("سيستقبل") to its left;
  // and the Latin words stay inside the highlight with "مشروع" to their right.
  const geometry = await page.evaluate(() => {
    const marks = [...document.querySelectorAll<HTMLElement>('.reader-body mark.highlight')];
    const rectOf = (phrase: string) => {
      const walker = document.createTreeWalker(document.querySelector('.reader-body')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(phrase);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + phrase.length);
        return range.getBoundingClientRect();
      }
      throw new Error(phrase);
    };
    const port = marks.find((m) => m.textContent === 'ميناء باكو')!.getBoundingClientRect();
    const corridor = marks.find((m) => m.textContent?.includes('Middle'))!.getBoundingClientRect();
    return {
      portLeft: port.left,
      portRight: port.right,
      before: rectOf('وأضاف أن ').left,
      after: rectOf(' سيستقبل').right,
      corridorLeft: corridor.left,
      corridorRight: corridor.right,
      latin: rectOf('Middle Corridor'),
      mashrou: rectOf('مشروع'),
    };
  });
  expect(geometry.before).toBeGreaterThanOrEqual(geometry.portRight - 1);
  expect(geometry.after).toBeLessThanOrEqual(geometry.portLeft + 1);
  expect(geometry.latin.left).toBeGreaterThanOrEqual(geometry.corridorLeft - 1);
  expect(geometry.latin.right).toBeLessThanOrEqual(geometry.corridorRight + 1);
  expect(geometry.mashrou.left).toBeGreaterThanOrEqual(geometry.latin.right - 1);
  await shot(page, 'annotate-arabic');
});
