// Builds everything the app runs: the renderer (Vite) into dist/renderer, and the Node side (esbuild) into
// dist/electron: main.js (the Electron main process), preload.cjs (sandboxed preloads must be CommonJS) and
// cli.js (the `verbatim` command and `serve`), extraction-worker.js (inputs are read in worker threads). The SQL migrations are copied beside the bundles.
import { build as esbuild } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'electron');
const quiet = process.argv.includes('--quiet');

const started = Date.now();
await viteBuild({ configFile: path.join(root, 'build', 'vite.config.ts'), logLevel: quiet ? 'warn' : 'info' });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // Dependencies stay in node_modules (the app ships them): CommonJS packages keep their own require(),
  // pdf.js finds its worker, and the bundles hold only Verbatim's own code.
  packages: 'external',
  logLevel: 'warning',
  absWorkingDir: root,
};
await Promise.all([
  esbuild({ ...common, entryPoints: ['electron/main.ts'], outfile: path.join(out, 'main.js'), format: 'esm' }),
  esbuild({ ...common, entryPoints: ['electron/cli.ts'], outfile: path.join(out, 'cli.js'), format: 'esm' }),
  esbuild({ ...common, entryPoints: ['electron/preload.ts'], outfile: path.join(out, 'preload.cjs'), format: 'cjs' }),
  // The extraction worker thread (electron/extraction/pool.ts finds it beside main.js and cli.js).
  esbuild({ ...common, entryPoints: ['electron/extraction/worker.ts'], outfile: path.join(out, 'extraction-worker.js'), format: 'esm' }),
]);

fs.rmSync(path.join(out, 'migrations'), { recursive: true, force: true });
fs.cpSync(path.join(root, 'db', 'migrations'), path.join(out, 'migrations'), { recursive: true });
if (!quiet) console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
