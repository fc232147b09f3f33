// The report read as a press office would read it (issue 15): charts and summaries counted by the unit the period
// calls for and labelled with years where it crosses one, a cover page that says what the report holds, groups that
// flow on the printed pages, no empty parts joined ("· ·") and no quotation marks doubled, Word contents by section
// with title lines that cannot overlap, an XLSX that prints to a few pages, and a preview with no inline styles.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../electron/reports/figures';
import { toneChart, volumeChart } from '../../electron/reports/formats/charts';
import { renderDocx } from '../../electron/reports/formats/docx';
import { renderHtml } from '../../electron/reports/formats/html';
import { renderMarkdown } from '../../electron/reports/formats/markdown';
import { ChromiumPdfPrinter, findChromium } from '../../electron/reports/formats/pdf';
import { joinPresent, quoted, unquoted } from '../../electron/reports/formats/quote';
import { renderXlsx } from '../../electron/reports/formats/xlsx';
import type { ReportModel } from '../../electron/reports/model';
import { bucketLabel, bucketsOf, isoWeek, unitFor } from '../../electron/reports/timeline';
import { sampleReportModel } from '../helpers/report-model';

const DAY = 86_400_000;
const daysFrom = (from: string, n: number) => new Date(Date.parse(`${from}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/** The sample report with its clips spread over `days` days from `from`, figures counted again by the app. */
function spreadModel(from: string, days: number): ReportModel {
  const model = sampleReportModel({ clipCount: 40 });
  const clips = model.groups.flatMap((g) => g.clips);
  clips.forEach((clip, i) => {
    clip.date = `${daysFrom(from, Math.floor((i * (days - 1)) / Math.max(1, clips.length - 1)))}T09:00:00Z`;
  });
  const to = daysFrom(from, days - 1);
  return { ...model, period: { from, to }, figures: figuresOf(clips, from, to) };
}

/** The texts of an SVG chart's axis and caption (its <text> and <figcaption> elements). */
const chartTexts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
const barCount = (svg: string) => (svg.match(/<rect [^>]*><title>/g) ?? []).length;

describe('the time axis follows the period', () => {
  it('chooses days for weeks, weeks for months, months for years and years for a decade', () => {
    expect([7, 62, 63, 366, 367, 1830, 3792].map(unitFor)).toEqual(['day', 'day', 'week', 'week', 'month', 'month', 'year']);
  });

  it('counts every clip once whatever the unit, and numbers weeks as ISO 8601 does', () => {
    const perDay = Array.from({ length: 400 }, (_, i) => ({ day: daysFrom('2024-11-20', i), count: i % 3, spike: i === 45 }));
    const total = perDay.reduce((n, d) => n + d.count, 0);
    for (const unit of ['day', 'week', 'month', 'year'] as const) expect(bucketsOf(perDay, unit).reduce((n, b) => n + b.count, 0), unit).toBe(total);
    expect(bucketsOf(perDay, 'month').map((b) => b.start).slice(0, 3)).toEqual(['2024-11-01', '2024-12-01', '2025-01-01']);
    expect(bucketsOf(perDay, 'month').filter((b) => b.spike).map((b) => b.start)).toEqual(['2025-01-01']);
    // 30 December 2024 is in week 1 of 2025; 4 January 2021 starts week 1 of 2021; 28 December 2020 is week 53.
    expect([isoWeek('2024-12-30'), isoWeek('2021-01-04'), isoWeek('2020-12-28')]).toEqual([
      { year: 2025, week: 1 },
      { year: 2021, week: 1 },
      { year: 2020, week: 53 },
    ]);
    expect([bucketLabel('2025-03-04', 'day', false), bucketLabel('2025-03-03', 'week', true), bucketLabel('2025-03-01', 'month', true), bucketLabel('2025-01-01', 'year', false)]).toEqual([
      '4 Mar',
      'W10 2025',
      'Mar 2025',
      '2025',
    ]);
  });

  it('draws a decade as clips per year, labelled by year', () => {
    const { figures } = spreadModel('2015-01-01', 3792);
    const svg = volumeChart(figures.perDay);
    expect(svg).toContain('<figcaption>Clips per year');
    expect(barCount(svg)).toBe(11);
    expect(chartTexts(svg)).toEqual(expect.arrayContaining(['2015', '2025']));
  });

  it('reaches the last year of a long period, and keeps quiet years in their place on the tone axis', () => {
    const { figures } = spreadModel('2007-05-29', 6237);
    const svg = volumeChart(figures.perDay);
    expect(barCount(svg)).toBe(18);
    expect(chartTexts(svg)).toContain('2024');
    // Two clips with a tone, years apart: every year between stands on the axis, empty.
    const tone = toneChart(
      [
        { week: '2008-03-03', positive: 1, neutral: 0, negative: 0 },
        { week: '2012-06-04', positive: 0, neutral: 0, negative: 1 },
      ],
      6237,
    );
    expect(chartTexts(tone).filter((t) => /^\d{4}$/.test(t))).toEqual(['2008', '2009', '2010', '2011', '2012']);
  });

  it('draws fourteen months as clips per month, naming the year where it changes', () => {
    const { figures } = spreadModel('2024-11-01', 425);
    const svg = volumeChart(figures.perDay);
    expect(svg).toContain('<figcaption>Clips per month');
    const labels = chartTexts(svg).filter((t) => /^[A-Z][a-z]{2}/.test(t));
    expect(labels[0]).toBe('Nov 2024');
    expect(labels).toContain('Jan 2025');
    // A label without its year only where the year is the one named before it.
    expect(labels.every((l) => /^[A-Z][a-z]{2}( \d{4})?$/.test(l))).toBe(true);
  });

  it('draws a week by day without years, and tone by week with its week numbers', () => {
    const { figures } = sampleReportModel();
    const svg = volumeChart(figures.perDay);
    expect(svg).toContain('<figcaption>Clips per day');
    expect(chartTexts(svg)).toContain('3 Mar');
    expect(chartTexts(svg).some((t) => /\d{4}/.test(t) && t.length > 4)).toBe(false);
    const tone = toneChart(spreadModel('2025-01-06', 56).figures.toneByWeek, 56);
    expect(tone).toContain('<figcaption>Tone by week');
    expect(chartTexts(tone)).toEqual(expect.arrayContaining(['W2', 'W4', 'W6']));
    // Numbers only on the axis: no tick without its week, none crowded against the one before it.
    expect(chartTexts(tone).filter((t) => /^W\d+$/.test(t))).toEqual(['W2', 'W4', 'W6', 'W8']);
    // A period from Tuesday 1 October counts its first week (Monday 30 September) in October, not in a September bar.
    const october = spreadModel('2024-10-01', 420).figures;
    const months = chartTexts(toneChart(october.toneByWeek, 420, october.perDay[0]!.day)).filter((t) => /^[A-Z][a-z]{2}/.test(t));
    expect(months[0]).toBe('Oct 2024');
  });
});

describe('the HTML and Markdown report', () => {
  const model = sampleReportModel();
  const html = renderHtml(model);

  it('opens on a cover page with the title, period, scope, figures and contents', () => {
    const coverPage = /<section class="cover-page">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    for (const text of [model.definition.title, '3 March 2025 – 9 March 2025', `${model.figures.outletCount} outlets`, 'speakers quoted', 'Contents', 'About this report', 'Summary', 'Energy', 'Appendix: statements by official']) {
      expect(coverPage, text).toContain(text);
    }
    expect(html).toMatch(/\.cover-page \{ break-after: page; \}/);
  });

  it('lets topic groups flow: no page break before a group', () => {
    expect(html).not.toMatch(/section\.group[^{]*\{[^}]*break-before:\s*page/);
  });

  it('carries no style attribute (colours are classes of its stylesheet)', () => {
    const body = html.slice(html.indexOf('<body>'));
    expect(body).not.toMatch(/\sstyle=/);
    expect(body).toMatch(/<mark class="bg-\d+">/);
    expect(html).toMatch(/<style>[^<]*\.bg-1 \{ background: #[0-9a-f]{6}; \}[^<]*<\/style>/);
  });

  it('joins only the parts that are there, and quotes a statement once', () => {
    const bare = sampleReportModel();
    const clip = bare.groups[0]!.clips[0]!;
    clip.outlet = null;
    const statement = bare.statementsByOfficial[0]!.statements[0]!;
    statement.outlet = null;
    statement.text = '"We will keep the corridor open"';
    const page = renderHtml(bare);
    const md = renderMarkdown(bare);
    for (const out of [page, md]) {
      expect(out).not.toMatch(/·\s*·/);
      expect(out).not.toMatch(/—\s*,/);
      expect(out).toContain('“We will keep the corridor open”');
      expect(out).not.toMatch(/“"|"”/);
    }
  });

  it('takes away a quotation’s own marks only when they wrap all of it', () => {
    expect(unquoted('"Open," he said, "and fair"')).toBe('"Open," he said, "and fair"');
    expect(unquoted('“Open” and “fair”')).toBe('“Open” and “fair”');
    expect(unquoted('«Мы готовы»')).toBe('Мы готовы');
    expect(quoted('„Wir sind bereit“')).toBe('“Wir sind bereit”');
    expect(quoted('plain words')).toBe('“plain words”');
    expect(joinPresent(['Reuters', null, '', '4 March 2025'])).toBe('Reuters · 4 March 2025');
  });
});

describe('the Word report', () => {
  it('lists sections, not clips or speakers, in its contents, and sets its title on auto line heights', async () => {
    const files = unzipSync(new Uint8Array(await renderDocx(sampleReportModel({ clipCount: 120 }))));
    const document = strFromU8(files['word/document.xml']!);
    const styles = strFromU8(files['word/styles.xml']!);
    const entries = (document.match(/<w:pStyle w:val="TOC\d"\/>/g) ?? []).length;
    expect(document).not.toContain('<w:pStyle w:val="TOC2"/>');
    // A page of contents at most: About, summary, the topic groups, statements by official, sources.
    expect(entries).toBeGreaterThan(3);
    expect(entries).toBeLessThan(15);
    const title = /<w:style w:type="paragraph" w:styleId="Title">[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(title).toMatch(/<w:spacing [^>]*w:lineRule="auto"/);
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:spacing [^>]*w:lineRule="auto"/);
  });

  it('counts a long period by month in its figures, beside the spikes and totals', async () => {
    const files = unzipSync(new Uint8Array(await renderDocx(spreadModel('2024-11-01', 425))));
    const document = strFromU8(files['word/document.xml']!);
    const texts = [...document.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!);
    expect(texts).toContain('Clips per month');
    expect(texts).toEqual(expect.arrayContaining(['Nov 2024', 'Jan 2025', 'Dec 2025']));
    expect(texts.filter((t) => /^[A-Z][a-z]{2} \d{4}( \(spike\))?$/.test(t))).toHaveLength(14);
  });
});

describe('the XLSX report', () => {
  it('summarises a decade by year and prints each sheet as wide as a page', async () => {
    const model = spreadModel('2015-01-01', 3792);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(model)) as unknown as ArrayBuffer);
    const summary = workbook.getWorksheet('Summary')!;
    const firstColumn = summary.getColumn(1).values.map((v) => (v instanceof Date ? v.toISOString() : String(v ?? '')));
    expect(firstColumn).toContain('Clips per year');
    expect(firstColumn).not.toContain('Clips per day');
    expect(summary.rowCount).toBeLessThan(150);
    const perYear = firstColumn.indexOf('Clips per year');
    const years = summary.getColumn(1).values.slice(perYear + 2).filter((v): v is number => typeof v === 'number');
    expect(years).toEqual(Array.from({ length: 11 }, (_, i) => 2015 + i));
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup.fitToPage, sheet.name).toBe(true);
      expect(sheet.pageSetup.fitToWidth, sheet.name).toBe(1);
      expect(sheet.pageSetup.fitToHeight, sheet.name).toBe(0);
      expect(sheet.pageSetup.paperSize, sheet.name).toBe(9);
    }
    expect(workbook.getWorksheet('Coverage log')!.pageSetup.orientation).toBe('landscape');
    expect(summary.pageSetup.orientation).toBe('portrait');
  });

  it('summarises a few months by week', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(spreadModel('2025-01-06', 120))) as unknown as ArrayBuffer);
    const firstColumn = workbook.getWorksheet('Summary')!.getColumn(1).values.map((v) => String(v ?? ''));
    expect(firstColumn).toEqual(expect.arrayContaining(['Clips per week', 'Tone by week', 'Week of']));
  });
});

const chrome = findChromium();

describe('the printed PDF', () => {
  it.skipIf(!chrome)('has the cover alone on page 1 and topic groups that start mid-page', async () => {
    const pdf = await new ChromiumPdfPrinter({ executablePath: chrome! }).print(renderHtml(sampleReportModel()), { title: 'Layout' });
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
    try {
      const first = (await (await doc.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
      for (const text of ['Energy and diplomacy coverage', '3 March 2025', 'Contents', 'speakers quoted']) expect(first, text).toContain(text);
      // Where each section's heading lands, from the PDF's outline: the page, and how far down it (PDF y grows upwards).
      const outline = (await doc.getOutline()) ?? [];
      const place = async (title: string) => {
        const item = outline.flatMap((o) => [o, ...o.items]).find((o) => o.title === title);
        const dest = typeof item?.dest === 'string' ? await doc.getDestination(item.dest) : item?.dest;
        if (!dest) throw new Error(`no outline entry for ${title}`);
        const page = (await doc.getPageIndex(dest[0] as { num: number; gen: number })) + 1;
        return { page, y: Number(dest[3]) };
      };
      expect((await place('About this report')).page).toBe(2);
      const groups = await Promise.all(['Energy', 'Diplomacy', 'Trade'].map(place));
      const top = (await place('About this report')).y;
      // With a page break before each, every group would head its page; flowing, at least one starts lower down.
      expect(groups.some((g) => g.y < top - 100)).toBe(true);
    } finally {
      await doc.destroy();
    }
  }, 60_000);
});
