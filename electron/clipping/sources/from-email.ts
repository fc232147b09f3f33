// E-mail (.eml): an article forwarded by someone, or an alert digest listing several stories (Google Alerts,
// Meltwater and newsletter-style digests). A digest becomes one clip per story: headline, link, source and snippet.
import type { ParsedMail } from 'mailparser';
import type { ExtractedArticle } from '../article';
import { ClipError } from '../errors';
import { articleFromText } from '../from-text';
import { parseDocument } from '../html/dom';
import { extractFromHtml } from '../html/extract';
import { guessLanguage } from '../language';
import { normalizeText } from '../normalize';
import { safeWebUrl } from '../safe-url';
import { hostName } from '../url-key';
import { FEED_LIMITS, tooManyItems } from './feed-limits';
import { parseMime } from './mime';

const FORWARD_MARKER = /^[-\s]*(?:Forwarded message|Begin forwarded message|Original Message|Пересылаемое сообщение|Переслано)[-\s:]*$/im;
const FORWARD_HEADER = /^(?:From|To|Cc|Date|Sent|Subject|От|Кому|Дата|Тема|Отправлено)\s*:.*$/gim;

/**
 * Alert services wrap each story link in a redirect; the story's own address is in a query parameter. The target is
 * taken only when it is a well-formed web address: anyone can write a redirect to `http://x/><img onerror=…>`.
 */
export function unwrapRedirect(href: string): string {
  try {
    const url = new URL(href);
    for (const key of ['url', 'q', 'u', 'target', 'dest', 'redirect']) {
      const inner = safeWebUrl(url.searchParams.get(key));
      if (inner) return inner;
    }
    return href;
  } catch {
    return href;
  }
}

interface Story {
  title: string;
  url: string;
  outlet: string | null;
  snippet: string;
}

const SKIP_LINK = /unsubscribe|preferences|manage|view in browser|privacy|settings|feedback|see more results|flag as irrelevant|edit this alert|все результаты|отписаться/i;

/** Stories in an HTML digest: links with a headline's length, each followed by a snippet before the next. */
function storiesFromHtml(name: string, html: string): Story[] {
  const doc = parseDocument(html);
  const anchors = Array.from(doc.querySelectorAll('a[href]')).filter((a) => {
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    const href = a.getAttribute('href') ?? '';
    return /^https?:\/\//i.test(href) && text.length >= 15 && text.length <= 250 && text.split(' ').length >= 3 && !SKIP_LINK.test(text);
  });
  // A digest lists tens of stories; each costs a walk of its block, so a message of 100,000 links is refused.
  if (anchors.length > FEED_LIMITS.items) throw tooManyItems(name, anchors.length, 'story links');
  const stories: Story[] = [];
  const seen = new Set<string>();
  for (const anchor of anchors) {
    const url = safeWebUrl(unwrapRedirect(anchor.getAttribute('href')!));
    if (!url || seen.has(url)) continue;
    seen.add(url);
    // The story's block: the nearest ancestor that holds this link and no other story link.
    let block: Element = anchor;
    // The cheap test first: asking <body> for all its links, once per story, cost seconds in a long digest.
    while (block.parentElement && block.parentElement.tagName !== 'BODY' && block.parentElement.querySelectorAll('a[href]').length <= 2) {
      block = block.parentElement;
    }
    const title = (anchor.textContent ?? '').replace(/\s+/g, ' ').trim();
    // What follows the headline in its block, element by element: the source's name first when it is short.
    const segments: string[] = [];
    let after = false;
    const collect = (node: Node) => {
      if (node === anchor) {
        after = true;
        return;
      }
      if (node.nodeType === 3) {
        if (after) segments.push(node.nodeValue ?? '');
        return;
      }
      const children = Array.from(node.childNodes);
      if (after && children.length === 0) return;
      const startsBlock = node.nodeType === 1 && after;
      if (startsBlock) segments.push('\n');
      children.forEach(collect);
      if (startsBlock) segments.push('\n');
    };
    collect(block);
    const parts = segments.join('').split('\n').map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const first = parts[0];
    const outlet = first && first.length <= 40 && first.split(' ').length <= 5 && !/[.!?]$/.test(first) && parts.length > 1 ? first : null;
    const rest = parts.slice(outlet ? 1 : 0).join(' ');
    stories.push({ title, url, outlet: outlet ?? hostName(url) ?? null, snippet: rest });
  }
  return stories;
}

/** Stories in a plain-text digest: blocks of headline, source and snippet, each with a link on a line of its own. */
function storiesFromText(text: string): Story[] {
  const stories: Story[] = [];
  for (const block of normalizeText(text).split(/\n{2,}/)) {
    const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
    const urlLine = lines.findIndex((l) => /^<?https?:\/\/\S+>?$/.test(l));
    if (urlLine < 1) continue;
    const url = safeWebUrl(unwrapRedirect(lines[urlLine]!.replace(/^<|>$/g, '')));
    if (!url) continue;
    const others = lines.filter((_, i) => i !== urlLine);
    const title = others[0]!;
    if (title.split(' ').length < 3 || SKIP_LINK.test(title)) continue;
    const second = others[1];
    const outlet = second && second.length <= 40 && !/[.!?]$/.test(second) ? second : null;
    stories.push({ title, url, outlet: outlet ?? hostName(url) ?? null, snippet: others.slice(outlet ? 2 : 1).join(' ') });
  }
  return stories;
}

function storyArticle(story: Story, sentAt: string | null): ExtractedArticle {
  const text = story.snippet || story.title;
  return {
    title: story.title,
    titleProvisional: false,
    byline: null,
    outlet: story.outlet,
    publishedAt: sentAt,
    language: guessLanguage(`${story.title}. ${text}`),
    text,
    html: null,
    url: story.url,
    canonicalUrl: null,
    dir: null,
    originalPublication: null,
    removed: [],
  };
}

function isoOf(date: Date | undefined): string | null {
  return date && !Number.isNaN(date.getTime()) ? date.toISOString().replace(/\.000Z$/, 'Z') : null;
}

function cleanForwarded(text: string): string {
  const marker = FORWARD_MARKER.exec(text);
  const body = marker ? text.slice(marker.index + marker[0].length) : text;
  return body.replace(FORWARD_HEADER, '').trim();
}

export function articlesFromMail(name: string, mail: ParsedMail): ExtractedArticle[] {
  const sentAt = isoOf(mail.date);
  const html = typeof mail.html === 'string' ? mail.html : '';
  const text = mail.text ?? '';
  if (html.trim() === '' && text.trim() === '') throw new ClipError('NO_ARTICLE', `${name} has no body: the e-mail carries no text to clip.`);

  const stories = html ? storiesFromHtml(name, html) : storiesFromText(text);
  if (stories.length >= 2) return stories.map((s) => storyArticle(s, sentAt));

  // One article, forwarded: the body without the forwarding headers; the subject (without Fwd:) as its title.
  const subject = (mail.subject ?? '').replace(/^(?:\s*(?:fwd?|fw|tr|wg|пересл|re)\s*:\s*)+/i, '').trim();
  const article = html && !/^\s*$/.test(html) && text.trim() === '' ? extractFromHtml(html) : articleFromText(cleanForwarded(text || (parseDocument(html).body?.textContent ?? '')));
  if (article.text.trim() === '') throw new ClipError('NO_ARTICLE', `${name} has no article text in its body.`);
  const firstUrl = /https?:\/\/[^\s<>"]+/.exec(text)?.[0];
  return [
    {
      ...article,
      title: subject || article.title,
      titleProvisional: subject === '',
      publishedAt: article.publishedAt ?? sentAt,
      url: safeWebUrl(article.url) ?? (firstUrl ? safeWebUrl(unwrapRedirect(firstUrl)) : null),
    },
  ];
}

export async function articlesFromEmail(name: string, bytes: Uint8Array): Promise<ExtractedArticle[]> {
  return articlesFromMail(name, await parseMime(name, bytes));
}
