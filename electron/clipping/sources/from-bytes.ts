// One file (or a fetched body) to the articles in it: a page, a saved page, text, an e-mail (one article or a
// digest of several), a PDF, or a clip log. Every way it can be wrong becomes a ClipError that names the input.
import type { ExtractedArticle } from '../article';
import { decodeBytes } from '../decode';
import { ClipError, megabytes } from '../errors';
import { articleFromText } from '../from-text';
import { extractFromHtml } from '../html/extract';
import { looksBinary } from '../normalize';
import { articlesFromEmail } from './from-email';
import { articlesFromFeedXml } from './from-feed';
import { articlesFromCsv, articlesFromXlsx } from './from-list';
import { articlesFromPdf } from './from-pdf';
import { headerText, parseMime } from './mime';
import { type InputKind, sniffKind } from './sniff';

export interface InputHints {
  /** Where the bytes came from, to resolve links and to recognise the same article again. */
  url?: string | undefined;
  /** The Content-Type header, with its charset. */
  contentType?: string | undefined;
}

/** The largest input of each kind worth reading: far beyond any real article, well short of exhausting memory. */
export const SIZE_LIMITS: Record<InputKind, number> = {
  html: 20 * 1024 * 1024,
  mhtml: 60 * 1024 * 1024,
  email: 60 * 1024 * 1024,
  pdf: 200 * 1024 * 1024,
  csv: 50 * 1024 * 1024,
  xlsx: 50 * 1024 * 1024,
  zip: 1024 * 1024 * 1024,
  feed: 20 * 1024 * 1024,
  text: 20 * 1024 * 1024,
  binary: 0,
};

const KIND_NAMES: Record<InputKind, string> = {
  html: 'web page',
  mhtml: 'saved web page',
  email: 'e-mail',
  pdf: 'PDF',
  csv: 'CSV clip list',
  xlsx: 'Excel clip list',
  zip: 'zip archive',
  feed: 'feed',
  text: 'text file',
  binary: 'binary file',
};

function needText(name: string, article: ExtractedArticle): ExtractedArticle {
  if (article.text.trim() === '') throw new ClipError('NO_ARTICLE', `${name} holds no article text (only page furniture, or nothing at all).`);
  return article;
}

function htmlArticle(name: string, bytes: Uint8Array, hints: InputHints): ExtractedArticle {
  const { text } = decodeBytes(bytes, { declared: hints.contentType ? /charset=([^;]+)/i.exec(hints.contentType)?.[1] : undefined, html: true });
  if (looksBinary(text)) throw new ClipError('BINARY_INPUT', `${name} is not a web page: its content is binary.`);
  if (!/<[a-z!][^>]*>/i.test(text)) return needText(name, articleFromText(text));
  return needText(name, extractFromHtml(text, { url: hints.url, name }));
}

export async function articlesFromBytes(name: string, bytes: Uint8Array, hints: InputHints = {}): Promise<ExtractedArticle[]> {
  if (bytes.length === 0) throw new ClipError('EMPTY_INPUT', `${name} is empty: there is nothing to clip.`);
  const kind = sniffKind(name, bytes);
  if (kind === 'binary') {
    throw new ClipError('BINARY_INPUT', `${name} is not something Verbatim can clip: its content is binary, not a web page, text, e-mail, PDF or clip list.`);
  }
  if (bytes.length > SIZE_LIMITS[kind]) {
    throw new ClipError('TOO_LARGE', `${name} is ${megabytes(bytes.length)}, more than the ${megabytes(SIZE_LIMITS[kind])} a ${KIND_NAMES[kind]} may be.`);
  }
  switch (kind) {
    case 'html':
      return [htmlArticle(name, bytes, hints)];
    case 'mhtml': {
      const mail = await parseMime(name, bytes);
      const html = typeof mail.html === 'string' ? mail.html : '';
      if (html.trim() === '') throw new ClipError('NO_ARTICLE', `${name} is a saved page without an HTML part.`);
      const url = hints.url ?? headerText(mail, 'snapshot-content-location') ?? headerText(mail, 'content-location');
      return [needText(name, extractFromHtml(html, { url, name }))];
    }
    case 'email':
      return articlesFromEmail(name, bytes);
    case 'pdf':
      return articlesFromPdf(name, bytes);
    case 'csv':
      return articlesFromCsv(name, bytes);
    case 'xlsx':
      return articlesFromXlsx(name, bytes);
    case 'feed':
      return articlesFromFeedXml(name, decodeBytes(bytes).text);
    case 'zip':
      throw new ClipError('UNSUPPORTED_FILE', `${name} is a zip archive: import it as a batch (verbatim import, or drop it on the window), not as one clip.`);
    case 'text': {
      const { text } = decodeBytes(bytes, { declared: hints.contentType ? /charset=([^;]+)/i.exec(hints.contentType)?.[1] : undefined });
      if (looksBinary(text)) throw new ClipError('BINARY_INPUT', `${name} is not text: its content is binary.`);
      if (text.trim() === '') throw new ClipError('EMPTY_INPUT', `${name} holds only white space: there is nothing to clip.`);
      return [needText(name, articleFromText(text))];
    }
  }
}
