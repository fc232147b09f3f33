// Builds a second copy of better-sqlite3 for Electron's ABI in .electron-native/, leaving node_modules/ built for
// Node (the CLI, `serve` and the tests use that one). The Electron main process loads this copy through
// better-sqlite3's `nativeBinding` option; `npm run dist` ships it as an extra resource.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const target = path.join(root, '.electron-native');
const moduleDir = path.join(target, 'node_modules', 'better-sqlite3');
const binary = path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
const stampFile = path.join(target, 'stamp.json');

const electronVersion = JSON.parse(fs.readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const sqliteVersion = JSON.parse(fs.readFileSync(require.resolve('better-sqlite3/package.json'), 'utf8')).version;
const stamp = JSON.stringify({ electronVersion, sqliteVersion, platform: process.platform, arch: process.arch });

if (fs.existsSync(binary) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) {
  console.log(`better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} is up to date in .electron-native/`);
  process.exit(0);
}

console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${process.platform}-${process.arch})…`);
fs.rmSync(target, { recursive: true, force: true });
fs.mkdirSync(path.dirname(moduleDir), { recursive: true });
const source = path.dirname(require.resolve('better-sqlite3/package.json'));
fs.cpSync(source, moduleDir, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });
fs.writeFileSync(path.join(target, 'package.json'), JSON.stringify({ name: 'verbatim-electron-native', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }, null, 2));

const { rebuild } = await import('@electron/rebuild');
try {
  await rebuild({ buildPath: target, electronVersion, arch: process.arch, onlyModules: ['better-sqlite3'], force: true, buildFromSource: true });
} catch (err) {
  console.error(`Could not build better-sqlite3 for Electron: ${err instanceof Error ? err.message : String(err)}`);
  console.error('Building for Electron needs its headers, downloaded once from the Electron project; check the network and try again.');
  process.exit(1);
}
if (!fs.existsSync(binary)) {
  console.error(`The Electron build of better-sqlite3 did not produce ${path.relative(root, binary)}.`);
  process.exit(1);
}
fs.writeFileSync(stampFile, stamp);
console.log(`Built ${path.relative(root, binary)}`);
