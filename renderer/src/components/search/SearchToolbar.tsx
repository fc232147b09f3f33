// Under the search box: how many matched, the order, the facets toggle and "Save as watchlist".
import type { SearchSort } from '../../../../electron/api/types';
import { formatCount } from '../../format';
import { SortSelect } from './SortSelect';

interface Props {
  total: number | undefined;
  noun: [string, string];
  tookMs: number | null;
  sort: SearchSort;
  onSort(sort: SearchSort): void;
  sortChoices?: readonly SearchSort[] | undefined;
  facetsOpen: boolean;
  onFacetsOpen(open: boolean): void;
  facetsId: string;
  /** Null when there is nothing to save (an empty or broken query). */
  onSave: (() => void) | null;
}

export function SearchToolbar({ total, noun, tookMs, sort, onSort, sortChoices, facetsOpen, onFacetsOpen, facetsId, onSave }: Props) {
  return (
    <div className="search-toolbar">
      <span className="search-total" aria-live="polite" title={tookMs === null ? undefined : `Found in ${tookMs < 1 ? 'under 1' : Math.round(tookMs)} ms`}>
        {total === undefined ? <span className="count-pending" aria-label="Counting" /> : `${formatCount(total)} ${total === 1 ? noun[0] : noun[1]}`}
      </span>
      <SortSelect value={sort} onChange={onSort} choices={sortChoices} />
      <button type="button" className="button subtle small" aria-expanded={facetsOpen} aria-controls={facetsId} onClick={() => onFacetsOpen(!facetsOpen)}>
        Filters
      </button>
      <button type="button" className="button subtle small" disabled={onSave === null} onClick={() => onSave?.()} title="Keep this search in the sidebar and count new matches">
        Save as watchlist
      </button>
    </div>
  );
}
