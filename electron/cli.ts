// `verbatim`: the command line. Every command takes --db PATH (or VERBATIM_DB) to choose the library.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { checkCommand } from './cli/check-command';
import { extractCommand, listCommand, serveCommand } from './cli/commands';
import { feedsCommand } from './cli/feeds-command';
import { importCommand } from './cli/import-command';
import { reportCommand } from './cli/report-command';
import { searchCommand } from './cli/search-command';
import { statementsCommand } from './cli/statements-command';
import { officialsCommand } from './cli/officials-command';
import { type CliIO, CliError, processIO } from './cli/io';
import { APP_VERSION } from './version';

const USAGE = `Usage: verbatim <command> [options]

Commands:
  serve [--port N] [--open]   Serve the Verbatim UI to a browser on 127.0.0.1 (prints the address with its token)
  import INPUT…               Clip articles: files (web pages .html/.mhtml, text, e-mail .eml, PDF, CSV/XLSX
                              clip logs, RSS/Atom), folders, zip archives, web addresses, or - for standard input
  extract FILE [--url URL]    Print the article Verbatim finds in a file, without storing it (--json for the
                              fields title, byline, outlet, publishedAt, language, text)
  list [--trash] [--json]     List the library's clips, newest first
  statements FILE|- [--json]  The statements officials make in a plain-text article (quotations and reported
                              speech, with speakers and cues), with offsets into the text; nothing is stored
  search QUERY [--statements] [--limit N] [--sort relevance|newest|oldest] [--json]
                              Search the library in the query language (words, "phrases", AND/OR/NOT, prefix*,
                              a NEAR/5 b, official: speaker: topic: tag: outlet: country: lang: tone: kind:
                              after: before: has:); --statements searches what officials said
  report (--query Q | --saved NAME) [--from DATE] [--to DATE] --template T --format F --out FILE
         [--title T] [--author A] [--organization O]
                              A clipping report: templates digest, coverage, statements, dossier; formats pdf
                              (needs a Chromium or Chrome; VERBATIM_CHROMIUM names one), docx, xlsx, csv, html, md,
                              json; --saved takes a saved search by name
  check                       Check the library for damage (its whole structure, and each clip's text against
                              the hash Verbatim stored); prints ok or the problems, exits 1 on any
  feeds add URL [--every M]   Follow an RSS or Atom feed (or the feed a page names), checked every M minutes
  feeds list | poll [FEED…] | remove FEED…
                              Show, check now, or stop following feeds (FEED: its address or id)
  officials export [--format csv|json] [--out FILE]
  officials import FILE [--dry-run]
                              The registry of officials to or from CSV or JSON (names, spellings in any script,
                              country, organization, dated roles); --dry-run reports what an import would do

Options for every command:
  --db PATH                   The library file (default: $VERBATIM_DB, else the desktop app's library)
  --json                      Machine-readable output
  -h, --help                  This help
  -v, --version               Verbatim's version
`;

const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  port: { type: 'string' },
  open: { type: 'boolean' },
  trash: { type: 'boolean' },
  url: { type: 'string' },
  every: { type: 'string' },
  statements: { type: 'boolean' },
  limit: { type: 'string' },
  sort: { type: 'string' },
  query: { type: 'string' },
  saved: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  template: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  title: { type: 'string' },
  author: { type: 'string' },
  organization: { type: 'string' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} satisfies ParseArgsConfig['options'];

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be a whole number from 0 to 65535, not "${value}".`, 2);
  return port;
}

async function run(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new CliError(`${(err as Error).message} (see verbatim --help)`, 2);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version) {
    io.stdout(`${APP_VERSION}\n`);
    return 0;
  }
  if (values.help || command === undefined || command === 'help') {
    io.stdout(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  const common = { db: values.db, json: values.json };
  switch (command) {
    case 'serve':
      return serveCommand(io, { ...common, port: parsePort(values.port), open: values.open ?? false });
    case 'import':
      return importCommand(io, rest, common);
    case 'extract':
      return extractCommand(io, rest, { ...common, url: values.url });
    case 'feeds':
      return feedsCommand(io, rest, { ...common, every: values.every });
    case 'statements':
      return statementsCommand(io, rest, common);
    case 'search':
      return searchCommand(io, rest, { ...common, statements: values.statements, limit: values.limit, sort: values.sort });
    case 'report':
      return reportCommand(io, rest, {
        db: values.db,
        query: values.query,
        saved: values.saved,
        from: values.from,
        to: values.to,
        template: values.template,
        format: values.format,
        out: values.out,
        title: values.title,
        author: values.author,
        organization: values.organization,
      });
    case 'check':
      return checkCommand(io, rest, common);
    case 'officials':
      return officialsCommand(io, rest, { ...common, format: values.format, out: values.out, dryRun: values['dry-run'] });
    case 'list':
      return listCommand(io, { ...common, trash: values.trash ?? false });
    default:
      throw new CliError(`Unknown command "${command}" (see verbatim --help).`, 2);
  }
}

/** Runs the CLI and returns its exit code; failures print one line on stderr. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`verbatim: ${err.message}\n`);
      return err.exitCode;
    }
    io.stderr(`verbatim: unexpected failure: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
