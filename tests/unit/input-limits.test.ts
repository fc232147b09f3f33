// One input must not block or crash anything (issue 21, points 3 and 5). Each hostile input of the probe is
// generated here and must end, well inside the per-test timeout that guards against a hang, either with the
// article or with the ClipError that names the limit; then malformed inputs made by mutating the fixtures must
// each be clipped or refused with a sentence, never with a parser's TypeError or an internal message.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClipError, setInputFaultLog } from '../../electron/clipping/errors';
import { articleFromText } from '../../electron/clipping/from-text';
import { limitDepth, MAX_DEPTH } from '../../electron/clipping/html/depth';
import { extractFromHtml } from '../../electron/clipping/html/extract';
import { articlesFromBytes } from '../../electron/clipping/sources/from-bytes';
import { FIXTURES } from '../helpers/library';

const PARAGRAPH = 'The new rail link between Kars and the Georgian border will open to freight in April, the railway company announced on Monday.';
const encode = (text: string) => new TextEncoder().encode(text);

let hostile = 0;

/** The ClipError an input is refused with; anything else thrown (a TypeError, a stack overflow) fails the test. */
async function refusal(run: () => Promise<unknown>): Promise<ClipError> {
  hostile++;
  try {
    await run();
  } catch (err) {
    if (err instanceof ClipError) return err;
    throw err;
  }
  throw new Error('the input should have been refused');
}

function deepDivs(depth: number, close = true): string {
  return `<!doctype html><html><head><title>Rail link to open in spring</title></head><body>${'<div class="wrap">'.repeat(depth)}<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>${close ? '</div>'.repeat(depth) : ''}</body></html>`;
}

// ---- A minimal PDF writer: numbered objects, a cross-reference table computed from their offsets. ----

function pdfFile(objects: Array<string | Buffer>): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(length);
    const body = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), typeof object === 'string' ? Buffer.from(object) : object, Buffer.from('\nendobj\n')]);
    parts.push(body);
    length += body.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

function pdfStream(dictionary: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]);
}

const PAGE = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 3 0 R >>';
const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const CONTENT = `BT /F1 12 Tf 72 720 Td (${PARAGRAPH}) Tj ET`;

/** `pages` real pages (objects 5…) sharing one content stream, or one page in a tree that claims `claimed`. */
function pagesPdf(pages: number, claimed = pages): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${5 + i} 0 R`).join(' ');
  return pdfFile(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${claimed} >>`, pdfStream('', Buffer.from(CONTENT)), FONT, ...Array<string>(pages).fill(PAGE)]);
}

/** A page whose content stream is the text and then `megabytes` of spaces, deflated as it is written. */
async function bombPdf(megabytes: number): Promise<Uint8Array> {
  const deflate = zlib.createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  deflate.write(`${CONTENT}\n`);
  const spaces = Buffer.alloc(1024 * 1024, 0x20);
  for (let i = 0; i < megabytes; i++) if (!deflate.write(spaces)) await new Promise((resolve) => deflate.once('drain', resolve));
  deflate.end();
  await done;
  return pdfFile(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [5 0 R] /Count 1 >>', pdfStream('/Filter /FlateDecode', Buffer.concat(chunks)), FONT, PAGE]);
}

function csvLog(rows: number): Uint8Array {
  const lines = ['URL,Title,Outlet,Date'];
  for (let i = 0; i < rows; i++) lines.push(`https://news.example/story/${i},Story ${i} about the rail link,Caspian Courier,2025-03-0${1 + (i % 9)}`);
  return encode(lines.join('\n'));
}

function rssFeed(items: number): Uint8Array {
  const body = Array.from({ length: items }, (_, i) => `<item><title>S${i}</title><link>https://n.example/${i}</link></item>`).join('');
  return encode(`<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title><link>https://n.example/</link>${body}</channel></rss>`);
}

function nestedMime(depth: number): Uint8Array {
  let body = `Content-Type: text/plain; charset=utf-8\n\n${PARAGRAPH}\n`;
  for (let i = depth - 1; i >= 0; i--) body = `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n${body}--b${i}--\n`;
  return encode(`From: desk@courier.example\nTo: you@example.com\nSubject: Rail link to open in spring\nMIME-Version: 1.0\n${body}`);
}

describe('input limits: each hostile input ends with the article or a ClipError that names the limit', () => {
  beforeAll(async () => {
    // pdf.js loads on the first PDF, which can take seconds on a busy machine; not what the tests below measure.
    await articlesFromBytes('warm-up.pdf', pagesPdf(1));
  }, 60_000);
  afterAll(() => {
    console.log(`input limits: ${hostile} hostile inputs tried`);
  });

  it('measures nesting depth in one pass, as the parser nests (void elements, implied ends, raw text)', () => {
    expect(limitDepth('<div><p>a<p>b<ul><li>c<li>d</ul></div>').depth).toBe(3);
    expect(limitDepth('<div><img><br><input></div>').depth).toBe(1);
    expect(limitDepth(`<script>${'<div>'.repeat(500)}</script><!-- ${'<div>'.repeat(500)} -->`).depth).toBe(1);
    expect(limitDepth(`<svg>${'<path/>'.repeat(500)}</svg>`).depth).toBe(1);
    // Within the limit the markup is left exactly as it was.
    const page = deepDivs(MAX_DEPTH - 10);
    expect(limitDepth(page).html).toBe(page);
    // Beyond it, the excess tags go, their text stays, and a block leaves a paragraph break.
    expect(limitDepth('<div><div><div><p>a</p><p>b</p></div></div></div>', 2).html).toBe('<div><div><br><br>a<br><br>b</div></div>');
  });

  for (const depth of [1_000, 4_000, 100_000]) {
    it(`clips the article of a page nested ${depth.toLocaleString('en')} <div>s deep, flattened below ${MAX_DEPTH}`, () => {
      hostile++;
      const article = extractFromHtml(deepDivs(depth));
      expect(article.text).toBe(`${PARAGRAPH}\n\n${PARAGRAPH}`);
      expect(article.title).toBe('Rail link to open in spring');
    }, 30_000);
  }

  it('clips a page of 100,000 <div>s that are never closed', () => {
    hostile++;
    expect(extractFromHtml(deepDivs(100_000, false)).text).toBe(`${PARAGRAPH}\n\n${PARAGRAPH}`);
  }, 30_000);

  it('reads a page whose JSON-LD nests 50,000 arrays deep without overflowing the stack', () => {
    hostile++;
    const author = `${'['.repeat(50_000)}"Aigerim Sadykova"${']'.repeat(50_000)}`;
    const html = `<html><head><title>Rail link</title><script type="application/ld+json">{"@type":"NewsArticle","author":${author}}</script></head><body><article><p>${PARAGRAPH}</p></article></body></html>`;
    expect(extractFromHtml(html).text).toBe(PARAGRAPH);
  }, 30_000);

  it('refuses a PDF of 100,000 pages, naming the 2,000-page limit', async () => {
    const err = await refusal(() => articlesFromBytes('edition.pdf', pagesPdf(100_000)));
    expect(err.code).toBe('TOO_MANY_PAGES');
    expect(err.message).toMatch(/edition\.pdf has 100,000 pages, more than the 2,000/);
  }, 30_000);

  it('reads the one real page of a PDF that claims 100,000', async () => {
    hostile++;
    const [article] = await articlesFromBytes('claims.pdf', pagesPdf(1, 100_000));
    expect(article!.text).toContain('rail link between Kars');
  }, 30_000);

  it('refuses a PDF whose content stream inflates to 660 MB, naming the 64 MB limit, without inflating it', async () => {
    const bytes = await bombPdf(660);
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const err = await refusal(() => articlesFromBytes('bomb.pdf', bytes));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toMatch(/bomb\.pdf holds a compressed part that unpacks to more than 64 MB/);
  }, 60_000);

  it('refuses a clip log of 300,000 rows, naming the 20,000-row limit, and takes one of 20,000', async () => {
    const err = await refusal(() => articlesFromBytes('log.csv', csvLog(300_000)));
    expect(err.code).toBe('TOO_MANY_ROWS');
    expect(err.message).toMatch(/log\.csv lists more than 20,000 clips/);
    expect(await articlesFromBytes('year.csv', csvLog(20_000))).toHaveLength(20_000);
  }, 30_000);

  it('refuses an Excel clip log of 20,001 rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Clips');
    sheet.addRow(['URL', 'Title']);
    for (let i = 0; i <= 20_000; i++) sheet.addRow([`https://news.example/${i}`, `Story ${i} about the rail link`]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const err = await refusal(() => articlesFromBytes('log.xlsx', bytes));
    expect(err.code).toBe('TOO_MANY_ROWS');
    expect(err.message).toMatch(/20,000/);
  }, 60_000);

  it('refuses a feed of 100,000 items, naming the 5,000-item limit', async () => {
    const err = await refusal(() => articlesFromBytes('archive.rss', rssFeed(100_000)));
    expect(err.code).toBe('TOO_MANY_ITEMS');
    expect(err.message).toMatch(/archive\.rss has 100,000 items, more than the 5,000/);
  }, 30_000);

  it('never expands entities a feed declares (billion laughs, one long entity used 500,000 times, a local file)', async () => {
    const laughs = ['<!ENTITY l0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`)].join('');
    const feed = (doctype: string, body: string) =>
      encode(`<?xml version="1.0"?><!DOCTYPE rss [${doctype}]><rss version="2.0"><channel><title>Laughs</title><item><title>T</title><link>https://n.example/1</link><description>${body}</description></item></channel></rss>`);
    for (const bytes of [feed(laughs, '&l9;'), feed(`<!ENTITY a "${'x'.repeat(9_000)}">`, '&a;'.repeat(500_000)), feed('<!ENTITY e SYSTEM "file:///etc/passwd">', '&e;')]) {
      const err = await refusal(() => articlesFromBytes('laughs.rss', bytes));
      expect(err.code).toBe('MALFORMED');
      expect(err.message).toMatch(/laughs\.rss declares its own XML entities/);
    }
    // A DOCTYPE that declares nothing (RSS 0.91's) is no reason to refuse.
    const plain = new TextDecoder().decode(rssFeed(2)).replace('<rss', '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss');
    expect(await articlesFromBytes('old.rss', encode(plain))).toHaveLength(2);
  }, 30_000);

  for (const [label, line] of [
    ['"Aa." repeated (a name pattern on the whole line)', 'Aa.'.repeat(6_333_333)],
    ['Cyrillic words (the lead-sentence pattern on the whole line)', 'слово '.repeat(3_166_666)],
  ] as const) {
    it(`clips 19 MB of text on one line, ${label}, without overflowing the stack`, () => {
      hostile++;
      const article = articleFromText(line);
      expect(article.text.length).toBeGreaterThan(18_000_000);
      expect(article.title.length).toBeLessThanOrEqual(111);
    }, 90_000);
  }

  it('refuses an e-mail of 10,000 nested MIME parts, naming the 1,000-part limit, and reads one of 500', async () => {
    const err = await refusal(() => articlesFromBytes('deep.eml', nestedMime(10_000)));
    expect(err.code).toBe('TOO_MANY_ITEMS');
    expect(err.message).toMatch(/deep\.eml has more than 1,000 parts/);
    hostile++;
    const [article] = await articlesFromBytes('nested.eml', nestedMime(500));
    expect(article!.text).toBe(PARAGRAPH);
  }, 30_000);

  it('refuses an e-mail digest of 8,000 story links, and reads one of 1,000 in seconds', async () => {
    const digest = (n: number) =>
      encode(
        `From: alerts@example.com\nSubject: Digest\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n<html><body>${Array.from({ length: n }, (_, i) => `<p><a href="https://n.example/${i}">Story number ${i} about the rail link</a> Courier<br>Snippet ${i}.</p>`).join('')}</body></html>\n`,
      );
    const err = await refusal(() => articlesFromBytes('digest.eml', digest(8_000)));
    expect(err.code).toBe('TOO_MANY_ITEMS');
    expect(err.message).toMatch(/8,000 story links, more than the 5,000/);
    hostile++;
    expect(await articlesFromBytes('alerts.eml', digest(1_000))).toHaveLength(1_000);
  }, 30_000);
});

// ---- Fuzzing: the fixtures, mutated by a seeded generator, through every way a file comes in. ----

/** A small deterministic generator (a linear congruential one), so that a failure can be replayed. */
function generator(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * n);
  };
}

async function fuzzSeeds(): Promise<Array<[string, Buffer]>> {
  const seeds: Array<[string, Buffer]> = [];
  for (const dir of ['pages', 'mail', 'pdf', 'lists', 'feeds']) {
    for (const file of fs.readdirSync(path.join(FIXTURES, dir))) seeds.push([file, fs.readFileSync(path.join(FIXTURES, dir, file))]);
  }
  seeds.push(['pasted.txt', fs.readFileSync(path.join(FIXTURES, 'pasted-russian.txt'))]);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Clips');
  sheet.addRow(['URL', 'Title', 'Outlet']);
  for (let i = 0; i < 20; i++) sheet.addRow([`https://n.example/${i}`, `Story ${i} about the rail link`, 'Caspian Courier']);
  seeds.push(['log.xlsx', Buffer.from(await workbook.xlsx.writeBuffer())]);
  const page = fs.readFileSync(path.join(FIXTURES, 'pages', 'news-article.html'), 'utf8');
  seeds.push([
    'saved.mhtml',
    Buffer.from(`From: <Saved by Blink>\nSnapshot-Content-Location: https://n.example/a\nSubject: A\nMIME-Version: 1.0\nContent-Type: multipart/related; type="text/html"; boundary="B"\n\n--B\nContent-Type: text/html; charset=utf-8\nContent-Location: https://n.example/a\n\n${page}\n--B--\n`),
  ]);
  return seeds;
}

/** Truncated, bytes flipped, a piece of another fixture spliced in, a piece cut out or repeated, markup scattered. */
function mutate(bytes: Buffer, seeds: Array<[string, Buffer]>, random: (n: number) => number): Buffer {
  const out = Buffer.from(bytes);
  const at = random(out.length);
  const piece = (limit: number) => random(Math.min(limit, out.length - at) + 1);
  switch (random(6)) {
    case 0:
      return out.subarray(0, at);
    case 1:
      for (let i = random(20); i >= 0; i--) out[random(out.length)] = random(256);
      return out;
    case 2: {
      const other = seeds[random(seeds.length)]![1];
      const from = random(other.length);
      return Buffer.concat([out.subarray(0, at), other.subarray(from, from + random(4096)), out.subarray(at)]);
    }
    case 3:
      return Buffer.concat([out.subarray(0, at), out.subarray(at + piece(2048))]);
    case 4: {
      const repeated = out.subarray(at, at + piece(512));
      return Buffer.concat([out.subarray(0, at), ...Array<Buffer>(1 + random(30)).fill(repeated), out.subarray(at)]);
    }
    default:
      for (let i = random(200); i >= 0; i--) out[random(out.length)] = '<>"\'&/=[]{}()\n\r\0'.charCodeAt(random(17));
      return out;
  }
}

describe('fuzz: malformed inputs are clipped or refused with a sentence', () => {
  it('clips or refuses 300 mutated fixtures, each with a ClipError that says what is wrong, never a parser error', async () => {
    const seeds = await fuzzSeeds();
    const random = generator(21);
    const faults: unknown[] = [];
    setInputFaultLog((_message, cause) => faults.push(cause));
    const internal: string[] = [];
    let clipped = 0;
    let refused = 0;
    const runs = 300;
    try {
      for (let i = 0; i < runs; i++) {
        const [name, bytes] = seeds[random(seeds.length)]!;
        try {
          await articlesFromBytes(name, new Uint8Array(mutate(bytes, seeds, random)));
          clipped++;
        } catch (err) {
          // A refusal names the input and never carries a parser's own words about its internals.
          if (err instanceof ClipError && err.message.startsWith(name) && !/TypeError|RangeError|Cannot read|undefined|null\b|Exception/.test(err.message)) refused++;
          else internal.push(`#${i} ${name}: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
        }
      }
    } finally {
      setInputFaultLog((message, cause) => console.warn(`verbatim: ${message}`, cause));
    }
    console.log(`fuzz: ${runs} malformed inputs tried, ${clipped} clipped, ${refused} refused with a reason (${faults.length} parser faults logged)`);
    expect(internal).toEqual([]);
    expect(clipped + refused).toBe(runs);
  }, 120_000);
});
