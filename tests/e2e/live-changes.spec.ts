// A clip imported by `verbatim import` in a terminal, into the library a window has open, appears in that window's
// list without a reload.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '../helpers/served-test';
import { ROOT } from '../helpers/serve';

const run = promisify(execFile);

test('a clip another process imports appears in the open window without a reload', async ({ page, served }) => {
  await page.goto(served.url);
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  // Marks this page so a reload would be noticed: a reloaded page loses the mark.
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));

  const file = path.join(served.dir, 'harbour.txt');
  fs.writeFileSync(file, 'Harbour tolls to fall in spring\n\nThe port authority said on Monday that tolls for small boats would fall by a third in spring.\n');
  await run(process.execPath, [path.join(ROOT, 'bin', 'verbatim.mjs'), 'import', file, '--db', served.dbPath]);

  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(1, { timeout: 15_000 });
  await expect(page.getByRole('option').first()).toContainText('Harbour tolls to fall in spring');
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});
