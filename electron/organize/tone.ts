// Tone on articles and statements: a person's choice, and beside it the lexicon scorer's suggestion, which the
// interface shows as a suggestion until a person confirms or changes it.
import type { Database } from 'better-sqlite3';
import type { Tone } from '../../db/types';
import type { ToneState } from '../api/types';
import { suggestTone } from '../tone/score';
import { missingTarget } from './missing';

export type ToneTargetKind = 'article' | 'statement';

const TABLE: Record<ToneTargetKind, string> = { article: 'articles', statement: 'statements' };

export class ToneService {
  constructor(private readonly db: Database) {}

  /** Scores an article and its statements and stores the suggestions (a person's tone is never touched). */
  suggestFor(articleId: string): void {
    const article = this.db.prepare<[string], { text: string; title: string; language: string | null }>('SELECT text, title, language FROM articles WHERE id = ?').get(articleId);
    if (!article) return;
    const put = (kind: ToneTargetKind, id: string, text: string) => {
      const s = suggestTone(text, article.language);
      this.db.prepare(`UPDATE ${TABLE[kind]} SET tone_suggested = ?, tone_score = ? WHERE id = ?`).run(s.language ? s.tone : null, s.language ? s.score : null, id);
    };
    put('article', articleId, `${article.title}\n\n${article.text}`);
    for (const s of this.db.prepare<[string], { id: string; text: string }>('SELECT id, text FROM statements WHERE article_id = ?').all(articleId)) put('statement', s.id, s.text);
  }

  set(kind: ToneTargetKind, id: string, tone: Tone | null): ToneState {
    const changes = this.db.prepare(`UPDATE ${TABLE[kind]} SET tone = ? WHERE id = ?`).run(tone, id).changes;
    if (changes === 0) throw missingTarget(kind, id);
    return this.get(kind, id);
  }

  get(kind: ToneTargetKind, id: string): ToneState {
    const row = this.db.prepare<[string], ToneState>(`SELECT tone, tone_suggested AS suggested, tone_score AS score FROM ${TABLE[kind]} WHERE id = ?`).get(id);
    if (!row) throw missingTarget(kind, id);
    return row;
  }

  statesOf(articleId: string): Map<string, ToneState> {
    const rows = this.db
      .prepare<[string], ToneState & { id: string }>('SELECT id, tone, tone_suggested AS suggested, tone_score AS score FROM statements WHERE article_id = ?')
      .all(articleId);
    return new Map(rows.map(({ id, ...state }) => [id, state]));
  }
}
