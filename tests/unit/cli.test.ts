// `verbatim` in-process (every error path) and as a real process through bin/verbatim.mjs (what npx runs).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { main } from '../../electron/cli';
import type { CliIO } from '../../electron/cli/io';
import { FIXTURES, SEED_FILE, tempLibraryPath } from '../helpers/library';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'verbatim.mjs');
const INTERVIEW = path.join(FIXTURES, 'pasted-interview.txt');

async function run(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    readStdin: async () => Buffer.from(stdin),
    env: {},
    untilInterrupted: () => Promise.resolve(),
  };
  const code = await main(args, io);
  return { code, out, err };
}

function tempFile(name: string, content: string | Buffer): string {
  const file = path.join(path.dirname(tempLibraryPath()), name);
  fs.writeFileSync(file, content);
  return file;
}

function sha(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

describe('verbatim import and list', () => {
  it('imports a file and lists it as JSON', async () => {
    const db = tempLibraryPath();
    const imported = await run(['import', '--db', db, INTERVIEW]);
    expect(imported).toMatchObject({ code: 0, err: '' });
    expect(imported.out).toMatch(/^imported: .*pasted-interview\.txt → “Georgia and Kazakhstan.*” \(Kaspi\.News, 2025-02-11\)\n$/);
    const listed = await run(['list', '--db', db, '--json']);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out)).toEqual([expect.objectContaining({ outlet: 'Kaspi.News', publishedAt: '2025-02-11', language: 'en' })]);
  });

  it('reads standard input with -, and reports a duplicate instead of storing it twice', async () => {
    const db = tempLibraryPath();
    const text = fs.readFileSync(path.join(FIXTURES, 'pasted-russian.txt'), 'utf8');
    expect((await run(['import', '--db', db, '-'], text)).code).toBe(0);
    const again = await run(['import', '--db', db, '--json', '-'], text);
    expect(JSON.parse(again.out)).toEqual([expect.objectContaining({ status: 'duplicate', outlet: 'Kaspi.News' })]);
    expect(JSON.parse((await run(['list', '--db', db, '--json'])).out)).toHaveLength(1);
  });

  it('prints an empty library as a hint, and lists the trash on request', async () => {
    const db = tempLibraryPath();
    expect((await run(['list', '--db', db])).out).toMatch(/is empty\. Import a clip with: verbatim import FILE/);
    expect(JSON.parse((await run(['list', '--db', db, '--trash', '--json'])).out)).toEqual([]);
  });

  it.each([
    ['a missing file', () => path.join(FIXTURES, 'no-such-article.txt'), /no-such-article\.txt: no such file\.$/],
    ['an empty file', () => tempFile('empty.txt', ''), /empty\.txt is empty: there is nothing to import\.$/],
    ['white space only', () => tempFile('blank.txt', ' \n\t\n'), /blank\.txt holds only white space/],
    ['a binary file', () => tempFile('photo.txt', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00])), /photo\.txt is not text: it looks like a binary file\.$/],
    ['invalid UTF-8', () => tempFile('latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72])), /latin1\.txt is not valid UTF-8 text/],
    ['page clutter only', () => tempFile('clutter.txt', '+ ↺ − 16 px\nShare Print\n'), /clutter\.txt: There is no article text here/],
    ['a folder', () => FIXTURES, /is a folder; name the files to import\.$/],
  ])('refuses %s with one line on stderr, a non-zero exit, and no library created', async (_what, makeInput, message) => {
    const db = tempLibraryPath();
    const result = await run(['import', '--db', db, INTERVIEW, makeInput()]);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.err.trim()).toMatch(/^verbatim: /);
    expect(result.err.trim()).toMatch(message);
    expect(fs.existsSync(db)).toBe(false);
  });

  it('refuses a library from a newer version and leaves it untouched', async () => {
    const db = tempLibraryPath();
    const future = new BetterSqlite3(db);
    future.pragma('user_version = 999');
    future.close();
    const before = sha(db);
    for (const args of [['import', '--db', db, INTERVIEW], ['list', '--db', db, '--json']]) {
      const result = await run(args);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/^verbatim: The library .* was written by a newer version of Verbatim \(schema 999; this version knows up to \d+\)\. Update Verbatim to open it; the file was left untouched\.\n$/);
    }
    expect(sha(db)).toBe(before);
  });

  it('explains usage mistakes with exit code 2', async () => {
    expect(await run(['frobnicate'])).toMatchObject({ code: 2, err: 'verbatim: Unknown command "frobnicate" (see verbatim --help).\n' });
    expect((await run(['import', '--db', tempLibraryPath()])).code).toBe(2);
    expect((await run(['list', '--colour'])).err).toMatch(/^verbatim: Unknown option '--colour'/);
    expect((await run(['serve', '--port', 'eighty'])).err).toBe('verbatim: --port must be a whole number from 0 to 65535, not "eighty".\n');
    expect((await run(['--help'])).out).toContain('Usage: verbatim <command>');
    expect((await run([])).code).toBe(2);
  });

  it('uses VERBATIM_DB when no --db is given', async () => {
    const db = tempLibraryPath();
    let out = '';
    const io: CliIO = { stdout: (t) => (out += t), stderr: () => undefined, readStdin: async () => Buffer.alloc(0), env: { VERBATIM_DB: db }, untilInterrupted: () => Promise.resolve() };
    expect(await main(['import', INTERVIEW], io)).toBe(0);
    expect(fs.existsSync(db)).toBe(true);
    expect(out).toContain('Kaspi.News');
  });
});

describe('bin/verbatim.mjs as a process (what `npx verbatim` runs)', () => {
  it('imports the seed document (or the project’s own fixture where the corpus is absent) and lists it', () => {
    const db = tempLibraryPath();
    const input = fs.existsSync(SEED_FILE) ? SEED_FILE : INTERVIEW;
    const expected = fs.existsSync(SEED_FILE) ? { outlet: 'News.Az', publishedAt: '2024-03-26' } : { outlet: 'Kaspi.News', publishedAt: '2025-02-11' };
    execFileSync(process.execPath, [BIN, 'import', '--db', db, input], { encoding: 'utf8' });
    const listed = JSON.parse(execFileSync(process.execPath, [BIN, 'list', '--db', db, '--json'], { encoding: 'utf8' })) as unknown[];
    expect(listed).toEqual([expect.objectContaining(expected)]);
  });

  it('exits non-zero with one line on stderr for a missing file', () => {
    const result = spawnSync(process.execPath, [BIN, 'import', '--db', tempLibraryPath(), '/nonexistent/article.txt'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('verbatim: /nonexistent/article.txt: no such file.\n');
  });

  it('serves the UI and the routes, printing the address with its token', async () => {
    const { serveLibrary } = await import('../helpers/serve');
    const served = await serveLibrary(tempLibraryPath());
    try {
      const page = await fetch(served.origin);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      const info = await fetch(`${served.origin}/api/app.info`, { method: 'POST', headers: { Authorization: `Bearer ${served.token}` }, body: '{}' });
      expect(await info.json()).toMatchObject({ ok: true, result: { libraryPath: served.dbPath } });
      expect((await fetch(`${served.origin}/api/app.info`, { method: 'POST', body: '{}' })).status).toBe(403);
    } finally {
      await served.stop();
    }
  });
});
