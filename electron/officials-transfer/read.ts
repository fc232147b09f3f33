// A registry file read into entries with where each stood, so a refusal can name its row. What is wrong with the
// file as a whole (not CSV, not JSON, no name column) is one sentence; what is wrong with a row is that row's.
import { parse as parseCsv } from 'csv-parse/sync';
import { CSV_COLUMNS, JSON_FORMAT, RegistryFileError, ROLE_PART_SEPARATOR, SPELLING_SEPARATOR, type CsvColumn, type RawEntry, type TransferFormat } from './format';

/** More rows than any registry has: a file past it is something else. */
export const MAX_ENTRIES = 100_000;

// A cell the export defused against spreadsheet formulas starts with an apostrophe; the value is what follows it.
const DEFUSED = /^'(?=[\t\r\n]|[\s\u00A0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

function splitList(cell: string, separator: string): string[] {
  return cell
    .split(separator.trim())
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function roleFromCell(cell: string): { title: string; organization: string | null; from: string | null; to: string | null } {
  const [title = '', organization = '', from = '', to = ''] = cell.split(ROLE_PART_SEPARATOR.trim()).map((part) => part.trim());
  return { title, organization: organization || null, from: from || null, to: to || null };
}

function readCsv(text: string): RawEntry[] {
  let rows: string[][];
  try {
    rows = parseCsv(text, { bom: true, relax_column_count: true, skip_empty_lines: true, to: MAX_ENTRIES + 2 }) as string[][];
  } catch (err) {
    const line = (err as { lines?: unknown }).lines;
    throw new RegistryFileError(`The file is not readable CSV: a quoted cell or a row is malformed${typeof line === 'number' ? ` near line ${line}` : ''}.`);
  }
  const [header, ...body] = rows;
  if (!header) throw new RegistryFileError('The file is empty: it needs a header row (name, spellings, country, organization, roles) and a row per official.');
  if (body.length > MAX_ENTRIES) throw new RegistryFileError(`The file has more than ${MAX_ENTRIES.toLocaleString('en')} rows; split it.`);
  const columns = header.map((h) => h.trim().toLowerCase());
  const unknown = columns.find((c) => c !== '' && !(CSV_COLUMNS as readonly string[]).includes(c));
  if (unknown !== undefined) throw new RegistryFileError(`The column “${unknown}” is not one Verbatim reads; the columns are ${CSV_COLUMNS.join(', ')}.`);
  if (!columns.includes('name')) throw new RegistryFileError(`The header has no “name” column; the columns are ${CSV_COLUMNS.join(', ')}.`);
  return body.map((cells, index) => {
    const cell = (column: CsvColumn): string => {
      const at = columns.indexOf(column);
      return at < 0 ? '' : (cells[at] ?? '').replace(DEFUSED, '').trim();
    };
    return {
      row: index + 2,
      value: {
        name: cell('name'),
        spellings: splitList(cell('spellings'), SPELLING_SEPARATOR),
        country: cell('country'),
        organization: cell('organization'),
        roles: splitList(cell('roles'), SPELLING_SEPARATOR).map(roleFromCell),
      },
    };
  });
}

function readJson(text: string): RawEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new RegistryFileError(`The file is not readable JSON: ${err instanceof Error ? err.message : String(err)}.`);
  }
  const document = parsed as { format?: unknown; officials?: unknown } | null;
  const list = Array.isArray(parsed) ? parsed : document && typeof document === 'object' ? document.officials : undefined;
  if (document && typeof document === 'object' && !Array.isArray(parsed) && document.format !== undefined && document.format !== JSON_FORMAT) {
    throw new RegistryFileError(`The file says it is “${String(document.format)}”, not a registry of officials (“${JSON_FORMAT}”).`);
  }
  if (!Array.isArray(list)) throw new RegistryFileError('The JSON holds no list of officials: give an array, or an object with an “officials” array.');
  if (list.length > MAX_ENTRIES) throw new RegistryFileError(`The file has more than ${MAX_ENTRIES.toLocaleString('en')} officials; split it.`);
  return list.map((value: unknown, index) => ({ row: index + 1, value }));
}

export function readRegistryFile(format: TransferFormat, text: string): RawEntry[] {
  return format === 'csv' ? readCsv(text) : readJson(text);
}

/** The format a file name says, for the CLI and the file picker; undefined when it says neither. */
export function formatOfFileName(name: string): TransferFormat | undefined {
  if (/\.csv$/i.test(name)) return 'csv';
  if (/\.json$/i.test(name)) return 'json';
  return undefined;
}
