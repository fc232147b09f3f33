// Keeps the search index (articles_search, statements_search) in step with the library. Triggers only mark changed
// rows in search_dirty; the text is folded here, in code, the same way the query language folds what people type,
// and written before any search runs and after each clip. One pass indexes a whole import at once.
import type { Database } from 'better-sqlite3';
import { LibraryError, sqliteCode } from '../../db/errors';
import { tokenizeText } from '../query/match';

/** Why a write cannot happen now without anything being wrong with the search: a read-only file or connection
 * (including one stopped by PRAGMA query_only), another program holding the write lock, a full disk. */
export function cannotWriteNow(err: unknown): boolean {
  // The library's transactions have already put a full disk or a read-only file into words (db/connection.ts).
  if (err instanceof LibraryError) return err.code === 'DISK_FULL' || err.code === 'LIBRARY_READ_ONLY';
  const code = sqliteCode(err) ?? '';
  return ['SQLITE_READONLY', 'SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_FULL'].some((c) => code === c || code.startsWith(`${c}_`));
}

/** The index's three columns for one text: folded words, and the CJK characters one by one (one- and two-character
 * words inside a run of Chinese or Japanese are then phrases FTS5 can find). */
export function indexForms(text: string): { words: string; cjk: string } {
  const tokens = tokenizeText(text);
  if (!tokens.cjk) return { words: tokens.values.join(' '), cjk: '' };
  const words: string[] = [];
  const cjk: string[] = [];
  tokens.values.forEach((value, i) => {
    if (tokens.cjk![i]) cjk.push([...value].join(' '));
    else words.push(value);
  });
  return { words: words.join(' '), cjk: cjk.join(' , ') };
}

export class SearchIndex {
  constructor(private readonly db: Database) {}

  /** How many rows wait to be indexed. */
  pending(): number {
    return this.db.prepare<[], number>('SELECT count(*) FROM search_dirty').pluck().get() ?? 0;
  }

  /**
   * Indexes what it can before a search reads the index, and returns how many changed rows are still not indexed
   * (0 normally). A library that cannot be written now (read-only, locked by another writer, a full disk) is searched
   * as its index stands: reading must not depend on writing, and the caller says how many changes it misses.
   */
  refresh(): number {
    if (this.db.readonly) return this.pending();
    try {
      this.flush();
      return 0;
    } catch (err) {
      if (!cannotWriteNow(err)) throw err;
      return this.pending();
    }
  }

  /** Indexes every changed row, `batch` at a time; returns how many were indexed. */
  flush(batch = 2000): number {
    let total = 0;
    const next = this.db.prepare<[number], { kind: 'article' | 'statement'; id: number }>('SELECT kind, id FROM search_dirty LIMIT ?');
    const article = this.db.prepare<[number], { title: string; text: string }>('SELECT title, text FROM articles WHERE seq = ?');
    const statement = this.db.prepare<[number], { text: string; speaker: string | null }>('SELECT text, speaker_name AS speaker FROM statements WHERE rowid = ?');
    const dropArticle = this.db.prepare('DELETE FROM articles_search WHERE rowid = ?');
    const dropStatement = this.db.prepare('DELETE FROM statements_search WHERE rowid = ?');
    const putArticle = this.db.prepare('INSERT INTO articles_search (rowid, title, body, cjk) VALUES (?, ?, ?, ?)');
    const putStatement = this.db.prepare('INSERT INTO statements_search (rowid, body, speaker, cjk) VALUES (?, ?, ?, ?)');
    const done = this.db.prepare('DELETE FROM search_dirty WHERE kind = ? AND id = ?');
    const step = this.db.transaction((rows: Array<{ kind: 'article' | 'statement'; id: number }>) => {
      for (const row of rows) {
        if (row.kind === 'article') {
          dropArticle.run(row.id);
          const a = article.get(row.id);
          if (a) {
            const title = indexForms(a.title);
            const body = indexForms(a.text);
            putArticle.run(row.id, title.words, body.words, [title.cjk, body.cjk].filter(Boolean).join(' , '));
          }
        } else {
          dropStatement.run(row.id);
          const s = statement.get(row.id);
          if (s) {
            const body = indexForms(s.text);
            putStatement.run(row.id, body.words, indexForms(s.speaker ?? '').words, body.cjk);
          }
        }
        done.run(row.kind, row.id);
      }
    });
    for (;;) {
      const rows = next.all(batch);
      if (rows.length === 0) return total;
      step.immediate(rows);
      total += rows.length;
    }
  }
}
