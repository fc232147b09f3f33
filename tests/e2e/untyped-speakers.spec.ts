// Statements kept from a library made before speakers were typed: the explorer says how many have a speaker of no
// known kind and reads their clips again on request, after which the notice is gone and the kinds are counted.
import Database from 'better-sqlite3';
import { expect, test } from '../helpers/served-test';
import { pasteAnywhere } from '../helpers/flow';

const TEXT = `Ferry talks resume in Aktau

"The first sailing is planned for April," Leyla Hasanova said on Monday. The Ministry of Transport said the new berths would open in spring.`;

test('the explorer offers to type speakers of no known kind and types them', async ({ page, served }) => {
  await page.goto(served.url);
  await pasteAnywhere(page, TEXT);
  await expect(page.getByRole('article', { name: 'Reader' }).locator('.statement-item')).toHaveCount(2);
  // What an older library holds: machine speakers without a kind (another connection, as an upgrade would leave it).
  const db = new Database(served.dbPath);
  db.prepare("UPDATE statements SET speaker_kind = 'unknown' WHERE speaker_name IS NOT NULL").run();
  db.close();

  await page.getByRole('button', { name: /^Statements/ }).click();
  const notice = page.getByRole('status').filter({ hasText: 'not yet typed' });
  await expect(notice).toContainText('2 statements from before this version have speakers not yet typed');
  await notice.getByRole('button', { name: 'Read 1 clip again' }).click();
  await expect(notice).toBeHidden({ timeout: 30_000 });
  const facet = page.getByRole('region', { name: 'Speaker kind' });
  await expect(facet.getByRole('button', { name: /^Person/ })).toHaveText(/Person\s*1/);
  await expect(facet.getByRole('button', { name: /^Institution/ })).toHaveText(/Institution\s*1/);
});
