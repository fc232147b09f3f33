// The `verbatim` subcommands. Each validates everything it was given before it writes anything.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { EventHub } from '../api/events';
import { RouteError } from '../api/errors';
import { startFeedScheduler } from '../feeds/scheduler';
import { syndicationCatchUp } from '../library/syndication-job';
import { createServices } from '../services';
import { toExtractJson } from '../clipping/article';
import { articlesFromBytes } from '../clipping/sources/from-bytes';
import { LibraryService } from '../library/service';
import { builtRendererDir } from '../paths';
import { startServer } from '../server';
import { type CliIO, CliError } from './io';
import { openLibraryForCli } from './open-library';

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
  // A read-only library is served as it is: the UI says so, and reading, searching and reports work.
  const library = openLibraryForCli(options.db, io.env, { reading: true });
  const events = new EventHub();
  const services = createServices(library, events);
  let server;
  try {
    server = await startServer({
      table: services.table,
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
  if (library.readOnly !== null) io.stderr(`verbatim: ${library.path} is read-only (${library.readOnly}): serving it for reading only.\n`);
  io.stdout(`Verbatim is serving ${library.path}\n  ${server.url}\nOpen that address in a browser (the token in it is needed). Press Ctrl+C to stop.\n`);
  if (options.open) openBrowser(server.url);
  services.extraction.warm();
  // Background writers stay off a library that cannot be written.
  const writable = library.readOnly === null;
  if (writable) syndicationCatchUp(services.jobs, services.library);
  const stopFeeds = writable ? startFeedScheduler(services.feeds, { log: (message) => io.stderr(`verbatim: ${message}\n`) }) : () => undefined;
  await io.untilInterrupted();
  stopFeeds();
  await server.close();
  await services.close();
  library.close();
  return 0;
}

export async function extractCommand(io: CliIO, inputs: string[], options: CommonOptions & { url?: string | undefined }): Promise<number> {
  if (inputs.length !== 1) throw new CliError('Name one file to extract (or - for standard input).', 2);
  const [input] = inputs as [string];
  let bytes: Uint8Array;
  if (input === '-') bytes = new Uint8Array(await io.readStdin());
  else {
    if (!fs.existsSync(input)) throw new CliError(`${input}: no such file.`);
    if (fs.statSync(input).isDirectory()) throw new CliError(`${input} is a folder; name one file.`);
    bytes = new Uint8Array(fs.readFileSync(input));
  }
  let articles;
  try {
    articles = await articlesFromBytes(input === '-' ? 'standard input' : input, bytes, { url: options.url });
  } catch (err) {
    if (err instanceof RouteError) throw new CliError(err.message);
    throw err;
  }
  const first = articles[0]!;
  if (options.json) io.stdout(`${JSON.stringify(articles.length === 1 ? toExtractJson(first) : articles.map(toExtractJson), null, 2)}\n`);
  else {
    for (const a of articles) {
      io.stdout(`${a.title}\n${[a.outlet, a.publishedAt, a.byline, a.language].filter(Boolean).join(' · ')}\n\n${a.text}\n\n`);
    }
  }
  return 0;
}

export function listCommand(io: CliIO, options: CommonOptions & { trash?: boolean }): number {
  const library = openLibraryForCli(options.db, io.env, { reading: true });
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
