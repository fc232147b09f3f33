// Unchecked attributions in the spreadsheet formats: with the report's attribution option on "mark", the CSV
// statement rows and the XLSX Statements sheet say "Unverified" in an Attribution column; read back with csv-parse
// and ExcelJS, as a spreadsheet program would read them.
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClipResult, StatementInfo } from '../../electron/api/types';
import { testApp, type TestApp } from '../helpers/app';

let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.library.close());

const call = <T>(name: string, input: unknown) => app.call<T>(name, input);

// No reporting verb: the extractor finds nothing, and the two statements below are the only ones.
const TEXT = 'The ferry to Aktau leaves at nine.\n\nTickets cost more from May.';
const CHECKED = 'The ferry to Aktau leaves at nine';
const UNCHECKED = 'Tickets cost more from May';

/** One statement a person attributed (trusted) and one left to the machine with no speaker (waits for review). */
async function clipWithTwoStatements(): Promise<void> {
  const { article } = await call<ClipResult>('clips.fromText', { text: TEXT, title: 'Ferry notes', publishedAt: '2026-03-02' });
  const add = (words: string, speaker: string | null) => {
    const start = TEXT.indexOf(words);
    return call<StatementInfo>('statements.add', { articleId: article.id, start, end: start + words.length, speaker, kind: 'reported' });
  };
  await add(CHECKED, 'Aydan Karimova');
  const unchecked = await add(UNCHECKED, null);
  expect((await call<StatementInfo>('statements.correct', { id: unchecked.id, status: 'found' })).needsReview).toBe(true);
}

type Policy = 'leave-out' | 'mark' | 'include';

async function render(format: 'csv' | 'xlsx', template: 'statements' | 'coverage', attributions: Policy): Promise<Buffer> {
  const definition = { title: 'Ferry notes', template, selection: { query: null }, options: { attributions } };
  return Buffer.from((await call<{ data: string }>('reports.render', { definition, format })).data, 'base64');
}

async function csvRows(attributions: Policy): Promise<Array<Record<string, string>>> {
  return parseCsv((await render('csv', 'statements', attributions)).toString('utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
}

async function statementSheet(attributions: Policy): Promise<Array<Record<string, string>>> {
  const book = new ExcelJS.Workbook();
  // ExcelJS's typings predate Node's generic Buffer; it reads one.
  await book.xlsx.load((await render('xlsx', 'coverage', attributions)) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Statements')!;
  const header: string[] = [];
  sheet.getRow(1).eachCell((cell, col) => (header[col] = cell.text));
  const rows: Array<Record<string, string>> = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const record: Record<string, string> = {};
    header.forEach((name, col) => (record[name] = row.getCell(col).text));
    rows.push(record);
  });
  return rows;
}

const attributionOf = (rows: Array<Record<string, string>>, column: string) => Object.fromEntries(rows.map((r) => [r[column], r.Attribution]));

describe('the Attribution column', () => {
  beforeEach(clipWithTwoStatements);

  it('CSV of the statements template: one row per statement, Unverified on the unchecked one when marking', async () => {
    const rows = await csvRows('mark');
    expect(rows.map((r) => r.Statement)).toEqual([CHECKED, UNCHECKED]);
    expect(attributionOf(rows, 'Statement')).toEqual({ [CHECKED]: '', [UNCHECKED]: 'Unverified' });
    expect(rows[0]).toMatchObject({ Date: '2026-03-02', Speaker: 'Aydan Karimova', 'Speaker kind': 'person', Kind: 'reported', Clip: 'Ferry notes' });
    expect(rows[1]).toMatchObject({ Speaker: '', 'Speaker kind': 'unknown' });
  });

  it('CSV: the column is there but empty when unchecked statements are included as found, and the row gone when left out', async () => {
    expect(attributionOf(await csvRows('include'), 'Statement')).toEqual({ [CHECKED]: '', [UNCHECKED]: '' });
    expect((await csvRows('leave-out')).map((r) => r.Statement)).toEqual([CHECKED]);
  });

  it('CSV of a coverage report stays a clip log', async () => {
    const rows = parseCsv((await render('csv', 'coverage', 'mark')).toString('utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ Headline: 'Ferry notes', Statements: '2' });
  });

  it('XLSX Statements sheet: Unverified on the unchecked one when marking, empty otherwise', async () => {
    const marked = await statementSheet('mark');
    expect(attributionOf(marked, 'Statement')).toEqual({ [CHECKED]: '', [UNCHECKED]: 'Unverified' });
    expect(attributionOf(await statementSheet('include'), 'Statement')).toEqual({ [CHECKED]: '', [UNCHECKED]: '' });
    expect((await statementSheet('leave-out')).map((r) => r.Statement)).toEqual([CHECKED]);
  });
});
