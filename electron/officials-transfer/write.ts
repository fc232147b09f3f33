// The registry written out: the officials in it (accepted; proposals are the clips' suggestions, not the office's
// list), each with every spelling and role, in the documented CSV or JSON.
import type { OfficialStore } from '../../db/officials';
import { csvCell } from '../reports/formats/csv';
import { CSV_COLUMNS, JSON_FORMAT, JSON_VERSION, ROLE_PART_SEPARATOR, SPELLING_SEPARATOR, type TransferFormat } from './format';

interface ExportedEntry {
  name: string;
  spellings: string[];
  country: string | null;
  organization: string | null;
  roles: Array<{ title: string; organization: string | null; from: string | null; to: string | null }>;
}

function entries(officials: OfficialStore): ExportedEntry[] {
  return officials.list('accepted').map((o) => ({
    name: o.canonicalName,
    spellings: officials
      .aliases(o.id)
      .map((a) => a.alias)
      .filter((a) => a !== o.canonicalName),
    country: o.country,
    organization: o.organization,
    roles: officials.roles(o.id).map((r) => ({ title: r.title, organization: r.organization, from: r.validFrom, to: r.validTo })),
  }));
}

function roleCell(role: ExportedEntry['roles'][number]): string {
  const parts = [role.title, role.organization ?? '', role.from ?? '', role.to ?? ''];
  while (parts.length > 1 && parts.at(-1) === '') parts.pop();
  return parts.join(ROLE_PART_SEPARATOR);
}

function toCsv(list: ExportedEntry[]): string {
  const rows = list.map((e) => [e.name, e.spellings.join(SPELLING_SEPARATOR), e.country, e.organization, e.roles.map(roleCell).join(SPELLING_SEPARATOR)]);
  // A byte-order mark, so that spreadsheet programs read the names in Cyrillic, Arabic or Chinese as UTF-8.
  return `\uFEFF${[[...CSV_COLUMNS], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function exportRegistry(officials: OfficialStore, format: TransferFormat): string {
  const list = entries(officials);
  if (format === 'csv') return toCsv(list);
  return `${JSON.stringify({ format: JSON_FORMAT, version: JSON_VERSION, officials: list }, null, 2)}\n`;
}
