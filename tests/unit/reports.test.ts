// Reports from a real library: the selection (query, period, picked, pinned, reordered, excluded), the figures and
// summary, what each text format carries (clips, statements, highlights, notes, tags), saved definitions, and the
// CLI's contract (clear one-line errors, nothing half-written).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli';
import type { CliIO } from '../../electron/cli/io';
import type { AnnotationRecord, Article, ClipResult, ReportFile, ReportPreview, SavedReport } from '../../electron/api/types';
import { findChromium } from '../../electron/reports/formats/pdf';
import { testApp, type TestApp } from '../helpers/app';
import { openLibrary } from '../../db/connection';
import { tempLibraryPath } from '../helpers/library';

let app: TestApp;
const clips: Article[] = [];

const TEXTS: Array<[string, string]> = [
  ['2024-03-04', 'Ferries across the Caspian\n\nGeorgia and Kazakhstan agreed to expand ferry capacity on the Middle Corridor.\n\n“The corridor is ready for more cargo,” said Nino Beridze, Deputy Minister of Economy of Georgia.'],
  ['2024-03-05', 'Паромы через Каспий\n\nМинистр транспорта Марат Карабаев заявил, что строительство терминала в порту Актау начнется осенью.'],
  ['2024-03-05', 'ممر النقل\n\nقال الوزير إن الممر الأوسط سيربط آسيا بأوروبا خلال السنوات المقبلة.'],
  ['2024-03-07', '一带一路与中间走廊\n\n阿塞拜疆总统助理表示，一带一路倡议与中间走廊相互补充。'],
  ['2024-03-09', 'Rail link opens\n\nThe new rail link between Baku and Kars opened on Saturday, officials said.'],
];

beforeEach(async () => {
  app = testApp();
  clips.length = 0;
  for (const [date, text] of TEXTS) clips.push((await app.call<ClipResult>('clips.fromText', { text, publishedAt: date })).article);
});
afterEach(() => app.library.close());

const call = <T>(name: string, input: unknown) => app.call<T>(name, input);
const definition = (extra: Record<string, unknown> = {}, selection: Record<string, unknown> = {}) => ({ title: 'March coverage', organization: 'Ministry of Transport', author: 'Press office', template: 'coverage', selection: { query: null, ...selection }, ...extra });
const render = async (format: string, def = definition()) => Buffer.from((await call<ReportFile>('reports.render', { definition: def, format })).data, 'base64');

describe('the selection', () => {
  it('takes a query and a period, then picked, pinned, reordered and excluded clips', async () => {
    const preview = await call<ReportPreview>('reports.preview', { definition: definition({}, { query: 'corridor OR Каспий OR الممر', from: '2024-03-04', to: '2024-03-05' }) });
    expect(preview.clipCount).toBe(3);
    const [ferries, paromy, arabic, chinese, rail] = clips as [Article, Article, Article, Article, Article];
    const json = JSON.parse((await render('json', definition({}, { query: 'corridor', picked: [rail.id], pinned: [rail.id], excluded: [] }))).toString('utf8')) as { clips: Array<{ id: string; pinned: boolean }> };
    expect(json.clips.map((c) => c.id)).toEqual([rail.id, ferries.id]);
    expect(json.clips[0]!.pinned).toBe(true);
    const ordered = JSON.parse((await render('json', definition({}, { order: [chinese.id, arabic.id], excluded: [paromy.id] }))).toString('utf8')) as { clips: Array<{ id: string }> };
    expect(ordered.clips.map((c) => c.id)).toEqual([chinese.id, arabic.id, ferries.id, rail.id]);
  });

  it('refuses an empty selection and a query that does not parse', async () => {
    expect((await app.fails('reports.preview', { definition: definition({}, { query: 'nothing-like-this' }) })).code).toBe('REPORT_EMPTY');
    const broken = await app.fails('reports.preview', { definition: definition({}, { query: 'ferry AND (' }) });
    expect(broken.code).toBe('INVALID_QUERY');
    expect(broken.message).toMatch(/at character 11\)/);
    expect((await app.fails('reports.preview', { definition: definition({}, { from: '2024-03-09', to: '2024-03-01' }) })).message).toMatch(/ends before it starts/);
  });
});

describe('what the formats carry', () => {
  let highlight: AnnotationRecord;
  beforeEach(async () => {
    const ferries = clips[0]!;
    const start = ferries.text.indexOf('expand ferry capacity');
    highlight = await call<AnnotationRecord>('annotations.create', { articleId: ferries.id, start, end: start + 'expand ferry capacity'.length, note: 'Ask for the tonnage', tags: ['follow-up'], color: '#b2f2bb' });
    await call('tags.apply', { targets: [{ kind: 'article', id: ferries.id }], add: ['Caspian'] });
  });

  it('HTML: front matter, summary with charts, every clip in its script and direction, statements, highlights with notes, tags, appendix', async () => {
    const html = (await call<ReportPreview>('reports.preview', { definition: definition() })).html;
    for (const text of ['Ministry of Transport', 'March coverage', 'About this report', 'Tone scale', '<svg', 'Clips per day', 'Паромы через Каспий', 'ممر النقل', '一带一路与中间走廊', 'Nino Beridze', 'Appendix: statements by official', 'Ask for the tonnage', 'follow-up', 'Caspian']) {
      expect(html, text).toContain(text);
    }
    expect(html).toMatch(/<mark class="(bg-\d+)">expand ferry capacity<\/mark><sup class="note">1<\/sup>/);
    const highlightClass = /<mark class="(bg-\d+)">expand ferry capacity/.exec(html)?.[1];
    expect(html).toContain(`.${highlightClass} { background: #b2f2bb; }`);
    expect(html).toMatch(/<article class="clip" dir="rtl" lang="ar"><h3>ممر النقل/);
    expect(html).not.toMatch(/<script/i);
  });

  it('Markdown, CSV and JSON carry the clips, statements, highlights, notes and tags', async () => {
    const md = (await render('md')).toString('utf8');
    expect(md).toContain('==expand ferry capacity==[^1]');
    expect(md).toContain('[^1]: Ask for the tonnage (follow-up)');
    expect(md).toContain('**Nino Beridze**');
    expect(md).toContain('<div dir="rtl">');
    const csv = (await render('csv')).toString('utf8');
    expect(csv.startsWith('\uFEFFDate,Outlet,Headline')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(6);
    expect(csv).toContain('Ask for the tonnage');
    expect(csv).toContain('Паромы через Каспий');
    const json = JSON.parse((await render('json')).toString('utf8')) as { clips: Array<{ title: string; tags: Array<{ name: string }>; statements: unknown[]; annotations: Array<Record<string, unknown>> }> };
    const ferries = json.clips.find((c) => c.title === 'Ferries across the Caspian')!;
    expect(ferries.tags.map((t) => t.name)).toEqual(['Caspian']);
    expect(ferries.statements.length).toBeGreaterThan(0);
    expect(ferries.annotations[0]).toMatchObject({ type: 'Annotation', '@context': 'http://www.w3.org/ns/anno.jsonld' });
    expect(JSON.stringify(ferries.annotations[0])).toContain(highlight.exact);
  });

  it('XLSX has the coverage log and the statements sheet', async () => {
    const book = new ExcelJS.Workbook();
    // ExcelJS types its Buffer parameter against an older @types/node.
    await book.xlsx.load((await render('xlsx')) as unknown as ArrayBuffer);
    const log = book.getWorksheet('Coverage log')!;
    expect(log.rowCount).toBe(6);
    const statements = book.getWorksheet('Statements')!;
    expect(statements.rowCount).toBeGreaterThan(1);
  });
});

describe('saved report definitions', () => {
  it('saves a definition by name and runs it again', async () => {
    const saved = await call<SavedReport>('reports.save', { name: 'Monthly', definition: definition({}, { query: 'corridor' }) });
    const [listed] = await call<SavedReport[]>('reports.list', {});
    expect(listed).toMatchObject({ id: saved.id, name: 'Monthly', definition: { selection: { query: 'corridor' } } });
    const again = { ...listed!.definition, selection: { ...listed!.definition.selection, from: '2024-03-01', to: '2024-03-31' } };
    expect((await call<ReportPreview>('reports.preview', { definition: again })).clipCount).toBe(1);
    expect((await app.fails('reports.save', { name: 'monthly', definition: definition() })).code).toBe('REPORT_EXISTS');
  });
});

describe('verbatim report', () => {
  async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const io: CliIO = { stdout: (t) => (out += t), stderr: (t) => (err += t), readStdin: async () => Buffer.from(''), env: {}, untilInterrupted: () => Promise.resolve() };
    return { code: await main(args, io), out, err };
  }

  it('writes every text format and refuses bad input with one line, leaving no file behind', async () => {
    const db = tempLibraryPath();
    const library = openLibrary(db);
    const seeded = testApp(library);
    for (const [date, text] of TEXTS) await seeded.call('clips.fromText', { text, publishedAt: date });
    library.close();
    const dir = path.dirname(db);
    for (const format of ['html', 'md', 'csv', 'json', 'xlsx', 'docx']) {
      const out = path.join(dir, `report.${format}`);
      const result = await run(['report', '--db', db, '--query', 'corridor OR Каспий', '--template', 'coverage', '--format', format, '--out', out]);
      expect(result.code, `${format}: ${result.err}`).toBe(0);
      expect(fs.statSync(out).size).toBeGreaterThan(100);
    }
    const cases: Array<[string[], RegExp]> = [
      [['--query', 'x', '--template', 'weekly', '--format', 'html'], /Unknown template "weekly"/],
      [['--query', 'x', '--template', 'digest', '--format', 'odt'], /Unknown format "odt"/],
      [['--query', 'ferry AND (', '--template', 'digest', '--format', 'html'], /does not parse/],
      [['--query', 'nothing-like-this', '--template', 'digest', '--format', 'html'], /Nothing to report/],
      [['--saved', 'Nope', '--template', 'digest', '--format', 'html'], /no saved search named "Nope"/],
    ];
    for (const [args, message] of cases) {
      const out = path.join(dir, 'bad.html');
      const result = await run(['report', '--db', db, ...args, '--out', out]);
      expect(result.code).not.toBe(0);
      expect(result.err).toMatch(message);
      expect(result.err.trim().split('\n')).toHaveLength(1);
      expect(fs.existsSync(out)).toBe(false);
    }
    const unwritable = await run(['report', '--db', db, '--query', 'corridor', '--template', 'digest', '--format', 'html', '--out', path.join(dir, 'no-such-folder', 'r.html')]);
    expect(unwritable.code).not.toBe(0);
    expect(unwritable.err).toMatch(/Cannot write/);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.partial'))).toEqual([]);
  });

  it.skipIf(findChromium() === null)('prints a PDF whose text holds the clips (read back through pdf.js)', async () => {
    const db = tempLibraryPath();
    const library = openLibrary(db);
    const seeded = testApp(library);
    for (const [date, text] of TEXTS) await seeded.call('clips.fromText', { text, publishedAt: date });
    library.close();
    // A highlight with a note and a tag, and a tag on the clip: all must reach the printed report.
    const again = testApp(openLibrary(db));
    const [ferries] = (await again.call<{ items: Array<{ id: string; title: string }> }>('search.articles', { query: 'ferry' })).items;
    const article = await again.call<Article>('articles.get', { id: ferries!.id });
    const start = article.text.indexOf('expand ferry capacity');
    await again.call('annotations.create', { articleId: article.id, start, end: start + 21, note: 'Ask for the tonnage', tags: ['follow-up'] });
    await again.call('tags.apply', { targets: [{ kind: 'article', id: article.id }], add: ['Caspian desk'] });
    again.library.close();
    const out = path.join(path.dirname(db), 'report.pdf');
    const result = await run(['report', '--db', db, '--query', 'corridor OR Каспий OR الممر OR 一带一路', '--template', 'coverage', '--format', 'pdf', '--out', out]);
    expect(result.code, result.err).toBe(0);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(out)) }).promise;
    let text = '';
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    }
    expect(text).toContain('Ferries across the Caspian');
    expect(text).toContain('Паромы через Каспий');
    expect(text).toContain('Nino Beridze');
    // pdf.js returns text in runs whose spacing follows the layout: compare without white space.
    // NFKC: some CJK fonts map 一 to the Kangxi radical ⼀, which pdf.js then reports.
    const flat = text.normalize('NFKC').replace(/\s+/g, '');
    for (const words of ['expand ferry capacity', 'Ask for the tonnage', 'follow-up', 'Caspian desk', 'Appendix: statements by official']) expect(flat, words).toContain(words.replace(/\s+/g, ''));
    // Chinese needs a CJK font on the machine (CI installs one); without it Chromium prints empty boxes.
    const cjkFont = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout.trim() !== '';
    if (cjkFont) expect(flat).toContain('一带一路与中间走廊');
    else console.log('No CJK font installed: the Chinese headline in the PDF was not checked.');
  });
});
