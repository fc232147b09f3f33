// Which statements wait for a person's review, and the library-wide queue of them (statements.review).
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClipResult, ReviewPage, StatementInfo } from '../../electron/api/types';
import { needsReview, REVIEW_CONFIDENCE_THRESHOLD, sentenceContext } from '../../electron/statements/review';
import { testApp, type TestApp } from '../helpers/app';

let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.library.close());

const call = <T>(name: string, input: unknown) => app.call<T>(name, input);

// A named speaker (resolved, trusted) and a ministry speaking as a body (a guess that waits for review).
const clipText = (place: string) =>
  `Talks in ${place} end without agreement\n\nThe delegations met for six hours in ${place} on Tuesday. "We have narrowed the gaps on transit," Farid Mammadli said after the session. "The ministry will not accept new conditions," the ministry said in a written comment.`;

async function clip(place: string, publishedAt: string | null): Promise<{ id: string; statements: StatementInfo[] }> {
  const { article } = await call<ClipResult>('clips.fromText', { text: clipText(place), title: `Talks in ${place}`, publishedAt });
  return { id: article.id, statements: await call<StatementInfo[]>('statements.list', { articleId: article.id }) };
}

describe('the review rule', () => {
  it('holds machine findings below the threshold or without a speaker, never what a person judged', () => {
    const found = { status: 'found' as const, speakerName: 'A. Person' };
    expect(needsReview({ ...found, confidence: REVIEW_CONFIDENCE_THRESHOLD - 0.05 })).toBe(true);
    expect(needsReview({ ...found, confidence: REVIEW_CONFIDENCE_THRESHOLD })).toBe(false);
    expect(needsReview({ ...found, confidence: 0.95, speakerName: null })).toBe(true);
    expect(needsReview({ status: 'confirmed', confidence: 0.4, speakerName: null })).toBe(false);
    expect(needsReview({ status: 'corrected', confidence: 0.4, speakerName: 'A. Person' })).toBe(false);
  });

  it('gives the sentence around a statement and where the statement lies in it', () => {
    const text = 'First sentence here. Then "the words" came out. Last one.';
    const start = text.indexOf('the words');
    const { context, contextStart, contextEnd } = sentenceContext(text, start, start + 'the words'.length);
    expect(context).toBe('Then "the words" came out.');
    expect(context.slice(contextStart, contextEnd)).toBe('the words');
  });
});

describe('statements.review', () => {
  it('marks the guessed attribution and not the named one', async () => {
    const { statements } = await clip('Baku', '2026-03-02');
    const byText = (words: string) => statements.find((s) => s.text.includes(words));
    expect(byText('narrowed the gaps')?.needsReview).toBe(false);
    expect(byText('new conditions')?.needsReview).toBe(true);
  });

  it('lists what needs review across the library, newest clip first and undated last, with title and context', async () => {
    await clip('Tbilisi', '2026-01-10');
    await clip('Yerevan', null);
    await clip('Baku', '2026-03-02');
    const page = await call<ReviewPage>('statements.review', { cursor: 0, limit: 50 });
    expect(page.items.every((item) => item.needsReview)).toBe(true);
    expect(page.total).toBe(page.items.length);
    expect(page.items.map((item) => item.articleTitle)).toEqual(['Talks in Baku', 'Talks in Tbilisi', 'Talks in Yerevan']);
    const first = page.items[0]!;
    expect(first.context.slice(first.contextStart, first.contextEnd)).toBe(first.text);
    expect(first.context).toContain('the ministry said');
  });

  it('pages with a cursor, and drops what was confirmed, rejected or trashed', async () => {
    const baku = await clip('Baku', '2026-03-02');
    await clip('Tbilisi', '2026-01-10');
    const yerevan = await clip('Yerevan', '2025-12-01');
    const firstPage = await call<ReviewPage>('statements.review', { cursor: 0, limit: 2 });
    expect(firstPage.total).toBe(3);
    expect(firstPage.nextCursor).toBe(2);
    const lastPage = await call<ReviewPage>('statements.review', { cursor: firstPage.nextCursor, limit: 2 });
    expect(lastPage.items.map((i) => i.articleTitle)).toEqual(['Talks in Yerevan']);
    expect(lastPage.nextCursor).toBeNull();

    const waiting = (s: StatementInfo) => s.needsReview;
    const confirmed = await call<StatementInfo>('statements.correct', { id: baku.statements.find(waiting)!.id, status: 'confirmed' });
    expect(confirmed.needsReview).toBe(false);
    await call('articles.trash', { ids: [yerevan.id] });
    const after = await call<ReviewPage>('statements.review', {});
    expect(after.items.map((i) => i.articleTitle)).toEqual(['Talks in Tbilisi']);

    await call('statements.correct', { id: after.items[0]!.id, status: 'rejected' });
    expect((await call<ReviewPage>('statements.review', {})).total).toBe(0);
  });
});

describe('reports and unchecked attributions', () => {
  // The statement list under each clip: one "- **Speaker** (kind…): “words”" line each (the excerpt holds the text too).
  const statementLines = (md: string) => md.split('\n').filter((l) => l.startsWith('- **'));
  const render = async (format: 'md' | 'html', attributions?: string) => {
    const definition = { title: 'Transit talks', template: 'coverage', selection: { query: null }, ...(attributions && { options: { attributions } }) };
    const file = await call<{ data: string }>('reports.render', { definition, format });
    return Buffer.from(file.data, 'base64').toString('utf8');
  };

  it('leaves them out by default and says how many', async () => {
    await clip('Baku', '2026-03-02');
    const md = await render('md');
    expect(statementLines(md).some((l) => l.includes('narrowed the gaps'))).toBe(true);
    expect(statementLines(md).some((l) => l.includes('new conditions'))).toBe(false);
    expect(md).toContain('1 statement whose speaker was found by the extractor but not yet checked by a person was left out.');
  });

  it('marks them in Markdown and HTML when asked, and includes them plainly as found', async () => {
    await clip('Baku', '2026-03-02');
    const markedMd = await render('md', 'mark');
    expect(statementLines(markedMd).find((l) => l.includes('new conditions'))).toContain('(unverified attribution)');
    expect(statementLines(markedMd).find((l) => l.includes('narrowed the gaps'))).not.toContain('(unverified attribution)');
    expect(await render('html', 'mark')).toMatch(/<span class="unverified">\(unverified attribution\)<\/span>/);
    const asFound = await render('md', 'include');
    expect(statementLines(asFound).some((l) => l.includes('new conditions'))).toBe(true);
    expect(asFound).not.toContain('(unverified attribution)');
    expect(asFound).not.toContain('left out.');
  });

  it('marks them in Word and Excel too', async () => {
    await clip('Baku', '2026-03-02');
    const file = async (format: 'docx' | 'xlsx') => {
      const definition = { title: 'Transit talks', template: 'coverage', selection: { query: null }, options: { attributions: 'mark' } };
      return Buffer.from((await call<{ data: string }>('reports.render', { definition, format })).data, 'base64');
    };
    const document = strFromU8(unzipSync(new Uint8Array(await file('docx')))['word/document.xml']!);
    expect(document).toContain('(unverified attribution)');
    const book = new ExcelJS.Workbook();
    // ExcelJS's typings predate Node's generic Buffer; it reads one.
    await book.xlsx.load((await file('xlsx')) as unknown as ArrayBuffer);
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
    expect(cells.some((c) => c.includes('(unverified attribution)'))).toBe(true);
  });

  it('never holds back a statement a person confirmed', async () => {
    const { statements } = await clip('Baku', '2026-03-02');
    await call('statements.correct', { id: statements.find((s) => s.needsReview)!.id, status: 'confirmed' });
    const md = await render('md');
    expect(statementLines(md).some((l) => l.includes('new conditions'))).toBe(true);
    expect(md).not.toContain('left out.');
  });
});
