#!/usr/bin/env node
// The `verbatim` command. It runs the CLI bundle that `npm install` (the prepare script) or `npm run build` made.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/electron/cli.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('verbatim: not built yet: run `npm run build` in the Verbatim folder.\n');
  process.exit(1);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
