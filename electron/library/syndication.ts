// Syndication: the same story republished by other outlets is grouped. Each new article's MinHash signature is
// compared with the earlier articles that share an LSH bucket with it; above the similarity threshold (a
// library setting) it joins that article's group. The group's id is its first article's id; the earliest
// published live member is shown as its representative.
import type { Database } from 'better-sqlite3';
import type { ArticleListItem } from '../../db/types';
import { SettingsStore } from '../../db/settings';
import { bandBuckets, fromBlob, signature, similarity, toBlob } from '../clipping/minhash';

export const THRESHOLD_KEY = 'syndication.threshold';
export const DEFAULT_THRESHOLD = 0.6;

const SLICE = 500;
/**
 * A bucket shared by thousands of near-identical texts (a press release run by every outlet) needs only its
 * latest few members checked: a match with any of them joins the same group. This keeps each lookup cheap.
 */
const MAX_CANDIDATES_PER_BUCKET = 64;
const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));

interface Candidate {
  seq: number;
  id: string;
  group: string | null;
  signature: Buffer;
}

export class Syndication {
  private readonly settings: SettingsStore;
  private readonly statements;

  constructor(private readonly db: Database) {
    this.settings = new SettingsStore(db);
    this.statements = {
      candidates: db.prepare<[number, number, number], Candidate>(
        `SELECT a.seq, a.id, a.syndication_group AS "group", m.signature
           FROM article_lsh l JOIN articles a ON a.seq = l.article_seq JOIN article_minhash m ON m.article_seq = a.seq
          WHERE l.band = ? AND l.bucket = ? AND l.article_seq <> ?
          ORDER BY l.article_seq DESC LIMIT ${MAX_CANDIDATES_PER_BUCKET}`,
      ),
      insertSignature: db.prepare<[number, Buffer]>('INSERT OR REPLACE INTO article_minhash (article_seq, signature) VALUES (?, ?)'),
      insertBucket: db.prepare<[number, number, number]>('INSERT OR IGNORE INTO article_lsh (band, bucket, article_seq) VALUES (?, ?, ?)'),
      setGroup: db.prepare<[string | null, number]>('UPDATE articles SET syndication_group = ? WHERE seq = ?'),
      members: db.prepare<[string], ArticleListItem>(
        `SELECT a.id, a.title, o.name AS outlet, a.published_at AS publishedAt, a.clipped_at AS clippedAt, a.language,
                substr(a.text, 1, 240) AS excerpt, a.deleted_at AS deletedAt, 1 AS syndicationSize, 0 AS statementCount
           FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
          WHERE a.syndication_group = ? AND a.deleted_at IS NULL ORDER BY a.sort_at IS NULL, a.sort_at ASC, a.seq ASC`,
      ),
    };
  }

  threshold(): number {
    return this.settings.get(THRESHOLD_KEY, DEFAULT_THRESHOLD);
  }

  setThreshold(value: number): void {
    this.settings.set(THRESHOLD_KEY, value);
  }

  /** Indexes one article and joins it to the group of its closest earlier near-duplicate, if any is close enough. */
  assign(seq: number, text: string, threshold = this.threshold()): string | null {
    const sig = signature(text);
    const best = this.closest(seq, sig, threshold);
    this.index(seq, sig);
    if (!best) return null;
    const group = best.group ?? best.id;
    if (!best.group) this.statements.setGroup.run(group, best.seq);
    this.statements.setGroup.run(group, seq);
    return group;
  }

  private closest(seq: number, sig: Uint32Array, threshold: number, earlierOnly = false): Candidate | undefined {
    let best: Candidate | undefined;
    let bestScore = threshold;
    const seen = new Set<number>();
    bandBuckets(sig).forEach((bucket, band) => {
      for (const candidate of this.statements.candidates.all(band, bucket, seq)) {
        if (seen.has(candidate.seq) || (earlierOnly && candidate.seq > seq)) continue;
        seen.add(candidate.seq);
        const score = similarity(sig, fromBlob(candidate.signature));
        if (score >= bestScore) {
          best = candidate;
          bestScore = score;
        }
      }
    });
    return best;
  }

  private index(seq: number, sig: Uint32Array): void {
    this.statements.insertSignature.run(seq, toBlob(sig));
    bandBuckets(sig).forEach((bucket, band) => this.statements.insertBucket.run(band, bucket, seq));
  }

  /** The group's live members, earliest first: the first is its representative. */
  members(group: string): ArticleListItem[] {
    return this.statements.members.all(group);
  }

  /** Articles clipped before syndication existed (or by an older version) get their signatures. */
  async backfill(signal?: AbortSignal): Promise<number> {
    const missing = this.db
      .prepare<[], number>('SELECT a.seq FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_minhash m WHERE m.article_seq = a.seq) ORDER BY a.seq')
      .pluck()
      .all();
    const text = this.db.prepare<[number], string>('SELECT text FROM articles WHERE seq = ?').pluck();
    // In slices, yielding between them, so that the app stays responsive while a big library is indexed.
    for (let i = 0; i < missing.length && !signal?.aborted; i += SLICE) {
      // IMMEDIATE (as every write that reads first): another process's commit is waited for, not failed.
      this.db.transaction(() => {
        for (const seq of missing.slice(i, i + SLICE)) this.index(seq, signature(text.get(seq) ?? ''));
      }).immediate();
      await yieldToEventLoop();
    }
    return missing.length;
  }

  /**
   * Groups the whole library again at a threshold (after the setting changes, or a backfill): every article
   * joins its closest earlier near-duplicate's group. One transaction: the old grouping or the new one.
   */
  async regroup(threshold = this.threshold(), onProgress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<{ groups: number; grouped: number; cancelled: boolean }> {
    const rows = this.db
      .prepare<[], { seq: number; id: string; signature: Buffer }>('SELECT a.seq, a.id, m.signature FROM articles a JOIN article_minhash m ON m.article_seq = a.seq ORDER BY a.seq')
      .all();
    const groupOf = new Map<number, string>();
    const assignments: Array<[string | null, number]> = [];
    for (const [i, row] of rows.entries()) {
      if (signal?.aborted) return { groups: 0, grouped: 0, cancelled: true };
      const best = this.closest(row.seq, fromBlob(row.signature), threshold, true);
      if (best) {
        const group = groupOf.get(best.seq) ?? best.id;
        groupOf.set(best.seq, group);
        groupOf.set(row.seq, group);
      }
      if (i % SLICE === 0) {
        onProgress?.(i, rows.length);
        await yieldToEventLoop();
      }
    }
    for (const row of rows) assignments.push([groupOf.get(row.seq) ?? null, row.seq]);
    this.db.transaction(() => {
      for (const [group, seq] of assignments) this.statements.setGroup.run(group, seq);
    }).immediate();
    onProgress?.(rows.length, rows.length);
    return { groups: new Set(groupOf.values()).size, grouped: groupOf.size, cancelled: false };
  }
}
