// A web page to an article. Readability (Mozilla's, the engine of Firefox Reader View) finds the article's body
// on a linkedom DOM; the page's metadata fills in title, byline, outlet, date, language and canonical address;
// the body then goes through the same clean-up as pasted text (page furniture, trailing signature).
import { Readability } from '@mozilla/readability';
import type { ExtractedArticle } from '../article';
import { guessLanguage } from '../language';
import { findOriginalPublication } from '../original-publication';
import { analysePaste } from '../paste';
import { hostName } from '../url-key';
import { dateFromUrl, normalizeDateTime } from './dates';
import { parseDocument } from './dom';
import { primaryLanguage, readMetadata } from './metadata';
import { sanitizeArticleHtml } from './sanitize';
import { htmlToParagraphs } from './to-text';

/** Scripts whose languages a page's declared (often template-wide) lang="en" cannot be right about. */
const NON_LATIN = new Set(['ru', 'uk', 'zh', 'ja', 'ko', 'ar', 'he', 'el', 'hy', 'ka', 'th', 'hi']);

function cleanByline(byline: string | null | undefined): string | null {
  const cleaned = byline
    ?.replace(/\s+/g, ' ')
    .replace(/^(?:by|von|par|por|автор:?)\s+/i, '')
    .trim();
  return cleaned && cleaned.length <= 200 ? cleaned : null;
}

function chooseLanguage(declared: string | undefined, text: string): string | null {
  const guessed = guessLanguage(text);
  if (!declared) return guessed;
  if (guessed && NON_LATIN.has(guessed) !== NON_LATIN.has(declared)) return guessed;
  return declared;
}

function sameText(a: string, b: string): boolean {
  const fold = (s: string) => s.toLocaleLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();
  return fold(a) === fold(b);
}

export function extractFromHtml(html: string, options: { url?: string | undefined } = {}): ExtractedArticle {
  const url = options.url;
  const doc = parseDocument(html);
  const meta = readMetadata(doc, url);
  // Readability reads the document's address to resolve links; linkedom has none unless we give one.
  const parsed = new Readability(doc, { charThreshold: 250, keepClasses: false }).parse();

  const content = parsed?.content ? parseDocument(parsed.content).body : parseDocument(html).body;
  const paragraphs = content ? htmlToParagraphs(content) : [];
  const title = (parsed?.title || meta.title || '').replace(/\s+/g, ' ').trim();
  // The headline often opens the extracted body too; once is enough.
  if (title && paragraphs[0] && sameText(paragraphs[0], title)) paragraphs.shift();

  const analysis = analysePaste(paragraphs.join('\n\n'), { detectHeadline: false });
  const text = analysis.text;
  const canonicalUrl = meta.canonicalUrl ?? null;
  const declaredLanguage = primaryLanguage(parsed?.lang) ?? meta.language;

  return {
    title: title || analysis.title,
    titleProvisional: !title,
    byline: cleanByline(parsed?.byline ?? meta.byline),
    outlet: meta.siteName ?? parsed?.siteName ?? analysis.outlet ?? hostName(canonicalUrl ?? url) ?? null,
    publishedAt: meta.publishedAt ?? normalizeDateTime(parsed?.publishedTime) ?? dateFromUrl(canonicalUrl ?? url) ?? analysis.publishedAt,
    language: chooseLanguage(declaredLanguage, text),
    text,
    html: parsed?.content ? sanitizeArticleHtml(parsed.content, canonicalUrl ?? url) : null,
    url: url ?? canonicalUrl,
    canonicalUrl,
    dir: parsed?.dir === 'rtl' || parsed?.dir === 'ltr' ? parsed.dir : (meta.dir ?? null),
    originalPublication: findOriginalPublication(text) ?? null,
    removed: analysis.removed,
  };
}
