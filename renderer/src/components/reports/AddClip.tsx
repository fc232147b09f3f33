// Adding a clip by hand: a few words find it in the library, a click (or Enter on it) adds it to the report.
import { useState } from 'react';
import { formatClipDate } from '../../format';
import { useDebounced } from '../organize/api';
import { useClipSearch } from './api';

interface Props {
  /** Clips already in the report, marked rather than offered again. */
  inReport: ReadonlySet<string>;
  onAdd(id: string): void;
}

export function AddClip({ inReport, onAdd }: Props) {
  const [words, setWords] = useState('');
  const settled = useDebounced(words, 200);
  const found = useClipSearch(settled);
  const hits = words.trim() === '' ? [] : (found.data?.items ?? []);
  return (
    <div className="add-clip">
      <input
        type="search"
        className="search"
        value={words}
        placeholder="Add a clip by hand: search the library"
        aria-label="Add a clip by hand"
        onChange={(e) => setWords(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setWords('');
        }}
      />
      {words.trim() !== '' && (
        <ul className="add-clip-results" aria-label="Clips to add">
          {hits.length === 0 && !found.isFetching && <li className="hint-text">{found.data?.error ? 'Those words do not make a query yet.' : 'No clip has those words.'}</li>}
          {hits.map((hit) => {
            const already = inReport.has(hit.id);
            return (
              <li key={hit.id}>
                <button
                  type="button"
                  className="add-clip-hit"
                  disabled={already}
                  aria-label={already ? `${hit.title} (in the report)` : `Add ${hit.title}`}
                  onClick={() => {
                    onAdd(hit.id);
                    setWords('');
                  }}
                >
                  <span className="clip-title" dir="auto">
                    {hit.title}
                  </span>
                  <span className="clip-meta">
                    {[hit.outlet, formatClipDate(hit.publishedAt, hit.clippedAt)].filter(Boolean).join(' · ')}
                    {already ? ' · in the report' : ''}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
