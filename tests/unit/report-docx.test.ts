// The Word report read back: the DOCX is unzipped and its document, comments, settings, styles, header and footer
// parts are checked for the clips, the scripts, the shaded highlights, the notes as anchored comments, the table of
// contents, the statements and the right-to-left layout; and each template and an empty report come out valid.
import { strFromU8, unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../electron/reports/formats/docx';
import type { ReportAnnotation, ReportClip, ReportModel } from '../../electron/reports/model';
import { SAMPLE_SCRIPTS, SAMPLE_TITLES, sampleReportModel } from '../helpers/report-model';

interface Docx {
  parts: Record<string, string>;
  document: string;
  comments: string;
  /** Every paragraph of the body, with its properties and its text. */
  paragraphs: Paragraph[];
  /** The body's text, paragraphs separated by new lines. */
  text: string;
}

interface Paragraph {
  xml: string;
  properties: string;
  text: string;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e]!);

/** The text of the w:t elements in a piece of WordprocessingML. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join('');
}

function paragraphsOf(xml: string): Paragraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    xml: m[0],
    properties: /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(m[1]!)?.[1] ?? '',
    text: textOf(m[1]!),
  }));
}

/** The runs of a piece of WordprocessingML (w:r, not w:rPr), with their properties and text. */
function runsOf(xml: string): Array<{ properties: string; text: string }> {
  return [...xml.matchAll(/<w:r(?:\s[^>]*)?>([\s\S]*?)<\/w:r>/g)].map((m) => ({ properties: /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(m[1]!)?.[1] ?? '', text: textOf(m[1]!) }));
}

async function read(model: ReportModel): Promise<Docx> {
  const buffer = await renderDocx(model);
  expect(Buffer.isBuffer(buffer)).toBe(true);
  const files = unzipSync(new Uint8Array(buffer));
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) if (name.endsWith('.xml') || name.endsWith('.rels')) parts[name] = strFromU8(data);
  for (const [name, xml] of Object.entries(parts)) expect(XMLValidator.validate(xml), `${name} is well-formed XML`).toBe(true);
  const document = parts['word/document.xml'] ?? '';
  const paragraphs = paragraphsOf(document);
  return { parts, document, comments: parts['word/comments.xml'] ?? '', paragraphs, text: paragraphs.map((p) => p.text).join('\n') };
}

/** The comments, by id: their text. */
function commentsOf(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<w:comment\s[^>]*w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:comment>/g)) out.set(m[1]!, paragraphsOf(m[2]!).map((p) => p.text).join('\n'));
  return out;
}

/** The text between a comment's range start and end in the body. */
function anchoredText(document: string, id: string): string | null {
  const start = document.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
  const end = document.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
  if (start < 0 || end < start) return null;
  return textOf(document.slice(start, end));
}

const allClips = (model: ReportModel): ReportClip[] => model.groups.flatMap((g) => g.clips);
const allAnnotations = (model: ReportModel): ReportAnnotation[] => allClips(model).flatMap((c) => c.annotations);
const fill = (color: string) => `w:fill="${color.replace('#', '').toUpperCase()}"`;

describe('the coverage report in Word', () => {
  const model = sampleReportModel();
  let docx: Docx;
  beforeAll(async () => {
    docx = await read(model);
  });

  it('has every clip’s headline as a Heading 2, under its group’s Heading 1', () => {
    const headings2 = docx.paragraphs.filter((p) => p.properties.includes('<w:pStyle w:val="Heading2"/>')).map((p) => p.text);
    for (const title of SAMPLE_TITLES) expect(headings2).toContain(title);
    const headings1 = docx.paragraphs.filter((p) => p.properties.includes('<w:pStyle w:val="Heading1"/>')).map((p) => p.text);
    expect(headings1).toEqual(['About this report', 'Executive summary', 'Energy', 'Diplomacy', 'Trade', 'Statements by official']);
  });

  it('writes Cyrillic, Arabic and Chinese as text, with fonts that have their glyphs', () => {
    expect(docx.text).toContain(SAMPLE_SCRIPTS.cyrillic);
    expect(docx.text).toContain(SAMPLE_SCRIPTS.arabic);
    expect(docx.text).toContain(SAMPLE_SCRIPTS.chinese);
    expect(docx.text).toContain('Волков: переговоры о транзите газа продолжатся в апреле');
    const styles = docx.parts['word/styles.xml']!;
    expect(styles).toMatch(/<w:rFonts[^>]*w:eastAsia="Microsoft YaHei"/);
    expect(styles).toMatch(/<w:rFonts[^>]*w:cs="Arial"/);
  });

  it('shades a highlight’s words in its colour', () => {
    for (const clip of allClips(model)) {
      for (const a of clip.annotations) {
        const limit = clip.excerpt.replace(/…$/, '').length;
        if (a.start === null || a.end === null || a.end > limit) continue;
        const runs = runsOf(docx.document).filter((r) => r.text !== '' && a.exact.includes(r.text) && r.properties.includes(fill(a.color)));
        expect(runs.map((r) => r.text).join(''), `highlight ${a.id}`).toContain(a.exact.slice(0, Math.min(6, a.exact.length)));
      }
    }
    const [run] = runsOf(docx.document).filter((r) => r.text === 'double its capacity by 2027');
    expect(run?.properties).toContain('<w:shd w:fill="FFE066" w:color="auto" w:val="clear"/>');
    // Plain words around it are not shaded.
    expect(runsOf(docx.document).find((r) => r.text === ' would ')?.properties).not.toContain('<w:shd');
  });

  it('turns each note into a comment, with the highlight’s tags, anchored on the highlighted words', async () => {
    const full = sampleReportModel({ options: { fullText: true } });
    const out = await read(full);
    const comments = commentsOf(out.comments);
    const placed = allAnnotations(full).filter((a) => a.start !== null && a.note);
    expect(placed.length).toBeGreaterThan(5);
    for (const a of placed) {
      const entry = [...comments].find(([, text]) => text.includes(a.note!));
      expect(entry, `a comment for the note of ${a.id}`).toBeDefined();
      const [id, text] = entry!;
      for (const tag of a.tags) expect(text).toContain(`#${tag}`);
      expect(anchoredText(out.document, id)).toBe(a.exact);
      expect(out.document).toContain(`<w:commentReference w:id="${id}"/>`);
    }
    // The author of the report signs the comments.
    expect(out.comments).toMatch(/<w:comment [^>]*w:author="Press Office"/);
    // A highlight with tags but no note still carries its tags in a comment (the one listed apart too, its place
    // lost); one with neither gets no comment.
    expect(comments.size).toBe(allAnnotations(full).filter((a) => a.note || a.tags.length > 0).length);
  });

  it('lists highlights outside the excerpt and the orphaned one under the text, each with its note as a comment on its words', () => {
    const orphan = allAnnotations(model).find((a) => a.start === null)!;
    const item = docx.paragraphs.find((p) => p.text.includes(orphan.exact));
    expect(item?.text).toContain(orphan.note!);
    expect(item?.text).toContain('its place in the text was lost');
    for (const tag of orphan.tags) expect(item?.text).toContain(`#${tag}`);
    expect(textOf(docx.comments)).toContain(orphan.note!);
    const outside = item && docx.paragraphs.find((p) => p.text.includes('a second line under the sea'));
    expect(outside?.text).toContain('further in the article than the excerpt');
    expect(outside?.text).toContain('Not in the ministry’s own readout.');
    // The listed highlight is not a bare line: Word shows its note in the margin, anchored on the quoted words.
    const anchored = /<w:commentRangeStart w:id="(\d+)"\/>[\s\S]*?a second line under the sea[\s\S]*?<w:commentRangeEnd w:id="\1"\/>/.exec(outside!.xml);
    expect(anchored).not.toBeNull();
    expect(textOf(docx.comments)).toContain('Not in the ministry’s own readout.');
    expect(docx.paragraphs.filter((p) => p.text === 'Highlights').length).toBeGreaterThan(2);
  });

  it('lists each clip’s statements with their speakers, and the appendix by official', () => {
    for (const clip of allClips(model)) {
      for (const s of clip.statements) {
        const item = docx.paragraphs.find((p) => p.properties.includes('<w:numPr>') && p.text.includes(`“${s.text}”`) && p.text.includes(s.speaker!));
        expect(item, `statement ${s.id}`).toBeDefined();
        expect(item!.text).toContain(s.kind === 'direct' ? 'direct quote' : 'reported');
        if (s.cue) expect(item!.text).toContain(s.cue);
      }
    }
    const appendix = docx.paragraphs.slice(docx.paragraphs.findIndex((p) => p.properties.includes('Heading1') && p.text === 'Statements by official'));
    const officials = appendix.filter((p) => p.properties.includes('Heading2')).map((p) => p.text);
    expect(officials).toEqual(model.statementsByOfficial.map((o) => o.official));
    for (const { statements } of model.statementsByOfficial) {
      for (const s of statements) {
        const at = appendix.findIndex((p) => p.text === `“${s.text}”`);
        expect(at, s.text).toBeGreaterThan(0);
        expect(appendix[at - 1]!.text).toContain(s.clipTitle);
      }
    }
  });

  it('lays right-to-left clips out right to left', () => {
    const arabic = docx.paragraphs.find((p) => p.text.startsWith('أعلنت وزارة الخارجية'))!;
    expect(arabic.properties).toContain('<w:bidi/>');
    const runs = runsOf(arabic.xml).filter((r) => r.text !== '');
    expect(runs.length).toBeGreaterThan(1);
    for (const r of runs) expect(r.properties).toContain('<w:rtl/>');
    expect(arabic.xml).toContain('w:fill="FFE066"');
    const heading = docx.paragraphs.find((p) => p.properties.includes('Heading2') && p.text === SAMPLE_TITLES[4]);
    expect(heading?.properties).toContain('<w:bidi/>');
    // Left-to-right clips are not touched.
    const english = docx.paragraphs.find((p) => p.text.startsWith('Energy Minister Anar Karimov'))!;
    expect(english.xml).not.toContain('<w:bidi');
    expect(english.xml).not.toContain('<w:rtl');
  });

  it('has a table of contents field over the sections (heading 1), updated when Word opens the document', () => {
    expect(docx.document).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-1&quot;<\/w:instrText>/);
    expect(docx.text).toContain('Word updates this table of contents');
    expect(docx.parts['word/settings.xml']).toContain('<w:updateFields/>');
  });

  it('has the title page, the front matter, the summary and the figures as tables', () => {
    const start = docx.text.slice(0, 400);
    expect(start).toContain(model.definition.title);
    expect(start).toContain('Ministry of Foreign Affairs');
    expect(start).toContain('3 March 2025 – 9 March 2025');
    expect(start).toContain('Press Office');
    for (const sentence of model.summary) expect(docx.text).toContain(sentence);
    expect(docx.text).toContain(model.method);
    expect(docx.text).toContain(model.toneScale);
    const tables = [...docx.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => paragraphsOf(m[0]).map((p) => p.text));
    const f = model.figures;
    expect(tables[0]).toEqual(['Clips', 'Outlets', 'Statements', 'Officials quoted', 'Highlights', ...[f.clipCount, f.outletCount, f.statementCount, f.officialCount, f.annotationCount].map(String)]);
    expect(tables[0]!.slice(5)).toEqual(['8', '7', '10', '7', '12']);
    const volume = tables.find((t) => t[0] === 'Day')!;
    expect(volume).toContain('5 March 2025 (spike)');
    expect(volume).toContain('Total over 7 days');
    expect(volume).not.toContain('4 March 2025');
    expect(tables.some((t) => t[0] === 'Outlet' && t.includes('Caspian Herald'))).toBe(true);
    expect(tables.some((t) => t[0] === 'Official' && t.includes('Sergei Volkov'))).toBe(true);
    expect(tables.some((t) => t[0] === 'Topic' && t.includes('Energy'))).toBe(true);
    expect(tables.some((t) => t[0] === 'Tone' && t.includes('Not set'))).toBe(true);
  });

  it('shows each clip’s meta line and link', () => {
    const meta = docx.paragraphs.find((p) => p.properties.includes('<w:pStyle w:val="Meta"/>') && p.text.startsWith('Коммерсантъ'))!;
    expect(meta.text).toBe('Коммерсантъ · Ирина Смирнова · 4 March 2025 · Russian · Tone: neutral (suggested) · Topics: Energy, Diplomacy · Tags: #energy');
    expect(docx.document).toContain('<w:t xml:space="preserve">https://caspianherald.example/energy/gas-corridor-expansion?ref=rss&amp;lang=en</w:t>');
    expect(docx.parts['word/_rels/document.xml.rels']).toContain('Target="https://caspianherald.example/energy/gas-corridor-expansion?ref=rss&amp;lang=en" TargetMode="External"');
  });

  it('is A4 with the title in the header and page numbers in the footer', () => {
    expect(docx.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const headers = Object.entries(docx.parts).filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, xml]) => textOf(xml));
    expect(headers).toContain(model.definition.title);
    const footers = Object.entries(docx.parts).filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(footers.some((xml) => /<w:instrText[^>]*>PAGE<\/w:instrText>/.test(xml) && xml.includes('NUMPAGES'))).toBe(true);
  });
});

describe('the other templates and options', () => {
  it('digest: title and period, the clips, no contents, front matter or appendix', async () => {
    const docx = await read(sampleReportModel({ template: 'digest' }));
    expect(docx.text).toContain('3 March 2025 – 9 March 2025');
    for (const title of SAMPLE_TITLES) expect(docx.text).toContain(title);
    expect(docx.document).not.toContain('TOC \\h');
    expect(docx.text).not.toContain('About this report');
    expect(docx.text).not.toContain('Statements by official');
  });

  it('statements: the statements by official are the body, the clips a list of sources', async () => {
    const model = sampleReportModel({ template: 'statements' });
    const docx = await read(model);
    const headings1 = docx.paragraphs.filter((p) => p.properties.includes('Heading1')).map((p) => p.text);
    expect(headings1).toEqual(['About this report', 'Executive summary', 'Statements by official', 'Sources']);
    for (const title of SAMPLE_TITLES) expect(docx.paragraphs.some((p) => p.text.startsWith(title) && p.properties.includes('numPr'))).toBe(true);
    for (const { statements } of model.statementsByOfficial) for (const s of statements) expect(docx.text).toContain(`“${s.text}”`);
    expect(docx.text).not.toContain('Analysts said the timeline');
  });

  it('dossier: grouped by topic with the full text of each clip', async () => {
    const docx = await read(sampleReportModel({ template: 'dossier', options: { grouping: 'outlet' } }));
    const headings1 = docx.paragraphs.filter((p) => p.properties.includes('Heading1')).map((p) => p.text);
    // Each clip under its first topic, topics by how many clips have them (as the figures count them).
    expect(headings1).toEqual(['About this report', 'Executive summary', 'Diplomacy', 'Energy', 'Trade', 'Statements by official']);
    expect(docx.text).toContain('Analysts said the timeline was ambitious');
    // With the full text, every placed highlight is inline: only the orphan is listed.
    expect(docx.paragraphs.filter((p) => p.text.includes('further in the article than the excerpt'))).toHaveLength(0);
    expect(docx.paragraphs.filter((p) => p.text.includes('its place in the text was lost'))).toHaveLength(1);
  });

  it('leaves highlights, statements and figures out when the options say so', async () => {
    const docx = await read(sampleReportModel({ options: { annotations: false, statements: false, charts: false } }));
    expect(commentsOf(docx.comments).size).toBe(0);
    expect(docx.document).not.toContain('<w:commentRangeStart');
    expect(runsOf(docx.document).some((r) => r.properties.includes('w:fill="FFE066"'))).toBe(false);
    expect(docx.paragraphs.some((p) => p.properties.includes('Label') && (p.text === 'Highlights' || p.text === 'Statements'))).toBe(false);
    expect(docx.text).not.toContain('“We are ready to deliver');
    expect(docx.text).not.toContain('Statements by official');
    expect(docx.text).not.toContain('Total over');
  });

  it('still writes a valid document for a report without clips', async () => {
    for (const template of ['coverage', 'digest', 'statements', 'dossier'] as const) {
      const docx = await read(sampleReportModel({ template, clipCount: 0 }));
      expect(docx.text).toContain('No clips in this report.');
      expect(docx.comments === '' || commentsOf(docx.comments).size === 0).toBe(true);
    }
  });

  it('survives characters XML forbids, odd colours, a missing excerpt and highlights across paragraphs', async () => {
    const model = sampleReportModel({ options: { fullText: true, grouping: 'none' } });
    const clip = model.groups[0]!.clips[0]!;
    const text = `Bell\u0007 and form feed\u000C in the text.\n\nSecond paragraph with a lone \uD800 surrogate.`;
    const across = { ...clip.annotations[0]!, id: 'across', exact: text.slice(20, 40), start: 20, end: 40, color: 'not a colour', note: 'Across the break' };
    model.groups[0]!.clips[0] = { ...clip, title: 'Broken\u0001 title', text, excerpt: '', statements: [], annotations: [across] };
    const docx = await read(model);
    expect(docx.text).toContain('Broken  title');
    expect(docx.text).toContain('Bell  and form feed  in the text.');
    // The highlight runs from the first paragraph into the second: its comment spans the paragraph break.
    const [id] = [...commentsOf(docx.comments)].find(([, t]) => t.includes('Across the break'))!;
    expect(anchoredText(docx.document, id)).toBe(' in the text.Secon');
    expect(runsOf(docx.document).find((r) => r.text === 'Secon')?.properties).toContain('w:fill="FFE066"');
  });
});

describe('a large report', () => {
  it('renders 500 clips', async () => {
    const model = sampleReportModel({ clipCount: 500 });
    expect(allClips(model)).toHaveLength(500);
    const started = performance.now();
    const buffer = await renderDocx(model);
    const ms = performance.now() - started;
    console.log(`DOCX: 500 clips rendered in ${Math.round(ms)} ms (${(buffer.length / 1024).toFixed(0)} KiB)`);
    const document = strFromU8(unzipSync(new Uint8Array(buffer))['word/document.xml']!);
    expect(paragraphsOf(document).filter((p) => p.properties.includes('Heading2') && SAMPLE_TITLES.includes(p.text)).length).toBe(500);
  });
});
