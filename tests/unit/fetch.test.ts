// Fetching pages against a local server the test runs (never the internet): redirects, charsets, limits,
// timeouts, HTTP errors, a closed port and an unknown host.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../electron/clipping/fetch-url';
import { createServices } from '../../electron/services';
import { freshLibrary } from '../helpers/library';

const ARTICLE = `<html lang="ru"><head><title>Паромное сообщение расширят - Каспийский вестник</title><meta property="og:site_name" content="Каспийский вестник"></head><body><article>${'<p>Министр транспорта заявил, что строительство нового терминала в порту Актау начнется осенью, а первая очередь будет готова через два года.</p>'.repeat(5)}</article></body></html>`;
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/article')) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=windows-1251', ETag: '"v1"' });
      res.end(iconv.encode(ARTICLE, 'windows-1251'));
    } else if (url === '/moved') {
      res.writeHead(301, { Location: '/article?utm_source=moved' }).end();
    } else if (url.startsWith('/loop')) {
      res.writeHead(302, { Location: `/loop${Math.random()}` }).end();
    } else if (url === '/ftp') {
      res.writeHead(302, { Location: 'ftp://example.org/file' }).end();
    } else if (url === '/slow') {
      // Never answers.
    } else if (url === '/huge') {
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': String(100 * 1024 * 1024) });
      res.write('<html>');
    } else if (url === '/endless') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      const chunk = Buffer.alloc(1024 * 1024, 0x61);
      const timer = setInterval(() => res.write(chunk), 1);
      res.on('close', () => clearInterval(timer));
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('fetching a page', () => {
  it('follows a redirect, reads the charset from the header, and keeps the validators', async () => {
    const page = await fetchPage(`${base}/moved`);
    expect(page).toMatchObject({ url: `${base}/article?utm_source=moved`, status: 200, etag: '"v1"', notModified: false });
    expect(page.contentType).toContain('windows-1251');
  });

  it('clips a fetched page once, whatever tracking parameters its address carries', async () => {
    const library = freshLibrary();
    const { library: service } = createServices(library);
    const [first] = await service.clipUrl(`${base}/article?utm_source=a`);
    expect(first).toMatchObject({ status: 'created', article: { outlet: 'Каспийский вестник', language: 'ru', sourceKind: 'url', title: 'Паромное сообщение расширят' } });
    expect(first!.article.text).toContain('Министр транспорта заявил');
    const [second] = await service.clipUrl(`${base}/moved`);
    expect(second).toMatchObject({ status: 'duplicate', article: { id: first!.article.id } });
    library.close();
  });

  it.each([
    ['/loop', /redirects more than 5 times/],
    ['/ftp', /ftp addresses cannot be clipped; only http and https/],
    ['/missing', /answered 404 Not Found for \/missing/],
    ['/huge', /sent 100 MB, more than the 20 MB a page may be/],
    ['/endless', /sent more than the 20 MB a page may be/],
  ])('%s fails with a clear sentence', async (pathname, message) => {
    await expect(fetchPage(`${base}${pathname}`)).rejects.toThrow(message);
  });

  it('gives up on a server that does not answer', async () => {
    await expect(fetchPage(`${base}/slow`, { timeoutMs: 300 })).rejects.toThrow(/did not answer within 0 s|did not answer within 1 s/);
  });

  it('explains a refused connection, an unknown host and a bad address', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    closed.close();
    await expect(fetchPage(`http://127.0.0.1:${port}/`)).rejects.toThrow(/refused the connection/);
    await expect(fetchPage('http://verbatim-test-host.invalid/story', { timeoutMs: 5000 })).rejects.toMatchObject({ code: expect.stringMatching(/OFFLINE|FETCH_FAILED/) });
    await expect(fetchPage('not a url')).rejects.toThrow(/is not a web address/);
  });
});
