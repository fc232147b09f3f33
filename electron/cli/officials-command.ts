// `verbatim officials export [--format csv|json] [--out FILE]` and `verbatim officials import FILE [--dry-run]`:
// the registry of officials to and from the CSV or JSON a press office keeps (the README documents both).
import fs from 'node:fs';
import { RouteError } from '../api/errors';
import type { RegistryImportReport } from '../api/types';
import { LibraryService } from '../library/service';
import type { TransferFormat } from '../officials-transfer/format';
import { formatOfFileName } from '../officials-transfer/read';
import { RegistryTransfer } from '../officials-transfer/service';
import { type CliIO, CliError } from './io';
import { openLibraryForCli } from './open-library';

export interface OfficialsOptions {
  db?: string | undefined;
  json?: boolean | undefined;
  format?: string | undefined;
  out?: string | undefined;
  dryRun?: boolean | undefined;
}

function formatOption(value: string | undefined, fallback: TransferFormat | undefined): TransferFormat {
  if (value === undefined) {
    if (fallback) return fallback;
    throw new CliError('Say which format the file is in: --format csv or --format json.', 2);
  }
  if (value === 'csv' || value === 'json') return value;
  throw new CliError(`--format takes csv or json, not "${value}".`, 2);
}

function readText(file: string): string {
  if (!fs.existsSync(file)) throw new CliError(`${file}: no such file.`);
  if (fs.statSync(file).isDirectory()) throw new CliError(`${file} is a folder; name one CSV or JSON file.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
  } catch {
    throw new CliError(`${file} is not UTF-8 text; save it from the spreadsheet as CSV UTF-8.`);
  }
}

function reportLines(report: RegistryImportReport): string {
  const lines = [
    `${report.dryRun ? 'Would add' : 'Added'} ${report.added} official${report.added === 1 ? '' : 's'}; ${report.dryRun ? 'would merge' : 'merged'} ${report.merged} into officials already in the registry.`,
    ...report.conflicts.map((c) => `row ${c.row}: ${c.reason}`),
    ...report.refused.map((r) => `row ${r.row}: refused: ${r.reason}`),
  ];
  if (report.dryRun) lines.push('Nothing was written (--dry-run).');
  return `${lines.join('\n')}\n`;
}

export async function officialsCommand(io: CliIO, args: string[], options: OfficialsOptions): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'export' && action !== 'import') throw new CliError('Say what to do with the registry of officials: export, or import FILE.', 2);
  if (action === 'export' && rest.length > 0) throw new CliError('officials export takes no file name; write to one with --out FILE.', 2);
  if (action === 'import' && rest.length !== 1) throw new CliError('Name one CSV or JSON file to import.', 2);
  const format = action === 'export' ? formatOption(options.format, options.out ? (formatOfFileName(options.out) ?? 'csv') : 'csv') : formatOption(options.format, formatOfFileName(rest[0]!));
  const text = action === 'import' ? readText(rest[0]!) : '';
  const library = openLibraryForCli(options.db, io.env);
  try {
    const service = new LibraryService(library);
    const transfer = new RegistryTransfer(library.db, service.statements);
    if (action === 'export') {
      const exported = transfer.export(format);
      if (options.out) fs.writeFileSync(options.out, exported);
      else io.stdout(exported);
      return 0;
    }
    let report: RegistryImportReport;
    try {
      report = options.dryRun ? transfer.import(format, text, true) : service.inTransaction(() => transfer.import(format, text, false));
    } catch (err) {
      if (err instanceof RouteError) throw new CliError(`${rest[0]}: ${err.message}`);
      throw err;
    }
    io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : reportLines(report));
    return report.refused.length > 0 ? 1 : 0;
  } finally {
    library.close();
  }
}
