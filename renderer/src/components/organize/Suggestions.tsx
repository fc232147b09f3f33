// Phrases that recur in the latest clips and that no topic covers yet, each a topic in one click.
import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { organizeKeys, plural } from './api';

export function Suggestions({ onCreate }: { onCreate(phrase: string): void }) {
  const suggestions = useQuery({ queryKey: organizeKeys.suggestions, queryFn: () => call('topics.suggest', { limit: 20 }), staleTime: 30_000 });
  return (
    <section className="suggestions" aria-label="Suggestions">
      <h2>Suggestions</h2>
      <p className="hint-text">Phrases that recur in your latest clips and that no topic’s rule covers yet.</p>
      {suggestions.isError && <p className="preview-status error">The suggestions could not be read: {suggestions.error.message}</p>}
      {suggestions.data?.length === 0 && <p className="preview-status">Nothing recurs often enough yet. Clip more articles, or write a topic’s rule yourself.</p>}
      <ul className="suggestion-list">
        {suggestions.data?.map((s) => (
          <li key={s.phrase}>
            <span className="suggestion-phrase" dir="auto">
              {s.phrase}
            </span>
            <span className="suggestion-count">{plural(s.documents, 'clip', 'clips')}</span>
            <button type="button" className="button" aria-label={`Create topic from “${s.phrase}”`} onClick={() => onCreate(s.phrase)}>
              Create topic
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
