// What a page says about itself: meta tags (Open Graph, Dublin Core, article:*, parsely, sailthru), JSON-LD
// (schema.org NewsArticle and its kin), <time>, <link rel=canonical>, <html lang dir>. Read before Readability
// runs, because Readability takes the document apart.
import type { HtmlDocument } from './dom';
import { safeWebUrl } from '../safe-url';
import { normalizeDateTime } from './dates';

export interface PageMetadata {
  title?: string | undefined;
  byline?: string | undefined;
  siteName?: string | undefined;
  publishedAt?: string | undefined;
  language?: string | undefined;
  canonicalUrl?: string | undefined;
  dir?: 'ltr' | 'rtl' | undefined;
  description?: string | undefined;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** How deep the walk into JSON-LD goes (arrays, @graph, mainEntity); real pages use two or three levels. */
const JSON_LD_DEPTH = 8;

const ARTICLE_TYPES = /^(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|LiveBlogPosting|TechArticle|ScholarlyArticle|SocialMediaPosting|Report)$/;

function metaMap(doc: HtmlDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      for (const key of (meta.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key && !map.has(key)) map.set(key, content);
      }
    }
  }
  return map;
}

function first(map: Map<string, string>, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = map.get(key);
    if (value) return value;
  }
  return undefined;
}

function jsonLdItems(doc: HtmlDocument): Array<Record<string, Json>> {
  const items: Array<Record<string, Json>> = [];
  // Real JSON-LD nests a few levels; a page's script can nest thousands, so the walk stops at JSON_LD_DEPTH.
  const visit = (node: Json, depth: number) => {
    if (depth > JSON_LD_DEPTH) return;
    if (Array.isArray(node)) node.forEach((n) => visit(n, depth + 1));
    else if (node && typeof node === 'object') {
      items.push(node);
      if (node['@graph']) visit(node['@graph'], depth + 1);
      if (node.mainEntity) visit(node.mainEntity, depth + 1);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      // Some sites wrap JSON-LD in CDATA or HTML comments.
      visit(JSON.parse((script.textContent ?? '').replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, '')) as Json, 0);
    } catch {
      // Malformed JSON-LD is common; the page's other metadata still counts.
    }
  }
  return items;
}

function typesOf(item: Record<string, Json>): string[] {
  const type = item['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function nameOf(value: Json | undefined, depth = 0): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    // A list of authors is a level or two deep; lists nested beyond JSON_LD_DEPTH name no one (and could exceed the stack).
    if (depth >= JSON_LD_DEPTH) return undefined;
    const names = value.map((v) => nameOf(v, depth + 1)).filter((n): n is string => n !== undefined);
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object' && typeof value.name === 'string') return value.name.trim() || undefined;
  return undefined;
}

function stringOf(value: Json | undefined): string | undefined {
  return typeof value === 'string' ? value.trim() || undefined : undefined;
}

export function primaryLanguage(tag: string | null | undefined): string | undefined {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/** A canonical or og:url address, resolved against the page's: kept only when it is a well-formed web address. */
function absolute(url: string | null | undefined, base: string | undefined): string | undefined {
  return safeWebUrl(url, base) ?? undefined;
}

export function readMetadata(doc: HtmlDocument, pageUrl?: string): PageMetadata {
  const meta = metaMap(doc);
  const ld = jsonLdItems(doc);
  const article = ld.find((item) => typesOf(item).some((t) => ARTICLE_TYPES.test(t)));

  const timeElement = doc.querySelector('time[pubdate][datetime], article time[datetime], time[itemprop="datePublished"], time[datetime]');
  const published =
    normalizeDateTime(stringOf(article?.datePublished)) ??
    normalizeDateTime(
      first(meta, [
        'article:published_time', 'og:article:published_time', 'datepublished', 'parsely-pub-date', 'sailthru.date',
        'pubdate', 'publishdate', 'publish-date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'date', 'article.published', 'published_time', 'og:published_time',
      ]),
    ) ??
    normalizeDateTime(timeElement?.getAttribute('datetime'));

  const html = doc.documentElement;
  const dirAttr = (html?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  const publisher = article?.publisher;

  return {
    title: stringOf(article?.headline) ?? first(meta, ['og:title', 'twitter:title', 'dc.title']),
    byline: nameOf(article?.author) ?? first(meta, ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl']),
    siteName: first(meta, ['og:site_name', 'application-name']) ?? nameOf(publisher),
    publishedAt: published,
    language: primaryLanguage(html?.getAttribute('lang')) ?? primaryLanguage(first(meta, ['content-language', 'dc.language', 'language', 'og:locale'])) ?? primaryLanguage(stringOf(article?.inLanguage)),
    canonicalUrl: absolute(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), pageUrl) ?? absolute(first(meta, ['og:url']), pageUrl),
    dir: dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : undefined,
    description: first(meta, ['og:description', 'description', 'twitter:description']),
  };
}
