// `verbatim` in-process (every error path) and as a real process through bin/verbatim.mjs (what npx runs).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FIXTURES, SEED_FILE, tempLibraryPath } from '../helpers/library';
import { main } from '../../electron/cli';
import type { CliIO } from '../../electron/cli/io';
import { runCli as run } from '../helpers/cli';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'verbatim.mjs');
const INTERVIEW = path.join(FIXTURES, 'pasted-interview.txt');

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
    expect(imported.out).toMatch(/^imported: “Georgia and Kazakhstan.*” \(Kaspi\.News, 2025-02-11\) ← .*pasted-interview\.txt\n$/);
    const listed = await run(['list', '--db', db, '--json']);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out)).toEqual([expect.objectContaining({ outlet: 'Kaspi.News', publishedAt: '2025-02-11', language: 'en' })]);
  });

  it('reads standard input with -, and reports a duplicate instead of storing it twice', async () => {
    const db = tempLibraryPath();
    const text = fs.readFileSync(path.join(FIXTURES, 'pasted-russian.txt'), 'utf8');
    expect((await run(['import', '--db', db, '-'], text)).code).toBe(0);
    const again = await run(['import', '--db', db, '--json', '-'], text);
    expect(JSON.parse(again.out)).toMatchObject({ imported: 0, duplicates: 1, failed: [], inputs: [{ name: 'standard input', clips: [{ status: 'duplicate', outlet: 'Kaspi.News' }] }] });
    expect(JSON.parse((await run(['list', '--db', db, '--json'])).out)).toHaveLength(1);
  });

  it('prints an empty library as a hint, and lists the trash on request', async () => {
    const db = tempLibraryPath();
    expect((await run(['list', '--db', db])).out).toMatch(/is empty\. Import a clip with: verbatim import FILE/);
    expect(JSON.parse((await run(['list', '--db', db, '--trash', '--json'])).out)).toEqual([]);
  });

  it.each([
    ['a missing file', () => path.join(FIXTURES, 'no-such-article.txt'), /no-such-article\.txt: no such file or folder\.$/],
    ['an empty file', () => tempFile('empty.txt', ''), /empty\.txt is empty: there is nothing to clip\.$/],
    ['white space only', () => tempFile('blank.txt', ' \n\t\n'), /blank\.txt holds only white space/],
    ['a binary file', () => tempFile('photo.txt', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00])), /photo\.txt is not something Verbatim can clip: its content is binary/],
    ['binary junk named .html', () => tempFile('page.html', Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256))), /page\.html is not something Verbatim can clip/],
    ['page clutter only', () => tempFile('clutter.txt', '+ ↺ − 16 px\nShare Print\n'), /clutter\.txt holds no article text/],
    ['an empty folder', () => fs.mkdtempSync(path.join(path.dirname(tempLibraryPath()), 'empty-')), /is an empty folder\.$/],
  ])('refuses %s alone with one line on stderr, a non-zero exit, and no library created', async (_what, makeInput, message) => {
    const db = tempLibraryPath();
    const result = await run(['import', '--db', db, makeInput()]);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.err.trim()).toMatch(/^verbatim: /);
    expect(result.err.trim()).toMatch(message);
    expect(fs.existsSync(db)).toBe(false);
  });

  it('goes on past a bad input in a batch, stores the good ones and exits non-zero', async () => {
    const db = tempLibraryPath();
    const result = await run(['import', '--db', db, INTERVIEW, tempFile('empty.txt', ''), path.join(FIXTURES, 'pasted-russian.txt')]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/2 imported, 0 already in the library, 0 restored from the trash, 1 failed\.\n$/);
    expect(result.err).toMatch(/^verbatim: .*empty\.txt is empty/);
    expect(JSON.parse((await run(['list', '--db', db, '--json'])).out)).toHaveLength(2);
  });

  it('imports a folder, walking into subfolders and skipping hidden files', async () => {
    const dir = fs.mkdtempSync(path.join(path.dirname(tempLibraryPath()), 'clips-'));
    fs.mkdirSync(path.join(dir, 'march'));
    fs.copyFileSync(INTERVIEW, path.join(dir, 'interview.txt'));
    fs.copyFileSync(path.join(FIXTURES, 'pasted-russian.txt'), path.join(dir, 'march', 'russian.txt'));
    fs.writeFileSync(path.join(dir, '.DS_Store'), Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]));
    const db = tempLibraryPath();
    const result = await run(['import', '--db', db, '--json', dir]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ imported: 2, failed: [] });
  });

  it('imports a file in windows-1251 with its Cyrillic intact', async () => {
    const iconv = (await import('iconv-lite')).default;
    const text = fs.readFileSync(path.join(FIXTURES, 'pasted-russian.txt'), 'utf8');
    const file = tempFile('cp1251.txt', iconv.encode(text, 'windows-1251'));
    const db = tempLibraryPath();
    expect((await run(['import', '--db', db, file])).code).toBe(0);
    expect(JSON.parse((await run(['list', '--db', db, '--json'])).out)[0]).toMatchObject({ title: expect.stringContaining('Министр транспорта'), language: 'ru' });
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
    expect((await run(['extract'])).code).toBe(2);
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
    expect(result.stderr).toBe('verbatim: /nonexistent/article.txt: no such file or folder.\n');
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

describe('verbatim search', () => {
  it('prints clips and statements as JSON, in every script, and points at a query that does not parse', async () => {
    const db = tempLibraryPath();
    expect((await run(['import', '--db', db, INTERVIEW])).code).toBe(0);
    expect((await run(['import', '--db', db, '-'], 'Orta Dəhliz\n\nHikmət Hacıyev bildirib ki, Orta Dəhliz regionu birləşdirir və inkişaf etdirir.')).code).toBe(0);

    const clips = await run(['search', 'hikmet', 'haciyev', '--json', '--db', db]);
    expect(clips.code).toBe(0);
    expect((JSON.parse(clips.out) as Array<{ title: string }>).map((c) => c.title)).toEqual(['Orta Dəhliz']);

    const said = await run(['search', 'speaker:Beridze', '--statements', '--limit', '2', '--json', '--db', db]);
    expect(said.code).toBe(0);
    const statements = JSON.parse(said.out) as Array<Record<string, unknown>>;
    expect(statements).toHaveLength(2);
    expect(statements[0]).toEqual(
      expect.objectContaining({ speaker: 'Nino Beridze', official: 'Nino Beridze', kind: expect.any(String), articleId: expect.any(String), title: expect.any(String), outlet: 'Kaspi.News', date: expect.any(String), topics: [] }),
    );

    const broken = await run(['search', 'ports AND (', '--db', db]);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/does not parse/);
    expect(broken.err).toContain('^');
    expect((await run(['search', 'x', '--limit', 'lots', '--db', db])).code).toBe(2);
    expect((await run(['search', '--db', db])).code).toBe(2);
  });
});
