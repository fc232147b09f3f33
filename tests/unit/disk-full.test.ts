// Issue 21, point 9: a full disk. Search answers from the index as it stands with at most one line about what it
// could not index; a write gives one sentence (DISK_FULL); nothing already stored is lost; once space is freed,
// writes work again. Always run with SQLite's own limit (PRAGMA max_page_count fails a write with SQLITE_FULL, exactly
// as a full disk does), and for real on a small tmpfs filled to the last byte where one can be mounted (root).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../db/connection';
import { LibraryError } from '../../db/errors';
import { LibraryService } from '../../electron/library/service';
import { tempLibraryPath } from '../helpers/library';
import { tmpfsUnavailable } from '../helpers/mounts';
import { runCli as run } from '../helpers/cli';

/** A distinct article about ferries, long enough that a few of them need new pages. */
function article(n: number, paragraphs = 3): string {
  const body = Array.from({ length: paragraphs }, (_, p) => `Paragraph ${p + 1} of report ${n}: the ferry operator at the port of Alat said cargo volumes rose ${n + p} percent, and the minister promised new berths by ${2026 + (p % 4)}.`);
  return `Ferry traffic report number ${n}\n\n${body.join('\n\n')}`;
}

/** Full disks tried: SQLite's page limit always, a real tmpfs where one can be mounted. */
const tried: string[] = [];
afterAll(() => {
  const n = tried.filter((t) => !t.includes('skipped')).length;
  console.log(`disk full: ${n} full disk${n === 1 ? '' : 's'} tried (${tried.join('; ')})`);
});

const SEARCH = { query: 'ferry', sort: 'newest' as const, offset: 0, limit: 500, facets: true };

function liveCount(library: Library): number {
  return library.db.prepare<[], number>('SELECT count(*) FROM articles WHERE deleted_at IS NULL').pluck().get() ?? 0;
}

/** Clips until the disk is full; returns the error that said so, and how many clips got in first. */
function clipUntilFull(service: LibraryService, from: number, paragraphs: number): { error: unknown; stored: number } {
  for (let n = from; n < from + 2000; n++) {
    try {
      service.clipText(article(n, paragraphs));
    } catch (error) {
      return { error, stored: n - from };
    }
  }
  throw new Error('the disk never filled up');
}

function expectDiskFull(error: unknown, file: string): void {
  expect(error).toBeInstanceOf(LibraryError);
  expect(error).toMatchObject({ code: 'DISK_FULL' });
  const message = (error as Error).message;
  expect(message).toBe(`The disk that holds ${file} is full: nothing was written, and everything already in the library is kept. Free some space and try again.`);
}

describe('a full disk (SQLite max_page_count)', () => {
  it('searches from the index as it stands, refuses writes in one sentence, loses nothing, and writes again once there is room', () => {
    const file = tempLibraryPath();
    const library = openLibrary(file);
    try {
      const service = new LibraryService(library);
      for (let n = 1; n <= 20; n++) service.clipText(article(n));
      expect(service.search.articles(SEARCH).total).toBe(20);
      // Long clips not yet in the index when the disk fills (the index is brought up to date before a search).
      for (let n = 21; n <= 23; n++) service.clipText(article(n, 40));
      const ids = library.db.prepare<[], string>('SELECT id FROM articles').pluck().all();

      // The disk is full: not one page more.
      const pages = library.db.pragma('page_count', { simple: true }) as number;
      library.db.pragma(`max_page_count = ${pages}`);
      const { error, stored } = clipUntilFull(service, 100, 30);
      expectDiskFull(error, file);
      tried.push(`max_page_count: the write after ${stored} clips refused`);

      // Nothing already stored is lost, and the failed clip left nothing half-written.
      expect(liveCount(library)).toBe(23 + stored);
      for (const id of ids) expect(service.get(id).integrity).toBe('ok');

      // Search still answers, from the index as it stands, and says once what it could not index.
      const result = service.search.articles(SEARCH);
      expect(result.error).toBeNull();
      expect(result.total).toBeGreaterThanOrEqual(20);
      expect(result.facets).not.toBeNull();
      // Each clip's row and its statements' rows wait to be indexed.
      expect(service.search.notIndexed).toBeGreaterThanOrEqual(3 + stored);
      const note = service.search.indexNote()!;
      expect(note.split('\n')).toHaveLength(1);
      expect(note).toMatch(/^\d+ recent changes are not yet in the search index/);
      expect(service.search.statements({ ...SEARCH, facets: false }).error).toBeNull();
      expect(service.list({ offset: 0, limit: 5, trash: false, search: 'ferry' }).total).toBeGreaterThanOrEqual(20);

      // Room again: writes work, and the next search indexes everything.
      library.db.pragma('max_page_count = 4294967294');
      service.clipText(article(5000));
      const after = service.search.articles(SEARCH);
      expect(service.search.notIndexed).toBe(0);
      expect(after.total).toBe(23 + stored + 1);
    } finally {
      library.close();
    }
  });
});

/** Fills the filesystem to the last byte it will take. */
function fillDisk(file: string): void {
  const fd = fs.openSync(file, 'w');
  try {
    for (const size of [1 << 20, 1 << 16, 1 << 12, 512, 1]) {
      const chunk = Buffer.alloc(size, 0x5a);
      for (;;) {
        try {
          fs.writeSync(fd, chunk);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === 'ENOSPC') break;
          throw err;
        }
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}

describe('a full disk (a real one: a small tmpfs filled up)', () => {
  it('searches with at most one warning line, refuses writes in one sentence, loses nothing, and writes again once there is room', async (ctx) => {
    const why = tmpfsUnavailable();
    if (why) {
      tried.push(`tmpfs skipped: ${why}`);
      ctx.skip(why);
      return;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-fulldisk-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=12m', 'tmpfs', dir]);
    const file = path.join(dir, 'library.db');
    const filler = path.join(dir, 'filler.bin');
    const input = path.join(os.tmpdir(), `verbatim-fulldisk-${process.pid}.txt`);
    fs.writeFileSync(input, article(9000));
    // This connection stays open throughout, so library.db-shm stays allocated beside the file (as while the app runs).
    const library = openLibrary(file);
    try {
      const service = new LibraryService(library);
      for (let n = 1; n <= 20; n++) service.clipText(article(n));
      expect(service.search.articles(SEARCH).total).toBe(20);
      for (let n = 21; n <= 23; n++) service.clipText(article(n, 40));
      // An empty WAL: every write from here on must grow a file.
      library.db.pragma('wal_checkpoint(TRUNCATE)');
      fillDisk(filler);

      const { error, stored } = clipUntilFull(service, 100, 3);
      expectDiskFull(error, file);
      tried.push(`a 12 MB tmpfs: the write after ${stored} clips refused`);
      expect(liveCount(library)).toBe(23 + stored);

      // The command line: results, and at most one line on stderr.
      const searched = await run(['search', 'ferry', '--db', file, '--limit', '500', '--sort', 'newest']);
      expect(searched.code, searched.err).toBe(0);
      expect(searched.out).toMatch(/\n\d+ clips match\.\n$/);
      expect(Number(/(\d+) clips match/.exec(searched.out)![1])).toBeGreaterThanOrEqual(20);
      const lines = searched.err.split('\n').filter(Boolean);
      expect(lines.length).toBeLessThanOrEqual(1);
      expect(lines).toEqual([expect.stringMatching(/^verbatim: \d+ recent changes? (is|are) not yet in the search index/)]);
      const listed = await run(['list', '--db', file, '--json']);
      expect(listed.code).toBe(0);
      expect(JSON.parse(listed.out)).toHaveLength(23 + stored);
      const imported = await run(['import', '--db', file, input]);
      expect(imported.code).toBe(1);
      // One error line (the import's progress line aside).
      expect(imported.err.split('\n').filter((l) => l.startsWith('verbatim:'))).toEqual([expect.stringContaining(`could not be imported: The disk that holds ${file} is full`)]);

      // Room again.
      fs.rmSync(filler);
      service.clipText(article(5000));
      const again = await run(['search', 'ferry', '--db', file, '--limit', '500']);
      expect(again).toMatchObject({ code: 0, err: '' });
      expect(again.out).toContain(`${23 + stored + 1} clips match.`);
    } finally {
      library.close();
      fs.rmSync(input, { force: true });
      execFileSync('umount', ['-l', dir]);
    }
  }, 120_000);
});
