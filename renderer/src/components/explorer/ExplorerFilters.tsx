// Filters for official, topic, outlet and period. They read their value from the query and write it back as a
// field clause, so the query box stays the one place that says what is shown.
import { useQuery } from '@tanstack/react-query';
import type { FacetCount, SearchFacets } from '../../../../electron/api/types';
import { call } from '../../api/client';
import { useOutlets } from '../../api/queries';
import { formatCount } from '../../format';
import { useTopics } from '../organize/api';
import { fieldValue, setField } from '../search/queryText';

interface Props {
  query: string;
  onQuery(query: string): void;
}

/** A field's facet counts by the name a choice shows; null while the facets are not in yet. */
type Counts = ReadonlyMap<string, number> | null;

function countsOf(list: readonly FacetCount[] | undefined): Counts {
  return list ? new Map(list.map((f) => [f.label, f.count])) : null;
}

/** "Hikmet Hajiyev (12)": how many of the statements shown each choice would keep, as the facet column says. */
function choiceLabel(name: string, counts: Counts, approximate: boolean): string {
  if (!counts) return name;
  return `${name} (${approximate ? '≈' : ''}${formatCount(counts.get(name) ?? 0)})`;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Distinct names in alphabetical order. */
const sortedNames = (names: readonly string[]) => [...new Set(names)].sort((a, b) => a.localeCompare(b));

interface FieldProps extends Props {
  field: 'official' | 'topic' | 'outlet' | 'after' | 'before';
  label: string;
}

/** One field of the query as a list to choose from; "any" (the empty choice) takes the field out of the query. */
function FieldSelect({ query, onQuery, field, label, anyLabel, names, counts, approximate }: FieldProps & { anyLabel: string; names: string[]; counts: Counts; approximate: boolean }) {
  const current = fieldValue(query, field) ?? '';
  // A value typed into the query that the list does not hold still shows as chosen.
  const choices = current && !names.includes(current) ? [current, ...names] : names;
  return (
    <label>
      <span>{label}</span>
      <select aria-label={label} value={current} onChange={(e) => onQuery(setField(query, field, e.target.value || null))}>
        <option value="">{anyLabel}</option>
        {choices.map((n) => (
          <option key={n} value={n}>
            {choiceLabel(n, counts, approximate)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** One end of the period as a date input; a value in the query that is not a whole day shows as empty. */
function FieldDate({ query, onQuery, field, label }: FieldProps) {
  const current = fieldValue(query, field) ?? '';
  return (
    <label>
      <span>{label}</span>
      <input type="date" aria-label={label} value={ISO_DAY.test(current) ? current : ''} onChange={(e) => onQuery(setField(query, field, e.target.value || null))} />
    </label>
  );
}

export function ExplorerFilters({ query, onQuery, facets }: Props & { facets?: SearchFacets | null | undefined }) {
  const officials = useQuery({ queryKey: ['officials', 'names'], queryFn: () => call('officials.list', {}), staleTime: 30_000 });
  const topics = useTopics();
  const outlets = useOutlets();
  const at = { query, onQuery, approximate: facets?.approximate ?? false };
  return (
    <div className="explorer-filters" role="group" aria-label="Filters">
      <FieldSelect {...at} field="official" label="Official" anyLabel="Anyone" names={sortedNames((officials.data ?? []).map((o) => o.canonicalName))} counts={countsOf(facets?.officials)} />
      <FieldSelect {...at} field="topic" label="Topic" anyLabel="Any topic" names={sortedNames((topics.data ?? []).map((t) => t.name))} counts={countsOf(facets?.topics)} />
      <FieldSelect {...at} field="outlet" label="Outlet" anyLabel="Any outlet" names={sortedNames((outlets.data ?? []).map((o) => o.name))} counts={countsOf(facets?.outlets)} />
      <FieldDate {...at} field="after" label="From" />
      <FieldDate {...at} field="before" label="To" />
    </div>
  );
}
