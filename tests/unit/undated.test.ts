// Dates are never invented (issue 13, point 6): a clip without a publication date is "undated" in the statements
// explorer, the search sort, the facets, the report's figures and period and every export format. The undated clip
// here was clipped on 19 July 2031, far from every publication date, so any place that still passes the import
// time off as a date shows "2031".
import { strFromU8, unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article, ClipResult, ReportFile, ReportPreview, SearchResult, StatementSearchHit } from '../../electron/api/types';
import { testApp, type TestApp } from '../helpers/app';

let app: TestApp;
let dated: Article[];
let undated: Article;

const CLIPPED = '2031-07-19T10:00:00.000Z';
/** Every way the import time could be written as a date: ISO, long English, the Excel serial of the day. */
const EXCEL_SERIAL = String((Date.UTC(2031, 6, 19) - Date.UTC(1899, 11, 30)) / 86_400_000);
const INVENTED = [/2031-07-19/, /19 July 2031/, /July 2031/, /2031-07/, /\b2031\b/];

const TEXTS: Array<[string | null, string]> = [
  ['2024-03-04', 'Ferries across the Caspian\n\nGeorgia and Kazakhstan agreed to expand ferry capacity on the Middle Corridor.\n\n“The corridor is ready for more cargo,” said Nino Beridze, Deputy Minister of Economy of Georgia.'],
  [null, 'Port talks continue\n\nOfficials met again about the Middle Corridor terminal.\n\n“The corridor terminal will open on schedule,” said Marat Karabayev, Minister of Transport of Kazakhstan.'],
  ['2024-03-09', 'Rail link opens\n\nThe new rail link on the Middle Corridor between Baku and Kars opened.\n\n“This corridor changes the region,” said Nino Beridze, Deputy Minister of Economy of Georgia.'],
];

beforeEach(async () => {
  app = testApp();
  const all: Article[] = [];
  for (const [date, text] of TEXTS) all.push((await app.call<ClipResult>('clips.fromText', { text, ...(date && { publishedAt: date }) })).article);
  undated = all[1]!;
  dated = [all[0]!, all[2]!];
  // Clipped long after every publication date, and surely without one.
  app.library.db.prepare('UPDATE articles SET published_at = NULL, clipped_at = ? WHERE id = ?').run(CLIPPED, undated.id);
});
afterEach(() => app.library.close());

const call = <T>(name: string, input: unknown) => app.call<T>(name, input);
const definition = (extra: Record<string, unknown> = {}) => ({ title: 'Corridor coverage', template: 'coverage', selection: { query: null }, ...extra });
const render = async (format: string, def = definition()) => Buffer.from((await call<ReportFile>('reports.render', { definition: def, format })).data, 'base64');

function expectNoInventedDate(text: string, what: string): void {
  for (const pattern of INVENTED) expect(text, `${what}: ${pattern}`).not.toMatch(pattern);
}

describe('an undated clip in search and the explorer', () => {
  it('gives its statements a null date, and no month facet', async () => {
    const result = await call<SearchResult<StatementSearchHit>>('search.statements', { query: 'corridor', sort: 'newest', facets: true });
    const mine = result.items.filter((h) => h.articleId === undated.id);
    expect(mine.length).toBeGreaterThan(0);
    for (const hit of mine) expect(hit.date).toBeNull();
    for (const hit of result.items.filter((h) => h.articleId !== undated.id)) expect(hit.date).toMatch(/^2024-03-0[49]/);
    expect(result.facets?.months.map((m) => m.value)).toEqual(['2024-03']);
    expect(result.facets?.months[0]?.count).toBe(result.total - mine.length);
  });

  it('sorts undated clips and their statements after the dated ones, newest first and oldest first', async () => {
    for (const query of ['', 'corridor', 'corridor lang:en']) {
      const newest = await call<SearchResult<StatementSearchHit>>('search.statements', { query, sort: 'newest' });
      const oldest = await call<SearchResult<StatementSearchHit>>('search.statements', { query, sort: 'oldest' });
      expect(newest.items.at(-1)?.articleId, `newest, ${query}`).toBe(undated.id);
      expect(oldest.items.at(-1)?.articleId, `oldest, ${query}`).toBe(undated.id);
      expect(oldest.items[0]?.date, `oldest, ${query}`).toMatch(/^2024-03-04/);
      const clipsNewest = await call<SearchResult<{ id: string; publishedAt: string | null }>>('search.articles', { query, sort: 'newest' });
      const clipsOldest = await call<SearchResult<{ id: string; publishedAt: string | null }>>('search.articles', { query, sort: 'oldest' });
      expect(clipsNewest.items.map((c) => c.id), `newest clips, ${query}`).toEqual([dated[1]!.id, dated[0]!.id, undated.id]);
      expect(clipsOldest.items.map((c) => c.id), `oldest clips, ${query}`).toEqual([dated[0]!.id, dated[1]!.id, undated.id]);
    }
  });

  it('is not found by a period: after: and before: read the publication date alone', async () => {
    const after = await call<SearchResult<{ id: string }>>('search.articles', { query: 'after:2030-01-01', sort: 'newest' });
    expect(after.total).toBe(0);
    const within = await call<SearchResult<{ id: string }>>('search.articles', { query: 'after:2024-01-01', sort: 'newest' });
    expect(within.items.map((c) => c.id).sort()).toEqual(dated.map((c) => c.id).sort());
  });
});

describe('an undated clip in a report', () => {
  it('is counted in the figures but not on the time axis, and the period comes from dated clips alone', async () => {
    const preview = await call<ReportPreview>('reports.preview', { definition: definition() });
    expect(preview.clipCount).toBe(3);
    const json = JSON.parse((await render('json')).toString('utf8')) as {
      report: { period: { from: string | null; to: string | null }; summary: string[] };
      figures: { clipCount: number; undatedCount: number; perDay: Array<{ day: string; count: number }> };
      clips: Array<{ id: string; date: string | null }>;
    };
    expect(json.report.period).toEqual({ from: '2024-03-04', to: '2024-03-09' });
    expect(json.figures.clipCount).toBe(3);
    expect(json.figures.undatedCount).toBe(1);
    expect(json.figures.perDay.reduce((n, d) => n + d.count, 0)).toBe(2);
    expect(json.figures.perDay.at(-1)?.day).toBe('2024-03-09');
    expect(json.clips.find((c) => c.id === undated.id)?.date).toBeNull();
    expect(json.report.summary[0]).toMatch(/between 4 March 2024 and 9 March 2024 \(1 undated clip\)/);
    expectNoInventedDate(JSON.stringify(json), 'JSON');
    expect(preview.html).toContain('1 undated clip');
    expectNoInventedDate(preview.html, 'preview');
  });

  it('HTML and Markdown say "undated", name the undated clips beside the period, and never show the import time', async () => {
    const html = (await render('html')).toString('utf8');
    expect(html).toMatch(/4 March 2024 – 9 March 2024; 1 undated clip/);
    expect(html).toContain('Undated');
    expectNoInventedDate(html, 'HTML');
    const md = (await render('md')).toString('utf8');
    expect(md).toMatch(/2024-03-04 – 2024-03-09 \(1 undated clip\)/);
    expect(md).toMatch(/Port talks continue[\s\S]*?undated/);
    expectNoInventedDate(md, 'Markdown');
    const byDay = (await render('md', definition({ options: { grouping: 'day' } }))).toString('utf8');
    expect(byDay.indexOf('## Undated')).toBeGreaterThan(byDay.indexOf('## 2024-03-09'));
    expectNoInventedDate(byDay, 'Markdown by day');
  });

  it('CSV leaves the date cell empty', async () => {
    const csv = (await render('csv')).toString('utf8');
    expectNoInventedDate(csv, 'CSV');
    const row = csv.split(/\r?\n/).find((l) => l.includes('Port talks continue'));
    expect(row?.startsWith(',')).toBe(true);
  });

  it('XLSX leaves the Date cell empty and counts the undated clips beside the period', async () => {
    const bytes = await render('xlsx');
    const files = unzipSync(new Uint8Array(bytes));
    for (const [name, data] of Object.entries(files)) {
      if (!name.endsWith('.xml')) continue;
      const xml = strFromU8(data);
      expectNoInventedDate(xml, name);
      expect(xml, `${name}: the Excel serial of 19 July 2031`).not.toMatch(new RegExp(`<v>${EXCEL_SERIAL}(\\.\\d+)?</v>`));
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const log = workbook.getWorksheet('Coverage log')!;
    const header = (log.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const dateColumn = header.indexOf('Date');
    const titleColumn = header.indexOf('Headline');
    expect(dateColumn).toBeGreaterThan(0);
    let seen = 0;
    log.eachRow((row, n) => {
      if (n === 1 || !row.getCell(titleColumn).text.startsWith('Port talks continue')) return;
      seen++;
      expect(row.getCell(dateColumn).text).toBe('');
    });
    expect(seen).toBe(1);
    const summary = workbook.getWorksheet('Summary')!;
    const labels = new Map<string, string>();
    summary.eachRow((row) => labels.set(row.getCell(1).text, row.getCell(2).text));
    expect(labels.get('Undated clips')).toBe('1');
  });

  it('DOCX says "Undated" for the clip and names it beside the period', async () => {
    const files = unzipSync(new Uint8Array(await render('docx', definition({ options: { statements: true } }))));
    const document = strFromU8(files['word/document.xml']!);
    const text = [...document.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('4 March 2024 – 9 March 2024; 1 undated clip');
    expect(text).toContain('Undated');
    for (const [name, data] of Object.entries(files)) if (name.endsWith('.xml')) expectNoInventedDate(strFromU8(data), name);
  });
});
