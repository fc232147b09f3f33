// A web page to an article. Readability (Mozilla's, the engine of Firefox Reader View) finds the article's body
// on a linkedom DOM; the page's metadata fills in title, byline, outlet, date, language and canonical address;
// the body then goes through the same clean-up as pasted text (page furniture, trailing signature).
import { Readability } from '@mozilla/readability';
import type { ExtractedArticle } from '../article';
import { findDates } from '../dates';
import { inputFailure } from '../errors';
import { guessLanguage } from '../language';
import { findOriginalPublication } from '../original-publication';
import { firstOutletName } from '../outlet-name';
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

/** A short line that is only the byline, perhaps with "By" and a date: "By Aigerim Sadykova · 14 February 2025". */
function isBylineLine(paragraph: string, byline: string | null): boolean {
  if (!byline || paragraph.length > 160) return false;
  const rest = paragraph.replace(byline, ' ').replace(/^\s*(?:by|von|par|por|автор:?)\b/i, ' ');
  if (rest === paragraph) return false;
  const withoutDates = findDates(rest).reduceRight((text, d) => text.slice(0, d.index) + text.slice(d.index + d.length), rest);
  return withoutDates.replace(/[\s\p{P}\d:|·•]+/gu, '').length === 0 || /^[\s\p{P}·|•]*(?:updated|published|\d)/iu.test(withoutDates);
}

/**
 * "Headline – Site name": the site's name goes. A part is the site's name when it is the page's og:site_name,
 * or when the page's <h1> repeats the headline before it, or when it is a short tail after a longer headline.
 */
function cleanTitle(title: string, siteName: string | null | undefined, headings: string[]): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  if (headings.some((h) => sameText(parts[0]!, h))) return parts[0]!;
  if (siteName) {
    const kept = parts.filter((p) => !sameText(p, siteName));
    if (kept.length > 0 && kept.length < parts.length) return kept.join(' – ');
  }
  const words = (p: string) => p.split(/\s+/).length;
  const head = parts[0]!;
  const tail = parts.slice(1);
  if (words(head) >= 4 && tail.every((p) => words(p) <= 4)) return head;
  return title;
}

function sameText(a: string, b: string): boolean {
  const fold = (s: string) => s.toLocaleLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();
  return fold(a) === fold(b);
}

export interface HtmlOptions {
  /** The page's address, to resolve links and to recognise the same article again. */
  url?: string | undefined;
  /** What the person calls this input (a file's name), for the sentence that says why it could not be read. */
  name?: string | undefined;
}

/**
 * The article in a page. Whatever the parser or Readability throw on damaged markup becomes a ClipError that says
 * so; every way in (files, fetched pages, feeds, e-mail, pasted rich HTML) comes through here.
 */
export function extractFromHtml(html: string, options: HtmlOptions = {}): ExtractedArticle {
  try {
    return extractArticle(html, options.url);
  } catch (err) {
    throw inputFailure(err, 'MALFORMED', `${options.name ?? 'This page'} could not be read: its markup is damaged in a way the page reader cannot follow.`);
  }
}

function extractArticle(html: string, url: string | undefined): ExtractedArticle {
  const doc = parseDocument(html);
  const meta = readMetadata(doc, url);
  const headings = Array.from(doc.querySelectorAll('h1')).map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim());
  // Readability reads the document's address to resolve links; linkedom has none unless we give one.
  const parsed = new Readability(doc, { keepClasses: false }).parse();

  const content = parsed?.content ? parseDocument(parsed.content).body : parseDocument(html).body;
  const paragraphs = content ? htmlToParagraphs(content) : [];
  const byline = cleanByline(parsed?.byline ?? meta.byline);
  // The document's own <title> keeps the "| Site" suffix that Readability's title may have cut.
  const pageTitle = doc.querySelector('title')?.textContent ?? meta.title;
  const siteName = firstOutletName([meta.siteName, parsed?.siteName], { title: pageTitle, byline });
  const title = cleanTitle((parsed?.title || meta.title || headings[0] || '').replace(/\s+/g, ' ').trim(), siteName, headings);
  // The headline often opens the extracted body too; once is enough.
  if (title && paragraphs[0] && sameText(paragraphs[0], title)) paragraphs.shift();
  const removed: string[] = [];
  // So does a byline line ("By Aigerim Sadykova · 14 February 2025") when the byline came from the metadata.
  const bylineAt = paragraphs.slice(0, 3).findIndex((p) => isBylineLine(p, byline));
  if (bylineAt >= 0) removed.push(...paragraphs.splice(bylineAt, 1));

  const analysis = analysePaste(paragraphs.join('\n\n'), { detectHeadline: false });
  const text = analysis.text;
  const canonicalUrl = meta.canonicalUrl ?? null;
  const declaredLanguage = primaryLanguage(parsed?.lang) ?? meta.language;

  return {
    title: title || analysis.title,
    titleProvisional: !title,
    byline,
    outlet: siteName ?? firstOutletName([analysis.outlet], { byline }) ?? hostName(canonicalUrl ?? url) ?? null,
    publishedAt: meta.publishedAt ?? normalizeDateTime(parsed?.publishedTime) ?? dateFromUrl(canonicalUrl ?? url) ?? analysis.publishedAt,
    language: chooseLanguage(declaredLanguage, text),
    text,
    html: parsed?.content ? sanitizeArticleHtml(parsed.content, canonicalUrl ?? url) : null,
    url: url ?? canonicalUrl,
    canonicalUrl,
    dir: parsed?.dir === 'rtl' || parsed?.dir === 'ltr' ? parsed.dir : (meta.dir ?? null),
    originalPublication: findOriginalPublication(text) ?? null,
    removed: [...removed, ...analysis.removed],
  };
}
