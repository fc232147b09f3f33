import type { Database } from 'better-sqlite3';
import { LibraryError } from './errors';
import { nowIso } from './time';
import type { StatementRecord } from './types';

export type { StatementRecord } from './types';

/** A statement as it is written: every field of a record but the official's name, which is looked up. */
export type NewStatement = Omit<StatementRecord, 'official'>;

export interface TimelineEntry extends StatementRecord {
  articleTitle: string;
  outlet: string | null;
  publishedAt: string | null;
}

const COLUMNS = `s.id, s.article_id AS articleId, s.start_offset AS start, s.end_offset AS "end", s.text, s.kind,
  s.speaker_mention AS speakerMention, s.speaker_name AS speakerName, s.speaker_kind AS speakerKind, s.speaker_chain AS chain, s.official_id AS officialId,
  o.canonical_name AS official, s.cue, s.confidence, s.status, s.origin`;

export class StatementStore {
  constructor(private readonly db: Database) {}

  forArticle(articleId: string): StatementRecord[] {
    return this.db
      .prepare<[string], StatementRecord>(`SELECT ${COLUMNS} FROM statements s LEFT JOIN officials o ON o.id = s.official_id WHERE s.article_id = ? ORDER BY s.start_offset, s.end_offset`)
      .all(articleId);
  }

  get(id: string): StatementRecord {
    const found = this.db.prepare<[string], StatementRecord>(`SELECT ${COLUMNS} FROM statements s LEFT JOIN officials o ON o.id = s.official_id WHERE s.id = ?`).get(id);
    if (!found) throw new LibraryError('NOT_FOUND', 'There is no such statement.');
    return found;
  }

  insert(statement: NewStatement): void {
    const now = nowIso();
    this.db
      .prepare(
        `INSERT INTO statements (id, article_id, start_offset, end_offset, text, kind, speaker_mention, speaker_name, speaker_kind, speaker_chain, official_id, cue,
           confidence, status, origin, created_at, updated_at)
         VALUES (@id, @articleId, @start, @end, @text, @kind, @speakerMention, @speakerName, @speakerKind, @chain, @officialId, @cue, @confidence, @status, @origin, @now, @now)`,
      )
      .run({ ...statement, now });
  }

  /** The machine's own findings go; whatever a person touched (confirmed, corrected, rejected, added) stays. */
  deleteMachineFindings(articleId: string): number {
    return this.db.prepare("DELETE FROM statements WHERE article_id = ? AND status = 'found' AND origin = 'machine'").run(articleId).changes;
  }

  update(id: string, changes: Partial<Pick<NewStatement, 'start' | 'end' | 'text' | 'kind' | 'speakerName' | 'speakerKind' | 'chain' | 'officialId' | 'status' | 'cue' | 'speakerMention'>>): StatementRecord {
    const current = this.get(id);
    const next = { ...current, ...changes };
    this.db
      .prepare(
        `UPDATE statements SET start_offset = @start, end_offset = @end, text = @text, kind = @kind, speaker_name = @speakerName, speaker_kind = @speakerKind, speaker_chain = @chain,
           speaker_mention = @speakerMention, official_id = @officialId, status = @status, cue = @cue, updated_at = @now WHERE id = @id`,
      )
      .run({ id, start: next.start, end: next.end, text: next.text, kind: next.kind, speakerName: next.speakerName, speakerKind: next.speakerKind, chain: next.chain, speakerMention: next.speakerMention, officialId: next.officialId, status: next.status, cue: next.cue, now: nowIso() });
    return this.get(id);
  }

  remove(id: string): void {
    this.db.prepare('DELETE FROM statements WHERE id = ?').run(id);
  }

  /** What an official said, newest first, with the clip each statement is in. */
  timeline(officialId: string): TimelineEntry[] {
    return this.db
      .prepare<[string], TimelineEntry>(
        `SELECT ${COLUMNS}, a.title AS articleTitle, ou.name AS outlet, a.published_at AS publishedAt
           FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN officials o ON o.id = s.official_id
           LEFT JOIN outlets ou ON ou.id = a.outlet_id
          WHERE s.official_id = ? AND s.status <> 'rejected' AND a.deleted_at IS NULL
          ORDER BY a.sort_at DESC, s.start_offset`,
      )
      .all(officialId);
  }

  countForArticle(articleId: string): number {
    return this.db.prepare<[string], number>("SELECT count(*) FROM statements WHERE article_id = ? AND status <> 'rejected'").pluck().get(articleId) ?? 0;
  }
}
