// The `verbatim` subcommands. Each validates everything it was given before it writes anything.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { EventHub } from '../api/events';
import { RouteError } from '../api/errors';
import { createServices } from '../services';
import { analyseClipText } from '../library/check-text';
import { LibraryService } from '../library/service';
import { builtRendererDir } from '../paths';
import { startServer } from '../server';
import { type CliIO, CliError } from './io';
import { openLibraryForCli } from './open-library';
import { readTextFile, textFromBytes, type TextInput } from './read-input';
import type { ClipResult } from '../api/types';

export interface CommonOptions {
  db?: string | undefined;
  json?: boolean | undefined;
}

function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  const child = spawn(command, args as string[], { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
}

export async function serveCommand(io: CliIO, options: CommonOptions & { port?: number; open?: boolean }): Promise<number> {
  const staticDir = builtRendererDir();
  if (!staticDir) throw new CliError('The UI is not built yet: run `npm run build` first.');
  const library = openLibraryForCli(options.db, io.env);
  const events = new EventHub();
  let server;
  try {
    server = await startServer({
      table: createServices(library, events).table,
      events,
      staticDir,
      ...(options.port !== undefined && { port: options.port }),
      log: (message, err) => io.stderr(`verbatim: ${message}: ${err instanceof Error ? err.stack : String(err)}\n`),
    });
  } catch (err) {
    library.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`Port ${options.port} is already in use; pick another with --port.`);
    throw err;
  }
  io.stdout(`Verbatim is serving ${library.path}\n  ${server.url}\nOpen that address in a browser (the token in it is needed). Press Ctrl+C to stop.\n`);
  if (options.open) openBrowser(server.url);
  await io.untilInterrupted();
  await server.close();
  library.close();
  return 0;
}

export async function importCommand(io: CliIO, inputs: string[], options: CommonOptions): Promise<number> {
  if (inputs.length === 0) throw new CliError('Name at least one file to import, or - to read standard input.', 2);
  // Read and check every input before the library is even opened: bad input changes nothing.
  const texts: TextInput[] = [];
  for (const input of inputs) texts.push(input === '-' ? textFromBytes('standard input', await io.readStdin()) : readTextFile(input));
  for (const { name, text } of texts) {
    try {
      analyseClipText(text);
    } catch (err) {
      if (err instanceof RouteError) throw new CliError(`${name}: ${err.message}`);
      throw err;
    }
  }
  const library = openLibraryForCli(options.db, io.env);
  try {
    const service = new LibraryService(library);
    const results: ClipResult[] = library.db.transaction(() => texts.map(({ name, text }) => service.clipText(text, {}, 'text-file', name === 'standard input' ? null : path.basename(name))))();
    if (options.json) {
      io.stdout(`${JSON.stringify(results.map((r) => ({ status: r.status, ...summarise(r) })), null, 2)}\n`);
    } else {
      results.forEach((r, i) => io.stdout(`${r.status === 'created' ? 'imported' : r.status === 'restored' ? 'restored from trash' : 'already in the library'}: ${texts[i]!.name} → “${r.article.title}” (${r.article.outlet ?? 'no outlet'}, ${r.article.publishedAt ?? 'no date'})\n`));
    }
    return 0;
  } finally {
    library.close();
  }
}

function summarise({ article }: ClipResult) {
  return { id: article.id, title: article.title, outlet: article.outlet, publishedAt: article.publishedAt, language: article.language };
}

export function listCommand(io: CliIO, options: CommonOptions & { trash?: boolean }): number {
  const library = openLibraryForCli(options.db, io.env);
  try {
    const service = new LibraryService(library);
    const items = [];
    const pageSize = 1000;
    for (let offset = 0; ; offset += pageSize) {
      const page = service.list({ offset, limit: pageSize, trash: options.trash ?? false });
      items.push(...page.items);
      if (items.length >= page.total || page.items.length === 0) break;
    }
    if (options.json) {
      io.stdout(`${JSON.stringify(items, null, 2)}\n`);
    } else if (items.length === 0) {
      io.stdout(`The library ${library.path} is empty. Import a clip with: verbatim import FILE\n`);
    } else {
      for (const a of items) io.stdout(`${a.publishedAt?.slice(0, 10) ?? '—'.padEnd(10)}  ${(a.outlet ?? '—').padEnd(16)}  ${a.title}\n`);
    }
    return 0;
  } finally {
    library.close();
  }
}
