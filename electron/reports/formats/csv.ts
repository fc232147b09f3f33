// A report as CSV: the coverage log, one row per clip, or for the statements template one row per statement (XLSX
// has both sheets). RFC 4180 quoting, a byte-order mark so that spreadsheet programs read UTF-8 (Cyrillic, Arabic,
// Chinese) right, and cells that would start a formula defused.
import type { ReportModel } from '../model';
import { UNVERIFIED_CELL } from '../attribution';

const HEADER = ['Date', 'Outlet', 'Headline', 'Byline', 'Language', 'Tone', 'Tone suggested', 'Topics', 'Tags', 'Statements', 'Officials quoted', 'Highlights', 'Notes', 'URL', 'Excerpt'];

// What makes a spreadsheet read a cell as a formula (OWASP's CSV injection list): = + - @ first, or a tab or carriage
// return first; also after leading spaces, and in the full-width forms some spreadsheets fold to ASCII.
const FORMULA_START = /^(?:[\t\r\n]|[\s\u00A0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  // OWASP's defence: a leading apostrophe, which spreadsheets show as text and do not evaluate.
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const STATEMENT_HEADER = ['Date', 'Official', 'Speaker', 'Speaker kind', 'Kind', 'Cue', 'Statement', 'Attribution', 'Tone', 'Statement tags', 'Clip', 'Outlet', 'URL'];

export function renderCsv(model: ReportModel): string {
  const rows = model.definition.template === 'statements' ? statementRows(model) : clipRows(model);
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** One row per statement, clip by clip in the report's order and in text order within a clip. */
function statementRows(model: ReportModel): string[][] {
  const rows = [STATEMENT_HEADER];
  for (const clip of model.groups.flatMap((g) => g.clips)) {
    for (const s of [...clip.statements].sort((a, b) => a.start - b.start)) {
      rows.push([
        clip.date?.slice(0, 10) ?? '',
        s.official ?? '',
        s.speaker ?? '',
        s.speakerKind,
        s.kind,
        s.cue ?? '',
        s.text,
        // Set only when the report marks unchecked attributions (options.attributions 'mark'), as JSON does.
        s.unverified ? UNVERIFIED_CELL : '',
        s.tone ?? '',
        s.tags.join('; '),
        clip.title,
        clip.outlet ?? '',
        clip.url ?? '',
      ]);
    }
  }
  return rows;
}

function clipRows(model: ReportModel): string[][] {
  const rows = [HEADER];
  for (const clip of model.groups.flatMap((g) => g.clips)) {
    const officials = [...new Set(clip.statements.map((s) => s.official ?? s.speaker).filter((x): x is string => x !== null))];
    rows.push([
      // An undated clip has an empty date cell: the time it was clipped is no publication date.
      clip.date?.slice(0, 10) ?? '',
      clip.outlet ?? '',
      clip.title,
      clip.byline ?? '',
      clip.language ?? '',
      clip.tone ?? '',
      clip.toneSuggested ? 'yes' : 'no',
      clip.topics.join('; '),
      clip.tags.map((t) => t.name).join('; '),
      String(clip.statements.length),
      officials.join('; '),
      clip.annotations.map((a) => a.exact).join(' | '),
      clip.annotations.filter((a) => a.note).map((a) => a.note!).join(' | '),
      clip.url ?? '',
      clip.excerpt,
    ]);
  }
  return rows;
}
