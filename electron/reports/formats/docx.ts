// The Word report: a title page, a table of contents Word fills in on opening, front matter, the executive summary
// with its figures as tables, one section per group with an entry per clip (highlights shaded in their colour, notes
// as Word comments anchored on the highlighted words), and the statements by official. Built once from the model:
// the renderer holds the document it is writing and nothing else, and keeps no state between calls.
import { UNVERIFIED_MARK } from '../attribution';
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  ExternalHyperlink,
  type FileChild,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ICommentOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { undatedNote } from '../figures';
import { bucketLabel, bucketsOf, unitFor } from '../timeline';
import type { ReportAnnotation, ReportClip, ReportFigures, ReportGroup, ReportModel, ReportStatement } from '../model';
import { webLink } from './escape';
import { quoted } from './quote';

/** Fonts with Latin and Cyrillic (Calibri), Arabic (Arial) and Chinese (Microsoft YaHei) glyphs; Word substitutes alike ones elsewhere. */
const FONT = { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Arial', eastAsia: 'Microsoft YaHei' } as const;
const BODY_SIZE = 21; // half-points: 10.5 pt
const GREY = '595959';
const ACCENT = '1F3864';
/** A4 in twips, with 2.2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1247 } as const;

/** Builds the Word document for a report model. */
export async function renderDocx(model: ReportModel): Promise<Buffer> {
  const writer = new DocxWriter(model);
  const children = writer.body();
  const { definition } = model;
  const doc = new Document({
    title: clean(definition.title),
    creator: clean(definition.author ?? definition.organization ?? 'Verbatim'),
    subject: 'Clipping report',
    description: clean(model.method),
    features: { updateFields: true },
    comments: { children: writer.comments },
    styles: STYLES,
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } },
          titlePage: definition.template !== 'digest',
        },
        headers: {
          default: new Header({ children: [new Paragraph({ style: 'PageHeader', children: [new TextRun(clean(definition.title))] })] }),
          first: new Header({ children: [new Paragraph({})] }),
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ style: 'PageFooter', children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })],
          }),
          first: new Footer({ children: [new Paragraph({})] }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const STYLES = {
  default: {
    document: {
      run: { font: FONT, size: BODY_SIZE, language: { value: 'en-GB', eastAsia: 'zh-CN', bidirectional: 'ar-SA' } },
      // The line rule said outright: a reader that assumes an exact height without it (LibreOffice) set a two-line
      // 28 pt title on 13 pt lines, one line over the other.
      paragraph: { spacing: { after: 100, line: 264, lineRule: LineRuleType.AUTO } },
    },
    title: { run: { font: FONT, size: 56, bold: true, color: ACCENT }, paragraph: { spacing: { after: 240, line: 252, lineRule: LineRuleType.AUTO } } },
    heading1: { run: { font: FONT, size: 32, bold: true, color: ACCENT }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true } },
    heading2: { run: { font: FONT, size: 25, bold: true, color: '2E5597' }, paragraph: { spacing: { before: 280, after: 60 }, keepNext: true, keepLines: true } },
    heading3: { run: { font: FONT, size: 22, bold: true, color: '2E5597' }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
    hyperlink: { run: { color: '0563C1', underline: {} } },
  },
  paragraphStyles: [
    { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 30, color: GREY }, paragraph: { spacing: { after: 120 } } },
    { id: 'TitleMeta', name: 'Title Meta', basedOn: 'Normal', run: { size: 22, color: GREY }, paragraph: { spacing: { after: 60 } } },
    { id: 'ContentsTitle', name: 'Contents Title', basedOn: 'Normal', next: 'Normal', run: { size: 32, bold: true, color: ACCENT }, paragraph: { spacing: { after: 200 } } },
    { id: 'Meta', name: 'Clip Meta', basedOn: 'Normal', run: { size: 18, color: GREY }, paragraph: { spacing: { after: 40 }, keepNext: true } },
    { id: 'ClipText', name: 'Clip Text', basedOn: 'Normal', paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } },
    { id: 'Label', name: 'Entry Label', basedOn: 'Normal', next: 'Normal', run: { size: 19, bold: true, color: ACCENT }, paragraph: { spacing: { before: 120, after: 40 }, keepNext: true } },
    { id: 'Note', name: 'Report Note', basedOn: 'Normal', run: { size: 18, italics: true, color: GREY } },
    { id: 'Statement', name: 'Statement', basedOn: 'Normal', paragraph: { indent: { left: 360 }, spacing: { after: 160 } } },
    { id: 'PageHeader', name: 'Page Header', basedOn: 'Normal', run: { size: 16, color: GREY }, paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 0 } } },
    { id: 'PageFooter', name: 'Page Footer', basedOn: 'Normal', run: { size: 16, color: GREY }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } } },
    { id: 'TableText', name: 'Table Text', basedOn: 'Normal', run: { size: 19 }, paragraph: { spacing: { before: 20, after: 20 } } },
  ],
};

// Characters XML 1.0 forbids, replaced one for one so that offsets into the text still hold.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text Word can read: forbidden characters become spaces (lone surrogates U+FFFD), carriage returns spaces; length kept. */
function clean(text: string): string {
  return text.replace(FORBIDDEN, (c) => (c.length === 1 && c >= '\uD800' && c <= '\uDFFF' ? '\uFFFD' : ' ')).replace(/\r/g, ' ');
}

const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const STRONG_CHAR = /[\p{L}]/u;

/** True when the text's first letter belongs to a right-to-left script (Arabic, Hebrew, Syriac, Thaana…). */
function startsRtl(text: string): boolean {
  for (const c of text) if (STRONG_CHAR.test(c)) return RTL_CHAR.test(c);
  return false;
}

/** #rrggbb (or rrggbb, or #rgb) to Word's RRGGBB; a pale yellow for anything else. */
function wordColor(color: string): string {
  const hex = color.trim().replace(/^#/, '');
  if (/^[0-9a-fA-F]{6}$/.test(hex)) return hex.toUpperCase();
  if (/^[0-9a-fA-F]{3}$/.test(hex)) return [...hex].map((c) => c + c).join('').toUpperCase();
  return 'FFE066';
}

const LANGUAGE_TAGS: Record<string, string> = {
  en: 'en-GB', ru: 'ru-RU', uk: 'uk-UA', ar: 'ar-SA', fa: 'fa-IR', he: 'he-IL', ur: 'ur-PK', zh: 'zh-CN', ja: 'ja-JP', ko: 'ko-KR',
  fr: 'fr-FR', de: 'de-DE', es: 'es-ES', it: 'it-IT', tr: 'tr-TR', az: 'az-Latn-AZ', ka: 'ka-GE', hy: 'hy-AM', kk: 'kk-KZ',
};
const EAST_ASIAN = new Set(['zh', 'ja', 'ko']);
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'yi', 'ps', 'sd', 'ug']);

/** The run language for a clip's text, so Word proofs it in its language. */
function runLanguage(language: string | null): IRunOptions['language'] {
  if (!language) return undefined;
  const base = language.toLowerCase().split(/[-_]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(base)) return undefined;
  const tag = /^[a-z]{2,3}[-_][A-Za-z0-9]{2,8}$/.test(language) ? language.replace('_', '-') : (LANGUAGE_TAGS[base] ?? base);
  if (EAST_ASIAN.has(base)) return { eastAsia: tag };
  if (RTL_LANGUAGES.has(base)) return { bidirectional: tag };
  return { value: tag };
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });
function languageName(code: string): string {
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });

/** 3 March 2025 from an ISO date or date-time; the string itself when it is no date. */
function longDate(iso: string | null): string {
  if (!iso) return '';
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(t) ? iso : DATE.format(t);
}

/** A clip's or a statement's date; "Undated" when the clip has none (never the time it was clipped). */
const entryDate = (iso: string | null) => (iso ? longDate(iso) : 'Undated');

function periodText(period: ReportModel['period'], undated: number): string {
  // The period covers dated clips only, so undated ones are named beside it.
  const note = undated > 0 ? `; ${undatedNote(undated)}` : '';
  if (period.from && period.to) return `${period.from.slice(0, 10) === period.to.slice(0, 10) ? longDate(period.from) : `${longDate(period.from)} – ${longDate(period.to)}`}${note}`;
  if (period.from) return `From ${longDate(period.from)}${note}`;
  if (period.to) return `Up to ${longDate(period.to)}${note}`;
  return undated > 0 ? `No dated clips; ${undatedNote(undated)}` : 'All dates';
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? word : many}`;
}


/** A highlight placed in the shown text: offsets relative to the shown text. */
interface Placed {
  annotation: ReportAnnotation;
  start: number;
  end: number;
  /** The comment carrying its note and tags, when it has either. */
  commentId: number | null;
}

/** A paragraph of the shown text: [start, end) in the shown text. */
interface Span {
  start: number;
  end: number;
}

class DocxWriter {
  readonly comments: ICommentOptions[] = [];
  private readonly author: string;
  private readonly initials: string;

  constructor(private readonly model: ReportModel) {
    this.author = clean(model.definition.author ?? model.definition.organization ?? 'Verbatim');
    this.initials =
      this.author
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => [...w][0] ?? '')
        .join('')
        .slice(0, 4) || 'V';
  }

  body(): FileChild[] {
    const { template } = this.model.definition;
    const out: FileChild[] = [];
    if (template === 'digest') {
      out.push(...this.titleBlock(false));
      out.push(...this.groupSections(this.model.groups, { fullText: this.model.definition.options.fullText, firstBreak: false }));
      return out;
    }
    out.push(...this.titleBlock(true));
    out.push(...this.contents());
    out.push(...this.frontMatter());
    out.push(...this.executiveSummary());
    if (template === 'statements') {
      out.push(...this.statementsByOfficial(true, true));
      out.push(...this.sourcesList());
      return out;
    }
    const dossier = template === 'dossier';
    const groups = dossier ? this.topicGroups() : this.model.groups;
    out.push(...this.groupSections(groups, { fullText: dossier || this.model.definition.options.fullText, firstBreak: true }));
    if (this.model.definition.options.statements) out.push(...this.statementsByOfficial(true, false));
    return out;
  }

  // ---- Title, contents, front matter, summary ----

  private titleBlock(page: boolean): Paragraph[] {
    const { definition, generatedAt, period } = this.model;
    const out: Paragraph[] = [];
    if (page) out.push(new Paragraph({ spacing: { before: 2400 } }));
    out.push(new Paragraph({ heading: HeadingLevel.TITLE, bidirectional: on(startsRtl(definition.title)), children: [this.text(definition.title)] }));
    if (definition.organization) out.push(new Paragraph({ style: 'Subtitle', children: [this.text(definition.organization)] }));
    out.push(new Paragraph({ style: 'TitleMeta', spacing: { before: page ? 480 : 60, after: 60 }, children: [new TextRun({ text: 'Period: ', bold: true }), new TextRun(periodText(period, this.model.figures.undatedCount))] }));
    if (definition.author) out.push(new Paragraph({ style: 'TitleMeta', children: [new TextRun({ text: 'Prepared by: ', bold: true }), this.text(definition.author)] }));
    const generated = Date.parse(generatedAt);
    out.push(
      new Paragraph({
        style: 'TitleMeta',
        children: [new TextRun({ text: 'Generated: ', bold: true }), new TextRun(Number.isNaN(generated) ? clean(generatedAt) : DATE_TIME.format(generated))],
      }),
    );
    if (!page) {
      const f = this.model.figures;
      out.push(
        new Paragraph({
          style: 'TitleMeta',
          spacing: { after: 240 },
          children: [new TextRun(`${plural(f.clipCount, 'clip')} from ${plural(f.outletCount, 'outlet')}; ${plural(f.statementCount, 'statement')}.`)],
        }),
      );
    }
    return out;
  }

  private contents(): FileChild[] {
    return [
      new Paragraph({ style: 'ContentsTitle', pageBreakBefore: true, children: [new TextRun('Contents')] }),
      // Sections only: a clip or an official is a heading for the navigation pane, but a line per clip or speaker ran
      // the contents over several pages.
      new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-1' }),
      new Paragraph({
        style: 'Note',
        spacing: { before: 200 },
        children: [new TextRun('Word updates this table of contents and its page numbers when the document is opened (it may ask first). Elsewhere, update the field by hand.')],
      }),
    ];
  }

  private frontMatter(): Paragraph[] {
    const { sources, method, toneScale, definition } = this.model;
    const out: Paragraph[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun('About this report')] })];
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Sources')] }));
    out.push(new Paragraph({ children: [this.text(sources.length > 0 ? `${sources.join(', ')}.` : 'No sources.')] }));
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Method')] }));
    out.push(new Paragraph({ children: [this.text(method)] }));
    if (definition.selection.query) out.push(new Paragraph({ style: 'Note', children: [new TextRun('Query: '), this.text(definition.selection.query)] }));
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Tone scale')] }));
    out.push(new Paragraph({ children: [this.text(toneScale)] }));
    return out;
  }

  private executiveSummary(): FileChild[] {
    const { summary, figures, definition } = this.model;
    const out: FileChild[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Executive summary')] })];
    for (const sentence of summary) out.push(new Paragraph({ bullet: { level: 0 }, children: [this.text(sentence)] }));
    out.push(new Paragraph({ style: 'Label', children: [new TextRun('Headline figures')] }));
    out.push(
      table(
        ['Clips', 'Outlets', 'Statements', 'Officials quoted', 'Highlights'],
        [[figures.clipCount, figures.outletCount, figures.statementCount, figures.officialCount, figures.annotationCount].map((n) => n.toLocaleString('en-GB'))],
        { numeric: [0, 1, 2, 3, 4] },
      ),
    );
    if (definition.options.charts) out.push(...this.figureTables(figures));
    return out;
  }

  private figureTables(f: ReportFigures): FileChild[] {
    const out: FileChild[] = [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Figures')] })];
    const total = f.perDay.reduce((s, d) => s + d.count, 0);
    const busiest = f.perDay.reduce<ReportFigures['perDay'][number] | null>((best, d) => (best === null || d.count > best.count ? d : best), null);
    const rows: string[][] = f.perDay.filter((d) => d.spike).map((d) => [`${longDate(d.day)} (spike)`, d.count.toLocaleString('en-GB')]);
    if (rows.length === 0 && busiest && busiest.count > 0) rows.push([`${longDate(busiest.day)} (busiest day, no spike)`, busiest.count.toLocaleString('en-GB')]);
    const days = f.perDay.length;
    const totalRow = rows.length;
    rows.push([`Total over ${plural(days, 'day')}`, total.toLocaleString('en-GB')]);
    if (days > 0) rows.push(['Average per day', (total / days).toLocaleString('en-GB', { maximumFractionDigits: 1 })]);
    out.push(new Paragraph({ style: 'Label', children: [new TextRun('Volume per day')] }), table(['Day', 'Clips'], rows, { numeric: [1], bold: [totalRow] }));
    // A long period also by the unit the charts use: a row a week, month or year, never one a day.
    const unit = unitFor(days);
    if (unit !== 'day') {
      const head = { week: 'Week of', month: 'Month', year: 'Year' }[unit];
      const label = (start: string) => (unit === 'week' ? longDate(start) : bucketLabel(start, unit, true));
      const buckets = bucketsOf(f.perDay, unit).map((b) => [`${label(b.start)}${b.spike ? ' (spike)' : ''}`, b.count.toLocaleString('en-GB')]);
      out.push(new Paragraph({ style: 'Label', children: [new TextRun(`Clips per ${unit}`)] }), table([head, 'Clips'], buckets, { numeric: [1] }));
    }
    const counts = (label: string, head: string, list: ReportFigures['outlets']) => {
      if (list.length === 0) return;
      const top = list.slice(0, 10);
      const rest = list.slice(10).reduce((s, c) => s + c.count, 0);
      const body = top.map((c) => [c.label, c.count.toLocaleString('en-GB')]);
      if (rest > 0) body.push([`${plural(list.length - 10, 'other')}`, rest.toLocaleString('en-GB')]);
      out.push(new Paragraph({ style: 'Label', children: [new TextRun(label)] }), table([head, 'Count'], body, { numeric: [1] }));
    };
    counts('Top outlets', 'Outlet', f.outlets);
    counts('Officials quoted', 'Official', f.officials);
    counts('Topics', 'Topic', f.topics);
    counts('Languages', 'Language', f.languages.map((l) => ({ label: l.label === 'unknown' ? 'Unknown' : `${languageName(l.label)} (${l.label})`, count: l.count })));
    const t = f.tone;
    out.push(
      new Paragraph({ style: 'Label', children: [new TextRun('Tone')] }),
      table(
        ['Tone', 'Clips'],
        (
          [
            ['Positive', t.positive],
            ['Neutral', t.neutral],
            ['Negative', t.negative],
            ['Not set', t.unset],
          ] as const
        ).map(([label, n]) => [label, n.toLocaleString('en-GB')]),
        { numeric: [1] },
      ),
    );
    return out;
  }

  // ---- Clips ----

  /** Dossier: the clips grouped by their first topic, topics in the order of the figures. */
  private topicGroups(): ReportGroup[] {
    if (this.model.definition.options.grouping === 'topic') return this.model.groups;
    const byTopic = new Map<string, ReportClip[]>();
    for (const topic of this.model.figures.topics) byTopic.set(topic.label, []);
    const none: ReportClip[] = [];
    for (const clip of this.model.groups.flatMap((g) => g.clips)) {
      const topic = clip.topics[0];
      if (topic === undefined) none.push(clip);
      else byTopic.set(topic, [...(byTopic.get(topic) ?? []), clip]);
    }
    const groups: ReportGroup[] = [...byTopic].filter(([, clips]) => clips.length > 0).map(([heading, clips]) => ({ heading, clips }));
    if (none.length > 0) groups.push({ heading: 'No topic', clips: none });
    return groups;
  }

  private groupSections(groups: readonly ReportGroup[], how: { fullText: boolean; firstBreak: boolean }): FileChild[] {
    const out: FileChild[] = [];
    if (groups.every((g) => g.clips.length === 0)) {
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: how.firstBreak, children: [new TextRun('Clips')] }));
      out.push(new Paragraph({ style: 'Note', children: [new TextRun('No clips in this report.')] }));
      return out;
    }
    groups.forEach((group, i) => {
      if (group.clips.length === 0) return;
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: how.firstBreak && i === 0, children: [this.text(group.heading ?? 'Clips')] }));
      for (const clip of group.clips) out.push(...this.clipEntry(clip, how.fullText));
    });
    return out;
  }

  private clipEntry(clip: ReportClip, fullText: boolean): Paragraph[] {
    const { options } = this.model.definition;
    const rtl = clip.dir === 'rtl';
    const out: Paragraph[] = [new Paragraph({ heading: HeadingLevel.HEADING_2, bidirectional: on(rtl), children: [this.text(clip.title || 'Untitled', { rightToLeft: on(rtl) })] })];
    out.push(new Paragraph({ style: 'Meta', children: this.metaRuns(clip) }));
    if (clip.url) {
      // Only a web address becomes a hyperlink (Word would open a file: or run a javascript: one); any other is text.
      const url = clean(clip.url.trim());
      const link = webLink(clip.url);
      out.push(
        new Paragraph({
          style: 'Meta',
          spacing: { after: 120 },
          children: link ? [new ExternalHyperlink({ link, children: [new TextRun({ text: url, style: 'Hyperlink' })] })] : [new TextRun(url)],
        }),
      );
    }
    const { shown, placed, listed } = this.placeHighlights(clip, fullText, options.annotations);
    out.push(...this.textParagraphs(clip, shown, placed));
    if (options.annotations && listed.length > 0) {
      out.push(new Paragraph({ style: 'Label', children: [new TextRun('Highlights')] }));
      for (const { annotation, why } of listed) out.push(this.highlightItem(annotation, why, rtl));
    }
    if (options.statements && clip.statements.length > 0) {
      out.push(new Paragraph({ style: 'Label', children: [new TextRun('Statements')] }));
      for (const s of clip.statements) out.push(this.statementItem(s, rtl));
    }
    return out;
  }

  private metaRuns(clip: ReportClip): ParagraphChild[] {
    const parts: ParagraphChild[][] = [];
    if (clip.outlet) parts.push([this.text(clip.outlet, { bold: true })]);
    if (clip.byline) parts.push([this.text(clip.byline)]);
    parts.push([new TextRun(entryDate(clip.date))]);
    if (clip.language) parts.push([new TextRun(languageName(clip.language))]);
    if (clip.tone) parts.push([new TextRun(`Tone: ${clip.tone}${clip.toneSuggested ? ' (suggested)' : ''}`)]);
    if (clip.topics.length > 0) parts.push([new TextRun('Topics: '), this.text(clip.topics.join(', '))]);
    if (clip.tags.length > 0) {
      const runs: ParagraphChild[] = [new TextRun('Tags: ')];
      clip.tags.forEach((tag, i) => {
        if (i > 0) runs.push(new TextRun(', '));
        runs.push(this.text(`#${tag.name}`, { color: darker(wordColor(tag.color)) }));
      });
      parts.push(runs);
    }
    if (clip.pinned) parts.push([new TextRun('Pinned')]);
    return parts.flatMap((p, i) => (i === 0 ? p : [new TextRun(' · '), ...p]));
  }

  /**
   * The text shown (the excerpt, a prefix of the text with perhaps an ellipsis after it, or the whole text), the
   * highlights that lie inside it (offsets made relative to it), and those to list under it.
   */
  private placeHighlights(
    clip: ReportClip,
    fullText: boolean,
    annotations: boolean,
  ): { shown: string; placed: Placed[]; listed: Array<{ annotation: ReportAnnotation; why: string }> } {
    const text = clean(clip.text);
    const shown = fullText || !clip.excerpt ? text : clean(clip.excerpt);
    const placed: Placed[] = [];
    const listed: Array<{ annotation: ReportAnnotation; why: string }> = [];
    if (!annotations) return { shown, placed, listed };
    // Where the shown text sits in the clip's text: 0 for the whole text or a prefix excerpt; found for any other excerpt.
    const core = shown === text ? shown : shown.replace(/(…|\.\.\.)\s*$/, '');
    const base = shown === text || text.startsWith(core) ? 0 : core.length > 0 ? text.indexOf(core) : -1;
    const sorted = [...clip.annotations].sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || (b.end ?? 0) - (a.end ?? 0));
    for (const a of sorted) {
      if (a.start === null || a.end === null) {
        listed.push({ annotation: a, why: 'its place in the text was lost' });
        continue;
      }
      const start = a.start - base;
      const end = a.end - base;
      if (base < 0 || start < 0 || end > core.length || end <= start || shown.slice(start, end).trim() === '') {
        listed.push({ annotation: a, why: 'further in the article than the excerpt' });
        continue;
      }
      const commentId = a.note || a.tags.length > 0 ? this.addComment(a) : null;
      placed.push({ annotation: a, start, end, commentId });
    }
    return { shown, placed, listed };
  }

  private addComment(a: ReportAnnotation): number {
    const id = this.comments.length;
    const children: Paragraph[] = [];
    if (a.note) for (const line of clean(a.note).split(/\n+/)) children.push(new Paragraph({ bidirectional: on(startsRtl(line)), children: [this.text(line)] }));
    if (a.tags.length > 0) children.push(new Paragraph({ children: [new TextRun({ text: 'Tags: ', bold: true }), this.text(a.tags.map((t) => `#${t}`).join(' '))] }));
    const date = new Date(a.modified || a.created);
    this.comments.push({ id, author: this.author, initials: this.initials, ...(Number.isNaN(date.getTime()) ? {} : { date }), children });
    return id;
  }

  /** The shown text as paragraphs (split on blank lines), highlights shaded and their comments anchored on them. */
  private textParagraphs(clip: ReportClip, shown: string, placed: readonly Placed[]): Paragraph[] {
    const rtl = clip.dir === 'rtl';
    const language = runLanguage(clip.language);
    const spans = paragraphSpans(shown);
    if (spans.length === 0) return [new Paragraph({ style: 'Note', children: [new TextRun('No text.')] })];
    // Each highlight opens in the first paragraph it overlaps and closes in the last one.
    const opens = new Map<Placed, number>();
    const closes = new Map<Placed, number>();
    for (const p of placed) {
      spans.forEach((s, i) => {
        if (p.start < s.end && p.end > s.start) {
          if (!opens.has(p)) opens.set(p, i);
          closes.set(p, i);
        }
      });
    }
    return spans.map((span, index) => {
      const here = placed.filter((p) => opens.has(p) && opens.get(p)! <= index && closes.get(p)! >= index);
      const cuts = new Set<number>([span.start, span.end]);
      for (const p of here) {
        if (p.start > span.start && p.start < span.end) cuts.add(p.start);
        if (p.end > span.start && p.end < span.end) cuts.add(p.end);
      }
      const points = [...cuts].sort((a, b) => a - b);
      const children: ParagraphChild[] = [];
      for (let i = 0; i < points.length; i++) {
        const at = points[i]!;
        // Close what ends here (the comment's mark follows its range), then open what starts here.
        for (const p of here) {
          if (p.commentId !== null && closes.get(p) === index && Math.min(p.end, span.end) === at && at > span.start) {
            children.push(new CommentRangeEnd(p.commentId), new TextRun({ children: [new CommentReference(p.commentId)] }));
          }
        }
        const next = points[i + 1];
        if (next === undefined) break;
        for (const p of here) {
          if (p.commentId !== null && opens.get(p) === index && Math.max(p.start, span.start) === at) children.push(new CommentRangeStart(p.commentId));
        }
        const covering = here.filter((p) => p.start <= at && p.end >= next);
        // The innermost highlight (the last to open, the shortest) gives the colour.
        const top = covering.sort((a, b) => a.start - b.start || b.end - a.end).at(-1);
        children.push(...lineRuns(shown.slice(at, next), { rightToLeft: on(rtl), language, shading: top ? shade(top.annotation.color) : undefined }));
      }
      return new Paragraph({ style: 'ClipText', bidirectional: on(rtl), children });
    });
  }

  private highlightItem(a: ReportAnnotation, why: string, rtl: boolean): Paragraph {
    const exact = clean(a.exact);
    const quoteRtl = rtl || startsRtl(exact);
    // Listed apart, the highlight keeps its comment: anchored on the quoted words, as it would be in the text.
    const commentId = a.note || a.tags.length > 0 ? this.addComment(a) : null;
    const words = this.text(quoted(exact), { shading: shade(a.color), rightToLeft: quoteRtl });
    const children: ParagraphChild[] =
      commentId === null ? [words] : [new CommentRangeStart(commentId), words, new CommentRangeEnd(commentId), new TextRun({ children: [new CommentReference(commentId)] })];
    children.push(new TextRun({ text: ` (${why})`, color: GREY, size: 18 }));
    if (a.note) children.push(new TextRun(' — '), this.text(a.note, { italics: true }));
    if (a.tags.length > 0) children.push(new TextRun({ text: ' · Tags: ', color: GREY }), this.text(a.tags.map((t) => `#${t}`).join(' '), { color: GREY }));
    return new Paragraph({ bullet: { level: 0 }, bidirectional: on(startsRtl(exact)), children });
  }

  private statementItem(s: ReportStatement, rtl: boolean): Paragraph {
    const textRtl = rtl || startsRtl(s.text);
    const children: ParagraphChild[] = [];
    const who = s.speaker ?? s.official ?? 'Unknown speaker';
    children.push(this.text(who, { bold: true }));
    if (s.official && s.official !== who) children.push(new TextRun(' ('), this.text(s.official), new TextRun(')'));
    if (s.unverified) children.push(this.text(` ${UNVERIFIED_MARK}`, { color: GREY }));
    const how = [s.kind === 'direct' ? 'direct quote' : 'reported', s.cue ? `cue “${clean(s.cue)}”` : null, s.tone ? `tone ${s.tone}` : null].filter(Boolean).join(', ');
    children.push(this.text(` — ${how}: `, { color: GREY }));
    children.push(this.text(quoted(s.text), { rightToLeft: textRtl }));
    if (s.tags.length > 0) children.push(this.text(` · #${s.tags.join(' #')}`, { color: GREY }));
    return new Paragraph({ bullet: { level: 0 }, bidirectional: on(startsRtl(s.text)), children });
  }

  // ---- Statements by official, sources ----

  private statementsByOfficial(pageBreak: boolean, asBody: boolean): FileChild[] {
    const list = this.model.statementsByOfficial;
    const out: FileChild[] = [];
    if (list.length === 0 && !asBody) return out;
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: pageBreak, children: [new TextRun('Statements by official')] }));
    if (list.length === 0) out.push(new Paragraph({ style: 'Note', children: [new TextRun('No statements by officials in this report.')] }));
    for (const { official, statements } of list) {
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [this.text(official)] }));
      out.push(new Paragraph({ style: 'Note', children: [new TextRun(plural(statements.length, 'statement'))] }));
      for (const s of statements) out.push(...this.statementEntry(s, official));
    }
    if (asBody) {
      // Statements whose speaker is not linked to an official would otherwise be left out of this template.
      const others = this.model.groups.flatMap((g) => g.clips.flatMap((c) => c.statements.filter((s) => !s.official).map((s) => ({ ...s, clipTitle: c.title, outlet: c.outlet, date: c.date }))));
      if (others.length > 0) {
        out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Other speakers')] }));
        for (const s of others) out.push(...this.statementEntry(s, null));
      }
    }
    return out;
  }

  private statementEntry(s: ReportStatement & { clipTitle: string; outlet: string | null; date: string | null }, official: string | null): Paragraph[] {
    const meta: ParagraphChild[] = [new TextRun(entryDate(s.date))];
    if (s.outlet) meta.push(new TextRun(' · '), this.text(s.outlet, { bold: true }));
    meta.push(new TextRun(' · '), this.text(s.clipTitle, { italics: true }));
    const detail = [s.speaker && s.speaker !== official ? clean(s.speaker) : null, s.kind === 'direct' ? 'direct quote' : 'reported', s.cue ? `“${clean(s.cue)}”` : null, s.unverified ? UNVERIFIED_MARK : null].filter(Boolean).join(', ');
    meta.push(new TextRun(` (${detail})`));
    const rtl = startsRtl(s.text);
    return [
      new Paragraph({ style: 'Meta', children: meta }),
      new Paragraph({ style: 'Statement', bidirectional: on(rtl), children: [this.text(quoted(s.text), { rightToLeft: on(rtl) })] }),
    ];
  }

  private sourcesList(): FileChild[] {
    const clips = this.model.groups.flatMap((g) => g.clips);
    const out: FileChild[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun('Sources')] })];
    if (clips.length === 0) out.push(new Paragraph({ style: 'Note', children: [new TextRun('No clips in this report.')] }));
    for (const clip of clips) {
      const children: ParagraphChild[] = [this.text(clip.title || 'Untitled', { bold: true, rightToLeft: clip.dir === 'rtl' })];
      const meta = [clip.outlet ? clean(clip.outlet) : null, entryDate(clip.date), plural(clip.statements.length, 'statement')].filter(Boolean).join(' · ');
      children.push(new TextRun({ text: ` — ${meta}`, color: GREY }));
      const link = webLink(clip.url);
      if (link) children.push(new TextRun(' '), new ExternalHyperlink({ link, children: [new TextRun({ text: clean(clip.url!.trim()), style: 'Hyperlink', size: 18 })] }));
      out.push(new Paragraph({ bullet: { level: 0 }, children }));
    }
    return out;
  }

  // ---- Runs ----

  /** A run of text from the model (cleaned); right to left when asked or when it starts in a right-to-left script. */
  private text(text: string, options: Omit<IRunOptions, 'text' | 'children'> = {}): TextRun {
    const value = clean(text);
    return new TextRun({ ...options, text: value, rightToLeft: on(options.rightToLeft ?? startsRtl(value)) });
  }
}

/** True or left out: docx writes `false` as an explicit off switch, which only clutters the XML. */
function on(value: boolean | undefined): true | undefined {
  return value ? true : undefined;
}

function shade(color: string): IRunOptions['shading'] {
  return { type: ShadingType.CLEAR, color: 'auto', fill: wordColor(color) };
}

/** A tag colour dark enough to read as text on white. */
function darker(hex: string): string {
  const n = parseInt(hex, 16);
  const scale = (v: number) => Math.round(v * 0.7).toString(16).padStart(2, '0');
  return `${scale((n >> 16) & 255)}${scale((n >> 8) & 255)}${scale(n & 255)}`.toUpperCase();
}

/** The paragraphs of a text: spans between blank lines, trimmed of surrounding whitespace. */
function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end });
  };
  for (let m = separator.exec(text); m !== null; m = separator.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}

/** Runs for a piece of a paragraph: single line breaks become Word line breaks. */
function lineRuns(piece: string, options: Omit<IRunOptions, 'text' | 'children' | 'break'>): TextRun[] {
  return piece.split('\n').map((line, i) => new TextRun({ ...options, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

interface TableOptions {
  /** Columns whose cells are right-aligned numbers. */
  numeric?: number[];
  /** Rows (of the body) set in bold. */
  bold?: number[];
}

function table(head: string[], rows: string[][], options: TableOptions = {}): Table {
  const numeric = new Set(options.numeric ?? []);
  const bold = new Set(options.bold ?? []);
  const cell = (text: string, column: number, header: boolean, strong: boolean) =>
    new TableCell({
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'DCE3EF' } : undefined,
      margins: { top: 40, bottom: 40, left: 100, right: 100 },
      children: [
        new Paragraph({
          style: 'TableText',
          alignment: numeric.has(column) ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: clean(text), bold: header || strong, rightToLeft: on(startsRtl(text)) })],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h, i) => cell(h, i, true, false)) }),
      ...rows.map((r, ri) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false, bold.has(ri))) })),
    ],
  });
}
