// Steady-state speed of one checkout's extractor (STATEMENTS_ROOT) on a gold JSONL's texts, on one core: three
// passes, the first pays for compiling the patterns; prints the last pass's articles per second.
import fs from 'node:fs';
import process from 'node:process';
import { performance } from 'node:perf_hooks';
import { extract } from './statements-adapter.mjs';

const texts = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text);
let elapsed = 0;
for (let pass = 0; pass < 3; pass++) {
  const started = performance.now();
  for (const text of texts) extract(text);
  elapsed = performance.now() - started;
}
process.stdout.write((texts.length / (elapsed / 1000)).toFixed(0) + "\n");
