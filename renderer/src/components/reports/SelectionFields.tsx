// Which clips the report is about: a query in the search language (or a saved search's), and a period.
import type { ReportDefinition } from '../../../../electron/api/types';
import { QueryBox, type QueryError } from '../search/QueryBox';
import { useSavedSearches } from '../search/api';
import { PeriodFields } from './PeriodFields';
import type { Period } from './period';

interface Props {
  selection: ReportDefinition['selection'];
  /** Where the query stopped parsing, for the text as it is now (null while it is being typed). */
  queryError: QueryError | null;
  onQuery(query: string | null): void;
  onPeriod(period: Period): void;
}

export function SelectionFields({ selection, queryError, onQuery, onPeriod }: Props) {
  const saved = useSavedSearches();
  const searches = (saved.data ?? []).filter((s) => s.scope === 'articles');
  const query = selection.query ?? '';
  const current = searches.find((s) => s.query === query.trim());
  return (
    <fieldset className="report-fieldset">
      <legend className="field-label">Selection</legend>
      <QueryBox label="Report query" placeholder="Every clip, or a query" value={query} onChange={(q) => onQuery(q === '' ? null : q)} error={queryError} />
      {searches.length > 0 && (
        <label className="field inline-field">
          <span className="field-label subtle">or use a saved search</span>
          <select
            value={current?.id ?? ''}
            onChange={(e) => {
              const chosen = searches.find((s) => s.id === e.target.value);
              if (chosen) onQuery(chosen.query);
            }}
          >
            <option value="">Choose…</option>
            {searches.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <PeriodFields period={{ from: selection.from, to: selection.to }} onChange={onPeriod} />
    </fieldset>
  );
}
