import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../db/connection';
import { LibraryError } from '../../db/errors';
import { latestSchemaVersion, migrate, schemaVersion } from '../../db/migrate';
import { bundledMigrations, loadMigrations } from '../../db/migrations';
import { SearchIndex } from '../../electron/search/search-index';
import { tempLibraryPath } from '../helpers/library';

function sha(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function insertArticleV1(db: BetterSqlite3.Database, id: string, title: string, text: string): void {
  db.prepare(
    `INSERT INTO articles (id, title, text, source_kind, content_hash, clipped_at, updated_at)
     VALUES (?, ?, ?, 'paste', ?, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`,
  ).run(id, title, text, id);
}

describe('migrations', () => {
  it('numbers the bundled migrations 1..N without gaps', () => {
    const list = bundledMigrations();
    expect(list.map((m) => m.version)).toEqual(list.map((_, i) => i + 1));
    expect(latestSchemaVersion()).toBe(list.length);
    expect(list.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a migrations folder with a gap', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-migrations-'));
    fs.writeFileSync(path.join(dir, '0001_a.sql'), 'CREATE TABLE a (x);');
    fs.writeFileSync(path.join(dir, '0003_c.sql'), 'CREATE TABLE c (x);');
    expect(() => loadMigrations(dir)).toThrow(/without gaps/);
  });

  it('builds an empty library at the latest version with WAL, foreign keys and a busy timeout', () => {
    const library = openLibrary(tempLibraryPath());
    const { db } = library;
    expect(schemaVersion(db)).toBe(latestSchemaVersion());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['articles', 'outlets', 'articles_search', 'statements_search']));
    // The first full-text indexes (raw text) were replaced by the folded search index in migration 10.
    expect(tables).not.toContain('articles_fts');
    library.close();
  });

  it('migrates a schema-1 library with articles in it, indexing them for full-text search', () => {
    const file = tempLibraryPath();
    const old = openLibrary(file, { upTo: 1 });
    expect(schemaVersion(old.db)).toBe(1);
    insertArticleV1(old.db, '7f1c2a8e-0000-4000-8000-000000000001', 'Ferries across the Caspian', 'Ports at Poti and Batumi expand.');
    insertArticleV1(old.db, '7f1c2a8e-0000-4000-8000-000000000002', 'Rail link opens', 'The new line reaches Kars.');
    old.close();

    const upgraded = openLibrary(file);
    expect(schemaVersion(upgraded.db)).toBe(latestSchemaVersion());
    expect(upgraded.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(2);
    new SearchIndex(upgraded.db).flush();
    const hits = upgraded.db.prepare("SELECT a.title FROM articles_search f JOIN articles a ON a.seq = f.rowid WHERE articles_search MATCH 'batumi'").pluck().all();
    expect(hits).toEqual(['Ferries across the Caspian']);
    upgraded.close();
  });

  it('migrates a schema-2 library to 3: old clips keep their text and gain the clipping columns', () => {
    const file = tempLibraryPath();
    const old = openLibrary(file, { upTo: 2 });
    insertArticleV1(old.db, '7f1c2a8e-0000-4000-8000-000000000009', 'Ports expand', 'Ports at Poti expand.');
    old.close();
    const upgraded = openLibrary(file, { upTo: 3 });
    const row = upgraded.db.prepare('SELECT title, url_key, original_publication, dir, extractor_version, source_name FROM articles').get();
    expect(row).toEqual({ title: 'Ports expand', url_key: null, original_publication: null, dir: null, extractor_version: 1, source_name: null });
    expect(upgraded.db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'settings'").pluck().get()).toBe(1);
    upgraded.close();
  });

  it('migrates a schema-6 library to 7: old clips gain tone suggestions and can be tagged, annotated and given topics', () => {
    const file = tempLibraryPath();
    const old = openLibrary(file, { upTo: 6 });
    insertArticleV1(old.db, '7f1c2a8e-0000-4000-8000-000000000010', 'Ports expand', 'Ports at Poti expand.');
    old.db.prepare("UPDATE articles SET tone = 'positive'").run();
    old.close();
    const upgraded = openLibrary(file, { upTo: 7 });
    expect(upgraded.db.prepare('SELECT tone, tone_suggested AS suggested, tone_score AS score FROM articles').get()).toEqual({ tone: 'positive', suggested: null, score: null });
    upgraded.db.prepare("INSERT INTO tags (id, name, color, created_at) VALUES ('t1', 'Ports', '#ffe066', 'now')").run();
    upgraded.db.prepare("INSERT INTO article_tags (article_id, tag_id) VALUES ('7f1c2a8e-0000-4000-8000-000000000010', 't1')").run();
    upgraded.db
      .prepare("INSERT INTO annotations (id, article_id, start_offset, end_offset, exact, color, note, created_at, updated_at) VALUES ('n1', '7f1c2a8e-0000-4000-8000-000000000010', 0, 5, 'Ports', '#ffe066', 'tonnage?', 'now', 'now')")
      .run();
    expect(upgraded.db.prepare("SELECT count(*) FROM annotations_fts WHERE annotations_fts MATCH 'tonnage'").pluck().get()).toBe(1);
    // An orphaned highlight has no position, and a positioned one cannot claim to be orphaned.
    expect(() => upgraded.db.prepare("UPDATE annotations SET anchor_status = 'orphaned' WHERE id = 'n1'").run()).toThrow(/CHECK/);
    upgraded.close();
  });

  it('keeps the search index in step with inserts, updates and deletes', () => {
    const library = openLibrary(tempLibraryPath());
    const { db } = library;
    const index = new SearchIndex(db);
    insertArticleV1(db, '7f1c2a8e-0000-4000-8000-000000000003', 'Zürich interview with Hacıyev', 'Digital transformation.');
    const match = (q: string) => {
      index.flush();
      return db.prepare('SELECT count(*) FROM articles_search WHERE articles_search MATCH ?').pluck().get(q);
    };
    expect(match('zurich')).toBe(1); // diacritics folded
    expect(match('haciyev')).toBe(1); // and the Azerbaijani ı, which SQLite's own folding keeps
    db.prepare("UPDATE articles SET title = 'Renamed piece' WHERE id = ?").run('7f1c2a8e-0000-4000-8000-000000000003');
    expect(match('zurich')).toBe(0);
    expect(match('renamed')).toBe(1);
    db.prepare('DELETE FROM articles').run();
    expect(match('renamed')).toBe(0);
    library.close();
  });

  it('rolls back every step of a failing migration', () => {
    const file = tempLibraryPath();
    const db = new BetterSqlite3(file);
    const broken = [
      { version: 1, name: 'ok', sql: 'CREATE TABLE first_table (x INTEGER);' },
      { version: 2, name: 'broken', sql: 'CREATE TABLE second_table (x INTEGER); INSERT INTO no_such_table VALUES (1);' },
    ];
    expect(() => migrate(db, file, undefined, broken)).toThrow(/no_such_table/);
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('first_table', 'second_table')").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a library written by a newer version and leaves the file byte for byte as it was', () => {
    const file = tempLibraryPath();
    const future = new BetterSqlite3(file);
    future.exec('CREATE TABLE from_the_future (x); INSERT INTO from_the_future VALUES (42);');
    future.pragma(`user_version = ${latestSchemaVersion() + 7}`);
    future.close();
    const before = sha(file);
    let caught: unknown;
    try {
      openLibrary(file);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(LibraryError);
    expect((caught as LibraryError).code).toBe('LIBRARY_FROM_FUTURE');
    expect((caught as Error).message).toMatch(/newer version of Verbatim .*left untouched/);
    expect(sha(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a file that is not a library without touching it', () => {
    const file = tempLibraryPath();
    fs.writeFileSync(file, 'These are my notes, not a database.\n'.repeat(200));
    const before = sha(file);
    expect(() => openLibrary(file)).toThrow(expect.objectContaining({ code: 'LIBRARY_NOT_SQLITE' }));
    expect(sha(file)).toBe(before);
  });

  it('creates the folder of a library that does not exist yet', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-new-'));
    const file = path.join(dir, 'nested', 'deeper', 'library.db');
    const library = openLibrary(file);
    expect(fs.existsSync(file)).toBe(true);
    library.close();
  });
  it('migrates a schema-18 library to 19: the search rows copy each statement’s speaker kind, and keep it in step', () => {
    const file = tempLibraryPath();
    const old = openLibrary(file, { upTo: 18 });
    const article = '7f1c2a8e-0000-4000-8000-000000000041';
    insertArticleV1(old.db, article, 'Port talks', 'The ministry said ports grow. A source said so too.');
    const insert = old.db.prepare(
      "INSERT INTO statements (id, article_id, start_offset, end_offset, text, kind, speaker_name, speaker_kind, status, origin, created_at, updated_at) VALUES (?, ?, 0, 5, 'ports', 'reported', ?, ?, 'found', 'machine', 'now', 'now')",
    );
    insert.run('s1', article, 'The ministry', 'institution');
    insert.run('s2', article, 'A source', 'anonymous');
    insert.run('s3', article, null, 'unknown');
    old.close();
    const upgraded = openLibrary(file, { upTo: 19 });
    const { db } = upgraded;
    const kinds = () => db.prepare('SELECT id, speaker_kind AS kind FROM statement_search_rows ORDER BY id').all();
    expect(kinds()).toEqual([
      { id: 's1', kind: 'institution' },
      { id: 's2', kind: 'anonymous' },
      { id: 's3', kind: 'unknown' },
    ]);
    db.prepare("UPDATE statements SET speaker_kind = 'person', speaker_name = 'Nino Beridze' WHERE id = 's3'").run();
    db.prepare(
      "INSERT INTO statements (id, article_id, start_offset, end_offset, text, kind, speaker_name, speaker_kind, status, origin, created_at, updated_at) VALUES ('s4', ?, 0, 5, 'ports', 'reported', 'Port authority', 'institution', 'found', 'machine', 'now', 'now')",
    ).run(article);
    expect(kinds()).toEqual([
      { id: 's1', kind: 'institution' },
      { id: 's2', kind: 'anonymous' },
      { id: 's3', kind: 'person' },
      { id: 's4', kind: 'institution' },
    ]);
    upgraded.close();
  });
  it('migrates a schema-16 library to 17: speakers get only the kind their data proves, and no chain', () => {
    const file = tempLibraryPath();
    const old = openLibrary(file, { upTo: 16 });
    const article = '7f1c2a8e-0000-4000-8000-000000000031';
    insertArticleV1(old.db, article, 'Port talks', 'The ministry said ports grow. Hajiyev said so too.');
    old.db.prepare("INSERT INTO officials (id, canonical_name, status, created_at, updated_at) VALUES ('o1', 'Hikmet Hajiyev', 'accepted', 'now', 'now')").run();
    const insert = old.db.prepare(
      "INSERT INTO statements (id, article_id, start_offset, end_offset, text, kind, speaker_name, official_id, status, origin, created_at, updated_at) VALUES (?, ?, 0, 5, 'ports', 'reported', ?, ?, ?, ?, 'now', 'now')",
    );
    insert.run('s1', article, null, null, 'found', 'machine');
    insert.run('s2', article, 'Hikmet Hajiyev', 'o1', 'found', 'machine');
    insert.run('s3', article, 'The ministry', null, 'found', 'machine');
    insert.run('s4', article, 'Nino Beridze', null, 'corrected', 'machine');
    insert.run('s5', article, 'Leyla Aliyeva', null, 'confirmed', 'person');
    old.close();
    const upgraded = openLibrary(file, { upTo: 17 });
    const { db } = upgraded;
    expect(db.prepare('SELECT id, speaker_kind AS kind, speaker_chain AS chain FROM statements ORDER BY id').all()).toEqual([
      { id: 's1', kind: 'unknown', chain: null },
      { id: 's2', kind: 'person', chain: null },
      { id: 's3', kind: 'unknown', chain: null },
      { id: 's4', kind: 'person', chain: null },
      { id: 's5', kind: 'person', chain: null },
    ]);
    expect(() => db.prepare("UPDATE statements SET speaker_kind = 'document' WHERE id = 's1'").run()).toThrow(/CHECK/);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all()).toEqual(expect.arrayContaining(['statements_by_speaker_kind', 'statements_by_chain']));
    upgraded.close();
  });
  it('migrates a schema-15 library to 16: each role title once per official, the first recorded kept', () => {
    const file = tempLibraryPath();
    const old = openLibrary(file, { upTo: 15 });
    const insertOfficial = old.db.prepare("INSERT INTO officials (id, canonical_name, status, created_at, updated_at) VALUES (?, ?, 'proposed', 'now', 'now')");
    insertOfficial.run('o1', 'Hikmet Hajiyev');
    insertOfficial.run('o2', 'Nino Beridze');
    const insertRole = old.db.prepare('INSERT INTO official_roles (official_id, title, valid_from, source_article_id) VALUES (?, ?, ?, ?)');
    insertRole.run('o1', 'Assistant to the President of Azerbaijan', null, 'a1');
    for (let n = 2; n <= 91; n++) insertRole.run('o1', `Assistant to the President of Azerbaijan-${n}`, null, `a${n}`);
    insertRole.run('o1', 'assistant to the  President of Azerbaijan.', '2020-01-01', 'a92');
    insertRole.run('o1', 'Head of the Foreign Policy Affairs Department', null, 'a93');
    // Another official may hold the same title: roles are de-duplicated per official only.
    insertRole.run('o2', 'Assistant to the President of Azerbaijan', null, 'b1');
    insertRole.run('o2', 'Deputy Minister of Economy-7', null, 'b2');
    old.close();
    const upgraded = openLibrary(file, { upTo: 16 });
    const roles = upgraded.db.prepare('SELECT official_id AS official, title, valid_from AS validFrom, source_article_id AS source FROM official_roles ORDER BY official_id, id').all();
    expect(roles).toEqual([
      { official: 'o1', title: 'Assistant to the President of Azerbaijan', validFrom: '2020-01-01', source: 'a1' },
      { official: 'o1', title: 'Head of the Foreign Policy Affairs Department', validFrom: null, source: 'a93' },
      { official: 'o2', title: 'Assistant to the President of Azerbaijan', validFrom: null, source: 'b1' },
      { official: 'o2', title: 'Deputy Minister of Economy', validFrom: null, source: 'b2' },
    ]);
    upgraded.close();
  });
  it('migrates a schema-14 library to 15: an undated clip and its statements lose the import time as their date', () => {
    const file = tempLibraryPath();
    const old = openLibrary(file, { upTo: 14 });
    const dated = '7f1c2a8e-0000-4000-8000-000000000021';
    const undated = '7f1c2a8e-0000-4000-8000-000000000022';
    insertArticleV1(old.db, dated, 'Ferries', 'Ports at Poti expand.');
    insertArticleV1(old.db, undated, 'Port talks', 'Officials met again.');
    old.db.prepare("UPDATE articles SET published_at = '2024-03-04' WHERE id = ?").run(dated);
    const statement = old.db.prepare(
      "INSERT INTO statements (id, article_id, start_offset, end_offset, text, kind, created_at, updated_at) VALUES (?, ?, 0, 5, 'Ports', 'direct', 'now', 'now')",
    );
    statement.run('s1', dated);
    statement.run('s2', undated);
    // Before: the undated clip took its clipping time as its date, and its statement a copy of it.
    expect(old.db.prepare('SELECT sort_at FROM articles WHERE id = ?').pluck().get(undated)).toBe('2024-01-01T00:00:00Z');
    expect(old.db.prepare("SELECT sort_at FROM statement_search_rows WHERE id = 's2'").pluck().get()).toBe('2024-01-01T00:00:00Z');
    old.close();

    const upgraded = openLibrary(file, { upTo: 15 });
    const { db } = upgraded;
    expect(db.prepare('SELECT id, sort_at AS sortAt, clipped_at AS clippedAt FROM articles ORDER BY id').all()).toEqual([
      { id: dated, sortAt: '2024-03-04', clippedAt: '2024-01-01T00:00:00Z' },
      { id: undated, sortAt: null, clippedAt: '2024-01-01T00:00:00Z' },
    ]);
    expect(db.prepare('SELECT id, sort_at AS sortAt FROM statements ORDER BY id').all()).toEqual([
      { id: 's1', sortAt: '2024-03-04' },
      { id: 's2', sortAt: null },
    ]);
    expect(db.prepare("SELECT sort_at FROM statement_search_rows WHERE id = 's2'").pluck().get()).toBeNull();
    // The indexes and triggers that were dropped to change the column are back, and the triggers still follow edits.
    const names = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')").pluck().all();
    expect(names).toEqual(
      expect.arrayContaining(['articles_live_by_date', 'articles_live_by_date_oldest', 'articles_search_facts', 'articles_search_facts_by_id', 'articles_outlet_live', 'statements_facts_after_insert', 'articles_facts_to_statements']),
    );
    db.prepare("UPDATE articles SET published_at = '2024-05-01' WHERE id = ?").run(undated);
    expect(db.prepare("SELECT sort_at FROM statement_search_rows WHERE id = 's2'").pluck().get()).toBe('2024-05-01');
    db.prepare("INSERT INTO statements (id, article_id, start_offset, end_offset, text, kind, created_at, updated_at) VALUES ('s3', ?, 0, 5, 'Ports', 'direct', 'now', 'now')").run(dated);
    expect(db.prepare("SELECT sort_at FROM statements WHERE id = 's3'").pluck().get()).toBe('2024-03-04');
    // Oldest first reads the new index, undated clips last.
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT seq FROM articles a WHERE a.deleted_at IS NULL ORDER BY a.sort_at IS NULL, a.sort_at ASC, a.seq ASC LIMIT 10').all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join('; ')).toMatch(/USING INDEX articles_live_by_date_oldest/);
    upgraded.close();
  });
});
