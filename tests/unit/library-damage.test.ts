// Issue 21, point 6: damaged, locked and read-only libraries. Each case is made for real from a library file (bytes
// flipped in b-tree pages found through dbstat, the file cut short, garbage, a blanked header, another connection's
// EXCLUSIVE lock, a read-only file or disk, a file that is not SQLite, ten bytes of a clip's text changed), then
// opened, listed and searched: each gives one clear sentence (or works read-only), and a damaged file's bytes are the
// same afterwards.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../db/connection';
import { LibraryError } from '../../db/errors';
import { contentHash } from '../../electron/clipping/hash';
import { LibraryService } from '../../electron/library/service';
import { reportDefinitionSchema } from '../../electron/reports/definition';
import { ReportService } from '../../electron/reports/service';
import { fillLibrary } from '../helpers/generate';
import { tempLibraryPath } from '../helpers/library';
import { tmpfsUnavailable } from '../helpers/mounts';
import { runCli as run } from '../helpers/cli';

const CLIPS = 1500;
let pristine = '';
/** A plain-text article to try to import (a write) into each library. */
let article = '';
let tried = 0;

function sha(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** A copy of the pristine library in a folder of its own. */
function copy(): string {
  const file = tempLibraryPath();
  fs.copyFileSync(pristine, file);
  return file;
}

/** The page numbers of b-tree pages (not overflow or free pages) of one table or index, from SQLite's dbstat. */
function btreePages(file: string, name: string, type: 'leaf' | 'internal'): number[] {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.prepare<[string, string], number>('SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno').pluck().all(name, type);
  } finally {
    db.close();
  }
}

function pageSize(file: string): number {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.pragma('page_size', { simple: true }) as number;
  } finally {
    db.close();
  }
}

/** Overwrites `bytes` at `offset` of the file. */
function overwrite(file: string, offset: number, bytes: Buffer): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, bytes, 0, bytes.length, offset);
  } finally {
    fs.closeSync(fd);
  }
}

/** Deterministic "random" bytes, so a failure can be reproduced. */
function garbage(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** Changes ten bytes of every copy of `needle` in the file (old copies of a row may linger in a page's free space,
 * so the live one is among them); returns how many were changed. */
function changeTenBytes(file: string, needle: Buffer): number {
  const bytes = fs.readFileSync(file);
  let count = 0;
  for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) {
    overwrite(file, at + 10, Buffer.from('XXXXXXXXXX'));
    count += 1;
  }
  return count;
}

/** One line (a sentence may hold a path), not a stack or a pile of repeated errors. */
function oneLine(text: string): void {
  expect(text.trimEnd().split('\n')).toHaveLength(1);
}

/**
 * Opening, listing and searching a damaged library: one sentence each (with the expected code and words), and the
 * file's bytes unchanged.
 */
async function expectRefused(file: string, code: string, words: RegExp, options: { tryImport?: boolean } = {}): Promise<void> {
  tried += 1;
  const before = sha(file);
  let caught: unknown;
  try {
    openLibrary(file).close();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(LibraryError);
  expect((caught as LibraryError).code).toBe(code);
  expect((caught as LibraryError).message).toMatch(words);
  expect((caught as LibraryError).message).toContain(file);
  const commands = [['list', '--db', file], ['search', 'ferry', '--db', file]];
  // An import (a write) is tried on some of the cases only: reading its input costs seconds before the library opens.
  if (options.tryImport) commands.push(['import', '--db', file, article]);
  for (const args of commands) {
    const result = await run(args);
    expect(result.code, args.join(' ')).toBe(1);
    expect(result.out).toBe('');
    oneLine(result.err);
    expect(result.err).toMatch(words);
  }
  expect(sha(file)).toBe(before);
}

const DAMAGED = /is damaged \(its database structure failed a check\); Verbatim opened nothing and wrote nothing\. Restore it from a backup/;

beforeAll(async () => {
  article = path.join(path.dirname(tempLibraryPath()), 'article.txt');
  fs.writeFileSync(article, 'Ferry tariffs cut at the port\n\nThe minister said on Monday that ferry tariffs at the port would be cut by a tenth.\n\nThe cut takes effect next month, officials said.\n');
  pristine = tempLibraryPath();
  await fillLibrary(pristine, CLIPS);
  // The generated clips carry placeholder hashes; give them the real ones, as clipping would have.
  const db = new BetterSqlite3(pristine);
  const fix = db.prepare('UPDATE articles SET content_hash = ? WHERE seq = ?');
  db.transaction(() => {
    for (const row of db.prepare<[], { seq: number; text: string }>('SELECT seq, text FROM articles').all()) fix.run(contentHash(row.text), row.seq);
  })();
  db.close();
  // Indexed for search, and checkpointed into the one file (the last connection's close folds the WAL back in).
  const library = openLibrary(pristine);
  const service = new LibraryService(library);
  expect(service.search.articles({ query: 'ferry', sort: 'relevance', offset: 0, limit: 5, facets: false }).total).toBeGreaterThan(0);
  library.close();
  expect(fs.existsSync(`${pristine}-wal`)).toBe(false);
}, 120_000);

afterAll(() => {
  console.log(`library damage: ${tried} damaged or locked libraries tried`);
});

describe('a damaged library', () => {
  it('opens, lists and searches when it is whole', async () => {
    const file = copy();
    expect((await run(['list', '--db', file])).code).toBe(0);
    const found = await run(['search', 'ferry', '--db', file]);
    expect(found).toMatchObject({ code: 0, err: '' });
    expect(found.out).toMatch(/clips? match/);
    expect(await run(['check', '--db', file])).toMatchObject({ code: 0, out: expect.stringMatching(/^ok: .*\(its structure and the text of 1500 clips checked\)\n$/) });
  });

  it('is refused when bytes of its b-tree pages are flipped (page headers, cell pointers, whole pages of garbage)', async () => {
    const size = pageSize(pristine);
    const cases: Array<{ name: string; damage: (file: string) => void }> = [];
    // An index's leaf page: its header (type, first freeblock, cell count, content start) flipped.
    for (const [index, type] of [['articles_content_hash', 'leaf'], ['articles_content_hash', 'internal'], ['articles', 'internal'], ['articles', 'leaf'], ['sqlite_schema', 'leaf']] as const) {
      const pages = btreePages(pristine, index, type);
      if (pages.length === 0) continue;
      const page = pages[Math.floor(pages.length / 2)]!;
      const header = page === 1 ? 100 : 0;
      cases.push({
        name: `${index} ${type} page ${page}: header and cell pointers flipped`,
        damage: (file) => {
          const at = (page - 1) * size + header;
          const bytes = fs.readFileSync(file).subarray(at, at + 16);
          overwrite(file, at, Buffer.from(bytes.map((b) => b ^ 0xa5)));
        },
      });
    }
    // A whole b-tree page in the middle of the file overwritten with garbage.
    const middle = btreePages(pristine, 'articles', 'leaf').filter((p) => p > 1);
    const victim = middle[Math.floor(middle.length / 2)]!;
    cases.push({ name: `articles leaf page ${victim} overwritten with garbage`, damage: (file) => overwrite(file, (victim - 1) * size, garbage(size, victim)) });
    expect(cases.length).toBeGreaterThanOrEqual(5);
    for (const [i, c] of cases.entries()) {
      const file = copy();
      c.damage(file);
      await expectRefused(file, 'LIBRARY_DAMAGED', DAMAGED, { tryImport: i === 0 });
      // `verbatim check` reads it anyway and lists what is wrong, exit 1.
      const checked = await run(['check', '--db', file]);
      expect(checked.code, c.name).toBe(1);
      expect(checked.out).toMatch(/is damaged/);
    }
  }, 120_000);

  it('is refused when the file is cut short, at several points', async () => {
    const full = fs.statSync(pristine).size;
    for (const at of [Math.floor(full * 0.9), Math.floor(full / 2), pageSize(pristine) * 3, 4096, 100, 50]) {
      const file = copy();
      fs.truncateSync(file, at);
      await expectRefused(file, 'LIBRARY_DAMAGED', DAMAGED);
    }
  }, 120_000);

  it('is refused when its header is blanked, and a file of garbage or text is not taken for a library', async () => {
    const blank = copy();
    overwrite(blank, 0, Buffer.alloc(100));
    await expectRefused(blank, 'LIBRARY_DAMAGED', DAMAGED, { tryImport: true });

    const junk = copy();
    fs.writeFileSync(junk, garbage(fs.statSync(pristine).size, 7));
    await expectRefused(junk, 'LIBRARY_NOT_SQLITE', /is not a Verbatim library \(it is not an SQLite database\); it was left untouched/);

    const text = copy();
    fs.writeFileSync(text, 'Minutes of the meeting\n\nNot a database at all.\n'.repeat(200));
    await expectRefused(text, 'LIBRARY_NOT_SQLITE', /is not a Verbatim library/);
  }, 60_000);

  it('is found damaged in the background when it is too large to check at open, and then no longer written', async () => {
    const file = copy();
    const size = pageSize(pristine);
    const pages = btreePages(pristine, 'articles_content_hash', 'leaf');
    const page = pages[Math.floor(pages.length / 2)]!;
    overwrite(file, (page - 1) * size, garbage(16, page));
    const before = sha(file);
    tried += 1;
    // As a library over QUICK_CHECK_INLINE_BYTES is: opened at once, checked right after.
    const library = openLibrary(file, { checkInlineUpTo: 0 });
    try {
      expect(library.health()).toBe('checking');
      expect(await library.checked).toBe('damaged');
      const service = new LibraryService(library);
      let caught: unknown;
      try {
        service.clipText('A new clip that must not be written into a damaged library.\n\nIt has a second paragraph.');
      } catch (err) {
        caught = err;
      }
      expect(caught).toMatchObject({ code: 'LIBRARY_DAMAGED' });
      oneLine((caught as Error).message);
    } finally {
      library.close();
    }
    expect(sha(file)).toBe(before);
  }, 60_000);
});

describe('a locked or read-only library', () => {
  it('gives one sentence while another connection holds it with an EXCLUSIVE lock, and is unchanged', async () => {
    const file = copy();
    const holder = new BetterSqlite3(file);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    holder.prepare('SELECT count(*) FROM articles').get();
    try {
      tried += 1;
      const before = sha(file);
      expect(() => openLibrary(file)).toThrow(expect.objectContaining({ code: 'LIBRARY_LOCKED', message: expect.stringMatching(/is locked by another program that is using it; Verbatim changed nothing/) }));
      const searched = await run(['search', 'ferry', '--db', file]);
      expect(searched.code).toBe(1);
      oneLine(searched.err);
      expect(searched.err).toMatch(/is locked by another program/);
      expect(sha(file)).toBe(before);
    } finally {
      holder.exec('COMMIT');
      holder.close();
    }
  }, 60_000);

  it('opens read-only, lists, searches and reports on it, and refuses writes in one sentence', async () => {
    const file = copy();
    // Changes made since the index was last brought up to date: a read-only library is searched without them.
    const writer = new BetterSqlite3(file);
    writer.prepare("UPDATE articles SET title = 'Ferry tariffs renamed' WHERE seq = 3").run();
    writer.close();
    tried += 1;
    const before = sha(file);
    const library = openLibrary(file, { readonly: true });
    try {
      expect(library.readOnly).toBe('opened read-only');
      expect(library.db.readonly).toBe(true);
      const service = new LibraryService(library);
      expect(service.list({ offset: 0, limit: 10, trash: false }).total).toBe(CLIPS);
      const result = service.search.articles({ query: 'ferry', sort: 'relevance', offset: 0, limit: 5, facets: true });
      expect(result.error).toBeNull();
      expect(result.total).toBeGreaterThan(0);
      expect(service.search.notIndexed).toBe(1);
      expect(service.search.indexNote()).toBe('1 recent change is not yet in the search index (the library cannot be written just now), so the results may miss it.');
      expect(service.search.articleIds('ferry').ids.length).toBe(result.total);
      // A report reads through the same search.
      const definition = reportDefinitionSchema.parse({ title: 'Ferries', template: 'digest', selection: { query: 'ferry', from: null, to: null } });
      const report = await new ReportService(library.db, service.search).render(definition, 'md');
      expect(Buffer.from(report.bytes).toString('utf8')).toContain('Ferries');
      expect(() => service.clipText('A clip for a read-only library.\n\nSecond paragraph here.')).toThrow(
        expect.objectContaining({ code: 'LIBRARY_READ_ONLY', message: expect.stringContaining(`${file} is read-only (opened read-only)`) }),
      );
    } finally {
      library.close();
    }
    expect(sha(file)).toBe(before);
  });

  it('refuses a read-only library from an older version, saying it must be made writable to be upgraded', () => {
    const file = tempLibraryPath();
    openLibrary(file, { upTo: 10 }).close();
    tried += 1;
    const before = sha(file);
    expect(() => openLibrary(file, { readonly: true })).toThrow(
      expect.objectContaining({ code: 'LIBRARY_READ_ONLY', message: expect.stringMatching(/is read-only \(opened read-only\) and was written by an older version of Verbatim \(schema 10; .*make it writable so that Verbatim can upgrade it; nothing was changed/) }),
    );
    expect(sha(file)).toBe(before);
  });

  it('works read-only with a file chmod 0444 (not as root, where chmod does not stop writes)', async (ctx) => {
    if (process.getuid?.() === 0) {
      ctx.skip('running as root: chmod 0444 does not stop root from writing, so the file would not be read-only (the read-only disk test below covers root)');
      return;
    }
    const file = copy();
    fs.chmodSync(file, 0o444);
    tried += 1;
    const before = sha(file);
    const searched = await run(['search', 'ferry', '--db', file]);
    expect(searched.code).toBe(0);
    expect(searched.out).toMatch(/clips? match/);
    const imported = await run(['import', '--db', file, article]);
    expect(imported.code).toBe(1);
    oneLine(imported.err);
    expect(imported.err).toMatch(/is read-only: the file is not writable/);
    expect(sha(file)).toBe(before);
  });

  it('on a read-only disk (a tmpfs remounted read-only, as root): works with its -shm beside it, else one sentence', async (ctx) => {
    const why = tmpfsUnavailable();
    if (why) {
      ctx.skip(why);
      return;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-rodisk-'));
    const ro = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-rodisk-ro-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', dir]);
    let bound = false;
    try {
      fs.copyFileSync(pristine, path.join(dir, 'closed.db'));
      fs.copyFileSync(pristine, path.join(dir, 'open.db'));
      // A reader left open keeps open.db-shm (and -wal) beside it, as a copy taken while Verbatim ran would have.
      const holder = new BetterSqlite3(path.join(dir, 'open.db'), { readonly: true });
      holder.prepare('SELECT count(*) FROM articles').get();
      // The same tmpfs seen through a read-only bind mount: every write there fails with EROFS, as on a read-only
      // medium (a plain remount,ro is refused while the reader above holds a file open for writing).
      execFileSync('mount', ['--bind', dir, ro]);
      bound = true;
      execFileSync('mount', ['-o', 'remount,ro,bind', ro]);
      const closed = path.join(ro, 'closed.db');
      const open = path.join(ro, 'open.db');
      tried += 2;
      const before = [sha(closed), sha(open)];
      // Cleanly closed: SQLite cannot create closed.db-shm on a read-only disk, and says so in one sentence.
      const refused = await run(['search', 'ferry', '--db', closed]);
      expect(refused.code).toBe(1);
      oneLine(refused.err);
      expect(refused.err).toMatch(/is on a read-only disk or in a read-only folder, where it cannot even be read .*copy it to a writable folder/);
      const searched = await run(['search', 'ferry', '--db', open]);
      expect(searched).toMatchObject({ code: 0, err: '' });
      expect(searched.out).toMatch(/clips? match/);
      expect((await run(['list', '--db', open])).code).toBe(0);
      const imported = await run(['import', '--db', open, article]);
      expect(imported.code).toBe(1);
      oneLine(imported.err);
      expect(imported.err).toMatch(/is read-only: it is on a read-only disk/);
      holder.close();
      expect([sha(closed), sha(open)]).toEqual(before);
    } finally {
      if (bound) execFileSync('umount', ['-l', ro]);
      execFileSync('umount', ['-l', dir]);
    }
  }, 60_000);
});

describe('a clip whose text was changed outside Verbatim', () => {
  it('is flagged in the reader and by verbatim check, not silently shown', async () => {
    const file = copy();
    const db = new BetterSqlite3(file, { readonly: true });
    const { id, text } = db.prepare<[], { id: string; text: string }>('SELECT id, text FROM articles WHERE seq = 700').get()!;
    db.close();
    // Ten bytes of the text changed in the file itself, as another program or a bad disk would.
    const needle = Buffer.from(text.slice(0, text.indexOf(':') + 1), 'utf8');
    expect(needle.toString()).toMatch(/meeting 700:$/);
    expect(changeTenBytes(file, needle)).toBeGreaterThan(0);
    tried += 1;

    const library = openLibrary(file);
    try {
      const service = new LibraryService(library);
      const changed = service.get(id);
      expect(changed.text).not.toBe(text);
      expect(changed.integrity).toBe('changed-outside-verbatim');
      const other = library.db.prepare<[], string>('SELECT id FROM articles WHERE seq = 701').pluck().get()!;
      expect(service.get(other).integrity).toBe('ok');
      // An edit through Verbatim stores the new hash: the clip is its own again.
      service.updateText(id, `${changed.text}\n\nA paragraph added in Verbatim.`);
      expect(service.get(id).integrity).toBe('ok');
    } finally {
      library.close();
    }

    const again = copy();
    changeTenBytes(again, needle);
    const checked = await run(['check', '--db', again]);
    expect(checked.code).toBe(1);
    expect(checked.out).toContain(`warning: the text of “`);
    expect(checked.out).toContain(`(${id}) was changed outside Verbatim`);
    expect(checked.out).toMatch(/\n1 of 1500 clips changed outside Verbatim\.\n$/);
  }, 60_000);
});
