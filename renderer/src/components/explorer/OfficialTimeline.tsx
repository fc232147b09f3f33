// One official in the grouped view: what they said that matches, newest first, with bars by month.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { StatementSearchHit } from '../../../../electron/api/types';
import { call, errorMessage } from '../../api/client';
import { formatCount } from '../../format';
import { speakerHue } from '../ArticleText';
import { searchKeys } from '../search/api';
import { clause, hasClause } from '../search/queryText';
import { MonthBars } from './MonthBars';
import { StatementRowBody } from './StatementRow';

const FIRST = 5;
const MORE = 25;

interface Props {
  name: string;
  count: number;
  baseQuery: string;
  newIds: ReadonlySet<string>;
  onOpen(hit: StatementSearchHit): void;
}

export function OfficialTimeline({ name, count, baseQuery, newIds, onOpen }: Props) {
  const [limit, setLimit] = useState(FIRST);
  const own = clause('official', name);
  const query = hasClause(baseQuery, own) ? baseQuery : `${baseQuery} ${own}`.trim();
  const result = useQuery({
    queryKey: searchKeys.officialTimeline(query, limit),
    queryFn: () => call('search.statements', { query, sort: 'newest', offset: 0, limit, facets: true }),
    placeholderData: (previous) => previous,
  });
  const items = result.data?.items ?? [];
  const total = result.data?.total ?? count;
  return (
    <section className="official-group" aria-label={name}>
      <header className="official-group-head">
        <h2 className={`hue-${speakerHue(name)}`}>
          <span className="dot" aria-hidden="true" />
          {name}
        </h2>
        <span className="count">{formatCount(total)} {total === 1 ? 'statement' : 'statements'}</span>
        {result.data?.facets && <MonthBars months={result.data.facets.months} />}
      </header>
      {result.isError && <p className="field-error">Could not load what {name} said: {errorMessage(result.error)}</p>}
      <ol className="official-timeline">
        {items.map((hit) => (
          <li key={hit.id}>
            <button type="button" className="official-timeline-item" onClick={() => onOpen(hit)} title={`Open “${hit.articleTitle}” at this statement`}>
              <StatementRowBody hit={hit} isNew={hit.isNew === true || newIds.has(hit.id)} compact />
            </button>
          </li>
        ))}
      </ol>
      {items.length < total && (
        <button type="button" className="link-button inline" onClick={() => setLimit((n) => Math.min(1000, n + MORE))}>
          Show {formatCount(Math.min(MORE, total - items.length))} more
        </button>
      )}
    </section>
  );
}
