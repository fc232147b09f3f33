// Filters for official, topic, outlet and period. They read their value from the query and write it back as a
// field clause, so the query box stays the one place that says what is shown.
import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { useOutlets } from '../../api/queries';
import { useTopics } from '../organize/api';
import { fieldValue, setField } from '../search/queryText';

interface Props {
  query: string;
  onQuery(query: string): void;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function ExplorerFilters({ query, onQuery }: Props) {
  const officials = useQuery({ queryKey: ['officials', 'names'], queryFn: () => call('officials.list', {}), staleTime: 30_000 });
  const topics = useTopics();
  const outlets = useOutlets();
  const official = fieldValue(query, 'official') ?? '';
  const topic = fieldValue(query, 'topic') ?? '';
  const outlet = fieldValue(query, 'outlet') ?? '';
  const after = fieldValue(query, 'after') ?? '';
  const before = fieldValue(query, 'before') ?? '';
  const names = [...new Set((officials.data ?? []).map((o) => o.canonicalName))].sort((a, b) => a.localeCompare(b));
  // A value typed into the query that the lists do not hold still shows as chosen.
  const withCurrent = (values: string[], current: string) => (current && !values.includes(current) ? [current, ...values] : values);
  return (
    <div className="explorer-filters" role="group" aria-label="Filters">
      <label>
        <span>Official</span>
        <select aria-label="Official" value={official} onChange={(e) => onQuery(setField(query, 'official', e.target.value || null))}>
          <option value="">Anyone</option>
          {withCurrent(names, official).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Topic</span>
        <select aria-label="Topic" value={topic} onChange={(e) => onQuery(setField(query, 'topic', e.target.value || null))}>
          <option value="">Any topic</option>
          {withCurrent([...new Set((topics.data ?? []).map((t) => t.name))].sort((a, b) => a.localeCompare(b)), topic).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Outlet</span>
        <select aria-label="Outlet" value={outlet} onChange={(e) => onQuery(setField(query, 'outlet', e.target.value || null))}>
          <option value="">Any outlet</option>
          {withCurrent([...new Set((outlets.data ?? []).map((o) => o.name))].sort((a, b) => a.localeCompare(b)), outlet).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>From</span>
        <input type="date" aria-label="From" value={ISO_DAY.test(after) ? after : ''} onChange={(e) => onQuery(setField(query, 'after', e.target.value || null))} />
      </label>
      <label>
        <span>To</span>
        <input type="date" aria-label="To" value={ISO_DAY.test(before) ? before : ''} onChange={(e) => onQuery(setField(query, 'before', e.target.value || null))} />
      </label>
    </div>
  );
}
