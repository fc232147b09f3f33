// npm run bench:durability [-- --clips N]: what SQLite's synchronous=FULL costs against NORMAL in WAL mode, on the
// write a person makes most: one clip per transaction (pasted, with its statements, tone, topics and index), N clips
// (300 by default) into a new library on this machine's disk, both settings in the same run, alternating, twice.
// NORMAL can lose the last commits on a power cut (never the library's consistency); FULL syncs the log at every
// commit, so an acknowledged clip survives one.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openLibrary } from '../db/connection';
import { LibraryService } from '../electron/library/service';

const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--clips') + 1] ?? 300) || 300;
// On the project's own disk by default (a tmpfs would hide the cost of syncing); --dir chooses another.
const base = args.includes('--dir') ? args[args.indexOf('--dir') + 1]! : path.resolve(import.meta.dirname, '..', '.bench-durability');

function text(i: number): string {
  return [
    `Ferry line ${i} opens between Alat and Aktau`,
    `Officials met on Monday to discuss ferry line ${i}, the latest round of talks this year.`,
    `“We are ready to expand cooperation on line ${i},” Hikmet Hajiyev, Assistant to the President of Azerbaijan, said.`,
    `He stressed that investment in the line would pay off within five years, adding that the partners had agreed on a timetable.`,
  ].join('\n\n');
}

function run(mode: 'NORMAL' | 'FULL', round: number): number {
  const dir = path.join(base, `${mode.toLowerCase()}-${round}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const library = openLibrary(path.join(dir, 'library.db'));
  library.db.pragma(`synchronous = ${mode}`);
  const service = new LibraryService(library);
  const started = performance.now();
  for (let i = 0; i < count; i++) service.clipText(text(round * 100_000 + i));
  const ms = performance.now() - started;
  service.search.close();
  library.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return ms;
}

const results: Record<'NORMAL' | 'FULL', number[]> = { NORMAL: [], FULL: [] };
for (let round = 0; round < 2; round++) {
  results.NORMAL.push(run('NORMAL', round));
  results.FULL.push(run('FULL', round));
}
fs.rmSync(base, { recursive: true, force: true });
const perClip = (ms: number[]) => Math.min(...ms) / count;
const normal = perClip(results.NORMAL);
const full = perClip(results.FULL);
console.log(`${count} clips, one transaction each, on ${base} (best of two rounds)`);
console.log(`synchronous=NORMAL (baseline):             ${normal.toFixed(2)} ms per clip`);
const change = (full / normal - 1) * 100;
console.log(`synchronous=FULL (the library's setting): ${full.toFixed(2)} ms per clip (${change >= 0 ? '+' : ''}${change.toFixed(1)}%, ${(full - normal).toFixed(2)} ms per commit)`);
