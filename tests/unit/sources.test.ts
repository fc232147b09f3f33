// Every way in that arrives as a file: saved pages (MHTML), e-mail, PDF, clip logs, feeds; and the bad inputs.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ClipError } from '../../electron/clipping/errors';
import { articlesFromBytes } from '../../electron/clipping/sources/from-bytes';
import { parseFeed } from '../../electron/clipping/sources/from-feed';
import { FIXTURES } from '../helpers/library';

const read = (...parts: string[]) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, ...parts)));

async function failure(name: string, bytes: Uint8Array): Promise<ClipError> {
  try {
    await articlesFromBytes(name, bytes);
  } catch (err) {
    if (err instanceof ClipError) return err;
    throw err;
  }
  throw new Error(`${name} should have been refused`);
}

function quotedPrintable(text: string): string {
  return Buffer.from(text, 'utf8')
    .toString('binary')
    .split('\n')
    .map((line) =>
      line
        .replace(/[=\x80-\xff]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
        .replace(/(.{70})/g, '$1=\n'),
    )
    .join('\n');
}

describe('saved web pages', () => {
  it('reads an MHTML snapshot and takes its address from the snapshot header', async () => {
    const html = fs.readFileSync(path.join(FIXTURES, 'pages', 'news-article.html'), 'utf8');
    const mhtml = [
      'From: <Saved by Blink>',
      'Snapshot-Content-Location: https://steppe-herald.example/news/2025/02/14/caspian-ferry-deal',
      'Subject: Caspian ferry deal signed in Aktau | Steppe Herald',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--x"',
      '',
      '------MultipartBoundary--x',
      'Content-Type: text/html',
      'Content-ID: <frame-1@mhtml.blink>',
      'Content-Transfer-Encoding: quoted-printable',
      'Content-Location: https://steppe-herald.example/news/2025/02/14/caspian-ferry-deal',
      '',
      quotedPrintable(html),
      '------MultipartBoundary--x--',
      '',
    ].join('\r\n');
    const [article] = await articlesFromBytes('ferry.mhtml', new TextEncoder().encode(mhtml));
    expect(article).toMatchObject({ title: 'Caspian ferry deal signed in Aktau', outlet: 'Steppe Herald', byline: 'Aigerim Sadykova', publishedAt: '2025-02-14T09:30:00+05:00' });
    expect(article!.text).toContain('“Digital paperwork will cut the waiting time at the port from days to hours,” he said.');
  });
});

describe('e-mail', () => {
  it('clips a forwarded article: the subject as title, no forwarding headers, the article’s link', async () => {
    const [article, ...rest] = await articlesFromBytes('forwarded.eml', read('mail', 'forwarded.eml'));
    expect(rest).toHaveLength(0);
    expect(article!.title).toBe('Minister outlines port expansion plans');
    expect(article!.url).toBe('https://caspian-courier.example/2025/02/17/port-expansion?utm_source=newsletter');
    expect(article!.text).toContain('“We planned for ten million tonnes by 2030; we will reach it three years earlier,” the minister told parliament');
    expect(article!.text).not.toMatch(/^From:|^Subject:|Forwarded message/m);
  });

  it('splits an alert digest into one clip per story, with the stories’ own addresses and sources', async () => {
    const articles = await articlesFromBytes('digest.eml', read('mail', 'digest.eml'));
    expect(articles.map((a) => [a.title, a.url, a.outlet])).toEqual([
      ['Kazakhstan opens tenders for six new Caspian ferries', 'https://steppe-herald.example/2025/02/18/ferry-tenders', 'Steppe Herald'],
      ['Rail freight on the Middle Corridor reaches a record in January', 'https://caspian-courier.example/2025/02/18/rail-freight-record', 'Caspian Courier'],
      ['Who pays for the Middle Corridor? Analysts weigh the costs', 'https://daily-ledger.example/opinion/corridor-costs', 'Daily Ledger'],
    ]);
    expect(articles[0]!.text).toBe("Kazakhstan's transport ministry opened tenders on Tuesday for six ferries to serve the Aktau–Alat route on the Middle Corridor.");
    expect(articles.every((a) => a.publishedAt === '2025-02-19T07:00:00Z')).toBe(true);
  });

  it('refuses an e-mail without a body', async () => {
    const err = await failure('no-body.eml', read('mail', 'no-body.eml'));
    expect(err.code).toBe('NO_ARTICLE');
    expect(err.message).toBe('no-body.eml has no body: the e-mail carries no text to clip.');
  });
});

describe('PDF', () => {
  it('reads a clipping’s text layer in paragraphs, with title, outlet and date', async () => {
    const [article] = await articlesFromBytes('clipping.pdf', read('pdf', 'clipping.pdf'));
    expect(article).toMatchObject({ title: 'Rail link to open in spring', outlet: 'Caspian Courier', publishedAt: '2025-03-03', language: 'en' });
    const paragraphs = article!.text.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[1]).toBe('“The line will carry a million tonnes in its first year,” the company’s chairman said at a press conference in Baku. He added that passenger services would follow once the stations are finished.');
  });

  it('says a scan has no text layer, and a protected file needs its password removed', async () => {
    expect(await failure('scan.pdf', read('pdf', 'scan.pdf'))).toMatchObject({ code: 'NO_TEXT_LAYER', message: expect.stringContaining('scan.pdf has no text layer') });
    expect(await failure('protected.pdf', read('pdf', 'protected.pdf'))).toMatchObject({ code: 'ENCRYPTED', message: expect.stringContaining('protected.pdf is protected by a password') });
    expect(await failure('broken.pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> garbage'))).toMatchObject({ code: 'MALFORMED' });
  });
});

describe('clip logs', () => {
  it('reads a semicolon CSV with dates in two styles, tones and notes, skipping empty rows', async () => {
    const articles = await articlesFromBytes('clips.csv', read('lists', 'clips.csv'));
    expect(articles.map((a) => [a.title, a.outlet, a.publishedAt, a.tone])).toEqual([
      ['Kazakhstan opens tenders for six new Caspian ferries', 'Steppe Herald', '2025-02-18', 'positive'],
      ['Who pays for the Middle Corridor?', 'Daily Ledger', '2025-02-18', 'negative'],
      ['Rail freight reaches a record', 'Caspian Courier', '2025-02-19', 'neutral'],
    ]);
    expect(articles[1]!.text).toBe('Critical of financing; mentions our ministry twice.');
    expect(articles[0]!.url).toBe('https://steppe-herald.example/2025/02/18/ferry-tenders?utm_source=alert');
  });

  it('reads an Excel log with Russian column names and real dates', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Мониторинг');
    sheet.addRow(['Дата', 'СМИ', 'Заголовок', 'Ссылка', 'Тональность', 'Примечание']);
    sheet.addRow([new Date(Date.UTC(2025, 1, 20)), 'Каспийский вестник', 'Паромное сообщение расширят', { text: 'ссылка', hyperlink: 'https://kaspiy-vestnik.example/news/paromy' }, 'позитивная', 'Цитата министра']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const [article] = await articlesFromBytes('monitoring.xlsx', bytes);
    expect(article).toMatchObject({ title: 'Паромное сообщение расширят', outlet: 'Каспийский вестник', publishedAt: '2025-02-20', tone: 'positive', url: 'https://kaspiy-vestnik.example/news/paromy', text: 'Цитата министра' });
  });

  it('says which columns are missing', async () => {
    const err = await failure('wrong.csv', new TextEncoder().encode('a,b,c\n1,2,3\n'));
    expect(err).toMatchObject({ code: 'MALFORMED', message: expect.stringContaining('no column for the address (URL) or the headline (Title)') });
  });
});

describe('feeds', () => {
  it('reads RSS: full content as an article, a summary-only item marked for fetching', () => {
    const feed = parseFeed('rss.xml', fs.readFileSync(path.join(FIXTURES, 'feeds', 'rss.xml'), 'utf8'));
    expect(feed).toMatchObject({ title: 'Caspian Courier', language: 'en-gb' });
    expect(feed.items.map((i) => [i.guid, i.publishedAt, i.summaryOnly])).toEqual([
      ['cc-2025-0220-001', '2025-02-20T09:15:00+04:00', false],
      ['https://caspian-courier.example/2025/02/19/rail-tariffs', '2025-02-19T17:00:00+04:00', true],
    ]);
  });

  it('reads Atom, and clips a feed file’s items', async () => {
    const articles = await articlesFromBytes('atom.xml', read('feeds', 'atom.xml'));
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ title: 'Паромное сообщение расширят до шести рейсов в неделю', byline: 'Ирина Петрова', outlet: 'Каспийский вестник', language: 'ru', publishedAt: '2025-02-21T09:00:00+03:00' });
  });

  it('refuses a feed that is not XML', () => {
    expect(() => parseFeed('not-xml.rss', 'this is not a feed at all {"json": true}')).toThrow(/not-xml\.rss is not a feed: it is not well-formed XML/);
  });
});

describe('bad input', () => {
  it.each([
    ['empty.html', new Uint8Array(), 'EMPTY_INPUT', 'empty.html is empty: there is nothing to clip.'],
    ['junk.html', new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), 'BINARY_INPUT', 'junk.html is not something Verbatim can clip: its content is binary'],
    ['only-nav.html', new TextEncoder().encode('<html><body><nav><a href="/">Home</a></nav></body></html>'), 'NO_ARTICLE', 'only-nav.html holds no article text'],
  ])('%s is refused with %s', async (name, bytes, code, message) => {
    const err = await failure(name, bytes);
    expect(err.code).toBe(code);
    expect(err.message).toContain(message);
  });

  it('refuses a 100 MB page without parsing it', async () => {
    const huge = Buffer.alloc(100 * 1024 * 1024, 0x61);
    huge.write('<!doctype html><html><body><p>', 0);
    const started = Date.now();
    const err = await failure('huge.html', new Uint8Array(huge.buffer, huge.byteOffset, huge.length));
    expect(err).toMatchObject({ code: 'TOO_LARGE', message: 'huge.html is 100 MB, more than the 20 MB a web page may be.' });
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
