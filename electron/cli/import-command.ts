// `verbatim import FILE…|FOLDER…|ARCHIVE.zip…|URL…|-`: every kind of input, in one batch. Each input is stored
// whole or not at all; a bad input is reported on stderr with its reason and the rest goes on; the library is
// opened only once something is ready to be stored, so a run where everything fails changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import type { Library } from '../../db/connection';
import type { ClipResult, ImportFailure } from '../api/types';
import { runImport, type ImportSource } from '../imports/batch';
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
  const results: Array<{ name: string; results: ClipResult[] }> = [];
  const showProgress = io.isTTY && !options.json && sources.length > 1;
  try {
    const summary = await runImport(
      sources,
      () => {
        library ??= openLibraryForCli(options.db, io.env);
        service ??= new LibraryService(library);
        return service;
      },
      {
        onProgress: showProgress ? ({ done, total, current }) => io.stderr(`\r\x1b[2K[${done}/${total}] ${path.basename(current)}`) : undefined,
        onInput: (name, clipped) => {
          if (clipped) results.push({ name, results: clipped });
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
    for (const failure of summary.failed) io.stderr(`verbatim: ${failure.reason}\n`);
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    (library as Library | undefined)?.close();
  }
}
