// The library's own agency signatures, in Settings: one row per outlet (its name, the strings that sign its texts,
// country and language), added, edited and removed here and saved with the dialog. The contract's own schema checks
// the list as it is sent, so a mistake is shown beside its row in the route's words, and nothing typed is lost.
// The built-in table is shown below, read-only and folded away.
import type { AgencySignature } from '../../../electron/api/types';
import { agencySignatureList } from '../../../electron/api/contract';

export interface SignatureRow {
  key: number;
  outlet: string;
  signatures: string;
  country: string;
  language: string;
}

/** Errors by row key and field ("outlet", "signatures", "country", "language"). */
export type RowErrors = Record<number, Partial<Record<keyof Omit<SignatureRow, 'key'>, string>>>;

export function toRows(entries: readonly AgencySignature[]): SignatureRow[] {
  return entries.map((e, i) => ({ key: i, outlet: e.outlet, signatures: e.signatures.join('; '), country: e.country ?? '', language: e.language ?? '' }));
}

const isBlank = (r: SignatureRow) => !r.outlet.trim() && !r.signatures.trim() && !r.country.trim() && !r.language.trim();

/** The list to send, or the errors to show beside the rows: a row left empty is no entry. */
export function checkRows(rows: readonly SignatureRow[]): { entries: AgencySignature[] } | { errors: RowErrors } {
  const kept = rows.filter((r) => !isBlank(r));
  const entries = kept.map((r) => ({
    outlet: r.outlet,
    // Separated by semicolons (or commas): a signature is a name, and names here hold neither.
    signatures: r.signatures
      .split(/[;,]/)
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    country: r.country.trim() || null,
    language: r.language.trim() || null,
  }));
  const checked = agencySignatureList.safeParse(entries);
  if (checked.success) return { entries: checked.data };
  const errors: RowErrors = {};
  for (const issue of checked.error.issues) {
    const [index, field] = issue.path;
    const row = typeof index === 'number' ? kept[index] : undefined;
    if (!row) continue;
    const name = (typeof field === 'string' && ['outlet', 'signatures', 'country', 'language'].includes(field) ? field : 'signatures') as keyof RowErrors[number];
    errors[row.key] = { ...errors[row.key], [name]: errors[row.key]?.[name] ?? issue.message };
  }
  return { errors };
}

interface Props {
  rows: SignatureRow[];
  errors: RowErrors;
  builtIn: readonly AgencySignature[];
  onChange(rows: SignatureRow[], changedKey: number): void;
}

export function AgencySignatures({ rows, errors, builtIn, onChange }: Props) {
  const nextKey = rows.reduce((max, r) => Math.max(max, r.key), -1) + 1;
  const set = (key: number, change: Partial<SignatureRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)), key);
  const fieldId = (key: number, field: string) => `signature-${key}-${field}-error`;

  const input = (row: SignatureRow, index: number, field: keyof RowErrors[number], label: string, placeholder: string) => {
    const error = errors[row.key]?.[field];
    return (
      <label className="field">
        <span className="sr-only">
          {label}, outlet {index + 1}
        </span>
        <input value={row[field]} placeholder={placeholder} dir="auto" onChange={(e) => set(row.key, { [field]: e.target.value })} aria-invalid={error !== undefined} aria-describedby={error ? fieldId(row.key, field) : undefined} />
        {error && (
          <p id={fieldId(row.key, field)} className="field-error" role="alert">
            {error}
          </p>
        )}
      </label>
    );
  };

  return (
    <fieldset className="agency-signatures">
      <legend className="field-label">Agency and outlet signatures</legend>
      <p className="hint-text">
        How an outlet signs its texts, as it appears in them: a dateline such as “BAKU, March 12. /Trend/”, “(AZERTAC)” or “新华社北京3月12日电”, or a last line with
        only the name. A pasted or clipped text signed so gets that outlet. Separate several signatures with semicolons.
      </p>
      {rows.length > 0 && (
        <div className="agency-signature-row agency-signature-head" aria-hidden="true">
          <span>Outlet</span>
          <span>Signatures</span>
          <span>Country</span>
          <span>Language</span>
          <span />
        </div>
      )}
      {rows.map((row, i) => (
        <div key={row.key} className="agency-signature-row" data-testid="agency-signature-row">
          {input(row, i, 'outlet', 'Outlet', 'Caspian Courier')}
          {input(row, i, 'signatures', 'Signatures', 'CasCour; Каспийский курьер')}
          {input(row, i, 'country', 'Country', 'Kazakhstan')}
          {input(row, i, 'language', 'Language', 'ru')}
          <button type="button" className="icon-button" aria-label={`Remove outlet ${row.outlet.trim() || i + 1}`} onClick={() => onChange(rows.filter((r) => r.key !== row.key), row.key)}>
            ×
          </button>
        </div>
      ))}
      <button type="button" className="link-button" onClick={() => onChange([...rows, { key: nextKey, outlet: '', signatures: '', country: '', language: '' }], nextKey)}>
        + Add an outlet’s signatures
      </button>
      <details className="agency-built-in">
        <summary>Built-in signatures ({builtIn.length} outlets)</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Outlet</th>
              <th scope="col">Signatures</th>
              <th scope="col">Country</th>
            </tr>
          </thead>
          <tbody>
            {builtIn.map((e) => (
              <tr key={e.outlet}>
                <td>{e.outlet}</td>
                <td dir="auto">{e.signatures.join(' · ')}</td>
                <td>{e.country ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </fieldset>
  );
}
