// Facet counts for the current results. Each value is a toggle: clicking adds its field to the query (and
// clicking again takes it out), so what filters the list is always written in the search box.
import { useState } from 'react';
import type { FacetCount, SearchFacets } from '../../../../electron/api/types';
import { formatCount, languageName } from '../../format';
import { clause, hasClause, monthClause, toggleClause } from './queryText';

type Group = { key: Exclude<keyof SearchFacets, 'approximate'>; title: string; field: string };

const GROUPS: Group[] = [
  { key: 'officials', title: 'Officials', field: 'official' },
  { key: 'topics', title: 'Topics', field: 'topic' },
  { key: 'outlets', title: 'Outlets', field: 'outlet' },
  { key: 'languages', title: 'Languages', field: 'lang' },
  { key: 'tone', title: 'Tone', field: 'tone' },
  { key: 'kind', title: 'Kind', field: 'kind' },
  { key: 'tags', title: 'Tags', field: 'tag' },
  { key: 'months', title: 'Months', field: 'after' },
];

const SHOWN = 6;
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });

function clauseOf(group: Group, facet: FacetCount): string {
  if (group.key === 'months') return monthClause(facet.value);
  // Officials are written by name, which the registry resolves through every alias; the rest by their value.
  return clause(group.field, group.key === 'officials' ? facet.label : facet.value);
}

function labelOf(group: Group, facet: FacetCount): string {
  if (group.key === 'months') return monthFormat.format(new Date(`${facet.value}-01T00:00:00Z`));
  if (group.key === 'languages') return languageName(facet.value) ?? facet.label;
  return facet.label;
}

interface Props {
  facets: SearchFacets | null | undefined;
  /** The facets are an earlier query's, shown dimmed in place until the current query's are counted. */
  pending?: boolean;
  query: string;
  onQuery(query: string): void;
}

export function FacetPanel({ facets, pending = false, query, onQuery }: Props) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  if (!facets) return <div className="facets" aria-busy="true" />;
  const groups = GROUPS.filter((g) => facets[g.key].length > 0);
  if (groups.length === 0) return <p className="facets-empty hint-text" aria-busy={pending}>Nothing to filter by in these results.</p>;
  return (
    <div className={`facets${pending ? ' pending' : ''}`} aria-busy={pending} inert={pending}>
      {facets.approximate && <p className="hint-text facets-approximate">Counts estimated from a sample of these many results.</p>}
      {groups.map((group) => {
        // Months read best newest first; the rest come in count order from the search.
        const values = group.key === 'months' ? [...facets.months].reverse() : facets[group.key];
        const open = expanded.has(group.key);
        const shown = open ? values : values.slice(0, SHOWN);
        return (
          <section key={group.key} className="facet-group" aria-label={group.title}>
            <h3>{group.title}</h3>
            <ul>
              {shown.map((facet) => {
                const text = clauseOf(group, facet);
                const on = hasClause(query, text);
                return (
                  <li key={facet.value}>
                    <button
                      type="button"
                      className="facet"
                      aria-pressed={on}
                      title={on ? `Remove ${text} from the search` : `Add ${text} to the search`}
                      onClick={() => onQuery(toggleClause(query, text))}
                    >
                      <span className="facet-label" dir="auto" title={labelOf(group, facet)}>
                        {labelOf(group, facet)}
                      </span>
                      <span className="facet-count">
                        {facets.approximate ? '≈' : ''}
                        {formatCount(facet.count)}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
            {values.length > SHOWN && (
              <button
                type="button"
                className="link-button facet-more"
                onClick={() => setExpanded((all) => (open ? new Set([...all].filter((k) => k !== group.key)) : new Set([...all, group.key])))}
              >
                {open ? 'Fewer' : `All ${values.length}`}
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
