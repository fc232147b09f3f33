// `verbatim import FILE…|FOLDER…|ARCHIVE.zip…|URL…|-`: every kind of input, in one batch. Each input is stored
// whole or not at all; a bad input is reported on stderr with its reason and the rest goes on; the library is
// opened only once something is ready to be stored, so a run where everything fails changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import type { Library } from '../../db/connection';
import type { ClipResult, ImportFailure } from '../api/types';
import { runImport, type ImportProgress, type ImportSource } from '../imports/batch';
import { sharedExtractionPool } from '../extraction/pool';
import { LibraryService } from '../library/service';
import { type CliIO, CliError } from './io';
import { openLibraryForCli } from './open-library';

interface ImportOptions {
  db?: string | undefined;
  json?: boolean | undefined;
}

const HIDDEN = /(^|[/\\])\.[^/\\]/;

function walk(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (HIDDEN.test(entry.name)) continue;
    if (entry.isDirectory()) files.push(...walk(full));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

function isZipFile(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    fs.readSync(fd, head, 0, 4, 0);
    return head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) && !file.toLowerCase().endsWith('.xlsx');
  } finally {
    fs.closeSync(fd);
  }
}

function fileSource(file: string): ImportSource {
  return isZipFile(file) ? { kind: 'zip', name: file, source: file } : { kind: 'bytes', name: file, read: async () => new Uint8Array(await fs.promises.readFile(file)) };
}

function describe(result: ClipResult): string {
  const { article } = result;
  const verb = result.status === 'created' ? 'imported' : result.status === 'restored' ? 'restored from trash' : 'already in the library';
  return `${verb}: “${article.title}” (${article.outlet ?? 'no outlet'}, ${article.publishedAt ?? 'no date'})`;
}

/**
 * Off a terminal (a pipe, a log file, a scheduled job) a bar redrawn with carriage returns is noise: instead a plain
 * line, every PLAIN_EVERY inputs or after PLAIN_INTERVAL_MS, whichever comes first, so a long import shows that it
 * is moving.
 */
export const PLAIN_EVERY = 25;
export const PLAIN_INTERVAL_MS = 5_000;

function plainProgress(io: CliIO, failed: () => number, now: () => number = Date.now): (progress: ImportProgress) => void {
  let lastDone = 0;
  let lastAt = now();
  return ({ done, total }) => {
    const moved = done > lastDone;
    // At each multiple of PLAIN_EVERY (so the lines read 25, 50, 75… however the time-based ones fell), when a while
    // has passed, and at the end of an import that printed any.
    const due = moved && (Math.floor(done / PLAIN_EVERY) > Math.floor(lastDone / PLAIN_EVERY) || now() - lastAt >= PLAIN_INTERVAL_MS || (done === total && lastDone > 0));
    if (!due) return;
    io.stderr(`imported ${done}/${total} (${failed()} failed)\n`);
    lastDone = done;
    lastAt = now();
  };
}

/**
 * One line per failed input, except the inputs a stopped batch never tried (a full disk, a busy or read-only
 * library): those are one line with their number, not the same sentence once per file.
 */
export function failureLines(failed: readonly ImportFailure[]): string[] {
  const untried = failed.filter((f) => / was not tried: /.test(f.reason));
  const lines = failed.filter((f) => !untried.includes(f)).map((f) => f.reason);
  if (untried.length === 1) lines.push(untried[0]!.reason);
  else if (untried.length > 1) lines.push(`${untried.length.toLocaleString('en')} more inputs were not tried: ${untried[0]!.reason.split(' was not tried: ')[1]}`);
  return lines;
}

export async function importCommand(io: CliIO, inputs: string[], options: ImportOptions): Promise<number> {
  if (inputs.length === 0) throw new CliError('Name at least one file, folder, zip archive or web address to import, or - to read standard input.', 2);
  const sources: ImportSource[] = [];
  const missing: ImportFailure[] = [];
  for (const input of inputs) {
    if (input === '-') {
      const bytes = await io.readStdin();
      sources.push({ kind: 'bytes', name: 'standard input', read: () => Promise.resolve(new Uint8Array(bytes)) });
    } else if (/^https?:\/\//i.test(input)) {
      sources.push({ kind: 'url', name: input, url: input });
    } else if (!fs.existsSync(input)) {
      missing.push({ name: input, code: 'NOT_FOUND', reason: `${input}: no such file or folder.` });
    } else if (fs.statSync(input).isDirectory()) {
      const files = walk(input);
      if (files.length === 0) missing.push({ name: input, code: 'EMPTY_INPUT', reason: `${input} is an empty folder.` });
      sources.push(...files.map(fileSource));
    } else {
      sources.push(fileSource(input));
    }
  }

  let library: Library | undefined;
  let service: LibraryService | undefined;
  // Each input is read in a child process with its own time and memory budget, as in the app: one hostile file
  // fails with a sentence instead of hanging or exhausting the import. The process's one pool: its idle child
  // does not keep the command from exiting.
  const extraction = sharedExtractionPool();
  const results: Array<{ name: string; results: ClipResult[] }> = [];
  const showProgress = io.isTTY && !options.json && sources.length > 1;
  let failedSoFar = missing.length;
  // A batch shorter than PLAIN_EVERY ends soon with its summary; a line of progress would only be noise in it.
  const plain = !io.isTTY && !options.json && sources.length > PLAIN_EVERY ? plainProgress(io, () => failedSoFar) : undefined;
  try {
    const summary = await runImport(
      sources,
      () => {
        library ??= openLibraryForCli(options.db, io.env);
        service ??= new LibraryService(library);
        return service;
      },
      {
        extractor: extraction,
        onProgress: showProgress ? ({ done, total, current }) => io.stderr(`\r\x1b[2K[${done}/${total}] ${path.basename(current)}`) : plain,
        onInput: (name, clipped, failure) => {
          if (clipped) results.push({ name, results: clipped });
          if (failure) failedSoFar++;
        },
      },
    );
    if (showProgress) io.stderr('\r\x1b[2K');
    summary.failed.unshift(...missing);
    if (options.json) {
      io.stdout(`${JSON.stringify({ ...summary, inputs: results.map((r) => ({ name: r.name, clips: r.results.map((c) => ({ status: c.status, id: c.article.id, title: c.article.title, outlet: c.article.outlet, publishedAt: c.article.publishedAt, language: c.article.language })) })) }, null, 2)}\n`);
    } else {
      for (const r of results) for (const clip of r.results) io.stdout(`${describe(clip)} ← ${r.name}\n`);
      if (results.length + summary.failed.length > 1) {
        io.stdout(`${summary.imported} imported, ${summary.duplicates} already in the library, ${summary.restored} restored from the trash, ${summary.failed.length} failed.\n`);
      }
    }
    for (const line of failureLines(summary.failed)) io.stderr(`verbatim: ${line}\n`);
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    (library as Library | undefined)?.close();
  }
}
