import type { Database } from 'better-sqlite3';
import { LibraryError } from './errors';
import { nowIso } from './time';
import type { FeedRecord } from './types';

export type { FeedRecord } from './types';

type RawFeed = Omit<FeedRecord, 'paused'> & { paused: number };

const COLUMNS = `f.id, f.url, f.title, f.site_url AS siteUrl, f.poll_minutes AS pollMinutes, f.paused, f.etag,
  f.last_modified AS lastModified, f.last_polled_at AS lastPolledAt, f.last_success_at AS lastSuccessAt,
  f.last_error AS lastError, f.created_at AS createdAt,
  (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id) AS itemCount,
  (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id AND i.article_id IS NOT NULL) AS clipCount`;

const toRecord = (raw: RawFeed): FeedRecord => ({ ...raw, paused: raw.paused === 1 });

export class FeedStore {
  constructor(private readonly db: Database) {}

  list(): FeedRecord[] {
    return this.db.prepare<[], RawFeed>(`SELECT ${COLUMNS} FROM feeds f ORDER BY coalesce(f.title, f.url) COLLATE NOCASE`).all().map(toRecord);
  }

  get(id: string): FeedRecord {
    const raw = this.db.prepare<[string], RawFeed>(`SELECT ${COLUMNS} FROM feeds f WHERE f.id = ?`).get(id);
    if (!raw) throw new LibraryError('NOT_FOUND', `There is no feed with the id ${id} in this library; it may have been removed.`);
    return toRecord(raw);
  }

  findByUrl(url: string): FeedRecord | undefined {
    const raw = this.db.prepare<[string], RawFeed>(`SELECT ${COLUMNS} FROM feeds f WHERE f.url = ?`).get(url);
    return raw ? toRecord(raw) : undefined;
  }

  insert(feed: { id: string; url: string; title: string | null; siteUrl: string | null; pollMinutes: number }): FeedRecord {
    this.db
      .prepare('INSERT INTO feeds (id, url, title, site_url, poll_minutes, created_at) VALUES (@id, @url, @title, @siteUrl, @pollMinutes, @createdAt)')
      .run({ ...feed, createdAt: nowIso() });
    return this.get(feed.id);
  }

  update(id: string, changes: { pollMinutes?: number | undefined; paused?: boolean | undefined; title?: string | undefined }): FeedRecord {
    const current = this.get(id);
    this.db
      .prepare('UPDATE feeds SET poll_minutes = ?, paused = ?, title = ? WHERE id = ?')
      .run(changes.pollMinutes ?? current.pollMinutes, (changes.paused ?? current.paused) ? 1 : 0, changes.title ?? current.title, id);
    return this.get(id);
  }

  recordPoll(id: string, outcome: { etag?: string | null; lastModified?: string | null; title?: string | null; siteUrl?: string | null; error?: string | null }): void {
    const now = nowIso();
    if (outcome.error) {
      this.db.prepare('UPDATE feeds SET last_polled_at = ?, last_error = ? WHERE id = ?').run(now, outcome.error, id);
      return;
    }
    this.db
      .prepare(
        `UPDATE feeds SET last_polled_at = @now, last_success_at = @now, last_error = NULL,
           etag = coalesce(@etag, etag), last_modified = coalesce(@lastModified, last_modified),
           title = coalesce(title, @title), site_url = coalesce(site_url, @siteUrl) WHERE id = @id`,
      )
      .run({ now, id, etag: outcome.etag ?? null, lastModified: outcome.lastModified ?? null, title: outcome.title ?? null, siteUrl: outcome.siteUrl ?? null });
  }

  remove(id: string): number {
    return this.db.prepare('DELETE FROM feeds WHERE id = ?').run(id).changes;
  }

  seenGuids(feedId: string): Set<string> {
    return new Set(this.db.prepare<[string], string>('SELECT guid FROM feed_items WHERE feed_id = ?').pluck().all(feedId));
  }

  markSeen(feedId: string, guid: string, articleId: string | null, error: string | null): void {
    this.db
      .prepare('INSERT OR REPLACE INTO feed_items (feed_id, guid, article_id, error, seen_at) VALUES (?, ?, ?, ?, ?)')
      .run(feedId, guid, articleId, error, nowIso());
  }

  /** Feeds whose next poll is due: not paused, and never polled or polled longer ago than their interval. */
  due(now = Date.now()): FeedRecord[] {
    return this.list().filter((f) => !f.paused && (f.lastPolledAt === null || Date.parse(f.lastPolledAt) + f.pollMinutes * 60_000 <= now));
  }
}
