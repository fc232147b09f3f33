// The clip list, the sidebar and the trash as a reader meets them: the order without and with a query, a pasted
// clip in full view, long outlet and watchlist names that stay readable, the bulk Tag… dialog from the keyboard,
// "Empty trash", and the empty library's mention of feeds. Screenshots at two sizes in both themes.
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/served-test';
import { pasteAnywhere, shot } from '../helpers/flow';

const LONG_OUTLET = 'Transcontinental-Caspian-Westminster.az';

/** A small clip written for this test; a day of the month dates it, none leaves it undated. */
function story(n: number, { day, outlet = 'Harbour Gazette' }: { day?: number; outlet?: string } = {}): string {
  const dateline = day === undefined ? '' : `\n\nBaku, ${day} March 2024`;
  return `Ferry timetable notice number ${n}${dateline}\n\nThe port authority changed crossing number ${n} on the winter timetable, moving it to the next morning.\n\n${outlet}`;
}

const clips = (page: Page) => page.getByRole('listbox', { name: 'Clips' });
const box = (page: Page) => page.getByRole('searchbox', { name: 'Search clips' });

async function clip(page: Page, text: string, count: number): Promise<void> {
  await pasteAnywhere(page, text);
  await expect(clips(page).getByRole('option')).toHaveCount(count);
}

async function screens(page: Page, name: string): Promise<void> {
  for (const size of [{ width: 1280, height: 720 }, { width: 1440, height: 900 }]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme });
      await shot(page, `list-polish-${name}-${size.width}x${size.height}-${colorScheme}`);
    }
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: 'light' });
}

test('the list is newest first without a query, best match with one, and undated clips come last', async ({ page, served }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(served.url);
  await expect(page.getByText('RSS or Atom feed')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Follow a feed…' })).toBeVisible();
  await clip(page, story(1, { day: 4 }), 1);
  await clip(page, story(2), 2);
  await clip(page, story(3, { day: 9 }), 3);

  await expect(page.getByRole('button', { name: 'Sort: Newest first' })).toBeVisible();
  const titles = clips(page).locator('.row-title');
  await expect(titles).toHaveText([/number 3/, /number 1/, /number 2/]);
  await page.getByRole('button', { name: 'Sort: Newest first' }).click();
  await expect(page.getByRole('menuitemradio')).toHaveText(['Newest first', 'Oldest first']);
  await page.keyboard.press('Escape');

  // A long query, while written, widens the box past the list pane so that all of it stays in sight.
  const longQuery = 'ferry AND (timetable OR crossing OR "winter timetable") NOT cancelled outlet:"Harbour Gazette"';
  await box(page).fill(longQuery);
  await expect(box(page)).toBeFocused();
  const widths = await box(page).evaluate((el) => ({ box: el.clientWidth, text: el.scrollWidth, pane: el.closest('.list-pane')!.clientWidth }));
  expect(widths.box).toBeGreaterThan(widths.pane);
  expect(widths.text).toBeLessThanOrEqual(widths.box);
  // The help button stays where it was, under the widened box, rather than being pushed out over the reader.
  const [help, header] = await Promise.all([page.getByRole('button', { name: 'Search help' }).boundingBox(), page.locator('.list-header').boundingBox()]);
  expect(help!.x + help!.width).toBeLessThanOrEqual(header!.x + header!.width);
  await shot(page, 'list-polish-long-query');
  await page.keyboard.press('Tab');
  expect(await box(page).evaluate((el) => el.clientWidth < el.closest('.list-pane')!.clientWidth)).toBe(true);

  await box(page).fill('ferry');
  await expect(page.getByRole('button', { name: 'Sort: Best match' })).toBeVisible();
  await page.getByRole('button', { name: 'Sort: Best match' }).click();
  await expect(page.getByRole('menuitemradio')).toHaveText(['Best match', 'Newest first', 'Oldest first']);
  await page.getByRole('menuitemradio', { name: 'Oldest first' }).click();
  await expect(titles).toHaveText([/number 1/, /number 3/, /number 2/]);
});

test('a pasted clip is in full view, long names stay readable, and Tag… works from the keyboard', async ({ page, served }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(served.url);
  for (let n = 1; n <= 9; n += 1) await clip(page, story(n, { day: n, outlet: n === 1 ? LONG_OUTLET : 'Harbour Gazette' }), n);

  // Scrolled part way down, then a new clip arrives at the top: it is scrolled to and wholly visible.
  await clips(page).evaluate((el) => (el.scrollTop = 50));
  await clip(page, story(10, { day: 20 }), 10);
  const selected = clips(page).getByRole('option', { selected: true });
  await expect(selected).toContainText('number 10');
  await expect
    .poll(async () => {
      const [row, list] = await Promise.all([selected.boundingBox(), clips(page).boundingBox()]);
      return row !== null && list !== null && row.y >= list.y && row.y + row.height <= list.y + list.height;
    })
    .toBe(true);

  // Facets: the long outlet is cut with an ellipsis, named in full in its title, and no column overlaps another.
  await page.getByRole('button', { name: 'Filters' }).click();
  const facets = page.getByRole('region', { name: 'Facets' });
  const longLabel = facets.locator('.facet-label', { hasText: 'Transcontinental' });
  await expect(longLabel).toHaveAttribute('title', LONG_OUTLET);
  const groups = await facets.locator('.facet-group').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })));
  const labelsInside = await facets.locator('.facet-group').evaluateAll((els) =>
    els.every((group) => {
      const g = group.getBoundingClientRect();
      return [...group.querySelectorAll('.facet')].every((f) => f.getBoundingClientRect().right <= g.right + 0.5);
    }),
  );
  expect(labelsInside).toBe(true);
  for (const [i, a] of groups.entries()) {
    for (const b of groups.slice(i + 1)) {
      const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      expect(overlap).toBe(false);
    }
  }
  await screens(page, 'list-facets');
  await page.getByRole('button', { name: 'Filters' }).click();

  // A watchlist with a long name: an ellipsis, the full name as its title, and the new count in view.
  const name = 'Ferry timetables and every crossing the port authority changes';
  await box(page).fill('ferry');
  await page.getByRole('button', { name: 'Save as watchlist' }).click();
  const save = page.getByRole('dialog', { name: 'Save as watchlist' });
  await save.getByLabel('Name').fill(name);
  await save.getByRole('button', { name: 'Save watchlist' }).click();
  const watchlist = page.getByRole('region', { name: 'Watchlists' }).getByRole('listitem').first();
  // Saved (and its clips so far counted as seen) before the next clip comes: otherwise the new clip may be seen too.
  await expect(save).toBeHidden();
  await expect(watchlist.locator('.watchlist-name')).toHaveAttribute('title', name);
  await box(page).fill('');
  await clip(page, story(11, { day: 21 }), 11);
  const count = watchlist.locator('.new-count');
  // A bound for a loaded machine (the count follows the clip's announcement), not a timing claim.
  await expect(count).toHaveText('1', { timeout: 30_000 });
  const region = page.getByRole('region', { name: 'Watchlists' });
  const fits = async () => {
    const [badge, item, side, label] = await Promise.all([count.boundingBox(), watchlist.boundingBox(), region.boundingBox(), watchlist.locator('.watchlist-name').boundingBox()]);
    if (!badge || !item || !side || !label) return false;
    const inside = (b: { x: number; width: number }, outer: { x: number; width: number }) => b.x >= outer.x - 0.5 && b.x + b.width <= outer.x + outer.width + 0.5;
    return inside(badge, item) && inside(item, side) && inside(label, side);
  };
  expect(await fits()).toBe(true);
  expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await watchlist.hover();
  const actions = watchlist.locator('.watchlist-actions');
  await expect(actions).toBeVisible();
  const [badge, overlay] = await Promise.all([count.boundingBox(), actions.boundingBox()]);
  expect(badge!.x + badge!.width).toBeLessThanOrEqual(overlay!.x + 0.5);
  expect(await fits()).toBe(true);
  await page.mouse.move(700, 400);
  await screens(page, 'sidebar');

  // Bulk Tag…: the tag field has the focus, Enter tags, Escape closes.
  await clips(page).getByRole('option').nth(0).click();
  await clips(page).getByRole('option').nth(1).click({ modifiers: ['Control'] });
  const bar = page.getByRole('toolbar', { name: 'Selected clips' });
  await bar.getByRole('button', { name: 'Tag…' }).click();
  const tagDialog = page.getByRole('dialog', { name: 'Tag 2 clips' });
  await expect(tagDialog.getByLabel('Tags, separated by commas')).toBeFocused();
  await page.keyboard.type('briefing');
  await page.keyboard.press('Enter');
  await expect(page.locator('.toasts')).toContainText('Tagged 2 clips with “briefing”');
  await expect(tagDialog).toBeHidden();
  await bar.getByRole('button', { name: 'Tag…' }).click();
  await expect(tagDialog.getByLabel('Tags, separated by commas')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(tagDialog).toBeHidden();
});

test('Empty trash asks first, says how many and that it cannot be undone', async ({ page, served }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(served.url);
  await clip(page, story(1, { day: 1 }), 1);
  await clip(page, story(2, { day: 2 }), 2);
  await clip(page, story(3, { day: 3 }), 3);
  await clips(page).getByRole('option').nth(0).click();
  await clips(page).getByRole('option').nth(1).click({ modifiers: ['Control'] });
  await page.getByRole('toolbar', { name: 'Selected clips' }).getByRole('button', { name: 'Move to trash' }).click();
  await expect(clips(page).getByRole('option')).toHaveCount(1);

  await page.getByRole('button', { name: /^Trash/ }).click();
  const trash = page.getByRole('listbox', { name: 'Trash' });
  await expect(trash.getByRole('option')).toHaveCount(2);
  await screens(page, 'trash');
  await page.getByRole('button', { name: 'Empty trash…' }).click();
  const ask = page.getByRole('dialog', { name: 'Empty the trash' });
  await expect(ask).toContainText('2 clips');
  await expect(ask).toContainText('cannot be undone');
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await screens(page, 'trash-ask');
  await ask.getByRole('button', { name: 'Delete 2 clips' }).click();
  await expect(page.locator('.toasts')).toContainText('Deleted 2 clips for good');
  await expect(page.getByText('The trash is empty')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Empty trash…' })).toBeDisabled();
  await page.getByRole('button', { name: /^Library/ }).click();
  await expect(clips(page).getByRole('option')).toHaveCount(1);
});
