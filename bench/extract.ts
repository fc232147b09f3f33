// npm run bench:extract: Verbatim's extractor against Mozilla Readability on jsdom, over the Readability test
// pages in ../shared/corpus/readability-test-pages (skipped, saying so, where the corpus is absent).
// Prints article-text token F1 against expected.html, metadata accuracy against expected-metadata.json, and
// milliseconds per page: Verbatim's extraction alone, Verbatim's whole import (extraction, storage, indexing),
// and Readability on jsdom, all measured in this run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { openLibrary } from '../db/connection';
import { decodeBytes } from '../electron/clipping/decode';
import { normalizeDateTime } from '../electron/clipping/html/dates';
import { parseDocument } from '../electron/clipping/html/dom';
import { extractFromHtml } from '../electron/clipping/html/extract';
import { LibraryService } from '../electron/library/service';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'readability-test-pages');
const PAGE_URL = 'http://fakehost/test/page.html';

if (!fs.existsSync(CORPUS)) {
  console.log(`bench:extract skipped: ${CORPUS} is absent (it ships with ../shared/corpus, not with the project).`);
  process.exit(0);
}

interface Expected {
  title?: string | null;
  byline?: string | null;
  lang?: string | null;
  publishedTime?: string | null;
}

interface Result {
  f1: number;
  title?: boolean;
  titleStrict?: boolean;
  byline?: boolean;
  date?: boolean;
  language?: boolean;
  ms: number;
}

function tokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  // Scripts written without spaces count character by character.
  for (const token of text.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? []) {
    counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  return counts;
}

function f1(found: string, expected: string): number {
  const a = tokens(found);
  const b = tokens(expected);
  let overlap = 0;
  let sizeA = 0;
  let sizeB = 0;
  for (const n of a.values()) sizeA += n;
  for (const n of b.values()) sizeB += n;
  for (const [token, n] of a) overlap += Math.min(n, b.get(token) ?? 0);
  if (sizeA === 0 && sizeB === 0) return 1;
  if (overlap === 0) return 0;
  const precision = overlap / sizeA;
  const recall = overlap / sizeB;
  return (2 * precision * recall) / (precision + recall);
}

const fold = (s: string | null | undefined) =>
  (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^\s*(?:by|par|von|por)\s+/, '')
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();

function sameDate(found: string | null | undefined, expected: string): boolean {
  const e = normalizeDateTime(expected);
  const f = normalizeDateTime(found ?? undefined);
  if (!e || !f) return false;
  const withZone = /T.*(Z|[+-]\d{2}:\d{2})$/;
  if (withZone.test(e) && withZone.test(f)) return Date.parse(e) === Date.parse(f);
  return e.slice(0, 10) === f.slice(0, 10);
}

function score(expected: Expected, expectedText: string, found: { text: string; title?: string | null; byline?: string | null; date?: string | null; language?: string | null }, ms: number): Result {
  const result: Result = { f1: f1(found.text, expectedText), ms };
  if (expected.title) {
    result.titleStrict = fold(found.title) === fold(expected.title);
    // Readability's expected titles often keep the site's name ("How to Build a Terrarium | eHow"); the
    // headline without it is right too: it must equal the expected title's leading parts.
    const parts = expected.title.split(/\s+[|–—-]\s+/);
    result.title = result.titleStrict || parts.slice(1).some((_, k) => fold(found.title) === fold(parts.slice(0, k + 1).join(' ')));
  }
  if (expected.byline) result.byline = fold(found.byline) === fold(expected.byline);
  if (expected.publishedTime) result.date = sameDate(found.date, expected.publishedTime);
  if (expected.lang) result.language = (found.language ?? '').split('-')[0]?.toLowerCase() === expected.lang.split('-')[0]?.toLowerCase();
  return result;
}

const pages = fs
  .readdirSync(CORPUS)
  .filter((name) => fs.existsSync(path.join(CORPUS, name, 'source.html')) && fs.existsSync(path.join(CORPUS, name, 'expected.html')))
  .sort();

const library = openLibrary(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-bench-')), 'library.db'));
const service = new LibraryService(library);
const quiet = new VirtualConsole();

const ours: Result[] = [];
const baseline: Result[] = [];
const importMs: number[] = [];
const worst: Array<{ page: string; f1: number }> = [];

for (const page of pages) {
  const dir = path.join(CORPUS, page);
  const bytes = fs.readFileSync(path.join(dir, 'source.html'));
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')) as Expected;
  const expectedText = parseDocument(fs.readFileSync(path.join(dir, 'expected.html'), 'utf8')).body?.textContent ?? '';

  let start = performance.now();
  const article = extractFromHtml(decodeBytes(bytes, { html: true }).text, { url: PAGE_URL });
  const ourMs = performance.now() - start;
  const mine = score(expected, expectedText, { text: article.text, title: article.title, byline: article.byline, date: article.publishedAt, language: article.language }, ourMs);
  ours.push(mine);
  worst.push({ page, f1: mine.f1 });

  // The whole import: extraction again, then storage and full-text indexing in one transaction.
  start = performance.now();
  service.clipArticle(extractFromHtml(decodeBytes(bytes, { html: true }).text, { url: `http://fakehost/${page}/` }), { kind: 'html', original: null });
  importMs.push(performance.now() - start);

  start = performance.now();
  const dom = new JSDOM(bytes.toString('utf8'), { url: PAGE_URL, virtualConsole: quiet });
  const parsed = new Readability(dom.window.document).parse();
  const theirMs = performance.now() - start;
  dom.window.close();
  baseline.push(score(expected, expectedText, { text: parsed?.textContent ?? '', title: parsed?.title, byline: parsed?.byline, date: parsed?.publishedTime, language: parsed?.lang }, theirMs));
}
library.close();

function summarise(results: Result[]) {
  const rate = (key: 'title' | 'titleStrict' | 'byline' | 'date' | 'language') => {
    const judged = results.filter((r) => r[key] !== undefined);
    return { right: judged.filter((r) => r[key]).length, of: judged.length };
  };
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  return {
    f1Mean: results.reduce((n, r) => n + r.f1, 0) / results.length,
    f1Median: [...results.map((r) => r.f1)].sort((a, b) => a - b)[Math.floor(results.length / 2)]!,
    title: rate('title'),
    titleStrict: rate('titleStrict'),
    byline: rate('byline'),
    date: rate('date'),
    language: rate('language'),
    msMean: ms.reduce((n, m) => n + m, 0) / ms.length,
    msMedian: ms[Math.floor(ms.length / 2)]!,
  };
}

const a = summarise(ours);
const b = summarise(baseline);
const importMean = importMs.reduce((n, m) => n + m, 0) / importMs.length;
const pct = ({ right, of }: { right: number; of: number }) => `${((100 * right) / Math.max(1, of)).toFixed(1)}% (${right}/${of})`;
const row = (label: string, x: string, y: string) => console.log(`${label.padEnd(30)}${x.padEnd(24)}${y}`);

console.log(`\nExtraction over ${pages.length} pages of the Readability test suite (expected output is Readability's own)\n`);
row('', 'Verbatim', 'Readability + jsdom');
row('article text token F1, mean', a.f1Mean.toFixed(4), b.f1Mean.toFixed(4));
row('article text token F1, median', a.f1Median.toFixed(4), b.f1Median.toFixed(4));
row('title right', pct(a.title), pct(b.title));
row('title identical to expected', pct(a.titleStrict), pct(b.titleStrict));
row('byline right', pct(a.byline), pct(b.byline));
row('date right', pct(a.date), pct(b.date));
row('language right', pct(a.language), pct(b.language));
row('ms per page, mean (extract)', a.msMean.toFixed(1), b.msMean.toFixed(1));
row('ms per page, median (extract)', a.msMedian.toFixed(1), b.msMedian.toFixed(1));
row('ms per page, whole import', importMean.toFixed(1), '(extraction only)');
console.log(`\nLowest F1 for Verbatim: ${worst.sort((x, y) => x.f1 - y.f1).slice(0, 6).map((w) => `${w.page} ${w.f1.toFixed(2)}`).join(', ')}`);

fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'test-results', 'bench-extract.json'), JSON.stringify({ pages: pages.length, verbatim: a, readability: b, importMsMean: importMean }, null, 2));
