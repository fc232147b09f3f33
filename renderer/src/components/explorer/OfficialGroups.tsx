// "Group by official": each official among the results with a timeline of what they said. The officials and
// their counts come from the search's facet, so the groups follow the query and its filters. While a newer query's
// facets are counted, the groups of the one before stay in place, dimmed, rather than the view emptying and jumping.
import type { SearchFacets, StatementSearchHit } from '../../../../electron/api/types';
import { formatCount } from '../../format';
import { OfficialTimeline } from './OfficialTimeline';

const GROUPS = 30;

interface Props {
  facets: SearchFacets | null | undefined;
  /** The facets are an earlier query's, shown until the current query's are counted. */
  pending: boolean;
  /** Undefined while it is being counted. */
  total: number | undefined;
  query: string;
  newIds: ReadonlySet<string>;
  onOpen(hit: StatementSearchHit): void;
}

export function OfficialGroups({ facets, pending, total, query, newIds, onOpen }: Props) {
  if (!facets) return <div className="official-groups" aria-busy="true" />;
  const officials = facets.officials.slice(0, GROUPS);
  const attributed = facets.officials.reduce((n, f) => n + f.count, 0);
  return (
    <section className={`official-groups${pending ? ' pending' : ''}`} aria-label="Statements by official" aria-busy={pending} inert={pending}>
      {officials.length === 0 && (
        <div className="empty">
          <h2>No official said these</h2>
          <p>The matching statements are by speakers who are not in the registry yet. Accept them in Officials to group them here.</p>
        </div>
      )}
      {officials.map((f) => (
        <OfficialTimeline key={f.value} name={f.label} count={f.count} baseQuery={query} newIds={newIds} onOpen={onOpen} />
      ))}
      {facets.officials.length > GROUPS && <p className="hint-text">The {GROUPS} officials with the most statements are shown; narrow the search to see others.</p>}
      {total !== undefined && total > attributed && officials.length > 0 && (
        <p className="hint-text">{formatCount(total - attributed)} more by speakers outside the registry: switch to the list to see them.</p>
      )}
    </section>
  );
}
