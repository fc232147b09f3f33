// Two processes writing to one library, as when `verbatim import` runs while `verbatim serve` (or the desktop app)
// has the library open: the real built CLI in both, the server taking writes through its routes the whole time.
// Every file must arrive and every write must go through; none may fail with "database is locked".
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LibraryBusyError, retryWhileBusy, writeTransaction } from '../../db/write-transaction';
import { toWireError } from '../../electron/api/errors';
import { main } from '../../electron/cli';
import { PLAIN_EVERY } from '../../electron/cli/import-command';
import type { CliIO } from '../../electron/cli/io';
import { ROOT, serveLibrary, tempDir } from '../helpers/serve';

const FILES = 200;
const WRITERS = 2;

const OUTLETS = ['Caspian Wire', 'Steppe Herald', 'Kaspi.News', 'Black Sea Post'];
const PORTS = ['Aktau', 'Baku', 'Poti', 'Batumi', 'Kuryk', 'Turkmenbashi', 'Alat', 'Constanța'];

/** A short article with a quotation and an apposition, so that each clip also stores statements and a proposed official. */
function article(i: number): string {
  const port = PORTS[i % PORTS.length]!;
  const other = PORTS[(i * 3 + 1) % PORTS.length]!;
  return [
    `Ferry line ${i} links ${port} and ${other}`,
    '',
    `The shipping line number ${i} between ${port} and ${other} will carry ${i * 17 + 40} more trucks a week from March, ` +
      `Harbour Master Walter Quay${i}, head of the ${port} port authority, said on Monday.`,
    '',
    `“Capacity on route ${i} grows by ${(i % 9) + 2} sailings, and the customs check at ${other} takes ${i % 5 + 1} hours less,” he said.`,
    '',
    `Freight volumes through ${port} rose by ${i % 40} per cent in ${2000 + (i % 24)}, according to figure ${i * 31}.`,
    '',
    `${OUTLETS[i % OUTLETS.length]}`,
  ].join('\n');
}

function runImport(db: string, folder: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'verbatim.mjs'), 'import', '--db', db, folder], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('an import while the server writes', () => {
  it('imports every file and lets every write through, neither failing with "database is locked"', { timeout: 120_000 }, async () => {
    const dir = tempDir('verbatim-two-writers-');
    const folder = path.join(dir, 'inbox');
    fs.mkdirSync(folder);
    for (let i = 0; i < FILES; i++) fs.writeFileSync(path.join(folder, `clip-${String(i).padStart(3, '0')}.txt`), article(i));
    const served = await serveLibrary(path.join(dir, 'library.db'));

    let writes = 0;
    const failures: string[] = [];
    let importing = true;
    const call = async (route: string, body: object): Promise<void> => {
      const response = await fetch(`${served.origin}/api/${route}`, { method: 'POST', headers: { Authorization: `Bearer ${served.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      const answer = (await response.json()) as { ok: boolean; error?: { code: string; message: string } };
      if (answer.ok) writes++;
      else failures.push(`${route}: ${answer.error?.code} ${answer.error?.message}`);
    };
    // Several writers at once, each a change in its own transaction, for as long as the import runs.
    const writer = async (w: number): Promise<void> => {
      for (let n = 0; importing; n++) {
        await call('tags.create', { name: `writer ${w} tag ${n}` });
        await call('topics.create', { name: `writer ${w} topic ${n}` });
        // A breath between changes, as a busy window makes them; without it the writers only measure SQLite's fairness.
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };

    try {
      const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
      const imported = await runImport(served.dbPath, folder).finally(() => (importing = false));
      await Promise.all(writers);

      const db = new BetterSqlite3(served.dbPath, { readonly: true });
      const articles = db.prepare<[], number>('SELECT count(*) FROM articles').pluck().get();
      const tags = db.prepare<[], number>("SELECT count(*) FROM tags WHERE name LIKE 'writer %'").pluck().get();
      db.close();

      console.log(`two writers: ${articles} files imported while ${writes} writes went through the server`);
      expect(imported.stderr).not.toMatch(/locked|busy/i);
      expect(failures).toEqual([]);
      expect({ code: imported.code, articles }).toEqual({ code: 0, articles: FILES });
      expect(imported.stdout).toContain(`${FILES} imported, 0 already in the library, 0 restored from the trash, 0 failed.`);
      expect(tags).toBe(writes / 2);
      expect(writes).toBeGreaterThan(0);
      // Its stderr is a pipe, not a terminal: plain progress lines, no bar redrawn with carriage returns.
      expect(imported.stderr).toContain(`imported ${PLAIN_EVERY}/${FILES} (0 failed)\n`);
      expect(imported.stderr).toContain(`imported ${FILES}/${FILES} (0 failed)\n`);
      expect(imported.stderr).not.toContain('\r');
      expect(imported.stderr).not.toContain('\x1b');
    } finally {
      importing = false;
      await served.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the import’s progress', () => {
  async function importFolder(isTTY: boolean, count: number): Promise<{ code: number; err: string }> {
    const dir = tempDir('verbatim-progress-');
    const folder = path.join(dir, 'inbox');
    fs.mkdirSync(folder);
    for (let i = 0; i < count; i++) fs.writeFileSync(path.join(folder, `clip-${String(i).padStart(3, '0')}.txt`), article(i));
    fs.writeFileSync(path.join(folder, 'zz-empty.txt'), '');
    let err = '';
    const io: CliIO = { stdout: () => undefined, stderr: (t) => (err += t), readStdin: async () => Buffer.alloc(0), env: {}, isTTY, untilInterrupted: () => Promise.resolve() };
    try {
      return { code: await main(['import', '--db', path.join(dir, 'library.db'), folder], io), err };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  it('is printed as plain lines when stderr is not a terminal, with the failures so far', { timeout: 60_000 }, async () => {
    const count = PLAIN_EVERY + 5;
    const { code, err } = await importFolder(false, count);
    expect(code).toBe(1);
    const lines = err.split('\n').filter(Boolean);
    const progress = lines.filter((l) => l.startsWith('imported '));
    // Every PLAIN_EVERY inputs (or every few seconds on a slow machine) and once at the end; never redrawn.
    expect(progress).toContain(`imported ${PLAIN_EVERY}/${count + 1} (0 failed)`);
    expect(progress.at(-1)).toBe(`imported ${count + 1}/${count + 1} (1 failed)`);
    for (const line of progress) expect(line).toMatch(/^imported \d+\/\d+ \(\d+ failed\)$/);
    expect(err).not.toContain('\r');
    expect(err).not.toContain('\x1b');
    expect(lines.filter((l) => !l.startsWith('imported '))).toEqual([expect.stringMatching(/^verbatim: .*zz-empty\.txt is empty/)]);
  });

  it('keeps the bar redrawn in place on a terminal', { timeout: 60_000 }, async () => {
    const { err } = await importFolder(true, 3);
    expect(err).toContain('\r\x1b[2K[1/4] clip-001.txt');
    expect(err).not.toMatch(/^imported \d+\//m);
  });
});

/** Another process holding the library's write lock until told to let go, or for `holdMs` (a synchronous wait in
 * this process blocks its timers, so only the other process can end the wait). */
async function holdWriteLock(file: string, holdMs = 0): Promise<{ pid: number; release(): Promise<void> }> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.prepare('BEGIN IMMEDIATE').run();
    process.stdout.write('locked\\n');
    const release = () => { db.prepare('COMMIT').run(); db.close(); process.exit(0); };
    process.stdin.once('data', release);
    if (Number(process.argv[2]) > 0) setTimeout(release, Number(process.argv[2]));`;
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['-e', script, file, String(holdMs)], { cwd: ROOT });
  // It may have let go by itself (holdMs) by the time it is told to.
  child.stdin.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the lock holder exited with ${code}`)));
  });
  return {
    pid: child.pid!,
    release: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin.write('release\n');
      }),
  };
}

describe('a write while another process holds the library', () => {
  function library(): { db: BetterSqlite3.Database; file: string } {
    const file = path.join(tempDir('verbatim-busy-'), 'library.db');
    const db = new BetterSqlite3(file);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE notes (text TEXT)');
    // SQLite's own wait is short here, so that the waiting is this module's (the app's connection waits 5 s).
    db.pragma('busy_timeout = 50');
    return { db, file };
  }

  it('waits its turn and then writes, synchronously and as a retried step', { timeout: 60_000 }, async () => {
    const { db, file } = library();
    const holder = await holdWriteLock(file, 600);
    writeTransaction(db, () => db.prepare("INSERT INTO notes VALUES ('after the wait')").run());
    await holder.release();
    const second = await holdWriteLock(file);
    setTimeout(() => void second.release(), 600);
    await retryWhileBusy(db, () => writeTransaction(db, () => db.prepare("INSERT INTO notes VALUES ('retried')").run(), { budgetMs: 0 }));
    expect(db.prepare('SELECT text FROM notes').pluck().all()).toEqual(['after the wait', 'retried']);
    db.close();
  });

  it('gives up after its budget with one sentence that names the process holding the library', { timeout: 60_000 }, async () => {
    const { db, file } = library();
    const holder = await holdWriteLock(file);
    try {
      let caught: unknown;
      try {
        writeTransaction(db, () => db.prepare("INSERT INTO notes VALUES ('never')").run(), { budgetMs: 300 });
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(LibraryBusyError);
      const wire = toWireError(caught);
      expect(wire.code).toBe('LIBRARY_LOCKED');
      expect(wire.message).toContain(`The library ${file} is busy`);
      if (process.platform === 'linux') expect(wire.message).toContain(`process ${holder.pid} (`);
      expect(wire.message).not.toMatch(/SQLITE|database is locked/);
      await expect(retryWhileBusy(db, () => db.prepare("INSERT INTO notes VALUES ('never')").run(), { budgetMs: 300 })).rejects.toBeInstanceOf(LibraryBusyError);
    } finally {
      await holder.release();
    }
    expect(db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(0);
    db.close();
  });
});
