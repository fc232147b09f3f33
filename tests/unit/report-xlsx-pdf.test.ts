// The spreadsheet and PDF formats of reports, read back: the workbook through ExcelJS (every sheet, every clip,
// statement and highlight, the scripts, real dates), the PDF through pdf.js (the text of each script, the running
// header and page numbers), plus how a Chromium is found and what is said when none is.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { ChromiumPdfPrinter, findChromium, NO_CHROMIUM_MESSAGE, NoPdfPrinter } from '../../electron/reports/formats/pdf';
import { renderXlsx } from '../../electron/reports/formats/xlsx';
import type { ReportModel } from '../../electron/reports/model';
import { SAMPLE_SCRIPTS, SAMPLE_TITLES, sampleReportModel } from '../helpers/report-model';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-report-xlsx-pdf-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function readWorkbook(model: ReportModel): Promise<ExcelJS.Workbook> {
  const buffer = await renderXlsx(model);
  expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The header row as column name → column number. */
function columnsOf(ws: ExcelJS.Worksheet): Map<string, number> {
  const map = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => map.set(String(cell.value), col));
  return map;
}

/** The data rows (below the header) as records of cells by column name. */
function rowsOf(ws: ExcelJS.Worksheet): Array<Record<string, ExcelJS.Cell>> {
  const columns = columnsOf(ws);
  const rows: Array<Record<string, ExcelJS.Cell>> = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const record: Record<string, ExcelJS.Cell> = {};
    for (const [name, col] of columns) record[name] = row.getCell(col);
    rows.push(record);
  }
  return rows;
}

const textOf = (cell: ExcelJS.Cell | undefined): string => {
  const value = cell?.value;
  if (value && typeof value === 'object' && 'text' in value) return String(value.text);
  return value === null || value === undefined ? '' : String(value);
};

function allText(workbook: ExcelJS.Workbook): string {
  const parts: string[] = [];
  workbook.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => parts.push(textOf(cell)))));
  return parts.join('\n');
}

describe('XLSX report', () => {
  const model = sampleReportModel();
  const clips = model.groups.flatMap((g) => g.clips);
  const statements = clips.flatMap((c) => c.statements);
  const annotations = clips.flatMap((c) => c.annotations);

  it('has the four sheets, each with a frozen header row, and the tables an autofilter', async () => {
    const workbook = await readWorkbook(model);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Coverage log', 'Statements', 'Highlights', 'Summary']);
    for (const ws of workbook.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    for (const name of ['Coverage log', 'Statements', 'Highlights']) {
      const ws = sheet(workbook, name);
      expect(ws.autoFilter, name).toBeTruthy();
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
      // Every column got a width from its content, within bounds.
      for (let c = 1; c <= ws.columnCount; c++) expect(ws.getColumn(c).width).toBeGreaterThanOrEqual(8);
    }
    expect(workbook.title).toBe(model.definition.title);
    expect(workbook.creator).toBe('Press Office');
  });

  it('logs one row per clip: headline linked to the url, real dates, tone, topics, tags, counts, notes, excerpt', async () => {
    const workbook = await readWorkbook(model);
    const ws = sheet(workbook, 'Coverage log');
    expect([...columnsOf(ws).keys()].slice(0, 13)).toEqual([
      'Date',
      'Outlet',
      'Headline',
      'Byline',
      'Language',
      'Tone',
      'Tone suggested',
      'Topics',
      'Tags',
      'Statements',
      'Highlights',
      'Notes',
      'Excerpt',
    ]);
    const rows = rowsOf(ws);
    expect(rows).toHaveLength(8);
    expect(rows.map((r) => textOf(r.Headline))).toEqual([...SAMPLE_TITLES]);

    const first = rows[0]!;
    expect(first.Headline!.value).toMatchObject({ text: SAMPLE_TITLES[0], hyperlink: clips[0]!.url });
    expect(first.Date!.value).toBeInstanceOf(Date);
    // The wall-clock time as written in the source (09:15Z), not shifted by the machine's zone.
    expect((first.Date!.value as Date).toISOString()).toBe('2025-03-03T09:15:00.000Z');
    expect(first.Date!.numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(textOf(first.Outlet)).toBe('Caspian Herald');
    expect(textOf(first.Byline)).toBe('Nadia Rahimova');
    expect(textOf(first.Tone)).toBe('positive');
    expect(textOf(first['Tone suggested'])).toBe('no');
    expect(textOf(first.Topics)).toBe('Energy, Infrastructure');
    expect(textOf(first.Tags)).toBe('priority, energy');
    expect(first.Statements!.value).toBe(1);
    expect(first.Highlights!.value).toBe(3);
    expect(textOf(first.Notes)).toBe('Key figure for the briefing: check against last year’s target.\nNot in the ministry’s own readout.');
    expect(textOf(first.Excerpt)).toBe(clips[0]!.excerpt);
    expect(first.Excerpt!.alignment?.wrapText).toBe(true);
    expect(textOf(first.Section)).toBe('Energy');

    const russian = rows[1]!;
    expect(textOf(russian.Headline)).toBe('Волков: переговоры о транзите газа продолжатся в апреле');
    expect(textOf(russian['Tone suggested'])).toBe('yes');
    expect(textOf(russian.Notes)).toContain('Смягчённая формулировка');

    // The clip without a url has a plain headline; the clip without a tone has empty tone cells.
    const noUrl = rows.find((r) => textOf(r.Headline) === 'МИД России осудил новые санкции')!;
    expect(noUrl.Headline!.value).toBe('МИД России осудил новые санкции');
    const noTone = rows.find((r) => textOf(r.Headline).startsWith('Trade agreement'))!;
    expect(textOf(noTone.Tone)).toBe('');
    expect(textOf(noTone['Tone suggested'])).toBe('');

    // Right-to-left clips read right to left; the others keep the default alignment.
    const arabic = rows.find((r) => textOf(r.Headline) === SAMPLE_TITLES[4])!;
    for (const name of ['Headline', 'Byline', 'Excerpt', 'Notes']) {
      expect(arabic[name]!.alignment, name).toMatchObject({ horizontal: 'right', readingOrder: 'rtl' });
    }
    expect(first.Headline!.alignment?.readingOrder).toBeUndefined();
    expect(textOf(arabic.Excerpt)).toContain('نحن ملتزمون بالحوار');
  });

  it('lists every statement with its speaker, official, kind, cue and clip', async () => {
    const workbook = await readWorkbook(model);
    const rows = rowsOf(sheet(workbook, 'Statements'));
    expect(rows).toHaveLength(statements.length);
    expect([...columnsOf(sheet(workbook, 'Statements')).keys()]).toEqual(
      expect.arrayContaining(['Date', 'Official', 'Speaker', 'Kind', 'Cue', 'Statement', 'Clip', 'Outlet', 'Topics', 'Clip tags']),
    );
    const bySpeaker = new Map(rows.map((r) => [textOf(r.Statement), r]));
    for (const s of statements) {
      const row = bySpeaker.get(s.text);
      expect(row, s.text).toBeDefined();
      expect(textOf(row!.Speaker)).toBe(s.speaker ?? '');
      expect(textOf(row!.Official)).toBe(s.official ?? '');
      expect(textOf(row!.Kind)).toBe(s.kind);
      expect(textOf(row!.Cue)).toBe(s.cue ?? '');
      expect(textOf(row!.Clip)).toBe(clips.find((c) => c.id === s.clipId)!.title);
      expect(row!.Date!.value).toBeInstanceOf(Date);
    }
    const arabic = bySpeaker.get('نحن ملتزمون بالحوار وبالحلول السلمية لكل الخلافات')!;
    expect(textOf(arabic.Speaker)).toBe('ليلى حداد');
    expect(textOf(arabic.Official)).toBe('Layla Haddad');
    expect(arabic.Statement!.alignment).toMatchObject({ horizontal: 'right', readingOrder: 'rtl' });
    expect(textOf(bySpeaker.get('我们欢迎一切有利于地区稳定的倡议。')!.Speaker)).toBe('王磊');
    expect(textOf(bySpeaker.get('Мы рассчитываем на конструктивный диалог со всеми партнёрами')!.Speaker)).toBe('Сергей Волков');
    const gas = bySpeaker.get('We are ready to deliver more gas to our European partners')!;
    expect(textOf(gas['Clip tags'])).toBe('priority, energy');
    expect(textOf(gas.Topics)).toBe('Energy, Infrastructure');
    expect(gas.Clip!.value).toMatchObject({ hyperlink: clips[0]!.url });
  });

  it('lists every highlight with its words shaded in its colour, note, tags and whether it lost its place', async () => {
    const workbook = await readWorkbook(model);
    const rows = rowsOf(sheet(workbook, 'Highlights'));
    expect(rows).toHaveLength(annotations.length);
    const byWords = new Map(rows.map((r) => [textOf(r['Highlighted words']), r]));
    for (const a of annotations) {
      const row = byWords.get(a.exact)!;
      expect(row, a.exact).toBeDefined();
      expect(textOf(row.Note)).toBe(a.note ?? '');
      expect(textOf(row.Tags)).toBe(a.tags.join(', '));
      expect(textOf(row.Orphaned)).toBe(a.start === null ? 'yes' : 'no');
      expect(textOf(row.Clip)).toBe(clips.find((c) => c.id === a.clipId)!.title);
      const fill = row['Highlighted words']!.fill as ExcelJS.FillPattern;
      expect(fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
      expect(fill.fgColor?.argb).toBe(`FF${a.color.slice(1).toUpperCase()}`);
    }
    const orphan = byWords.get('a joint communiqué on maritime security')!;
    expect(textOf(orphan.Orphaned)).toBe('yes');
    expect(textOf(byWords.get('double its capacity by 2027')!.Tags)).toBe('figures, priority');
    expect(textOf(byWords.get('جولة جديدة من المحادثات الإقليمية')!.Note)).toBe('ملاحظة: قارن مع بيان الأسبوع الماضي.');
    expect(byWords.get('جولة جديدة من المحادثات الإقليمية')!['Highlighted words']!.alignment?.readingOrder).toBe('rtl');
    expect(textOf(byWords.get('加强能源合作')!.Note)).toBe('与上周的表态一致。');
    expect(byWords.get('double its capacity by 2027')!.Created!.value).toBeInstanceOf(Date);
  });

  it('summarizes: title, period, the summary sentences, and the figures as small tables', async () => {
    const workbook = await readWorkbook(model);
    const ws = sheet(workbook, 'Summary');
    expect(textOf(ws.getCell('A1'))).toBe(model.definition.title);
    const cells: ExcelJS.Cell[] = [];
    ws.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    const texts = cells.map(textOf);
    for (const sentence of model.summary) expect(texts).toContain(sentence);
    for (const heading of ['Headline figures', 'Outlets', 'Officials', 'Topics', 'Tone', 'Clips per day']) expect(texts).toContain(heading);
    const rowOf = (label: string, after = 'Outlets'): ExcelJS.Row => {
      let start = 0;
      let found: ExcelJS.Row | undefined;
      ws.eachRow((row, n) => {
        if (textOf(row.getCell(1)) === after && !start) start = n;
        if (start && n > start && !found && textOf(row.getCell(1)) === label) found = row;
      });
      if (!found) throw new Error(`no row ${label} after ${after}`);
      return found;
    };
    expect(rowOf('Caspian Herald').getCell(2).value).toBe(2);
    expect(rowOf('Layla Haddad', 'Officials').getCell(2).value).toBe(2);
    expect(rowOf('Energy', 'Topics').getCell(2).value).toBe(3);
    expect(rowOf('positive', 'Tone').getCell(2).value).toBe(model.figures.tone.positive);
    expect(rowOf('Clips', 'Headline figures').getCell(2).value).toBe(8);
    // The period and the days are dates.
    const from = cells.find((c) => textOf(c) === 'From')!;
    expect(ws.getRow(Number(from.row)).getCell(2).value).toEqual(new Date(Date.UTC(2025, 2, 3)));
    const days = cells.filter((c) => c.value instanceof Date && Number(c.col) === 1);
    expect(days.length).toBeGreaterThanOrEqual(model.figures.perDay.length);
  });

  it('keeps Cyrillic, Arabic and Chinese as text', async () => {
    const text = allText(await readWorkbook(model));
    for (const sample of Object.values(SAMPLE_SCRIPTS)) expect(text).toContain(sample);
    expect(text).toContain('الجزيرة نت');
    expect(text).toContain('中欧班列今年前两个月开行数量同比增长');
    expect(text).toContain('Коммерсантъ');
  });

  it('survives an empty report, characters XML cannot carry, overlong text and links that are not web links', async () => {
    const empty = await readWorkbook(sampleReportModel({ clipCount: 0 }));
    expect(sheet(empty, 'Coverage log').rowCount).toBe(1);
    expect(sheet(empty, 'Statements').rowCount).toBe(1);
    expect(textOf(sheet(empty, 'Summary').getCell('A1'))).toBe(model.definition.title);

    const odd = sampleReportModel();
    const clip = odd.groups[0]!.clips[0]!;
    clip.title = 'Bell\u0007 and form\u000C feed';
    clip.url = 'javascript:alert(1)';
    clip.excerpt = 'x'.repeat(40_000);
    const rows = rowsOf(sheet(await readWorkbook(odd), 'Coverage log'));
    expect(rows[0]!.Headline!.value).toBe('Bell and form feed');
    expect(textOf(rows[0]!.Excerpt).length).toBe(32_767);
    expect(textOf(rows[0]!.URL)).toBe('javascript:alert(1)');
  });

  it('times a 500-clip report (printed, never asserted)', async () => {
    const big = sampleReportModel({ clipCount: 500 });
    const started = performance.now();
    const buffer = await renderXlsx(big);
    const ms = performance.now() - started;
    console.log(`XLSX: 500 clips in ${ms.toFixed(0)} ms, ${(buffer.length / 1024).toFixed(0)} KiB`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(sheet(workbook, 'Coverage log').rowCount).toBe(501);
  });
});

// ---------------------------------------------------------------------------------------------------------------

const chrome = findChromium();
/** Said in the name of each printing test, so a run without a browser reports why it skipped them. */
const NO_CHROME = chrome ? '' : ' [skipped: no Chromium or Chrome on this machine; set VERBATIM_CHROMIUM to print]';
const hasPdftoppm = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
/** Chinese glyphs need a CJK font on the machine; without one Chromium prints empty boxes. */
const cjkFont = (() => {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
})();

async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string[] }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const text: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      text.push(logicalOrder(content.items.flatMap((i) => ('str' in i ? [{ str: i.str, dir: i.dir, eol: i.hasEOL }] : []))));
      page.cleanup();
    }
    return { pages: doc.numPages, text };
  } finally {
    await doc.destroy();
  }
}

/** The font size (points) of the last text item of page 1 that matches (the footer's page numbers). */
async function footerFontSize(pdf: Buffer, pattern: RegExp): Promise<number> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const content = await (await doc.getPage(1)).getTextContent();
    const items = content.items.flatMap((i) => ('str' in i && pattern.test(i.str) ? [i] : []));
    const last = items.at(-1);
    return last ? Math.hypot(last.transform[2] ?? 0, last.transform[3] ?? 0) : 0;
  } finally {
    await doc.destroy();
  }
}

/**
 * pdf.js gives the glyphs of a right-to-left line one item each, in visual order (left to right), while a glyph
 * that stands for several letters (a lam-alef ligature) or a run it could shape keeps its letters in logical order.
 * Reversing the order of the items of each right-to-left run (spaces inside it included), not the letters inside
 * items, gives the text back in reading order.
 */
function logicalOrder(items: Array<{ str: string; dir: string; eol: boolean }>): string {
  const out: string[] = [];
  let run: string[] = [];
  let pendingSpaces: string[] = [];
  const flush = () => {
    out.push(...run.reverse(), ...pendingSpaces);
    run = [];
    pendingSpaces = [];
  };
  for (const item of items) {
    if (item.dir === 'rtl') {
      run.push(...pendingSpaces, item.str);
      pendingSpaces = [];
    } else if (run.length > 0 && !item.eol && item.str.trim() === '') {
      pendingSpaces.push(item.str);
    } else {
      flush();
      out.push(item.str);
    }
    if (item.eol) {
      flush();
      out.push('\n');
    }
  }
  flush();
  return out.join('');
}

/** Text as compared: presentation forms folded (Arabic glyphs come back as their shaped forms) and no spaces. */
const fold = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');

const SAMPLE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Press review</title>
<style>
  body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #222; }
  h1 { font-size: 20pt; margin: 0 0 4mm; border-bottom: 2px solid #1c3d5a; color: #1c3d5a; }
  h2 { font-size: 13pt; margin: 6mm 0 2mm; color: #1c3d5a; }
  .meta { color: #666; font-size: 9pt; }
  mark { background: #ffe066; }
  [dir="rtl"] { text-align: right; }
</style></head>
<body>
  <h1>Press review: energy and diplomacy</h1>
  <p class="meta">Caspian Herald · 3 March 2025</p>
  <h2>Energy minister outlines expansion of the southern gas corridor</h2>
  <p>Energy Minister Anar Karimov said the corridor would <mark>double its capacity by 2027</mark>.</p>
  <h2 lang="ru">Переговоры о транзите газа</h2>
  <p lang="ru">Мы рассчитываем на конструктивный диалог со всеми партнёрами, сказал Волков.</p>
  <h2 lang="ar" dir="rtl">المحادثات الإقليمية في الدوحة</h2>
  <p lang="ar" dir="rtl">نحن ملتزمون بالحوار وبالحلول السلمية لكل الخلافات</p>
  <h2 lang="zh">能源合作</h2>
  <p lang="zh">中方愿与各方加强能源合作</p>
</body></html>`;

function longHtml(pages: number): string {
  const paragraph =
    'The two governments signed a trade agreement on Thursday that cuts tariffs on agricultural goods by a third over five years. Exporters welcomed the agreement, though some producers warned that the quotas were too small. ';
  const entries: string[] = [];
  // About four entries fill an A4 page.
  for (let i = 0; i < pages * 4; i++) {
    entries.push(
      `<section><h2>Clip ${i + 1}: trade agreement cuts tariffs</h2><p class="meta">Caspian Herald · 6 March 2025</p><p>${paragraph.repeat(2)}</p><p lang="ru">Мы рассчитываем на конструктивный диалог со всеми партнёрами.</p><p dir="rtl" lang="ar">نحن ملتزمون بالحوار وبالحلول السلمية لكل الخلافات</p></section>`,
    );
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Long report</title><style>body{font-family:sans-serif;font-size:10.5pt}section{break-inside:avoid;margin-bottom:5mm}</style></head><body><h1>Long report</h1>${entries.join('')}</body></html>`;
}

describe('PDF printing', () => {
  it('NoPdfPrinter says in one line that no Chromium was found and how to fix it', async () => {
    await expect(new NoPdfPrinter().print('<p>x</p>')).rejects.toThrow(NO_CHROMIUM_MESSAGE);
    expect(NO_CHROMIUM_MESSAGE).toBe('No Chromium or Chrome was found to print the PDF: install one, or set VERBATIM_CHROMIUM to its path.');
    expect(NO_CHROMIUM_MESSAGE).not.toContain('\n');
  });

  it('finds the Chromium named by VERBATIM_CHROMIUM first', () => {
    const fake = path.join(tmp, 'my-chrome');
    fs.writeFileSync(fake, '#!/bin/sh\n', { mode: 0o755 });
    expect(findChromium({ VERBATIM_CHROMIUM: fake })).toBe(fake);
    // Ahead of everything else that exists.
    expect(findChromium({ VERBATIM_CHROMIUM: fake, PATH: '/usr/bin' }, { exists: (p) => p === fake || p.startsWith('/usr/bin/'), playwrightPath: () => '/pw/chrome' })).toBe(fake);
    // A VERBATIM_CHROMIUM that names nothing is passed over.
    expect(findChromium({ VERBATIM_CHROMIUM: path.join(tmp, 'missing') }, { exists: (p) => p === '/usr/bin/chromium', playwrightPath: () => null })).toBe('/usr/bin/chromium');
  });

  it('returns null when nothing is found, on every platform', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(findChromium({}, { exists: () => false, platform, playwrightPath: () => null }), platform).toBeNull();
      expect(findChromium({ PATH: '/usr/bin:/bin' }, { exists: () => false, platform, playwrightPath: () => '/pw/chrome' }), platform).toBeNull();
    }
  });

  it('looks in Playwright’s browsers, the usual places of each platform, then the PATH', () => {
    const only = (wanted: string) => (p: string) => p === wanted;
    expect(findChromium({}, { exists: only('/pw/chrome'), platform: 'linux', playwrightPath: () => '/pw/chrome' })).toBe('/pw/chrome');
    expect(findChromium({}, { exists: only('/usr/bin/google-chrome'), platform: 'linux', playwrightPath: () => null })).toBe('/usr/bin/google-chrome');
    expect(findChromium({ PATH: '/opt/bin:/home/me/bin' }, { exists: only('/home/me/bin/chromium'), platform: 'linux', playwrightPath: () => null })).toBe('/home/me/bin/chromium');
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChromium({}, { exists: only(mac), platform: 'darwin', playwrightPath: () => null })).toBe(mac);
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findChromium({ PROGRAMFILES: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)' }, { exists: only(edge), platform: 'win32', playwrightPath: () => null })).toBe(edge);
    const chromeExe = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(findChromium({ ProgramFiles: 'C:\\Program Files' }, { exists: (p) => p === chromeExe || p === edge, platform: 'win32', playwrightPath: () => null })).toBe(chromeExe);
  });

  it.skipIf(!chrome)(`prints headings, Latin, Cyrillic, right-to-left Arabic${cjkFont ? ' and Chinese' : ' (Chinese not checked: no CJK font, fc-list :lang=zh is empty)'} to a PDF that pdf.js reads back${NO_CHROME}`, async () => {
    const printer = new ChromiumPdfPrinter({ executablePath: chrome! });
    const pdf = await printer.print(SAMPLE_HTML, { title: 'Press review — Обзор прессы' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBe(1);
    const all = fold(text.join('\n'));
    expect(all).toContain(fold('Press review: energy and diplomacy'));
    expect(all).toContain(fold('double its capacity by 2027'));
    expect(all).toContain(fold('Мы рассчитываем на конструктивный диалог со всеми партнёрами'));
    expect(all).toContain(fold('المحادثات الإقليمية في الدوحة'));
    expect(all).toContain(fold('نحن ملتزمون بالحوار وبالحلول السلمية لكل الخلافات'));
    if (cjkFont) expect(all).toContain(fold('中方愿与各方加强能源合作'));
    else console.log('PDF: Chinese text not checked: no CJK font on this machine (fc-list :lang=zh is empty).');
    // The running header (the title given) and the page numbers in the footer.
    expect(all).toContain(fold('Press review — Обзор прессы'));
    expect(all).toContain(fold('1 / 1'));
    // At a size people can read (a broken template style makes Chromium shrink it to a speck).
    expect(await footerFontSize(pdf, /^\s*1\s*(\/\s*1\s*)?$/)).toBeGreaterThanOrEqual(6);

    const file = path.join(tmp, 'sample.pdf');
    fs.writeFileSync(file, pdf);
    if (hasPdftoppm) {
      const out = path.join(os.tmpdir(), 'verbatim-report-pdf-page');
      execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', file, out]);
      expect(fs.statSync(`${out}.png`).size).toBeGreaterThan(1000);
      console.log(`PDF: first page rendered to ${out}.png`);
    }
  });

  it.skipIf(!chrome)(`takes the title from the page when none is given, and stops a print that takes too long, leaving no browser behind${NO_CHROME}`, async () => {
    const pdf = await new ChromiumPdfPrinter({ executablePath: chrome! }).print(SAMPLE_HTML);
    expect(fold((await pdfText(pdf)).text.join(''))).toContain('Pressreview1/1');

    await expect(new ChromiumPdfPrinter({ executablePath: chrome!, timeoutMs: 30 }).print(SAMPLE_HTML)).rejects.toThrow(/took longer than/);
    // The browser that was starting when the time ran out is closed once it has started.
    const children = () => {
      try {
        return execFileSync('ps', ['-o', 'args=', '--ppid', String(process.pid)], { encoding: 'utf8' })
          .split('\n')
          .filter((line) => /chrom/i.test(line));
      } catch {
        return []; // ps exits 1 when there are none
      }
    };
    const deadline = Date.now() + 15_000;
    while (children().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(children()).toEqual([]);
  });

  it.skipIf(!chrome)(`times a ~50-page report (printed, never asserted)${NO_CHROME}`, async () => {
    const html = longHtml(50);
    const started = performance.now();
    const pdf = await new ChromiumPdfPrinter({ executablePath: chrome! }).print(html, { title: 'Long report' });
    const ms = performance.now() - started;
    const { pages } = await pdfText(pdf);
    console.log(`PDF: ${pages} pages (${(html.length / 1024).toFixed(0)} KiB of HTML) printed in ${ms.toFixed(0)} ms, ${(pdf.length / 1024).toFixed(0)} KiB`);
    expect(pages).toBeGreaterThan(20);
  });
});
