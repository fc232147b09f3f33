// Which statements a person should look at before they are trusted, and the library-wide queue of them.
//
// The extractor gives 0.95 to a named speaker, 0.85 to a pronoun and 0.8 to a role resolved to the last person
// named before it (reported speech is capped at 0.8). Everything below that is a guess: a collective ("the
// ministry", 0.7), a speaker carried over from the previous sentence (0.7), "I"/"we" or a reporting clause without
// a clear subject (0.6), an unresolved mention (0.5). The threshold sits between the resolved forms and the
// guesses, so only guesses wait for review. Once a person has confirmed, corrected or rejected a statement it never
// needs review again, whatever its confidence.
import type { Database } from 'better-sqlite3';
import type { StatementRecord } from '../../db/types';
import type { ReviewPage } from '../api/types';

/** Machine findings below this confidence need a person's review. */
export const REVIEW_CONFIDENCE_THRESHOLD = 0.75;

type Reviewable = Pick<StatementRecord, 'status' | 'confidence' | 'speakerName'>;

export function needsReview(statement: Reviewable): boolean {
  return statement.status === 'found' && (statement.confidence < REVIEW_CONFIDENCE_THRESHOLD || statement.speakerName === null);
}

export function withReview<T extends Reviewable>(statement: T): T & { needsReview: boolean } {
  return { ...statement, needsReview: needsReview(statement) };
}

/** The same rule in SQL, for the statements table aliased as s. */
export const NEEDS_REVIEW_SQL = `(s.status = 'found' AND (s.confidence < ${REVIEW_CONFIDENCE_THRESHOLD} OR s.speaker_name IS NULL))`;

interface ReviewRow extends StatementRecord {
  articleTitle: string;
  publishedAt: string | null;
  articleText: string;
}

const CONTEXT_REACH = 240;

/** From the sentence start before the statement to the sentence end after it, never further than CONTEXT_REACH. */
export function sentenceContext(text: string, start: number, end: number): { context: string; contextStart: number; contextEnd: number } {
  let from = Math.max(0, start - CONTEXT_REACH);
  const before = text.slice(from, start);
  const boundary = Math.max(before.lastIndexOf('\n'), ...['. ', '! ', '? ', '。'].map((mark) => before.lastIndexOf(mark) + mark.length - 1));
  if (boundary >= 0) from += boundary + 1;
  const after = text.slice(end, end + CONTEXT_REACH);
  const stops = ['\n', '. ', '! ', '? ', '。'].map((mark) => after.indexOf(mark)).filter((i) => i >= 0);
  const to = end + (stops.length > 0 ? Math.min(...stops) + 1 : after.length);
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const context = raw.trim();
  return { context, contextStart: start - from - lead, contextEnd: end - from - lead };
}

const FROM = `FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN officials o ON o.id = s.official_id
  WHERE a.deleted_at IS NULL AND ${NEEDS_REVIEW_SQL}`;

/** Every live statement that needs review, newest clip first, undated clips last. cursor is an offset. */
export function reviewQueue(db: Database, cursor: number, limit: number): ReviewPage {
  const total = db.prepare<[], { n: number }>(`SELECT count(*) AS n ${FROM}`).get()?.n ?? 0;
  const rows = db
    .prepare<[number, number], ReviewRow>(
      `SELECT s.id, s.article_id AS articleId, s.start_offset AS start, s.end_offset AS "end", s.text, s.kind,
         s.speaker_mention AS speakerMention, s.speaker_name AS speakerName, s.official_id AS officialId,
         o.canonical_name AS official, s.cue, s.confidence, s.status, s.origin,
         a.title AS articleTitle, a.published_at AS publishedAt, a.text AS articleText
       ${FROM}
       ORDER BY a.published_at IS NULL, a.published_at DESC, a.seq DESC, s.start_offset
       LIMIT ? OFFSET ?`,
    )
    .all(limit, cursor);
  const items = rows.map(({ articleText, ...row }) => ({ ...withReview(row), ...sentenceContext(articleText, row.start, row.end) }));
  const next = cursor + items.length;
  return { total, items, nextCursor: next < total ? next : null };
}
