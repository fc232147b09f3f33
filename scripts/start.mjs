// `npm start`: build, make sure better-sqlite3 exists for Electron's ABI, then launch the desktop app.
// Arguments after `--` go to the app, e.g. `npm start -- --db ~/press/library.db`.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const step = (script) => {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', script)], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
step('build.mjs');
step('electron-native.mjs');

// The electron package resolves (and on first launch downloads) its binary.
const electron = createRequire(import.meta.url)('electron');
const child = spawn(electron, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
