// PDF clippings (print clippings, e-paper pages) through Mozilla's pdf.js: the text layer, read line by line and
// broken into paragraphs where the vertical gap between lines grows. A scan without a text layer, or a
// password-protected file, is refused with a sentence that says so.
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ExtractedArticle } from '../article';
import { ClipError, inputFailure } from '../errors';
import { articleFromText } from '../from-text';
import { normalizeDateTime } from '../html/dates';
import { checkPdfStreams } from './pdf-streams';

interface TextItem {
  str: string;
  transform: number[];
  height: number;
  hasEOL?: boolean;
}

type PdfJs = typeof PdfJsModule;
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
// pdf.js is large; it loads the first time a PDF arrives, not when the app starts.
let pdfjs: Promise<PdfJs> | undefined;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** PDF dates look like D:20240326101500+04'00'. */
function pdfDate(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const m = /^D:(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(raw);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  if (!h) return `${y}-${mo}-${d}`;
  const offset = !zone ? '' : zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.replace(/'/g, '').slice(3, 5)}`;
  return normalizeDateTime(`${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${offset}`) ?? null;
}

/** Lines in reading order, with a paragraph break where the gap to the previous line is clearly larger. */
function pageText(items: TextItem[]): string {
  const lines: Array<{ y: number; height: number; text: string }> = [];
  let current: { y: number; height: number; text: string } | undefined;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    if (!current || Math.abs(current.y - y) > Math.max(2, item.height * 0.5)) {
      if (current && current.text.trim() !== '') lines.push(current);
      current = { y, height: item.height || 10, text: '' };
    }
    current.text += item.str;
    if (item.hasEOL) {
      if (current.text.trim() !== '') lines.push(current);
      current = undefined;
    }
  }
  if (current && current.text.trim() !== '') lines.push(current);

  const gaps = lines.slice(1).map((line, i) => Math.abs(lines[i]!.y - line.y)).filter((g) => g > 0).sort((a, b) => a - b);
  // The usual gap between two lines of one paragraph: the lower quartile, since paragraph gaps can be as common.
  const usual = gaps[Math.floor(gaps.length / 4)] ?? 12;
  let text = '';
  lines.forEach((line, i) => {
    if (i > 0) {
      const gap = Math.abs(lines[i - 1]!.y - line.y);
      const previous = lines[i - 1]!.text.trim();
      // Hyphenated line ends join the word back together.
      if (gap > usual * 1.4) text += '\n\n';
      else if (/\p{L}-$/u.test(previous)) text = text.replace(/-$/, '');
      else text += ' ';
    }
    text += line.text.trim();
  });
  return text;
}

/**
 * What one PDF may hold. A clipping is a few pages, an e-paper edition a few hundred; a 100,000-page file took
 * pdf.js more than five minutes. The text cap is the one a text file has (SIZE_LIMITS.text).
 */
export const PDF_LIMITS = {
  pages: 2_000,
  textChars: 20_000_000,
};

/** pdf.js's verdict on a damaged file, as a sentence; its own words stay with the error for the log. */
function damaged(name: string, err: unknown): ClipError {
  return inputFailure(err, 'MALFORMED', `${name} is damaged: its structure could not be read as a PDF.`);
}

async function readPage(doc: PdfDocument, n: number): Promise<string> {
  const page = await doc.getPage(n);
  const content = await page.getTextContent();
  page.cleanup();
  return pageText(content.items.flatMap((i) => ('str' in i ? [i as TextItem] : [])));
}

export async function articlesFromPdf(name: string, bytes: Uint8Array): Promise<ExtractedArticle[]> {
  checkPdfStreams(name, bytes);
  const { getDocument } = await loadPdfJs();
  let doc;
  try {
    doc = await getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      // Text extraction never needs an image; these keep pdf.js from decoding any.
      maxImageSize: 1,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      enableXfa: false,
      verbosity: 0,
    }).promise;
  } catch (err) {
    const kind = (err as { name?: string }).name;
    if (kind === 'PasswordException') throw new ClipError('ENCRYPTED', `${name} is protected by a password; open it, save an unprotected copy and import that.`);
    throw damaged(name, err);
  }
  try {
    if (doc.numPages > PDF_LIMITS.pages) {
      throw new ClipError(
        'TOO_MANY_PAGES',
        `${name} has ${doc.numPages.toLocaleString('en')} pages, more than the ${PDF_LIMITS.pages.toLocaleString('en')} Verbatim reads from one PDF; split it, or save the pages with the article as a PDF of their own.`,
      );
    }
    const pages: string[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const text = await readPage(doc, n).catch((err: unknown) => {
        throw damaged(name, err);
      });
      chars += text.length;
      if (chars > PDF_LIMITS.textChars) {
        throw new ClipError('TOO_LARGE', `${name} holds more than ${PDF_LIMITS.textChars.toLocaleString('en')} characters of text (past page ${n}), more than Verbatim reads from one PDF.`);
      }
      pages.push(text);
    }
    const raw = pages.join('\n\n');
    if (raw.replace(/\s/g, '').length < 20) {
      throw new ClipError('NO_TEXT_LAYER', `${name} has no text layer (it is a scan or a picture of text); run it through OCR first, or paste the text.`);
    }
    // Damaged metadata costs the title and byline, not the article.
    const info = ((await doc.getMetadata().catch(() => undefined))?.info ?? {}) as unknown as Record<string, unknown>;
    const article = articleFromText(raw);
    const title = typeof info.Title === 'string' && info.Title.trim().length > 3 && !/^untitled|\.(docx?|pdf|indd)$/i.test(info.Title.trim()) ? info.Title.trim() : null;
    // The headline is often both the document's Title and the first line of its text; once is enough.
    const paragraphs = article.text.split('\n\n');
    const fold = (t: string) => t.toLocaleLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();
    const text = title && paragraphs.length > 1 && fold(paragraphs[0]!) === fold(title) ? paragraphs.slice(1).join('\n\n') : article.text;
    return [
      {
        ...article,
        text,
        title: title ?? article.title,
        titleProvisional: title === null,
        byline: typeof info.Author === 'string' && info.Author.trim() ? info.Author.trim() : null,
        publishedAt: article.publishedAt ?? pdfDate(info.CreationDate),
      },
    ];
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
