// RSS 2.0, RSS 1.0 (RDF) and Atom feeds, parsed with fast-xml-parser. An item whose content is the whole
// article becomes a clip as it is; an item with only a summary is marked so that the feed poller fetches its page.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ExtractedArticle } from '../article';
import { ClipError, inputFailure } from '../errors';
import { normalizeDateTime } from '../html/dates';
import { parseDocument } from '../html/dom';
import { extractFromHtml } from '../html/extract';
import { htmlToParagraphs } from '../html/to-text';
import { guessLanguage } from '../language';
import { safeWebUrl } from '../safe-url';
import { hostName } from '../url-key';
import { FEED_LIMITS, tooManyItems, withoutDoctype } from './feed-limits';

export interface FeedItem {
  /** The item's identity across polls: its GUID or id, else its link, else its title and date. */
  guid: string;
  title: string;
  link: string | null;
  publishedAt: string | null;
  author: string | null;
  /** The item's HTML (content:encoded, Atom content, or the description). */
  html: string;
  /** True when the item carries only a summary and the article must be fetched from its link. */
  summaryOnly: boolean;
}

export interface ParsedFeed {
  title: string;
  link: string | null;
  language: string | null;
  items: FeedItem[];
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  removeNSPrefix: false,
  processEntities: true,
  htmlEntities: true,
  trimValues: true,
  isArray: (name) => ['item', 'entry', 'link', 'category', 'author'].includes(name),
});

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'object') return text((value as Node)['#text']);
  return '';
}

function atomLink(links: unknown): string | null {
  const list = (Array.isArray(links) ? links : [links]) as Array<Node | string>;
  const alternate = list.find((l) => typeof l === 'object' && l !== null && (!l['@rel'] || l['@rel'] === 'alternate'));
  const href = typeof alternate === 'object' ? alternate['@href'] : undefined;
  if (typeof href === 'string') return href;
  const plain = list.find((l) => typeof l === 'string');
  return typeof plain === 'string' ? plain : null;
}

function plainLength(html: string): number {
  const body = parseDocument(html).body;
  return body ? htmlToParagraphs(body).join(' ').length : 0;
}

/** A feed's item is the full article when its content is long enough to be one. */
const FULL_ARTICLE_CHARS = 500;

export function parseFeed(name: string, raw: string): ParsedFeed {
  const xml = withoutDoctype(name, raw);
  const valid = XMLValidator.validate(xml.trim());
  if (valid !== true) {
    throw new ClipError('MALFORMED', `${name} is not a feed: it is not well-formed XML (${valid.err.msg} at line ${valid.err.line}).`);
  }
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    throw inputFailure(err, 'MALFORMED', `${name} is not a feed Verbatim can read: its XML could not be parsed.`);
  }
  const rss = doc.rss as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  if (!rss && !rdf && !atom) throw new ClipError('MALFORMED', `${name} is XML but not an RSS or Atom feed.`);

  if (atom) {
    const entries = (atom.entry as Node[] | undefined) ?? [];
    if (entries.length > FEED_LIMITS.items) throw tooManyItems(name, entries.length);
    return {
      title: text(atom.title),
      link: safeWebUrl(atomLink(atom.link)),
      language: text(atom['@xml:lang']) || null,
      items: entries.map((entry) => {
        const link = atomLink(entry.link);
        const content = text(entry.content);
        const summary = text(entry.summary);
        const html = content || summary;
        return {
          guid: text(entry.id) || link || `${text(entry.title)}|${text(entry.updated)}`,
          title: text(entry.title),
          // Only a web address is kept (the guid above may use any): it is fetched, stored and linked to.
          link: safeWebUrl(link),
          publishedAt: normalizeDateTime(text(entry.published) || text(entry.updated)) ?? null,
          author: text((entry.author as Node[] | undefined)?.[0]?.name) || null,
          html,
          summaryOnly: plainLength(html) < FULL_ARTICLE_CHARS,
        };
      }),
    };
  }

  const channel = ((rss?.channel ?? rdf?.channel) as Node | undefined) ?? {};
  const items = ((rss ? channel.item : rdf?.item) as Node[] | undefined) ?? [];
  if (items.length > FEED_LIMITS.items) throw tooManyItems(name, items.length);
  return {
    title: text(channel.title),
    link: safeWebUrl(text(channel.link)),
    language: text(channel.language) || text(channel['dc:language']) || null,
    items: items.map((item) => {
      const link = text(item.link) || null;
      const content = text(item['content:encoded']);
      const description = text(item.description);
      const html = content || description;
      return {
        guid: text(item.guid) || text(item['@rdf:about']) || link || `${text(item.title)}|${text(item.pubDate)}`,
        title: text(item.title),
        link: safeWebUrl(link),
        publishedAt: normalizeDateTime(text(item.pubDate) || text(item['dc:date'])) ?? null,
        author: text(item['dc:creator']) || text(item.author) || null,
        html,
        summaryOnly: plainLength(html) < FULL_ARTICLE_CHARS,
      };
    }),
  };
}

/** A feed item as an article, from what the feed itself carries. */
export function articleFromFeedItem(item: FeedItem, feed: ParsedFeed): ExtractedArticle {
  // FeedItem is a plain shape that callers may build themselves: its link is checked here as well.
  const link = safeWebUrl(item.link);
  const extracted = item.html ? extractFromHtml(`<html><body><article>${item.html}</article></body></html>`, { url: link ?? undefined }) : undefined;
  const text = extracted?.text || item.title;
  return {
    title: item.title || extracted?.title || 'Untitled item',
    titleProvisional: !item.title,
    byline: item.author,
    outlet: feed.title || hostName(feed.link) || hostName(link) || null,
    publishedAt: item.publishedAt ?? extracted?.publishedAt ?? null,
    language: (feed.language?.split(/[-_]/)[0]?.toLowerCase() || null) ?? guessLanguage(text),
    text,
    html: extracted?.html ?? null,
    url: link,
    canonicalUrl: null,
    dir: extracted?.dir ?? null,
    originalPublication: extracted?.originalPublication ?? null,
    removed: [],
  };
}

export function articlesFromFeedXml(name: string, xml: string): ExtractedArticle[] {
  const feed = parseFeed(name, xml);
  if (feed.items.length === 0) throw new ClipError('EMPTY_INPUT', `${name} is a feed with no items.`);
  return feed.items.map((item) => articleFromFeedItem(item, feed));
}
