// Search through the UI: the library's query-language box in four scripts (English, Russian, Azerbaijani with its
// letters folded, Chinese by one and two characters), errors marked where they are, facets that write into the
// query, the statements explorer (by official, grouped with a timeline, opening the article at the statement),
// watchlists that count and flag new clips, and tagging several clips picked at once.
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/served-test';
import { pasteAnywhere, shot } from '../helpers/flow';

const EN = `Azerbaijan and China expand Middle Corridor cooperation

Baku, 12 March 2024

“The Middle Corridor has become a priority for the whole region,” Hikmet Hajiyev, Assistant to the President of Azerbaijan, said in an interview on Tuesday.

He added that the ports on the Caspian were ready for the growing freight from China.

Trend`;

const RU = `Министр транспорта заявил о расширении портов

Баку, 20 марта 2024 года

Министр транспорта Азербайджана сообщил, что мощность портов на Каспийском море будет увеличена в два раза к концу следующего года.

«Мы готовы принять больше грузов из Китая и Центральной Азии», — заявил министр на встрече с журналистами.

News.Az`;

const AZ = `Hikmət Hacıyev Orta Dəhliz haqqında danışıb

Bakı, 5 aprel 2024

Prezidentin köməkçisi Hikmət Hacıyev bildirib ki, Orta Dəhliz regionun inkişafı üçün çox vacibdir və Azərbaycan bu layihəyə böyük əhəmiyyət verir.

APA`;

const ZH = `阿塞拜疆与中国加强一带一路合作

2024年4月10日

阿塞拜疆总统助理表示，一带一路倡议为两国带来了新的发展机遇。中欧班列经过里海地区，运输量不断增加。

新华社`;

const LATER = `Hajiyev meets Chinese delegation in Baku

Baku, 2 May 2024

Hikmet Hajiyev received a delegation from China on Thursday to discuss rail freight across the Caspian.

Trend`;

const clips = (page: Page) => page.getByRole('listbox', { name: 'Clips' });
const box = (page: Page) => page.getByRole('searchbox', { name: 'Search clips' });

/** Pastes a clip and waits until the list holds `count` clips, so the paste's switch to the library is over. */
async function clip(page: Page, text: string, count: number): Promise<void> {
  await pasteAnywhere(page, text);
  await expect(clips(page).getByRole('option')).toHaveCount(count);
}

async function searchFor(page: Page, query: string): Promise<void> {
  await box(page).fill(query);
}

test('the library searches as you type in four scripts, marks errors in place, and facets narrow', async ({ page, served }) => {
  await page.goto(served.url);
  await clip(page, EN, 1);
  await clip(page, RU, 2);
  await clip(page, AZ, 3);
  await clip(page, ZH, 4);

  // A plain word: the matched word is marked in the row's snippet.
  await page.keyboard.press('Control+k');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('ports');
  await expect(clips(page).getByRole('option')).toHaveCount(1);
  await expect(clips(page).getByRole('option')).toContainText('Middle Corridor cooperation');
  await expect(clips(page).locator('mark.hit').first()).toHaveText(/ports/i);
  await expect(page.locator('.search-total')).toContainText('1 clip');
  await shot(page, 'search-word');

  // A phrase.
  await searchFor(page, '"Middle Corridor"');
  await expect(clips(page).getByRole('option')).toHaveCount(1);
  await expect(clips(page).getByRole('option')).toContainText('Middle Corridor cooperation');

  // A field: the Russian clip alone.
  await searchFor(page, 'lang:ru');
  await expect(clips(page).getByRole('option')).toHaveCount(1);
  await expect(clips(page).getByRole('option')).toContainText('Министр транспорта');

  // Diacritics folded: Hikmet finds Hikmət as well as Hikmet.
  await searchFor(page, 'Hikmet');
  await expect(clips(page).getByRole('option')).toHaveCount(2);
  await expect(clips(page).getByRole('option', { name: /Hikmət Hacıyev/ })).toBeVisible();
  await expect(clips(page).getByRole('option', { name: /Middle Corridor cooperation/ })).toBeVisible();
  await shot(page, 'search-folded');

  // Chinese by one character and by two.
  await searchFor(page, '路');
  await expect(clips(page).getByRole('option')).toHaveCount(1);
  await expect(clips(page).getByRole('option')).toContainText('一带一路');
  await searchFor(page, '一带');
  await expect(clips(page).getByRole('option')).toHaveCount(1);
  await expect(clips(page).getByRole('option')).toContainText('一带一路');

  // A query that does not parse: the text stays as typed, the message names the place and marks it.
  await searchFor(page, '"Middle Corridor" OR (ferry');
  const error = page.getByRole('alert').filter({ hasText: 'At character' });
  await expect(error).toBeVisible();
  await expect(error).toContainText(/At character \d+:/);
  await expect(error.locator('.query-error-span, .query-error-caret')).toHaveCount(1);
  await expect(box(page)).toHaveValue('"Middle Corridor" OR (ferry');
  await expect(box(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('heading', { name: 'The search cannot run yet' })).toBeVisible();
  await shot(page, 'search-error');

  // Nothing found: the query is echoed.
  await searchFor(page, 'zeppelin');
  await expect(page.getByRole('heading', { name: 'No clips match “zeppelin”' })).toBeVisible();

  // The help lists the language, and an example can be added to the query.
  await searchFor(page, '');
  await page.getByRole('button', { name: 'Search help' }).click();
  const help = page.getByRole('dialog', { name: 'How to search' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('row').first()).toBeVisible();
  expect(await help.getByRole('row').count()).toBeGreaterThan(8);
  await shot(page, 'search-help');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // Facets: clicking a language writes lang:ru into the box and narrows the list; clicking again takes it out.
  await expect(clips(page).getByRole('option')).toHaveCount(4);
  await page.getByRole('button', { name: 'Filters' }).click();
  const facets = page.getByRole('region', { name: 'Facets' });
  const russian = facets.getByRole('region', { name: 'Languages' }).getByRole('button', { name: /Russian/ });
  await expect(russian).toBeVisible();
  await shot(page, 'search-facets');
  await russian.click();
  await expect(box(page)).toHaveValue('lang:ru');
  await expect(clips(page).getByRole('option')).toHaveCount(1);
  await expect(russian).toHaveAttribute('aria-pressed', 'true');
  await shot(page, 'search-facet-applied');
  await russian.click();
  await expect(box(page)).toHaveValue('');
  await expect(clips(page).getByRole('option')).toHaveCount(4);

  // Sorting oldest first puts the March clip on top (with no query the list starts newest first).
  await page.getByRole('button', { name: 'Sort: Newest first' }).click();
  await page.getByRole('menuitemradio', { name: 'Oldest first' }).click();
  await expect(page.getByRole('button', { name: 'Sort: Oldest first' })).toBeVisible();
  await expect(clips(page).getByRole('option').first()).toContainText('Middle Corridor cooperation');
});

test('the statements explorer: by official, grouped with a timeline, and opening the article at the statement', async ({ page, served }) => {
  await page.goto(served.url);
  await clip(page, EN, 1);
  await clip(page, RU, 2);

  // Accept the proposed official, so that official:"…" reaches his statements.
  await page.getByRole('button', { name: /^Officials/ }).click();
  await page.getByRole('option', { name: /Hikmet Hajiyev/ }).click();
  await page.getByRole('article', { name: 'Official' }).getByRole('button', { name: 'Accept into the registry' }).click();
  await expect(page.getByRole('listbox', { name: 'In the registry' })).toContainText('Hikmet Hajiyev');

  // G then S opens the explorer.
  await page.locator('body').click({ position: { x: 700, y: 5 } });
  await page.keyboard.press('g');
  await page.keyboard.press('s');
  const explorer = page.getByRole('region', { name: 'Statements' });
  await expect(explorer).toBeVisible();
  const list = explorer.getByRole('listbox', { name: 'Statements' });
  await expect(list.getByRole('option').first()).toBeVisible();
  const all = await list.getByRole('option').count();
  expect(all).toBeGreaterThanOrEqual(3);

  await explorer.getByRole('searchbox', { name: 'Search statements' }).fill('official:"Hikmet Hajiyev"');
  await expect(list.getByRole('option')).toHaveCount(2);
  await expect(list.getByRole('option', { name: /Middle Corridor has become a priority/ })).toBeVisible();
  await expect(explorer.getByRole('group', { name: 'Filters' }).getByRole('combobox', { name: 'Official' })).toHaveValue('Hikmet Hajiyev');
  await shot(page, 'explorer-official');

  // The speaker as written finds the same.
  await explorer.getByRole('searchbox', { name: 'Search statements' }).fill('speaker:Hajiyev corridor');
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.locator('mark.hit').first()).toHaveText(/corridor/i);

  // A filter writes into the query.
  await explorer.getByRole('searchbox', { name: 'Search statements' }).fill('');
  await explorer.getByRole('combobox', { name: 'Outlet' }).selectOption('News.Az');
  await expect(explorer.getByRole('searchbox', { name: 'Search statements' })).toHaveValue('outlet:News.Az');
  await expect(list.getByRole('option').first()).toContainText('News.Az');
  await explorer.getByRole('combobox', { name: 'Outlet' }).selectOption('');
  await expect(explorer.getByRole('searchbox', { name: 'Search statements' })).toHaveValue('');

  // Grouped by official: his statements newest first, with bars by month.
  await explorer.getByRole('button', { name: 'Group by official' }).click();
  const group = explorer.getByRole('region', { name: 'Hikmet Hajiyev' });
  await expect(group).toBeVisible();
  await expect(group.getByRole('listitem')).toHaveCount(2);
  await expect(group.getByRole('img', { name: /By month: Mar 2024 2/ })).toBeVisible();
  await shot(page, 'explorer-grouped');

  // Opening a statement shows its article in the library, scrolled to the statement and marked.
  await group.getByRole('button').filter({ hasText: 'ports on the Caspian' }).click();
  const reader = page.getByRole('article', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('Middle Corridor cooperation');
  const active = reader.locator('mark.statement.active');
  await expect(active).toContainText('ports on the Caspian');
  await expect(active).toBeInViewport();
  await shot(page, 'explorer-opened');
});

test('a watchlist counts and flags a new clip; several clips are tagged at once', async ({ page, served }) => {
  await page.goto(served.url);
  await clip(page, EN, 1);
  await clip(page, RU, 2);
  await clip(page, AZ, 3);

  await searchFor(page, 'Hikmet');
  await expect(clips(page).getByRole('option')).toHaveCount(2);
  await page.getByRole('button', { name: 'Save as watchlist' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as watchlist' });
  await dialog.getByLabel('Name').fill('Hajiyev');
  await dialog.getByRole('button', { name: 'Save watchlist' }).click();
  const watchlists = page.getByRole('region', { name: 'Watchlists' });
  const hajiyev = watchlists.getByRole('button', { name: /^Hajiyev/ });
  await expect(hajiyev).toBeVisible();
  await expect(hajiyev).not.toContainText(/\d/);

  // A new clip that matches arrives: the watchlist counts it.
  await clip(page, LATER, 4);
  await expect(hajiyev).toHaveAccessibleName(/1 new/);
  await shot(page, 'watchlist-badge');

  // Opening the watchlist runs its query, flags the new clip, and marks it seen.
  await hajiyev.click();
  await expect(box(page)).toHaveValue('Hikmet');
  await expect(clips(page).getByRole('option')).toHaveCount(3);
  const fresh = clips(page).getByRole('option', { name: /Hajiyev meets Chinese delegation/ });
  await expect(fresh.locator('.new-chip')).toHaveText('New');
  await expect(clips(page).locator('.new-chip')).toHaveCount(1);
  await expect(hajiyev).not.toHaveAccessibleName(/new/);
  await shot(page, 'watchlist-open');

  // Rename it.
  await watchlists.getByRole('listitem').filter({ hasText: 'Hajiyev' }).hover();
  await watchlists.getByRole('button', { name: 'Rename Hajiyev' }).click();
  await watchlists.getByRole('textbox', { name: 'New name for Hajiyev' }).fill('Hajiyev, all spellings');
  await watchlists.getByRole('textbox', { name: 'New name for Hajiyev' }).press('Enter');
  await expect(watchlists.getByRole('button', { name: /^Hajiyev, all spellings/ })).toBeVisible();

  // Pick two clips with Ctrl+click and tag them together.
  await searchFor(page, '');
  await expect(clips(page).getByRole('option')).toHaveCount(4);
  await clips(page).getByRole('option').nth(0).click();
  await clips(page).getByRole('option').nth(1).click({ modifiers: ['Control'] });
  await expect(clips(page).getByRole('option', { selected: true })).toHaveCount(2);
  const bar = page.getByRole('toolbar', { name: 'Selected clips' });
  await expect(bar).toContainText('2 selected');
  await shot(page, 'bulk-selected');
  await bar.getByRole('button', { name: 'Tag…' }).click();
  const tagDialog = page.getByRole('dialog', { name: 'Tag 2 clips' });
  await tagDialog.getByLabel('Tags, separated by commas').fill('briefing');
  await tagDialog.getByRole('button', { name: 'Tag 2 clips' }).click();
  await expect(page.locator('.toasts')).toContainText('Tagged 2 clips with “briefing”');
  await searchFor(page, 'tag:briefing');
  await expect(clips(page).getByRole('option')).toHaveCount(2);

  // Shift+J stretches a selection from the keyboard; Escape clears it.
  await searchFor(page, '');
  await expect(clips(page).getByRole('option')).toHaveCount(4);
  await clips(page).getByRole('option').nth(0).click();
  await page.keyboard.press('Shift+J');
  await page.keyboard.press('Shift+J');
  await expect(bar).toContainText('3 selected');
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await page.keyboard.press('Control+a');
  await expect(bar).toContainText('4 selected');

  // Deleting a watchlist asks first.
  await watchlists.getByRole('listitem').first().hover();
  await watchlists.getByRole('button', { name: 'Delete Hajiyev, all spellings' }).click();
  await page.getByRole('dialog', { name: 'Delete watchlist' }).getByRole('button', { name: 'Delete' }).click();
  await expect(watchlists.getByRole('button', { name: /^Hajiyev/ })).toHaveCount(0);
});
