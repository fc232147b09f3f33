// The explorer's "Speaker kind" facet: how many of the results were said by people, institutions, anonymous sources
// and unknown speakers. Each kind is a toggle that writes speakerkind:… into the query (and takes it out again), so
// the query box stays the one place that says what is shown. While a newer query is counted, the older counts stay,
// dimmed and inert as the facet panel's are, so that the column does not jump.
import type { FacetCount, StatementInfo } from '../../../../electron/api/types';
import { formatCount } from '../../format';
import { clause, hasClause, toggleClause } from '../search/queryText';

type SpeakerKind = StatementInfo['speakerKind'];

/** In the order a reader weighs them: named people first, the unknown last. */
const KINDS: ReadonlyArray<{ kind: SpeakerKind; label: string }> = [
  { kind: 'person', label: 'Person' },
  { kind: 'institution', label: 'Institution' },
  { kind: 'anonymous', label: 'Anonymous source' },
  { kind: 'unknown', label: 'Unknown' },
];

interface Props {
  counts: readonly FacetCount[];
  approximate: boolean;
  /** The counts are an earlier query's, shown until the current query's come. */
  pending: boolean;
  query: string;
  onQuery(query: string): void;
}

export function SpeakerKindFacet({ counts, approximate, pending, query, onQuery }: Props) {
  const countOf = new Map(counts.map((c) => [c.value, c.count]));
  // A kind that is part of the query stays listed (with 0) so that it can be taken out here.
  const shown = KINDS.filter(({ kind }) => (countOf.get(kind) ?? 0) > 0 || hasClause(query, clause('speakerkind', kind)));
  if (shown.length === 0) return null;
  return (
    <section className={`facet-group speaker-kind-facet${pending ? ' pending' : ''}`} aria-label="Speaker kind" aria-busy={pending} inert={pending}>
      <h3>Speaker kind</h3>
      <ul>
        {shown.map(({ kind, label }) => {
          const text = clause('speakerkind', kind);
          const on = hasClause(query, text);
          return (
            <li key={kind}>
              <button type="button" className="facet" aria-pressed={on} title={on ? `Remove ${text} from the search` : `Add ${text} to the search`} onClick={() => onQuery(toggleClause(query, text))}>
                <span className="facet-label">{label}</span>
                <span className="facet-count">
                  {approximate ? '≈' : ''}
                  {formatCount(countOf.get(kind) ?? 0)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
