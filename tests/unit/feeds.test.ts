// Feeds against a local server this test runs: subscribe, clip new items (fetching pages for summary-only
// items), remember GUIDs, and send ETag / Last-Modified back so an unchanged feed costs one 304.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../db/connection';
import { main } from '../../electron/cli';
import type { CliIO } from '../../electron/cli/io';
import { createServices, type AppServices } from '../../electron/services';
import { FIXTURES, freshLibrary, tempLibraryPath } from '../helpers/library';

const RSS = fs.readFileSync(path.join(FIXTURES, 'feeds', 'rss.xml'), 'utf8');
const PAGE = fs.readFileSync(path.join(FIXTURES, 'pages', 'news-article.html'), 'utf8');
let server: http.Server;
let base: string;
let feedXml: string;
let etag: string;
const hits: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    hits.push(`${url}${req.headers['if-none-match'] ? ` if-none-match=${req.headers['if-none-match']}` : ''}`);
    if (url === '/feed.xml') {
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
      res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ETag: etag });
      res.end(feedXml);
    } else if (url === '/home') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>Home</body></html>');
    } else if (url === '/not-a-feed') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('this is not a feed at all');
    } else if (url.startsWith('/2025/')) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(PAGE.replaceAll('Caspian ferry deal signed in Aktau', `Story at ${url}`).replace('Kazakhstan and Azerbaijan signed', `(${url}) Kazakhstan and Azerbaijan signed`).replaceAll('steppe-herald.example/news/2025/02/14/caspian-ferry-deal', `steppe-herald.example${url}`));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

let library: Library;
let services: AppServices;

beforeEach(() => {
  // The fixture's links point at caspian-courier.example; here they point at the test server.
  feedXml = RSS.replaceAll('https://caspian-courier.example', base);
  etag = '"v1"';
  hits.length = 0;
  library = freshLibrary();
  services = createServices(library);
});
afterEach(() => library.close());

describe('feeds', () => {
  it('subscribes and clips every item, fetching the page of an item that carries only a summary', async () => {
    const { feed, poll } = await services.feeds.subscribe(`${base}/feed.xml`, 30);
    expect(feed).toMatchObject({ title: 'Caspian Courier', pollMinutes: 30, itemCount: 2, clipCount: 2, lastError: null });
    expect(poll).toMatchObject({ newItems: 2, imported: 2, failed: [], notModified: false });
    expect(hits).toContain('/2025/02/19/rail-tariffs');
    const titles = services.library.list({ offset: 0, limit: 10, trash: false }).items.map((a) => a.title);
    expect(titles).toEqual(expect.arrayContaining(['Customs window opens at Alat', 'Story at /2025/02/19/rail-tariffs']));
    const full = services.library.list({ offset: 0, limit: 10, trash: false, search: 'customs window' }).items[0]!;
    expect(services.library.get(full.id)).toMatchObject({ sourceKind: 'feed', byline: 'Farid Aliyev', sourceName: 'Caspian Courier' });
  });

  it('sends the ETag back: an unchanged feed is one 304; a changed one clips only its new item', async () => {
    const { feed } = await services.feeds.subscribe(`${base}/feed.xml`);
    hits.length = 0;
    expect(await services.feeds.poll(feed.id)).toMatchObject({ notModified: true, newItems: 0 });
    expect(hits).toEqual(['/feed.xml if-none-match="v1"']);

    etag = '"v2"';
    feedXml = feedXml.replace('<item>', `<item><title>Ferry timetable published</title><link>${base}/2025/02/21/timetable</link><guid>new-item-3</guid><pubDate>Fri, 21 Feb 2025 08:00:00 +0400</pubDate><description>The joint timetable is out.</description></item><item>`);
    const third = await services.feeds.poll(feed.id);
    expect(third).toMatchObject({ notModified: false, newItems: 1, imported: 1 });
    expect(services.feeds.list()[0]).toMatchObject({ itemCount: 3, clipCount: 3 });
  });

  it('finds the feed a page names, and refuses what is not a feed or is followed already', async () => {
    const { feed } = await services.feeds.subscribe(`${base}/home`);
    expect(feed.url).toBe(`${base}/feed.xml`);
    await expect(services.feeds.subscribe(`${base}/feed.xml`)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(services.feeds.subscribe(`${base}/not-a-feed`)).rejects.toThrow(/is not an RSS or Atom feed, and the page does not name one/);
  });

  it('records a failing poll on the feed and goes on', async () => {
    const { feed } = await services.feeds.subscribe(`${base}/feed.xml`);
    feedXml = '<rss><channel><item>broken';
    etag = '"v3"';
    const result = await services.feeds.poll(feed.id);
    expect(result.error).toMatch(/is not a feed: it is not well-formed XML/);
    expect(services.feeds.list()[0]!.lastError).toBe(result.error);
  });

  it('polls only the feeds that are due and not paused', async () => {
    const { feed } = await services.feeds.subscribe(`${base}/feed.xml`, 60);
    expect(services.feeds.store.due()).toEqual([]);
    expect(services.feeds.store.due(Date.now() + 61 * 60_000).map((f) => f.id)).toEqual([feed.id]);
    services.feeds.update(feed.id, { paused: true });
    expect(services.feeds.store.due(Date.now() + 61 * 60_000)).toEqual([]);
  });
});

describe('verbatim feeds', () => {
  it('adds, lists, polls and removes from the command line', async () => {
    const db = tempLibraryPath();
    let out = '';
    let err = '';
    const io: CliIO = { stdout: (t) => (out += t), stderr: (t) => (err += t), readStdin: async () => Buffer.alloc(0), env: {}, untilInterrupted: () => Promise.resolve() };
    expect(await main(['feeds', 'add', `${base}/feed.xml`, '--every', '15', '--db', db], io)).toBe(0);
    expect(out).toContain('Following Caspian Courier');
    expect(out).toContain('2 new items, 2 clipped, 0 already in the library, 0 failed.');
    out = '';
    expect(await main(['feeds', 'poll', '--db', db], io)).toBe(0);
    expect(out).toBe('Caspian Courier: unchanged since the last check.\n');
    out = '';
    expect(await main(['feeds', 'list', '--json', '--db', db], io)).toBe(0);
    expect(JSON.parse(out)).toEqual([expect.objectContaining({ url: `${base}/feed.xml`, pollMinutes: 15, clipCount: 2 })]);
    out = '';
    expect(await main(['feeds', 'remove', `${base}/feed.xml`, '--db', db], io)).toBe(0);
    expect(await main(['feeds', 'add', `${base}/feed.xml`, '--every', '2', '--db', db], io)).toBe(2);
    expect(err).toContain('--every takes whole minutes, at least 5');
  });
});
