// Organizing from the reader with the keyboard, and the Organize view over what the reader made: topics a rule
// suggested, confirmed with Enter and removed with Delete (the removal surviving the rules run again), a topic given
// with P; the library's annotations searched, filtered to the orphaned and opened; Undo for tags, tone and topics.
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from '../helpers/served-test';
import type { ServedLibrary } from '../helpers/serve';
import { INTERVIEW, pasteAnywhere, selectText, shot } from '../helpers/flow';

const CORRIDOR = `Azerbaijan and Kazakhstan to double Middle Corridor freight by 2027

Astana, 14 March 2025

Azerbaijan and Kazakhstan agreed on Friday to double the volume of freight carried along the Middle Corridor by 2027, officials said after talks in Astana.

The Trans-Caspian International Transport Route links China with Europe through Kazakhstan, the Caspian Sea, Azerbaijan, Georgia and Turkey. Its ports at Aktau, Kuryk and Alat are being expanded.

“The corridor has become a lifeline for trade between Asia and Europe,” the Kazakh transport minister said.

Caspian Transit Review`;

const reader = (page: Page) => page.getByRole('article', { name: 'Reader' });
const strip = (page: Page) => reader(page).getByRole('region', { name: 'Tone, tags and topics' });
const clips = (page: Page) => page.getByRole('listbox', { name: 'Clips' });
const toasts = (page: Page) => page.locator('.toasts');

/** G then O, from outside any field. */
async function goToOrganize(page: Page): Promise<void> {
  await page.keyboard.press('g');
  await page.keyboard.press('o');
  await expect(page.getByRole('region', { name: 'Organize' })).toBeVisible();
}

/** Moves focus out of any field, so single-key shortcuts apply. */
async function focusReader(page: Page): Promise<void> {
  await page.locator('.reader-pane').click({ position: { x: 5, y: 5 } });
}

async function createTopic(page: Page, name: string, rule: string): Promise<void> {
  const form = page.getByRole('form', { name: 'New topic' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Rule').fill(rule);
  await form.getByRole('button', { name: 'Create topic' }).click();
  await expect(page.getByRole('form', { name: `Topic ${name}` })).toBeVisible();
}

/** The library's jobs, read through the route the window uses, to know when a rules job has really ended. */
async function topicJobs(request: APIRequestContext, served: ServedLibrary): Promise<Array<{ state: string }>> {
  const response = await request.post(`${served.origin}/api/jobs.list`, { headers: { Authorization: `Bearer ${served.token}` }, data: {} });
  const body = (await response.json()) as { ok: boolean; result: Array<{ kind: string; state: string }> };
  return body.result.filter((j) => j.kind === 'topics');
}

async function highlight(page: Page, phrase: string, note: string): Promise<void> {
  await selectText(page, phrase);
  const form = reader(page).getByRole('dialog', { name: 'New highlight' });
  await form.getByRole('textbox', { name: 'Note' }).fill(note);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(reader(page).locator('mark.highlight').filter({ hasText: phrase })).toHaveCount(1);
}

test('topics from the keyboard: a rule suggests, Enter confirms, Delete removes (and it stays removed), P gives one', async ({ page, served }) => {
  await page.goto(served.url);
  // The window is up (and listening for keys) once the empty library says how to start.
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await goToOrganize(page);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await createTopic(page, 'Middle Corridor', '"Middle Corridor" OR "Trans-Caspian International Transport Route"');
  await page.getByRole('button', { name: 'New topic' }).click();
  await createTopic(page, 'Caspian ports', 'Aktau OR Kuryk OR Alat');
  await page.getByRole('button', { name: 'New topic' }).click();
  await createTopic(page, 'Trade', '');

  // A clip pasted now is matched by both rules on import: two suggested topics, dashed, in the reader's strip.
  await page.getByRole('button', { name: /^Library/ }).click();
  await pasteAnywhere(page, CORRIDOR);
  await expect(clips(page).getByRole('option')).toHaveCount(1);
  const topics = strip(page).getByRole('list', { name: 'Topics of the article' });
  await expect(topics.getByRole('listitem')).toHaveCount(2);
  await expect(topics.getByRole('button', { name: 'Topic Middle Corridor (suggested)' })).toBeVisible();
  await expect(topics.getByRole('button', { name: 'Topic Caspian ports (suggested)' })).toBeVisible();
  await shot(page, 'organize-reader-suggested');

  // T goes to the tags' field; Tab goes on to the first topic chip (by name: Caspian ports), arrow keys along the row.
  await focusReader(page);
  await page.keyboard.press('t');
  await page.keyboard.press('Tab');
  const ports = topics.getByRole('button', { name: 'Topic Caspian ports (suggested)' });
  await expect(ports).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(topics.getByRole('button', { name: 'Topic Middle Corridor (suggested)' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(ports).toBeFocused();

  // Delete removes that topic and only that (the clip stays out of the trash); the focus goes on to the next chip.
  await page.keyboard.press('Delete');
  await expect(topics.getByRole('listitem')).toHaveText([/Middle Corridor/]);
  await expect(toasts(page)).toContainText('Removed the topic “Caspian ports”.');
  await expect(clips(page).getByRole('option')).toHaveCount(1);
  await expect(reader(page).getByText('This clip is in the trash.')).toHaveCount(0);
  await expect(topics.getByRole('button', { name: 'Topic Middle Corridor (suggested)' })).toBeFocused();

  // Enter confirms the suggested topic; the chip turns solid and keeps the focus.
  await page.keyboard.press('Enter');
  await expect(topics.getByRole('button', { name: 'Topic Middle Corridor', exact: true })).toBeFocused();
  await expect(topics.locator('.ro-topic-chip.suggested')).toHaveCount(0);
  await shot(page, 'organize-reader-confirmed');

  // Run every rule again from the Organize view; when the job has ended the removed topic is still off the clip.
  await focusReader(page);
  await goToOrganize(page);
  await page.getByRole('button', { name: 'Apply rules again' }).click();
  await expect(toasts(page)).toContainText('Applying every topic’s rule to the library');
  await expect.poll(async () => (await topicJobs(page.request, served)).map((j) => j.state)).toEqual(['done', 'done', 'done']);
  await page.getByRole('button', { name: /^Library/ }).click();
  await clips(page).getByRole('option').first().click();
  await expect(topics.getByRole('listitem')).toHaveText([/Middle Corridor/]);
  await expect(topics.getByRole('button', { name: 'Topic Middle Corridor', exact: true })).toBeVisible();

  // P opens the picker with the library's topics (paths shown), typing narrows them, Escape closes it.
  await focusReader(page);
  await page.keyboard.press('p');
  const picker = strip(page).getByRole('combobox', { name: 'Add topic to the article' });
  await expect(picker).toBeFocused();
  const options = strip(page).getByRole('listbox', { name: 'Topics to add' }).getByRole('option');
  await expect(options).toHaveText(['Caspian ports', 'Trade']);
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);
  await expect(strip(page).getByRole('button', { name: 'Add topic to the article' })).toBeFocused();

  await focusReader(page);
  await page.keyboard.press('p');
  await page.keyboard.type('tra');
  await expect(options).toHaveText(['Trade']);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await shot(page, 'organize-reader-picker');
  await page.keyboard.press('Enter');
  await expect(topics.getByRole('button', { name: 'Topic Trade', exact: true })).toBeVisible();
  await expect(toasts(page)).toContainText('Added the topic “Trade”.');

  // Removing a topic has Undo; it comes back.
  await topics.getByRole('button', { name: 'Remove topic Trade' }).click();
  await expect(topics.getByRole('button', { name: 'Topic Trade', exact: true })).toHaveCount(0);
  await toasts(page).locator('.toast').filter({ hasText: 'Removed the topic “Trade”.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(topics.getByRole('button', { name: 'Topic Trade', exact: true })).toBeVisible();
  await expect(topics.getByRole('listitem')).toHaveCount(2);

  // It is in the library: a reload shows the same two topics.
  await page.reload();
  await clips(page).getByRole('option').first().click();
  await expect(strip(page).getByRole('list', { name: 'Topics of the article' }).getByRole('listitem')).toHaveText([/Middle Corridor/, /Trade/]);
});

test('the Annotations tab: real highlights, searched by note, filtered to the orphaned after a text edit, opened', async ({ page, served }) => {
  await page.goto(served.url);
  await pasteAnywhere(page, INTERVIEW);
  await expect(clips(page).getByRole('option')).toHaveCount(1);
  await expect(reader(page).locator('mark.statement')).toHaveCount(5);
  await highlight(page, 'Poti and Batumi', 'Georgian ports named');
  await highlight(page, 'new rail link', 'Rail to Europe');

  await focusReader(page);
  await goToOrganize(page);
  await page.getByRole('tab', { name: 'Annotations' }).click();
  const rows = page.getByRole('list', { name: 'Annotations' }).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(page.locator('.annotations-total')).toHaveText('2 annotations');

  // Notes are searchable.
  await page.getByLabel('Search notes').fill('Georgian');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Poti and Batumi');
  await expect(rows.first()).toContainText('Georgian ports named');
  await shot(page, 'organize-reader-annotations-search');
  await page.getByLabel('Search notes').fill('nothing like this');
  await expect(page.getByRole('heading', { name: 'Nothing matches' })).toBeVisible();
  await page.getByLabel('Search notes').fill('');
  await expect(rows).toHaveCount(2);

  // Nothing has lost its place yet.
  await page.getByLabel('Orphaned only').check();
  await expect(page.getByRole('heading', { name: 'Nothing matches' })).toBeVisible();
  await page.getByLabel('Orphaned only').uncheck();

  // A click on a row opens its clip in the library.
  await rows.getByText('Rail to Europe').click();
  await expect(page.getByRole('region', { name: 'Organize' })).toHaveCount(0);
  await expect(reader(page).locator('mark.highlight')).toHaveCount(2);

  // Edit the text so that "new rail link" is gone: its highlight is orphaned.
  await reader(page).getByRole('button', { name: 'Edit text…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit the article’s text' });
  const box = dialog.getByRole('textbox', { name: 'Article text' });
  await box.fill((await box.inputValue()).replace('the new rail link', 'the new railway'));
  await dialog.getByRole('button', { name: 'Save text' }).click();
  await expect(toasts(page)).toContainText('1 orphaned');

  await focusReader(page);
  await goToOrganize(page);
  await page.getByRole('tab', { name: 'Annotations' }).click();
  await expect(rows).toHaveCount(2);
  await page.getByLabel('Orphaned only').check();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('new rail link');
  await expect(rows.first()).toContainText('orphaned');
  await shot(page, 'organize-reader-annotations-orphaned');
  // The clip's title in the row is the same way in, from the keyboard.
  await rows.first().getByRole('button', { name: /^Georgia and Kazakhstan/ }).press('Enter');
  await expect(page.getByRole('region', { name: 'Organize' })).toHaveCount(0);
  await expect(reader(page).getByRole('list', { name: 'Highlights that lost their place' }).getByRole('listitem')).toContainText('new rail link');
});

test('Undo in the message: a removed tag comes back, a changed tone goes back', async ({ page, served }) => {
  await page.goto(served.url);
  await pasteAnywhere(page, INTERVIEW);
  await expect(clips(page).getByRole('option')).toHaveCount(1);
  const s = strip(page);
  const field = s.getByRole('combobox', { name: 'Add tag to the article' });
  for (const name of ['ports', 'briefing']) {
    await field.fill(name);
    await field.press('Enter');
  }
  const tags = s.getByRole('list', { name: 'Tags of the article' });
  await expect(tags.getByRole('listitem')).toHaveCount(2);

  await tags.getByRole('button', { name: 'Remove tag ports' }).click();
  await expect(tags.getByRole('listitem')).toHaveText([/briefing/]);
  const removed = toasts(page).locator('.toast').filter({ hasText: 'Removed the tag “ports”.' });
  await expect(removed.getByRole('button', { name: 'Undo' })).toBeVisible();
  await shot(page, 'organize-reader-undo-tag');
  await removed.getByRole('button', { name: 'Undo' }).click();
  await expect(tags.getByRole('listitem')).toHaveCount(2);
  await expect(tags.getByRole('button', { name: 'Remove tag ports' })).toBeVisible();

  // Tone from a key, then Undo: nothing chosen again, the scorer's suggestion back in view.
  const tone = s.getByRole('group', { name: 'Article tone' });
  await expect(tone.getByRole('button', { pressed: true })).toHaveCount(0);
  await focusReader(page);
  await page.keyboard.press('1');
  await expect(tone.getByRole('button', { name: 'Positive' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('3');
  await expect(tone.getByRole('button', { name: 'Negative' })).toHaveAttribute('aria-pressed', 'true');
  await toasts(page).locator('.toast').filter({ hasText: 'Tone: negative.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(tone.getByRole('button', { name: 'Positive' })).toHaveAttribute('aria-pressed', 'true');
  await toasts(page).locator('.toast').filter({ hasText: 'Tone: positive.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(tone.getByRole('button', { pressed: true })).toHaveCount(0);
  await expect(s.getByText(/^Suggested: (positive|neutral|negative)/)).toBeVisible();
});
