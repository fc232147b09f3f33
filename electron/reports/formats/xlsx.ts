// The report as a workbook: a coverage log (one row per clip), the statements, the highlights with their notes, and
// a summary with the figures as small tables. Every sheet has a frozen header row and an autofilter; dates are real
// Excel dates; text from right-to-left clips is right-aligned with a right-to-left reading order.
//
// The spreadsheet is the data export: it carries every statement and highlight the model holds, whatever the report's
// layout options say, so nothing people added is lost on the way out.
import { UNVERIFIED_CELL, UNVERIFIED_MARK } from '../attribution';
import ExcelJS from 'exceljs';
import type { ReportAnnotation, ReportClip, ReportModel, ReportStatement } from '../model';
import { bucketsOf, type TimeUnit, toneBucketsOf, toneUnitFor, unitFor } from '../timeline';
import { webLink } from './escape';

type Cell = ExcelJS.Cell;
type Worksheet = ExcelJS.Worksheet;

/** Excel refuses cells longer than this. */
const MAX_CELL = 32_767;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } };
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0563C1' }, underline: true };

interface Column {
  header: string;
  /** Width bounds in characters; the width follows the content between them. */
  min: number;
  max: number;
  /** Long text: wrapped, top-aligned. */
  wrap?: boolean;
}

/** Characters XML 1.0 cannot carry (ExcelJS would write a file Excel refuses to open). */
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function clean(text: string | null | undefined): string {
  if (!text) return '';
  const safe = text.replace(XML_ILLEGAL, '');
  return safe.length > MAX_CELL ? `${safe.slice(0, MAX_CELL - 1)}…` : safe;
}

const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const STRONG_CHAR = /[\p{L}]/u;

/** Whether a text reads right to left, judged by its first letter (for notes and tags, which people type). */
function readsRtl(text: string): boolean {
  for (const ch of text) {
    if (RTL_CHAR.test(ch)) return true;
    if (STRONG_CHAR.test(ch)) return false;
  }
  return false;
}

/**
 * A date as written, as an Excel date: Excel has no time zones, so the wall-clock time of the source is kept (a
 * 14:30+03:00 publication shows 14:30). Null when the text is not a date.
 */
function excelDate(iso: string | null | undefined): { date: Date; hasTime: boolean } | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)));
  if (Number.isNaN(date.getTime())) return null;
  return { date, hasTime: h !== undefined && (Number(h) !== 0 || Number(mi) !== 0 || Number(s ?? 0) !== 0) };
}

function setDate(cell: Cell, iso: string | null | undefined): void {
  const parsed = excelDate(iso);
  if (!parsed) {
    cell.value = clean(iso);
    return;
  }
  cell.value = parsed.date;
  cell.numFmt = parsed.hasTime ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd';
}

/** A highlight colour (#rgb or #rrggbb) as an ARGB fill colour; yellow when it is not one. */
function argb(color: string): string {
  const hex = color.trim().replace(/^#/, '');
  if (/^[0-9a-f]{6}$/i.test(hex)) return `FF${hex.toUpperCase()}`;
  if (/^[0-9a-f]{3}$/i.test(hex)) return `FF${[...hex].map((c) => c + c).join('').toUpperCase()}`;
  return 'FFFFE066';
}

/** Only web addresses become hyperlinks: a spreadsheet should not open files, mail or run anything when clicked. */
const safeLink = (url: string | null): string | null => webLink(url);

function align(cell: Cell, wrap: boolean, rtl: boolean): void {
  cell.alignment = rtl ? { vertical: 'top', horizontal: 'right', readingOrder: 'rtl', wrapText: wrap } : { vertical: 'top', wrapText: wrap };
}

/** A sheet with a styled, frozen, filterable header row. */
function addTable(workbook: ExcelJS.Workbook, name: string, columns: Column[]): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const header = sheet.getRow(1);
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: false };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FFADB5BD' } } };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  printSetup(sheet, columns.length > 4);
  return sheet;
}

/** Column widths from the longest line in each column (of the first rows), within each column's bounds. */
function fitColumns(sheet: Worksheet, columns: Column[]): void {
  const sample = Math.min(sheet.rowCount, 300);
  columns.forEach((column, i) => {
    let longest = column.header.length + 3; // room for the filter button
    for (let r = 2; r <= sample && longest < column.max; r++) {
      const cell = sheet.getRow(r).getCell(i + 1);
      const value = cell.value;
      const text = value instanceof Date ? (cell.numFmt?.includes('hh') ? '2000-01-01 00:00' : '2000-01-01') : typeof value === 'object' && value && 'text' in value ? String(value.text) : String(value ?? '');
      for (const line of text.split('\n')) longest = Math.max(longest, wideLength(line));
    }
    sheet.getColumn(i + 1).width = Math.max(column.min, Math.min(column.max, longest + 1));
  });
}

/** Display width: CJK characters take about two columns. */
function wideLength(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFF00-\uFF60]/u.test(ch) ? 2 : 1;
  return n;
}

/** Each clip once, in report order (a grouped report may list a clip under several headings). */
function uniqueClips(model: ReportModel): Array<{ clip: ReportClip; sections: string[] }> {
  const byId = new Map<string, { clip: ReportClip; sections: string[] }>();
  for (const group of model.groups) {
    for (const clip of group.clips) {
      let entry = byId.get(clip.id);
      if (!entry) {
        entry = { clip, sections: [] };
        byId.set(clip.id, entry);
      }
      if (group.heading && !entry.sections.includes(group.heading)) entry.sections.push(group.heading);
    }
  }
  return [...byId.values()];
}

const tagNames = (clip: ReportClip): string => clip.tags.map((t) => t.name).join(', ');

function coverageLog(workbook: ExcelJS.Workbook, clips: Array<{ clip: ReportClip; sections: string[] }>): void {
  const grouped = clips.some((c) => c.sections.length > 0);
  const columns: Column[] = [
    { header: 'Date', min: 11, max: 17 },
    { header: 'Outlet', min: 10, max: 28 },
    { header: 'Headline', min: 30, max: 60, wrap: true },
    { header: 'Byline', min: 10, max: 28, wrap: true },
    { header: 'Language', min: 10, max: 10 },
    { header: 'Tone', min: 10, max: 10 },
    { header: 'Tone suggested', min: 16, max: 16 },
    { header: 'Topics', min: 12, max: 36, wrap: true },
    { header: 'Tags', min: 10, max: 30, wrap: true },
    { header: 'Statements', min: 12, max: 12 },
    { header: 'Highlights', min: 12, max: 12 },
    { header: 'Notes', min: 20, max: 50, wrap: true },
    { header: 'Excerpt', min: 30, max: 80, wrap: true },
    { header: 'URL', min: 20, max: 40 },
  ];
  if (grouped) columns.push({ header: 'Section', min: 12, max: 30, wrap: true });
  const sheet = addTable(workbook, 'Coverage log', columns);
  clips.forEach(({ clip, sections }, i) => {
    const row = sheet.getRow(i + 2);
    const rtl = clip.dir === 'rtl';
    setDate(row.getCell(1), clip.date);
    row.getCell(2).value = clean(clip.outlet);
    const headline = row.getCell(3);
    const link = safeLink(clip.url);
    headline.value = link ? { text: clean(clip.title), hyperlink: link, tooltip: clean(link).slice(0, 255) } : clean(clip.title);
    if (link) headline.font = LINK_FONT;
    align(headline, true, rtl);
    row.getCell(4).value = clean(clip.byline);
    align(row.getCell(4), true, rtl);
    row.getCell(5).value = clean(clip.language);
    row.getCell(6).value = clip.tone ?? '';
    row.getCell(7).value = clip.tone ? (clip.toneSuggested ? 'yes' : 'no') : '';
    row.getCell(8).value = clean(clip.topics.join(', '));
    align(row.getCell(8), true, readsRtl(clip.topics.join(' ')));
    row.getCell(9).value = clean(tagNames(clip));
    align(row.getCell(9), true, readsRtl(tagNames(clip)));
    row.getCell(10).value = clip.statements.length;
    row.getCell(11).value = clip.annotations.length;
    const notes = clip.annotations.flatMap((a) => (a.note?.trim() ? [a.note.trim()] : [])).join('\n');
    row.getCell(12).value = clean(notes);
    align(row.getCell(12), true, readsRtl(notes));
    row.getCell(13).value = clean(clip.excerpt);
    align(row.getCell(13), true, rtl);
    row.getCell(14).value = clean(clip.url);
    if (grouped) {
      row.getCell(15).value = clean(sections.join(', '));
      align(row.getCell(15), true, readsRtl(sections.join(' ')));
    }
    for (const n of [1, 2, 5, 6, 7, 10, 11, 14]) align(row.getCell(n), false, n === 2 && readsRtl(clip.outlet ?? ''));
  });
  fitColumns(sheet, columns);
}

function statementsSheet(workbook: ExcelJS.Workbook, clips: Array<{ clip: ReportClip }>): void {
  const columns: Column[] = [
    { header: 'Date', min: 11, max: 17 },
    { header: 'Official', min: 14, max: 30, wrap: true },
    { header: 'Speaker', min: 14, max: 30, wrap: true },
    { header: 'Attribution', min: 12, max: 12 },
    { header: 'Kind', min: 10, max: 10 },
    { header: 'Cue', min: 10, max: 16 },
    { header: 'Statement', min: 40, max: 80, wrap: true },
    { header: 'Tone', min: 10, max: 10 },
    { header: 'Statement tags', min: 12, max: 30, wrap: true },
    { header: 'Clip', min: 30, max: 50, wrap: true },
    { header: 'Outlet', min: 10, max: 28 },
    { header: 'Topics', min: 12, max: 36, wrap: true },
    { header: 'Clip tags', min: 10, max: 30, wrap: true },
  ];
  const sheet = addTable(workbook, 'Statements', columns);
  let r = 2;
  for (const { clip } of clips) {
    const rtl = clip.dir === 'rtl';
    const link = safeLink(clip.url);
    for (const statement of [...clip.statements].sort((a: ReportStatement, b: ReportStatement) => a.start - b.start)) {
      const row = sheet.getRow(r++);
      setDate(row.getCell(1), clip.date);
      row.getCell(2).value = clean(statement.official);
      row.getCell(3).value = clean(statement.unverified ? `${statement.speaker ?? 'Unknown speaker'} ${UNVERIFIED_MARK}` : statement.speaker);
      // A column of its own as well, so that a spreadsheet can filter on it (set only when the report marks them).
      row.getCell(4).value = statement.unverified ? UNVERIFIED_CELL : '';
      row.getCell(5).value = statement.kind;
      row.getCell(6).value = clean(statement.cue);
      row.getCell(7).value = clean(statement.text);
      row.getCell(8).value = statement.tone ?? '';
      row.getCell(9).value = clean(statement.tags.join(', '));
      const title = row.getCell(10);
      title.value = link ? { text: clean(clip.title), hyperlink: link } : clean(clip.title);
      if (link) title.font = LINK_FONT;
      row.getCell(11).value = clean(clip.outlet);
      row.getCell(12).value = clean(clip.topics.join(', '));
      row.getCell(13).value = clean(tagNames(clip));
      for (let n = 1; n <= columns.length; n++) {
        const cell = row.getCell(n);
        const textOfClip = n === 3 || n === 6 || n === 7 || n === 10;
        align(cell, columns[n - 1]!.wrap ?? false, textOfClip ? rtl : typeof cell.value === 'string' && readsRtl(cell.value));
      }
    }
  }
  fitColumns(sheet, columns);
}

function highlightsSheet(workbook: ExcelJS.Workbook, clips: Array<{ clip: ReportClip }>): void {
  const columns: Column[] = [
    { header: 'Date', min: 11, max: 17 },
    { header: 'Clip', min: 30, max: 50, wrap: true },
    { header: 'Outlet', min: 10, max: 28 },
    { header: 'Highlighted words', min: 30, max: 70, wrap: true },
    { header: 'Note', min: 30, max: 60, wrap: true },
    { header: 'Tags', min: 10, max: 30, wrap: true },
    { header: 'Colour', min: 10, max: 10 },
    { header: 'Orphaned', min: 11, max: 11 },
    { header: 'Statement', min: 20, max: 50, wrap: true },
    { header: 'Created', min: 17, max: 17 },
    { header: 'Modified', min: 17, max: 17 },
  ];
  const sheet = addTable(workbook, 'Highlights', columns);
  let r = 2;
  for (const { clip } of clips) {
    const rtl = clip.dir === 'rtl';
    const statements = new Map(clip.statements.map((s) => [s.id, s]));
    const inOrder = [...clip.annotations].sort((a: ReportAnnotation, b: ReportAnnotation) => (a.start ?? Infinity) - (b.start ?? Infinity));
    for (const annotation of inOrder) {
      const row = sheet.getRow(r++);
      setDate(row.getCell(1), clip.date);
      row.getCell(2).value = clean(clip.title);
      row.getCell(3).value = clean(clip.outlet);
      const words = row.getCell(4);
      words.value = clean(annotation.exact);
      words.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(annotation.color) } };
      row.getCell(5).value = clean(annotation.note);
      row.getCell(6).value = clean(annotation.tags.join(', '));
      const colour = row.getCell(7);
      colour.value = clean(annotation.color);
      colour.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(annotation.color) } };
      row.getCell(8).value = annotation.start === null ? 'yes' : 'no';
      const statement = annotation.statementId ? statements.get(annotation.statementId) : undefined;
      row.getCell(9).value = statement ? clean(statement.speaker ? `${statement.speaker}: ${statement.text}` : statement.text) : '';
      setDate(row.getCell(10), annotation.created);
      setDate(row.getCell(11), annotation.modified);
      for (let n = 1; n <= columns.length; n++) {
        const cell = row.getCell(n);
        const textOfClip = n === 2 || n === 4 || n === 9;
        align(cell, columns[n - 1]!.wrap ?? false, textOfClip ? rtl : typeof cell.value === 'string' && readsRtl(cell.value));
      }
    }
  }
  fitColumns(sheet, columns);
}

function summarySheet(workbook: ExcelJS.Workbook, model: ReportModel): void {
  const sheet = workbook.addWorksheet('Summary', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.getColumn(1).width = 48;
  sheet.getColumn(2).width = 14;
  sheet.getColumn(3).width = 12;
  sheet.getColumn(4).width = 12;
  let r = 1;
  const text = (value: string, style?: Partial<ExcelJS.Font>, merge = true) => {
    const row = sheet.getRow(r);
    const cell = row.getCell(1);
    cell.value = clean(value);
    if (style) cell.font = style;
    align(cell, true, readsRtl(value));
    if (merge) sheet.mergeCells(r, 1, r, 4);
    // Merged wrapped cells do not grow by themselves: an estimate of the lines keeps long sentences readable.
    const lines = value.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(wideLength(line) / 95)), 0);
    if (lines > 1) row.height = Math.min(409, lines * 15 * ((style?.size ?? 11) / 11));
    r++;
  };
  const label = (name: string, value: string | number | Date | null, format?: string) => {
    const row = sheet.getRow(r++);
    row.getCell(1).value = name;
    row.getCell(1).font = { bold: true };
    const cell = row.getCell(2);
    if (value instanceof Date) {
      cell.value = value;
      cell.numFmt = format ?? 'yyyy-mm-dd';
    } else cell.value = typeof value === 'string' ? clean(value) : value;
    cell.alignment = { horizontal: 'left', vertical: 'top', readingOrder: typeof value === 'string' && readsRtl(value) ? 'rtl' : 'ltr' };
  };
  const table = (title: string, headers: string[], rows: Array<Array<string | number | Date>>, dateFormat = 'yyyy-mm-dd') => {
    r++;
    text(title, { bold: true, size: 13 }, false);
    const head = sheet.getRow(r++);
    headers.forEach((h, i) => {
      const cell = head.getCell(i + 1);
      cell.value = h;
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
    });
    if (rows.length === 0) {
      sheet.getRow(r++).getCell(1).value = '(none)';
      return;
    }
    for (const values of rows) {
      const row = sheet.getRow(r++);
      values.forEach((value, i) => {
        const cell = row.getCell(i + 1);
        cell.value = typeof value === 'string' ? clean(value) : value;
        if (value instanceof Date) cell.numFmt = dateFormat;
        if (typeof value === 'string' && readsRtl(value)) cell.alignment = { horizontal: 'right', readingOrder: 'rtl' };
      });
    }
  };

  const { definition, figures } = model;
  text(definition.title || 'Report', { bold: true, size: 16 });
  const period = [model.period.from, model.period.to];
  if (definition.organization) label('Organization', definition.organization);
  if (definition.author) label('Author', definition.author);
  label('From', excelDate(period[0])?.date ?? (period[0] ? period[0] : '—'));
  label('To', excelDate(period[1])?.date ?? (period[1] ? period[1] : '—'));
  // The period covers dated clips only; undated ones have an empty Date cell and are counted here.
  if (figures.undatedCount > 0) label('Undated clips', figures.undatedCount);
  label('Generated', excelDate(model.generatedAt)?.date ?? model.generatedAt, 'yyyy-mm-dd hh:mm');
  label('Template', definition.template);
  r++;
  for (const sentence of model.summary) text(sentence);
  if (model.method) text(model.method, { italic: true });
  if (model.toneScale) text(model.toneScale, { italic: true });
  if (model.sources.length) text(`Sources: ${model.sources.join(', ')}`);

  table(
    'Headline figures',
    ['Figure', 'Count'],
    [
      ['Clips', figures.clipCount],
      ['Outlets', figures.outletCount],
      ['Statements', figures.statementCount],
      ['Officials quoted', figures.officialCount],
      ['Highlights and notes', figures.annotationCount],
    ],
  );
  table('Outlets', ['Outlet', 'Clips'], figures.outlets.map((c) => [c.label, c.count]));
  table('Officials', ['Official', 'Statements'], figures.officials.map((c) => [c.label, c.count]));
  table('Topics', ['Topic', 'Clips'], figures.topics.map((c) => [c.label, c.count]));
  table('Languages', ['Language', 'Clips'], figures.languages.map((c) => [c.label, c.count]));
  table(
    'Tone',
    ['Tone', 'Clips'],
    [
      ['positive', figures.tone.positive],
      ['neutral', figures.tone.neutral],
      ['negative', figures.tone.negative],
      ['not set', figures.tone.unset],
    ],
  );
  // By the period's natural unit: a ten-year library is about ten rows of years, not 3,650 of days.
  const toneUnit = toneUnitFor(figures.perDay.length);
  table(
    `Tone by ${toneUnit}`,
    [UNIT_HEAD[toneUnit], 'Positive', 'Neutral', 'Negative'],
    toneBucketsOf(figures.toneByWeek, toneUnit, figures.perDay[0]?.day).map((w) => [bucketCell(w.start, toneUnit), w.positive, w.neutral, w.negative]),
    UNIT_FORMAT[toneUnit],
  );
  const unit = unitFor(figures.perDay.length);
  table(
    `Clips per ${unit}`,
    [UNIT_HEAD[unit], 'Clips', 'Spike'],
    bucketsOf(figures.perDay, unit).map((d) => [bucketCell(d.start, unit), d.count, d.spike ? (unit === 'day' ? 'spike' : 'a spike day') : '']),
    UNIT_FORMAT[unit],
  );
  sheet.getRow(1).height = 24;
  printSetup(sheet, false);
}

const UNIT_HEAD: Record<TimeUnit, string> = { day: 'Day', week: 'Week of', month: 'Month', year: 'Year' };
const UNIT_FORMAT: Record<TimeUnit, string> = { day: 'yyyy-mm-dd', week: 'yyyy-mm-dd', month: 'mmm yyyy', year: 'yyyy' };

/** A bucket's first day as a date cell (a year is a plain number: a date formatted "yyyy" would sort the same but read oddly). */
function bucketCell(start: string, unit: TimeUnit): Date | number | string {
  if (unit === 'year') return Number(start.slice(0, 4));
  return excelDate(start)?.date ?? start;
}

/**
 * How a sheet prints: A4, as wide as one page (never a column alone on a page), as many pages long as it needs, the
 * header row on each; wide tables in landscape.
 */
function printSetup(sheet: Worksheet, wide: boolean): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: wide ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: false,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(wide ? { printTitlesRow: '1:1' } : {}),
  };
  sheet.headerFooter = { oddFooter: '&P / &N' };
}

/** The report as an .xlsx workbook: "Coverage log", "Statements", "Highlights" and "Summary". */
export async function renderXlsx(model: ReportModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = model.definition.author ?? 'Verbatim';
  workbook.title = clean(model.definition.title);
  workbook.company = clean(model.definition.organization);
  const generated = new Date(model.generatedAt);
  workbook.created = Number.isNaN(generated.getTime()) ? new Date() : generated;
  workbook.modified = workbook.created;

  const clips = uniqueClips(model);
  coverageLog(workbook, clips);
  statementsSheet(workbook, clips);
  highlightsSheet(workbook, clips);
  summarySheet(workbook, model);

  const out = await workbook.xlsx.writeBuffer();
  return Buffer.isBuffer(out) ? out : Buffer.from(out as ArrayBuffer);
}
