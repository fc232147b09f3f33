// Feed subscriptions: subscribe (by the feed's address, or a page that advertises one), poll on demand or on
// schedule, and clip what is new. An unchanged feed costs one conditional request (ETag, Last-Modified); items
// already seen (by GUID) are skipped; an item that carries only a summary has its page fetched and extracted.
import { randomUUID } from 'node:crypto';
import { FeedStore, type FeedRecord } from '../../db/feeds';
import { RouteError } from '../api/errors';
import type { FeedInfo, FeedPollResult, ImportFailure } from '../api/types';
import type { ExtractedArticle } from '../clipping/article';
import { decodeBytes } from '../clipping/decode';
import { ClipError } from '../clipping/errors';
import { type FetchedPage, type FetchOptions, fetchPage, parseWebUrl } from '../clipping/fetch-url';
import { parseDocument } from '../clipping/html/dom';
import { articleFromFeedItem, type FeedItem, type ParsedFeed, parseFeed } from '../clipping/sources/from-feed';
import { sniffKind } from '../clipping/sources/sniff';
import { extractUrlWith } from '../extraction/inputs';
import type { PrefoundStatements } from '../extraction/task';
import type { LibraryService } from '../library/service';

function toInfo(feed: FeedRecord): FeedInfo {
  const { etag: _etag, lastModified: _lastModified, ...info } = feed;
  return info;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A web page that advertises its feed: <link rel="alternate" type="application/rss+xml" href="…">. */
function advertisedFeed(page: FetchedPage): string | undefined {
  const doc = parseDocument(decodeBytes(page.bytes, { html: true, declared: page.contentType }).text);
  const link = doc.querySelector('link[rel~="alternate"][type="application/rss+xml"], link[rel~="alternate"][type="application/atom+xml"]');
  const href = link?.getAttribute('href');
  return href ? new URL(href, page.url).toString() : undefined;
}

export class FeedService {
  readonly store: FeedStore;
  private readonly running = new Map<string, Promise<FeedPollResult>>();

  constructor(
    private readonly library: LibraryService,
    private readonly fetchOptions: FetchOptions = {},
  ) {
    this.store = new FeedStore(library.library.db);
  }

  list(): FeedInfo[] {
    return this.store.list().map(toInfo);
  }

  /** Subscribes to a feed and polls it at once. A page that advertises a feed subscribes to that feed. */
  async subscribe(address: string, pollMinutes = 60): Promise<{ feed: FeedInfo; poll: FeedPollResult }> {
    let url = parseWebUrl(address).toString();
    if (this.store.findByUrl(url)) throw new RouteError('CONFLICT', `You already follow ${url}.`);
    let page = await fetchPage(url, this.fetchOptions);
    if (sniffKind(url, page.bytes) !== 'feed') {
      const advertised = sniffKind(url, page.bytes) === 'html' ? advertisedFeed(page) : undefined;
      if (!advertised) throw new ClipError('MALFORMED', `${url} is not an RSS or Atom feed, and the page does not name one.`);
      url = advertised;
      if (this.store.findByUrl(url)) throw new RouteError('CONFLICT', `You already follow ${url}.`);
      page = await fetchPage(url, this.fetchOptions);
    }
    const parsed = parseFeed(url, decodeBytes(page.bytes, { declared: page.contentType }).text);
    const feed = this.store.insert({ id: randomUUID(), url, title: parsed.title || null, siteUrl: parsed.link, pollMinutes });
    const poll = await this.clipNew(feed, page, parsed);
    return { feed: toInfo(this.store.get(feed.id)), poll };
  }

  update(id: string, changes: { pollMinutes?: number | undefined; paused?: boolean | undefined; title?: string | undefined }): FeedInfo {
    return toInfo(this.store.update(id, changes));
  }

  remove(id: string): number {
    return this.store.remove(id);
  }

  /** Polls one feed now. Two polls of the same feed at once share one request. */
  poll(id: string, signal?: AbortSignal): Promise<FeedPollResult> {
    const inFlight = this.running.get(id);
    if (inFlight) return inFlight;
    const run = this.pollNow(this.store.get(id), signal).finally(() => this.running.delete(id));
    this.running.set(id, run);
    return run;
  }

  /** Polls every feed whose interval has passed. */
  async pollDue(signal?: AbortSignal): Promise<FeedPollResult[]> {
    const results: FeedPollResult[] = [];
    for (const feed of this.store.due()) {
      if (signal?.aborted) break;
      results.push(await this.poll(feed.id, signal));
    }
    return results;
  }

  private async pollNow(feed: FeedRecord, signal?: AbortSignal): Promise<FeedPollResult> {
    const title = feed.title ?? feed.url;
    let page: FetchedPage;
    try {
      page = await fetchPage(feed.url, { ...this.fetchOptions, etag: feed.etag, lastModified: feed.lastModified, ...(signal && { signal }) });
    } catch (err) {
      this.store.recordPoll(feed.id, { error: messageOf(err) });
      return { feedId: feed.id, title, notModified: false, newItems: 0, imported: 0, duplicates: 0, failed: [], error: messageOf(err) };
    }
    if (page.notModified) {
      this.store.recordPoll(feed.id, {});
      return { feedId: feed.id, title, notModified: true, newItems: 0, imported: 0, duplicates: 0, failed: [], error: null };
    }
    let parsed: ParsedFeed;
    try {
      parsed = parseFeed(feed.url, decodeBytes(page.bytes, { declared: page.contentType }).text);
    } catch (err) {
      this.store.recordPoll(feed.id, { error: messageOf(err) });
      return { feedId: feed.id, title, notModified: false, newItems: 0, imported: 0, duplicates: 0, failed: [], error: messageOf(err) };
    }
    return this.clipNew(feed, page, parsed, signal);
  }

  /** The item as an article: fetched from its page when the feed carries only a summary, else as the feed has it. */
  private async itemArticles(item: FeedItem, parsed: ParsedFeed, signal?: AbortSignal): Promise<{ articles: ExtractedArticle[]; found?: PrefoundStatements[]; note: string | null }> {
    const fromFeed = articleFromFeedItem(item, parsed);
    if (!item.summaryOnly || !item.link) return { articles: [fromFeed], note: null };
    try {
      // The page is read in the extraction worker, as every input is; the feed's own fields fill what it lacks.
      const { articles, found } = await extractUrlWith(this.library.extractor, item.link, { ...this.fetchOptions, ...(signal && { signal }) });
      return {
        articles: articles.map((a) => ({ ...a, title: a.title || fromFeed.title, publishedAt: a.publishedAt ?? fromFeed.publishedAt, byline: a.byline ?? fromFeed.byline })),
        found,
        note: null,
      };
    } catch (err) {
      // Offline, or the page would not extract: the feed's summary is still worth keeping.
      return { articles: [fromFeed], note: messageOf(err) };
    }
  }

  private async clipNew(feed: FeedRecord, page: FetchedPage, parsed: ParsedFeed, signal?: AbortSignal): Promise<FeedPollResult> {
    const title = feed.title ?? (parsed.title || feed.url);
    const seen = this.store.seenGuids(feed.id);
    // Feeds list the newest first; clipping the oldest first keeps the library's order natural.
    const fresh = parsed.items.filter((item) => !seen.has(item.guid)).reverse();
    const result: FeedPollResult = { feedId: feed.id, title, notModified: false, newItems: fresh.length, imported: 0, duplicates: 0, failed: [], error: null };
    for (const item of fresh) {
      if (signal?.aborted) break;
      const { articles, found } = await this.itemArticles(item, parsed, signal);
      try {
        const clips = this.library.clipArticles(articles, { kind: 'feed', name: title, original: item.html || null }, found);
        for (const clip of clips) {
          if (clip.status === 'created') result.imported++;
          else result.duplicates++;
        }
        this.store.markSeen(feed.id, item.guid, clips[0]?.article.id ?? null, null);
      } catch (err) {
        const failure: ImportFailure = { name: item.title || item.link || item.guid, code: err instanceof RouteError ? err.code : 'INTERNAL', reason: messageOf(err) };
        result.failed.push(failure);
        this.store.markSeen(feed.id, item.guid, null, failure.reason);
      }
    }
    this.store.recordPoll(feed.id, { etag: page.etag, lastModified: page.lastModified, title: parsed.title || null, siteUrl: parsed.link });
    return result;
  }
}
