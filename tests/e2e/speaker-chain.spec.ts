// A speaker corrected in the reader is offered to the other statements attributed through the same mentions, and
// the change of them all is undone from the same message.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../helpers/served-test';
import { pasteAnywhere, shot } from '../helpers/flow';
import { ROOT } from '../helpers/serve';

// tests/fixtures/speaker-chain.txt, written for the project: one person named in full, then by surname and pronoun;
// a second person in between.
const TEXT = fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'speaker-chain.txt'), 'utf8');

test('correcting one speaker offers the rest of its chain; Change all and Undo', async ({ page, served }) => {
  await page.goto(served.url);
  await pasteAnywhere(page, TEXT);
  const r = page.getByRole('article', { name: 'Reader' });
  const items = r.locator('.statement-item');
  await expect(items.filter({ hasText: 'Anna Volkova' })).toHaveCount(3);

  await items.filter({ hasText: 'Anna Volkova' }).first().locator('.speaker-chip').click();
  await r.getByRole('combobox', { name: 'Speaker' }).fill('Anna Volkova-Petrova');
  await r.getByRole('button', { name: 'Save' }).click();
  const status = page.getByRole('status');
  await expect(status).toContainText('2 other statements in this clip were attributed through the same mentions (Anna Volkova)');
  await shot(page, 'speaker-chain-offer');
  await status.getByRole('button', { name: 'Change all 2' }).click();
  await expect(items.filter({ hasText: 'Anna Volkova-Petrova' })).toHaveCount(3);
  await expect(items.filter({ hasText: 'Marat Karabayev' })).toHaveCount(1);
  await expect(status).toContainText('2 more statements now attributed to Anna Volkova-Petrova');

  await status.locator('.toast').filter({ hasText: 'more statements now attributed' }).getByRole('button', { name: 'Undo' }).click();
  // The first correction stays (it was asked for on its own); the other two go back to the machine's speaker.
  await expect(items.filter({ hasText: 'Anna Volkova-Petrova' })).toHaveCount(1);
  await expect(items.filter({ hasText: /Anna Volkova(?!-)/ })).toHaveCount(2);
});
