// `verbatim report (--query Q | --saved NAME) [--from DATE] [--to DATE] --template T --format F --out FILE`: a
// clipping report from the command line. Everything is checked before any work; the file is written beside its
// final name and renamed into place, so a failure never leaves half a report behind.
import fs from 'node:fs';
import path from 'node:path';
import { RouteError } from '../api/errors';
import { LibraryService } from '../library/service';
import { reportDefinitionSchema } from '../reports/definition';
import { REPORT_FORMATS, REPORT_TEMPLATES, type ReportFormat, type ReportTemplate } from '../reports/model';
import { ReportService } from '../reports/service';
import { type CliIO, CliError } from './io';
import { openLibraryForCli } from './open-library';

export interface ReportCommandOptions {
  db?: string | undefined;
  query?: string | undefined;
  saved?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  template?: string | undefined;
  format?: string | undefined;
  out?: string | undefined;
  title?: string | undefined;
  author?: string | undefined;
  organization?: string | undefined;
}

const TITLES: Record<ReportTemplate, string> = { digest: 'Daily digest', coverage: 'Coverage report', statements: 'Statements by official', dossier: 'Topic dossier' };

function checkDate(flag: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  const t = Date.parse(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== value) throw new CliError(`${flag} must be a date written YYYY-MM-DD, not "${value}".`, 2);
  return value;
}

/** Refuses an output path that cannot be written, before any work is done. */
function checkOut(out: string | undefined): string {
  if (!out) throw new CliError('Say where to write the report with --out FILE.', 2);
  const file = path.resolve(out);
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) throw new CliError(`${out} is a folder; give a file name with --out.`);
  const dir = path.dirname(file);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new CliError(`Cannot write to ${dir}: it does not exist or is not writable.`);
  }
  return file;
}

export async function reportCommand(io: CliIO, rest: string[], options: ReportCommandOptions): Promise<number> {
  if (rest.length > 0) throw new CliError(`Unexpected "${rest[0]}": give the query with --query (see verbatim --help).`, 2);
  const template = options.template as ReportTemplate | undefined;
  if (!template || !REPORT_TEMPLATES.includes(template)) {
    throw new CliError(`${template ? `Unknown template "${template}"` : 'Choose a template with --template'}: digest, coverage, statements or dossier.`, 2);
  }
  const format = options.format as ReportFormat | undefined;
  if (!format || !REPORT_FORMATS.includes(format)) throw new CliError(`${format ? `Unknown format "${format}"` : 'Choose a format with --format'}: ${REPORT_FORMATS.join(', ')}.`, 2);
  if (options.query !== undefined && options.saved !== undefined) throw new CliError('Give either --query or --saved, not both.', 2);
  if (options.query === undefined && options.saved === undefined) throw new CliError('Say what to report on with --query Q or --saved NAME.', 2);
  const from = checkDate('--from', options.from);
  const to = checkDate('--to', options.to);
  if (from && to && from > to) throw new CliError(`The period ends (${to}) before it starts (${from}).`, 2);
  const file = checkOut(options.out);

  // A report only reads the library: a read-only or full one is reported on from its index as it stands.
  const library = openLibraryForCli(options.db, io.env, { reading: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
  try {
    const service = new LibraryService(library);
    let query = options.query ?? null;
    if (options.saved !== undefined) {
      const saved = service.saved.store.findByName(options.saved);
      if (!saved) throw new CliError(`There is no saved search named "${options.saved}" (saved searches: ${service.saved.list().map((s) => s.name).join(', ') || 'none'}).`);
      query = saved.query;
    }
    const definition = reportDefinitionSchema.parse({
      title: options.title ?? TITLES[template],
      author: options.author ?? null,
      organization: options.organization ?? null,
      template,
      selection: { query, from, to },
      options: { grouping: template === 'dossier' ? 'topic' : 'none', fullText: template === 'dossier' },
    });
    const reports = new ReportService(library.db, service.search);
    const { bytes } = await reports.render(definition, format);
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, file);
    io.stdout(`Wrote ${file} (${(bytes.length / 1024).toFixed(0)} KB).\n`);
    const note = service.search.indexNote();
    if (note) io.stderr(`verbatim: ${note}\n`);
    return 0;
  } catch (err) {
    fs.rmSync(temp, { force: true });
    if (err instanceof RouteError) throw new CliError(err.message);
    throw err;
  } finally {
    library.close();
  }
}
