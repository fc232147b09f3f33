// Every way in through the real UI: dropped and picked files of each kind, pasted rich HTML, a pasted web
// address fetched from a server this test runs, a zip as a background job with its summary, and bad files.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/served-test';
import { shot } from '../helpers/flow';
import { ROOT } from '../helpers/serve';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
const fixture = (...parts: string[]) => fs.readFileSync(path.join(FIXTURES, ...parts));

/** Drops files on the window the way a file manager does. */
async function dropFiles(page: Page, files: Array<{ name: string; bytes: Buffer; type?: string }>) {
  const payload = files.map((f) => ({ name: f.name, type: f.type ?? '', data: f.bytes.toString('base64') }));
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0));
      data.items.add(new File([bytes], f.name, { type: f.type }));
    }
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, payload);
}

async function paste(page: Page, items: Record<string, string>) {
  await page.evaluate((entries) => {
    const data = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) data.setData(type, value);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, items);
}

const reader = (page: Page) => page.getByRole('article', { name: 'Reader' });

test('a dropped web page: metadata, clean text, and the original layout on request', async ({ page, served }) => {
  await page.goto(served.url);
  await dropFiles(page, [{ name: 'ferry.html', bytes: fixture('pages', 'news-article.html'), type: 'text/html' }]);
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option').first()).toContainText('Caspian ferry deal signed in Aktau');
  const r = reader(page);
  await expect(r.getByRole('button', { name: 'Outlet: Steppe Herald' })).toBeVisible();
  await expect(r).toContainText('Aigerim Sadykova');
  await expect(r).toContainText('First given to Caspian Courier');
  await expect(r.locator('.reader-body')).not.toContainText('Most read');
  await r.getByRole('button', { name: 'Original layout' }).click();
  await expect(r.locator('.reader-html h2').first()).toHaveText('Ports prepare for more cargo');
  await expect(r.locator('.reader-html script, .reader-html iframe, .reader-html img')).toHaveCount(0);
  await shot(page, 'web-page-original-layout');
});

test('files picked with Ctrl+O: an alert digest becomes one clip per story; a PDF and a clip log too', async ({ page, served }) => {
  await page.goto(served.url);
  const input = page.getByLabel('Files to import');
  await input.setInputFiles({ name: 'digest.eml', mimeType: 'message/rfc822', buffer: fixture('mail', 'digest.eml') });
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(3);
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option').filter({ hasText: 'Who pays for the Middle Corridor?' })).toContainText('Daily Ledger');
  await input.setInputFiles({ name: 'clipping.pdf', mimeType: 'application/pdf', buffer: fixture('pdf', 'clipping.pdf') });
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option').filter({ hasText: 'Rail link to open in spring' })).toContainText('Caspian Courier');
  await input.setInputFiles({ name: 'clips.csv', mimeType: 'text/csv', buffer: fixture('lists', 'clips.csv') });
  // Every row of the log links a story the digest already brought in (one with a tracking parameter): none is new.
  await expect(page.getByRole('status').filter({ hasText: 'clips.csv: 0 of 3 clips new' })).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(4);
  await expect(page.getByRole('button', { name: /^Library/ })).toContainText('4');
});

test('pasted rich HTML and a pasted web address are clipped', async ({ page, served }) => {
  const site = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(fixture('pages', 'news-article.html'));
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const address = `http://127.0.0.1:${(site.address() as AddressInfo).port}/news/ferry`;
  try {
    await page.goto(served.url);
    await paste(page, {
      'text/html': '<h1>Ministers sign transit agreement</h1><p>Transport ministers of three countries signed an agreement on Tuesday to harmonise transit tariffs along the route, officials said in Tbilisi.</p><p>The agreement takes effect in the spring.</p><script>alert(1)</script>',
      'text/plain': 'Ministers sign transit agreement\n\nTransport ministers of three countries signed an agreement on Tuesday to harmonise transit tariffs along the route, officials said in Tbilisi.\n\nThe agreement takes effect in the spring.',
    });
    await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option').first()).toContainText('Ministers sign transit agreement');
    await expect(reader(page).locator('.reader-body p')).toHaveCount(2);

    await paste(page, { 'text/plain': address });
    await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option').filter({ hasText: 'Caspian ferry deal signed in Aktau' })).toBeVisible();
    await expect(reader(page).getByRole('link', { name: 'Open the original' })).toHaveAttribute('href', address);
  } finally {
    site.close();
  }
});

test('a zip becomes a background import with a summary that names each failure', async ({ page, served }) => {
  await page.goto(served.url);
  const zip = Buffer.from(
    zipSync({
      'ferry.html': fixture('pages', 'news-article.html'),
      'interview.txt': fixture('pasted-interview.txt'),
      'russian.txt': fixture('pasted-russian.txt'),
      'scan.pdf': fixture('pdf', 'scan.pdf'),
      'empty.txt': new Uint8Array(),
      'junk.html': strToU8('\u0000\u0001\u0002'.repeat(200)),
    }),
  );
  await dropFiles(page, [{ name: 'clips.zip', bytes: zip, type: 'application/zip' }]);
  const toast = page.getByRole('status').filter({ hasText: '3 imported' });
  await expect(toast).toContainText('3 failed');
  await toast.getByRole('button', { name: 'Details' }).click();
  const details = page.getByRole('dialog', { name: 'Import summary' });
  await expect(details.getByRole('listitem')).toHaveCount(3);
  await expect(details).toContainText('scan.pdf has no text layer');
  await expect(details).toContainText('empty.txt is empty');
  await expect(details).toContainText('junk.html is not something Verbatim can clip');
  await shot(page, 'import-summary');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(3);
});

test('a bad file says what is wrong with it, by name', async ({ page, served }) => {
  await page.goto(served.url);
  await dropFiles(page, [{ name: 'protected.pdf', bytes: fixture('pdf', 'protected.pdf'), type: 'application/pdf' }]);
  await expect(page.getByRole('status')).toContainText('protected.pdf is protected by a password');
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
});

test('following a feed clips its items; checking again finds it unchanged', async ({ page, served }) => {
  const rss = fixture('feeds', 'rss.xml').toString('utf8');
  const site = http.createServer((req, res) => {
    if (req.url === '/feed.xml') {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: '"v1"' });
      return void res.end(rss.replaceAll('https://caspian-courier.example', `http://127.0.0.1:${(site.address() as AddressInfo).port}`));
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(fixture('pages', 'news-article.html'));
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(served.url);
    await page.getByRole('button', { name: /^Feeds/ }).click();
    await expect(page.getByRole('heading', { name: 'No feeds yet' })).toBeVisible();
    await page.getByLabel('Follow a feed').fill(`http://127.0.0.1:${(site.address() as AddressInfo).port}/feed.xml`);
    await page.getByRole('button', { name: 'Follow', exact: true }).click();
    await expect(page.getByRole('status')).toContainText('Following Caspian Courier: 2 new clips.');
    const detail = page.getByRole('article', { name: 'Feed' });
    await expect(detail.getByRole('heading', { name: 'Caspian Courier' })).toBeVisible();
    await shot(page, 'feeds');
    await detail.getByRole('button', { name: 'Check now' }).click();
    await expect(page.getByRole('status')).toContainText('Caspian Courier has not changed.');
    await page.getByRole('button', { name: /^Library/ }).click();
    await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(2);
    await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option').filter({ hasText: 'Customs window opens at Alat' })).toBeVisible();
  } finally {
    site.close();
  }
});

test('a story republished by another outlet is grouped with it', async ({ page, served }) => {
  const story = fixture('pasted-interview.txt').toString('utf8').replace(/^ date 2025-02-11 \+ ↺ − 16 px\n/, '').replace(/Kaspi\.News\s*$/, '').replace(', Kaspi.News reports', '');
  await page.goto(served.url);
  await paste(page, { 'text/plain': `Caspian Wire · 11 February 2025\n\n${story}` });
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(1);
  await paste(page, { 'text/plain': `Steppe Herald · 12 February 2025\n\n${story.replace('Georgia and Kazakhstan have agreed', 'TBILISI — Georgia and Kazakhstan have agreed')}\n\nThe ministers will meet again in May.` });
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(2);
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option').first()).toContainText('2 outlets');
  const r = reader(page);
  await expect(r.getByText('The same story in 2 outlets')).toBeVisible();
  await r.getByRole('button', { name: 'Caspian Wire' }).click();
  await expect(r.getByRole('button', { name: 'Outlet: Caspian Wire' })).toBeVisible();
  await shot(page, 'syndication');
});

test('several files dropped at once: a forwarded e-mail, a saved MHTML page, an Excel log and an Atom feed', async ({ page, served }) => {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Log');
  sheet.addRow(['Date', 'Outlet', 'Title', 'URL', 'Tone', 'Notes']);
  sheet.addRow(['2025-02-20', 'Daily Ledger', 'Ports budget questioned', 'https://daily-ledger.example/ports-budget', 'negative', 'Asks who pays for the new terminal.']);
  const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
  const html = fixture('pages', 'news-article.html').toString('utf8');
  const mhtml = Buffer.from(
    ['From: <Saved by Blink>', 'Snapshot-Content-Location: https://steppe-herald.example/news/ferry', 'MIME-Version: 1.0', 'Content-Type: multipart/related; type="text/html"; boundary="b"', '', '--b', 'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64', '', Buffer.from(html).toString('base64').replace(/(.{76})/g, '$1\r\n'), '--b--', ''].join('\r\n'),
  );
  await page.goto(served.url);
  await dropFiles(page, [
    { name: 'forwarded.eml', bytes: fixture('mail', 'forwarded.eml') },
    { name: 'ferry.mhtml', bytes: mhtml },
    { name: 'log.xlsx', bytes: xlsx },
    { name: 'atom.xml', bytes: fixture('feeds', 'atom.xml') },
  ]);
  await expect(page.getByRole('status').filter({ hasText: '4 imported' })).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(4);
  for (const title of ['Minister outlines port expansion plans', 'Caspian ferry deal signed in Aktau', 'Ports budget questioned', 'Паромное сообщение расширят до шести рейсов в неделю']) {
    await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option').filter({ hasText: title })).toBeVisible();
  }
});

test('a folder picked whole is imported as one job, hidden files left out', async ({ page, served }) => {
  const folder = fs.mkdtempSync(path.join(served.dir, 'clips-'));
  fs.copyFileSync(path.join(FIXTURES, 'pasted-interview.txt'), path.join(folder, 'interview.txt'));
  fs.copyFileSync(path.join(FIXTURES, 'pasted-russian.txt'), path.join(folder, 'russian.txt'));
  fs.writeFileSync(path.join(folder, '.DS_Store'), Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]));
  await page.goto(served.url);
  await page.getByLabel('Folder to import').setInputFiles(folder);
  await expect(page.getByRole('status').filter({ hasText: '2 imported' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '2 imported' })).not.toContainText('failed');
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(2);
});
