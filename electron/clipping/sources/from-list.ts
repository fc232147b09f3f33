// A press office's clip log, in CSV or XLSX: one row per clip, with columns for the address, headline, outlet,
// date, tone and notes, named in English or Russian (or Azerbaijani, Turkish), in any order.
import { parse as parseCsv } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import type { ExtractedArticle } from '../article';
import { decodeBytes } from '../decode';
import { ClipError, inputFailure } from '../errors';
import { normalizeDateTime } from '../html/dates';
import { guessLanguage } from '../language';
import { safeWebUrl } from '../safe-url';
import { hostName } from '../url-key';
import { checkWorkbook, LIST_LIMITS, ROWS_READ, tooManyRows } from './list-limits';

type Field = 'url' | 'title' | 'outlet' | 'date' | 'tone' | 'notes' | 'text';

const HEADERS: Record<Field, RegExp> = {
  url: /^(url|link|address|web address|ссылка|адрес|url-адрес|keçid|bağlantı)$/i,
  title: /^(title|headline|heading|subject|заголовок|название|тема|başlıq|başlık)$/i,
  outlet: /^(outlet|source|media|publication|publisher|site|newspaper|сми|источник|издание|mənbə|kaynak|yayın)$/i,
  date: /^(date|published|publication date|pub date|published at|дата|дата публикации|tarix|tarih)$/i,
  tone: /^(tone|sentiment|tonality|тон|тональность|ton|duygu)$/i,
  notes: /^(notes?|comments?|summary|remarks?|примечани[ея]|комментари[йи]|резюме|qeyd|not(lar)?|özet)$/i,
  text: /^(text|body|content|full text|текст|mətn|metin)$/i,
};

const TONES: Array<[RegExp, 'positive' | 'neutral' | 'negative']> = [
  [/^(positive|pos|\+|good|favou?rable|позитив\p{L}*|положительн\p{L}*|müsbət|olumlu)$/iu, 'positive'],
  [/^(neutral|neu|0|=|нейтральн\p{L}*|neytral|nötr)$/iu, 'neutral'],
  [/^(negative|neg|-|−|bad|unfavou?rable|негатив\p{L}*|отрицательн\p{L}*|mənfi|olumsuz)$/iu, 'negative'],
];

export function toneOf(value: string | undefined): 'positive' | 'neutral' | 'negative' | null {
  const v = value?.trim();
  if (!v) return null;
  return TONES.find(([pattern]) => pattern.test(v))?.[1] ?? null;
}

function columnsOf(header: string[]): Partial<Record<Field, number>> {
  const columns: Partial<Record<Field, number>> = {};
  header.forEach((cell, i) => {
    const name = cell.trim().replace(/\s+/g, ' ');
    for (const [field, pattern] of Object.entries(HEADERS) as Array<[Field, RegExp]>) {
      if (columns[field] === undefined && pattern.test(name)) columns[field] = i;
    }
  });
  return columns;
}

/** A sheet's rows as text, with the address behind any hyperlinked cell (Excel logs often link the headline). */
interface Rows {
  cells: string[][];
  links: Array<Array<string | undefined>>;
}

function articlesFromRows(name: string, { cells: rows, links }: Rows): ExtractedArticle[] {
  const headerIndex = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (headerIndex < 0) throw new ClipError('EMPTY_INPUT', `${name} has no rows.`);
  if (rows.length - headerIndex - 1 > LIST_LIMITS.rows) throw tooManyRows(name);
  const columns = columnsOf(rows[headerIndex]!);
  if (columns.url === undefined && columns.title === undefined) {
    throw new ClipError('MALFORMED', `${name} has no column for the address (URL) or the headline (Title); the first row must name the columns.`);
  }
  const cell = (row: string[], field: Field) => {
    const i = columns[field];
    return i === undefined ? '' : (row[i] ?? '').trim();
  };
  const articles: ExtractedArticle[] = [];
  const link = (rowIndex: number, field: Field) => {
    const i = columns[field];
    return i === undefined ? undefined : links[rowIndex]?.[i];
  };
  for (const [offset, row] of rows.slice(headerIndex + 1).entries()) {
    const rowIndex = headerIndex + 1 + offset;
    const url = cell(row, 'url');
    const title = cell(row, 'title');
    if (!url && !title) continue;
    // The address cell first, then a hyperlink behind it or behind the headline: the first that is a web address.
    const validUrl = [url, link(rowIndex, 'url'), link(rowIndex, 'title')].map((u) => safeWebUrl(u)).find((u) => u !== null) ?? null;
    const text = cell(row, 'text') || cell(row, 'notes') || title || url;
    articles.push({
      title: title || (validUrl ? (hostName(validUrl) ?? validUrl) : 'Untitled clip'),
      titleProvisional: !title,
      byline: null,
      outlet: cell(row, 'outlet') || hostName(validUrl) || null,
      publishedAt: normalizeDateTime(cell(row, 'date')) ?? null,
      language: guessLanguage(`${title} ${text}`),
      text,
      html: null,
      url: validUrl,
      canonicalUrl: null,
      dir: null,
      originalPublication: null,
      removed: [],
      tone: toneOf(cell(row, 'tone')),
    });
  }
  if (articles.length === 0) throw new ClipError('EMPTY_INPUT', `${name} lists no clips: every row under the header is empty.`);
  return articles;
}

export function articlesFromCsv(name: string, bytes: Uint8Array): ExtractedArticle[] {
  const { text } = decodeBytes(bytes);
  const firstLine = text.split('\n', 1)[0] ?? '';
  const delimiter = [';', '\t', ','].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0]!;
  let rows: string[][];
  try {
    // `to` stops the parser past the row limit instead of reading the rest of a log that is refused anyway.
    rows = parseCsv(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true, to: ROWS_READ }) as string[][];
  } catch (err) {
    const line = (err as { lines?: unknown }).lines;
    throw inputFailure(err, 'MALFORMED', `${name} is not readable CSV: a quoted cell or a row is malformed${typeof line === 'number' ? ` near line ${line}` : ''}.`);
  }
  if (rows.length >= ROWS_READ) throw tooManyRows(name);
  return articlesFromRows(name, { cells: rows, links: [] });
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().replace(/T00:00:00\.000Z$/, '').replace(/\.000Z$/, 'Z');
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

export async function articlesFromXlsx(name: string, bytes: Uint8Array): Promise<ExtractedArticle[]> {
  await checkWorkbook(name, bytes);
  // Loaded when a workbook arrives: ExcelJS takes most of a second to load, and every extraction child would pay it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (err) {
    throw inputFailure(err, 'MALFORMED', `${name} is not a readable Excel workbook: the file is damaged or is not a workbook.`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ClipError('EMPTY_INPUT', `${name} has no worksheet.`);
  const rows: Rows = { cells: [], links: [] };
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (rows.cells.length >= ROWS_READ) throw tooManyRows(name);
    const values: string[] = [];
    const links: Array<string | undefined> = [];
    row.eachCell({ includeEmpty: true }, (c, column) => {
      values[column - 1] = cellText(c.value);
      const value = c.value;
      if (value && typeof value === 'object' && 'hyperlink' in value && typeof value.hyperlink === 'string') links[column - 1] = value.hyperlink;
    });
    rows.cells.push(Array.from(values, (v) => v ?? ''));
    rows.links.push(links);
  });
  return articlesFromRows(name, rows);
}
