// Time to first text in the reader: how long after a clip is chosen in the list its first paragraph is on screen,
// for generated clips of 10 KB, 1 MB and 3 MB (each paragraph with a quotation, so the big ones carry thousands of
// statements) and for every clip of ../shared/corpus. The same library is served by this tree and, when
// BASELINE_ROOT names another checkout of Verbatim (a git worktree of an older commit, built), by that one too, in
// the same run, so the figures sit side by side.
//
//   npx tsx bench/reader-open.ts                     this tree only
//   BASELINE_ROOT=/tmp/base npx tsx bench/reader-open.ts
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { serveLibrary } from '../tests/helpers/serve';

const ROOT = path.resolve(import.meta.dirname, '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const BASELINE = process.env.BASELINE_ROOT;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TARGET_MS = 300;

/** A clip of about `bytes` bytes: a title, then numbered paragraphs, each with a quotation and its speaker. */
function generatedClip(title: string, bytes: number): string {
  const paragraphs: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const p = `In district ${i} the reservoir plan was read out at hearing ${i * 3}. “We will finish the canal at site ${i} before the rains,” said Minister Leyla Aliyeva. Farmers asked about pumping costs over the next decade and the engineers answered with figures for each station.`;
    paragraphs.push(p);
    length += Buffer.byteLength(p) + 2;
  }
  return `${title}\n\n${paragraphs.join('\n\n')}\n`;
}

function importInto(root: string, db: string, inputs: string[]): void {
  const result = spawnSync(process.execPath, [path.join(root, 'bin', 'verbatim.mjs'), 'import', '--db', db, ...inputs], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`import failed: ${result.stderr}`);
}


/**
 * Clicks the list row at `index` and resolves with the milliseconds until the reader shows that clip's title and a
 * paragraph of its text holding words, and a frame has been painted with it.
 */
async function timeOpen(page: Page, index: number): Promise<{ title: string; ms: number }> {
  return page.evaluate(async (at) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const list = document.querySelector<HTMLElement>('.list-scroll')!;
    let row = list.querySelector<HTMLElement>(`[role="option"][data-index="${at}"]`);
    // The list is virtualized: from the top (a new round starts there), scroll until the row exists.
    if (!row) list.scrollTop = 0;
    for (let tries = 0; !row && tries < 400; tries++) {
      list.scrollTop += list.clientHeight / 2;
      await frame();
      row = list.querySelector<HTMLElement>(`[role="option"][data-index="${at}"]`);
    }
    if (!row) throw new Error(`no row ${at}`);
    const title = row.querySelector('.row-title')?.textContent ?? '';
    const start = performance.now();
    row.click();
    await new Promise<void>((resolve) => {
      const check = () => {
        const shown = document.querySelector('.reader-title')?.textContent === title;
        const first = document.querySelector('.reader-body p, .reader-body li, .reader-body div');
        if (shown && (first?.textContent ?? '').trim().length > 0) resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return { title, ms: performance.now() - start };
  }, index);
}

function clipCount(root: string, db: string): number {
  const result = spawnSync(process.execPath, [path.join(root, 'bin', 'verbatim.mjs'), 'list', '--json', '--db', db], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return (JSON.parse(result.stdout) as unknown[]).length;
}

async function measure(root: string, db: string, rounds: number): Promise<Map<string, number>> {
  const server = await serveLibrary(db, root);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const times = new Map<string, number[]>();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // tsx names the functions it compiles with a helper the page does not have.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.goto(server.url);
    // A library made by an older build may be migrated first, which takes a while for big clips.
    await page.locator('[role="listbox"][aria-label="Clips"] [role="option"][data-index="0"]').waitFor({ timeout: 180_000 });
    const total = clipCount(root, db);
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < total; i++) {
        // Between two clips, an empty pane: each open starts from the same state.
        const { title, ms } = await timeOpen(page, i);
        // Keyed by place as well: several corpus pages share a title. Both builds list the same library alike.
        const key = `${String(i).padStart(3, '0')} ${title}`;
        times.set(key, [...(times.get(key) ?? []), ms]);
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return new Map([...times].map(([title, list]) => [title, Math.min(...list)]));
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-reader-bench-'));
const inputs = path.join(work, 'inputs');
fs.mkdirSync(inputs);
const GENERATED: Array<[string, number]> = [
  ['Generated clip of 10 KB', 10_000],
  ['Generated clip of 1 MB', 1_000_000],
  ['Generated clip of 3 MB', 3_000_000],
];
for (const [title, bytes] of GENERATED) fs.writeFileSync(path.join(inputs, `${bytes}.txt`), generatedClip(title, bytes));
const corpusFiles: string[] = [];
if (fs.existsSync(CORPUS)) {
  corpusFiles.push(path.join(CORPUS, 'seed', '000_10f613d3d861b7f3.txt'));
  const pages = path.join(CORPUS, 'readability-test-pages');
  for (const name of fs.readdirSync(pages).sort()) {
    const file = path.join(pages, name, 'source.html');
    if (fs.existsSync(file)) corpusFiles.push(file);
  }
} else {
  process.stderr.write(`The corpus is not at ${CORPUS}; only the generated clips are measured.\n`);
}

// The library is made by the oldest build taking part, so that every build can open it.
const makerRoot = BASELINE ?? ROOT;
const baseDb = path.join(work, 'base.db');
process.stderr.write(`Clipping ${GENERATED.length} generated clips and ${corpusFiles.length} corpus files…\n`);
importInto(makerRoot, baseDb, [...GENERATED.map(([, bytes]) => path.join(inputs, `${bytes}.txt`)), ...corpusFiles]);
const headDb = path.join(work, 'head.db');
fs.copyFileSync(baseDb, headDb);

const rounds = Number(process.env.ROUNDS ?? 2);
const head = await measure(ROOT, headDb, rounds);
const base = BASELINE ? await measure(BASELINE, baseDb, rounds) : null;

const fmt = (ms: number | undefined) => (ms === undefined ? '—' : `${ms.toFixed(0)} ms`);
const rows = [...head.keys()];
const generated = rows.filter((t) => t.slice(4).startsWith('Generated clip'));
process.stdout.write(`\nTime to first text in the reader (best of ${rounds}, 1440×900)\n`);
process.stdout.write(`${'clip'.padEnd(34)} ${'baseline'.padStart(10)} ${'this tree'.padStart(10)}\n`);
for (const title of generated) process.stdout.write(`${title.slice(4).padEnd(34)} ${fmt(base?.get(title)).padStart(10)} ${fmt(head.get(title)).padStart(10)}\n`);
const corpus = rows.filter((t) => !t.slice(4).startsWith('Generated clip'));
if (corpus.length > 0) {
  const stats = (m: Map<string, number> | null) => {
    if (!m) return null;
    const values = corpus.map((t) => m.get(t)).filter((v): v is number => v !== undefined).sort((a, b) => a - b);
    return { median: values[Math.floor(values.length / 2)], max: values.at(-1), over: values.filter((v) => v >= TARGET_MS).length };
  };
  const b = stats(base);
  const h = stats(head)!;
  process.stdout.write(`${`corpus (${corpus.length} clips) median`.padEnd(34)} ${fmt(b?.median).padStart(10)} ${fmt(h.median).padStart(10)}\n`);
  process.stdout.write(`${'corpus slowest'.padEnd(34)} ${fmt(b?.max).padStart(10)} ${fmt(h.max).padStart(10)}\n`);
  process.stdout.write(`${`corpus clips at ${TARGET_MS} ms or more`.padEnd(34)} ${String(b?.over ?? '—').padStart(10)} ${String(h.over).padStart(10)}\n`);
  const slow = corpus.filter((t) => (head.get(t) ?? 0) >= TARGET_MS);
  for (const t of slow) process.stdout.write(`  over target: ${t} ${fmt(head.get(t))}\n`);
}
fs.rmSync(work, { recursive: true, force: true });
