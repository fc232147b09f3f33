// Where things live on disk. The library file sits in Electron's userData folder (Linux: ~/.config/Verbatim),
// computed the same way in plain Node so that the CLI, `serve` and the desktop app open the same library.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_NAME } from './version';

export function userDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_NAME);
}

export const LIBRARY_FILE = 'library.db';

/** `--db PATH` wins, then VERBATIM_DB, then the library in the user-data folder. */
export function resolveLibraryPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env, dataDir = userDataDir()): string {
  const chosen = flag ?? (env.VERBATIM_DB || undefined);
  return chosen ? path.resolve(chosen) : path.join(dataDir, LIBRARY_FILE);
}

/** Pulls `--db PATH` / `--db=PATH` out of an argument list (the Electron main process has no CLI parser). */
export function dbFlagFrom(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db') return argv[i + 1];
    if (arg.startsWith('--db=')) return arg.slice('--db='.length);
  }
  return undefined;
}

/** The built UI (dist/renderer), found from wherever this module was bundled or is run from. */
export function builtRendererDir(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, '../renderer'), path.resolve(here, '../dist/renderer')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html')) && fs.existsSync(path.join(dir, 'assets')));
}
