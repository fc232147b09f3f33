// The report builder through the UI: a report of three clips (English with a highlight and note, Russian, one
// without a date) previewed live, clips excluded, pinned and moved, a bad query and an empty period explained,
// every format exported as a download, and the definition saved, loaded after a reload, run for a new period
// and deleted.
import fs from 'node:fs';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { expect, test } from '../helpers/served-test';
import { INTERVIEW, pasteAnywhere, selectText, shot } from '../helpers/flow';
import { ROOT } from '../helpers/serve';

const RUSSIAN = fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'pasted-russian.txt'), 'utf8');
const UNDATED = fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'headline-first.txt'), 'utf8');

const HEADLINES = {
  interview: 'Georgia and Kazakhstan have agreed to expand ferry capacity',
  russian: 'Министр транспорта заявил',
  undated: 'Ministers sign transit agreement in Tbilisi',
};
const NOTE = 'Georgian ports named';

const reader = (page: Page) => page.getByRole('article', { name: 'Reader' });
const preview = (page: Page) => page.frameLocator('iframe[title="Report preview"]');
const clipList = (page: Page) => page.getByRole('list', { name: 'Clips in the report' });
const clipRow = (page: Page, headline: string) => clipList(page).getByRole('listitem').filter({ hasText: headline });
const previewCount = (page: Page) => page.getByRole('region', { name: 'Preview' }).locator('.pane-note');

/** Closes the messages at the foot of the window, so screenshots show what is under them. */
async function dismissToasts(page: Page): Promise<void> {
  const close = page.getByRole('status').getByRole('button', { name: 'Dismiss' });
  while ((await close.count()) > 0) await close.first().click();
}

/** Clicks an export button and waits for its download; checks the name and that the file holds something. */
async function exportAs(page: Page, label: string, extension: string): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('toolbar', { name: 'Export' }).getByRole('button', { name: label, exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^Caspian-transport-weekly.*\\.${extension}$`));
  const file = await download.path();
  const size = fs.statSync(file).size;
  expect(size).toBeGreaterThan(0);
  await expect(page.getByRole('status').filter({ hasText: `Exported ${download.suggestedFilename()}` })).toBeVisible();
  return { download, text: fs.readFileSync(file, 'utf8') };
}

test('a report: built, previewed, curated, exported in every format, saved and run again', async ({ page, served }) => {
  test.setTimeout(180_000);
  await page.goto(served.url);

  // With nothing clipped, the view says what to do first.
  await page.getByRole('button', { name: /^Reports/ }).click();
  await expect(page.getByRole('heading', { name: 'Clip some articles first' })).toBeVisible();
  await shot(page, 'reports-empty-library');

  // Three clips; the first gets a highlight with a note in the reader.
  await pasteAnywhere(page, INTERVIEW);
  const r = reader(page);
  await expect(r.locator('mark.statement')).toHaveCount(5);
  await selectText(page, 'Poti and Batumi');
  const form = r.getByRole('dialog', { name: 'New highlight' });
  await form.getByRole('textbox', { name: 'Note' }).fill(NOTE);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(r.locator('mark.highlight')).toHaveCount(1);
  await pasteAnywhere(page, RUSSIAN);
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(2);
  await pasteAnywhere(page, UNDATED);
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(3);

  // G then R opens the builder.
  await dismissToasts(page);
  await page.locator('.reader-pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('g');
  await page.keyboard.press('r');
  const definition = page.getByRole('region', { name: 'Report definition' });
  await expect(definition).toBeVisible();
  await definition.getByRole('textbox', { name: 'Title' }).fill('Caspian transport: weekly coverage');
  await definition.getByRole('textbox', { name: 'Organization' }).fill('Ministry of Transport');
  await definition.getByRole('textbox', { name: 'Author' }).fill('Press office');
  await definition.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'Coverage report' });

  // The preview holds every clip's headline and the note made in the reader.
  const frame = preview(page);
  await expect(frame.locator('h1')).toContainText('Caspian transport: weekly coverage');
  for (const headline of Object.values(HEADLINES)) await expect(frame.locator('article.clip h3').filter({ hasText: headline })).toHaveCount(1);
  await expect(frame.locator('body')).toContainText(NOTE);
  await expect(previewCount(page)).toHaveText('3 clips');
  await expect(clipList(page).getByRole('listitem')).toHaveCount(3);
  await shot(page, 'reports-preview');
  // The clip's entry: the highlight keeps its colour (a class of the report's own stylesheet).
  const highlight = frame.locator('article.clip mark').filter({ hasText: 'Poti and Batumi' }).first();
  await highlight.scrollIntoViewIfNeeded();
  await expect(highlight).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await shot(page, 'reports-preview-clip');

  // Excluded: out of the preview, still listed (struck through) to take back in.
  await clipRow(page, HEADLINES.undated).getByRole('button', { name: 'Exclude from the report' }).click();
  await expect(clipRow(page, HEADLINES.undated).getByRole('button', { name: 'Exclude from the report' })).toHaveAttribute('aria-pressed', 'true');
  await expect(frame.locator('article.clip h3').filter({ hasText: HEADLINES.undated })).toHaveCount(0);
  await expect(previewCount(page)).toHaveText('2 clips');

  // Pinned: first in the list and in the report.
  await expect(frame.locator('article.clip h3').first()).toContainText(HEADLINES.interview);
  await clipRow(page, HEADLINES.russian).getByRole('button', { name: 'Pin to the top' }).click();
  await expect(clipList(page).getByRole('listitem').first()).toContainText(HEADLINES.russian);
  await expect(frame.locator('article.clip h3').first()).toContainText(HEADLINES.russian);
  await expect(frame.locator('article.clip h3')).toHaveCount(2);

  // Moved from the keyboard: Alt+Down carries the focused clip past the next one of its kind, and keeps focus.
  const interviewRow = clipRow(page, HEADLINES.interview);
  await interviewRow.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(clipList(page).getByRole('listitem').last()).toContainText(HEADLINES.interview);
  await expect(interviewRow).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(clipList(page).getByRole('listitem').nth(1)).toContainText(HEADLINES.interview);
  await shot(page, 'reports-curated');

  // A query that does not parse is marked under the box, kept as typed, and the preview says why it is missing.
  const query = definition.getByRole('searchbox', { name: 'Report query' });
  await query.fill('ferry OR');
  await expect(definition.getByRole('alert')).toContainText('At character 7');
  await expect(page.getByRole('region', { name: 'Preview' }).getByRole('alert')).toContainText('The query does not parse');
  await expect(query).toHaveValue('ferry OR');
  await shot(page, 'reports-bad-query');
  await query.fill('');

  // A period with no clips: the preview explains rather than showing an empty page.
  await definition.getByRole('button', { name: 'Last month' }).click();
  await expect(page.getByRole('region', { name: 'Preview' }).getByRole('alert')).toContainText('Nothing to report');
  await expect(page.getByRole('toolbar', { name: 'Export' }).getByRole('button', { name: 'PDF' })).toBeDisabled();
  await definition.getByRole('button', { name: 'Any time' }).click();
  await expect(previewCount(page)).toHaveText('2 clips');

  // Every format, as a download; the text formats carry the headlines and not the excluded clip.
  const html = await exportAs(page, 'HTML', 'html');
  expect(html.text).toContain(HEADLINES.russian);
  expect(html.text).not.toContain(HEADLINES.undated);
  const md = await exportAs(page, 'Markdown', 'md');
  expect(md.text).toContain(HEADLINES.interview);
  expect(md.text).toContain(NOTE);
  const csv = await exportAs(page, 'CSV', 'csv');
  expect(csv.text).toContain(HEADLINES.russian);
  const json = await exportAs(page, 'JSON', 'json');
  expect(json.text).toContain(HEADLINES.interview);
  expect(json.text).toContain(NOTE);
  const docx = await exportAs(page, 'Word', 'docx');
  expect(docx.text.startsWith('PK')).toBe(true);
  const xlsx = await exportAs(page, 'Excel', 'xlsx');
  expect(xlsx.text.startsWith('PK')).toBe(true);
  const exporting = page.getByRole('toolbar', { name: 'Export' }).getByRole('button', { name: 'PDF', exact: true });
  const pdfDownload = page.waitForEvent('download', { timeout: 90_000 });
  await exporting.click();
  await expect(page.getByRole('progressbar', { name: 'Exporting PDF' })).toBeVisible();
  await dismissToasts(page);
  await shot(page, 'reports-exporting-pdf');
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/^Caspian-transport-weekly.*\.pdf$/);
  expect(fs.readFileSync(await pdf.path()).subarray(0, 5).toString()).toBe('%PDF-');
  await expect(page.getByRole('progressbar', { name: 'Exporting PDF' })).toHaveCount(0);

  // Saved under a name, then found again after a reload.
  await page.getByRole('button', { name: 'Save…' }).click();
  const save = page.getByRole('dialog', { name: 'Save the report' });
  await save.getByRole('textbox', { name: 'Name' }).fill('Weekly Caspian');
  await save.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Saved the report “Weekly Caspian”.');
  const saved = page.getByRole('region', { name: 'Saved reports' });
  await expect(saved.getByRole('button', { name: 'Load Weekly Caspian' })).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: /^Reports/ }).click();
  await expect(definition.getByRole('textbox', { name: 'Title' })).toHaveValue('Coverage report');
  await saved.getByRole('button', { name: 'Load Weekly Caspian' }).click();
  await expect(definition.getByRole('textbox', { name: 'Title' })).toHaveValue('Caspian transport: weekly coverage');
  await expect(definition.getByRole('textbox', { name: 'Organization' })).toHaveValue('Ministry of Transport');
  await expect(previewCount(page)).toHaveText('2 clips');
  await expect(frame.locator('article.clip h3').first()).toContainText(HEADLINES.russian);
  await expect(clipRow(page, HEADLINES.undated).getByRole('button', { name: 'Exclude from the report' })).toHaveAttribute('aria-pressed', 'true');
  await shot(page, 'reports-loaded');

  // Run for a new period: February 2025 holds only the interview.
  await saved.getByRole('button', { name: 'Run Weekly Caspian for a new period' }).click();
  const period = page.getByRole('dialog', { name: 'Run “Weekly Caspian” for a new period' });
  await period.getByLabel('From').fill('2025-02-01');
  await period.getByLabel('To').fill('2025-02-28');
  await period.getByRole('button', { name: 'Run' }).click();
  await expect(definition.getByLabel('From')).toHaveValue('2025-02-01');
  await expect(previewCount(page)).toHaveText('1 clip');
  await expect(frame.locator('article.clip h3')).toHaveText([new RegExp(HEADLINES.interview)]);

  // Deleted after asking.
  await saved.getByRole('button', { name: 'Delete Weekly Caspian' }).click();
  await page.getByRole('dialog', { name: 'Delete the saved report?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(saved.getByRole('button', { name: 'Load Weekly Caspian' })).toHaveCount(0);
  await expect(saved).toContainText('None yet');
});

test('clips added by hand, and a saved search as the query', async ({ page, served }) => {
  await page.goto(served.url);
  await pasteAnywhere(page, INTERVIEW);
  await expect(reader(page).locator('mark.statement')).toHaveCount(5);
  await pasteAnywhere(page, RUSSIAN);
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(2);

  await dismissToasts(page);
  await page.getByRole('button', { name: /^Reports/ }).click();
  const definition = page.getByRole('region', { name: 'Report definition' });
  // Only the interview by query; the Russian clip added by hand from the search box.
  await definition.getByRole('searchbox', { name: 'Report query' }).fill('ferry');
  await expect(clipList(page).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Add a clip by hand' }).fill('Министр');
  await page.getByRole('list', { name: 'Clips to add' }).getByRole('button', { name: /^Add Министр/ }).click();
  await expect(clipList(page).getByRole('listitem')).toHaveCount(2);
  await expect(clipRow(page, HEADLINES.russian)).toContainText('added by hand');
  await expect(previewCount(page)).toHaveText('2 clips');
  await expect(preview(page).locator('article.clip h3').filter({ hasText: HEADLINES.russian })).toHaveCount(1);
  await shot(page, 'reports-added-by-hand');
  await clipRow(page, HEADLINES.russian).getByRole('button', { name: 'Remove the clip added by hand' }).click();
  await expect(previewCount(page)).toHaveText('1 clip');

  // A saved search's query is used as the report's query.
  const created = await page.request.post(`${served.origin}/api/savedSearches.create`, { headers: { Authorization: `Bearer ${served.token}` }, data: { name: 'Terminals', query: 'терминала' } });
  expect(created.ok()).toBe(true);
  await page.getByRole('button', { name: /^Library/ }).click();
  await page.getByRole('button', { name: /^Reports/ }).click();
  await definition.getByRole('combobox', { name: 'or use a saved search' }).selectOption({ label: 'Terminals' });
  await expect(definition.getByRole('searchbox', { name: 'Report query' })).toHaveValue('терминала');
  await expect(clipList(page).getByRole('listitem')).toHaveText([new RegExp(HEADLINES.russian)]);
  await expect(previewCount(page)).toHaveText('1 clip');
});
