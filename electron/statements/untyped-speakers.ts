// Statements stored before speakers were typed (migration 17) whose speaker's kind the data could not prove: found
// by the machine, never confirmed or corrected, with a speaker and kind 'unknown'. Finding their clips' statements
// again types them (corrections are kept); until then the explorer says how many there are.
import type { Database } from 'better-sqlite3';

export interface UntypedSpeakers {
  statements: number;
  articleIds: string[];
}

export function untypedSpeakers(db: Database): UntypedSpeakers {
  const rows = db
    .prepare<[], { articleId: string; count: number }>(
      `SELECT s.article_id AS articleId, count(*) AS count
         FROM statements s JOIN articles a ON a.id = s.article_id
        WHERE s.speaker_kind = 'unknown' AND s.speaker_name IS NOT NULL AND s.origin = 'machine' AND s.status = 'found'
          AND a.deleted_at IS NULL
        GROUP BY s.article_id ORDER BY min(a.seq)`,
    )
    .all();
  return { statements: rows.reduce((sum, r) => sum + r.count, 0), articleIds: rows.map((r) => r.articleId) };
}
