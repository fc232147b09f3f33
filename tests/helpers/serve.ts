// Starts the real `verbatim serve` (the built CLI) on a fresh library in a temporary folder and hands back its
// address; used by the browser tests.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ServedLibrary {
  url: string;
  origin: string;
  token: string;
  dbPath: string;
  dir: string;
  stop(): Promise<void>;
}

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

export function tempDir(prefix = 'verbatim-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** `root` is the checkout whose build is served: this one, or another (a benchmark's baseline worktree). */
export async function serveLibrary(dbPath?: string, root: string = ROOT): Promise<ServedLibrary> {
  const dir = dbPath ? path.dirname(dbPath) : tempDir();
  const db = dbPath ?? path.join(dir, 'library.db');
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'bin', 'verbatim.mjs'), 'serve', '--db', db, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`verbatim serve did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`verbatim serve exited with ${code}:\n${output}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    dbPath: db,
    dir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
