// Statements kept from before speakers were typed, whose speaker's kind is not known: the explorer says how many and
// offers to find their clips' statements again (what a person corrected is kept), as a job with progress.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { keys } from '../../api/queries';
import { countOf } from '../../format';

export function UntypedSpeakersNotice() {
  const client = useQueryClient();
  const untyped = useQuery({ queryKey: ['statements', 'untyped'], queryFn: () => call('statements.untyped', {}) });
  const [error, setError] = useState<string | null>(null);
  const [started, setStarted] = useState(false);
  const found = untyped.data;
  if (!found || found.statements === 0) return null;
  return (
    <div className="untyped-notice" role="status">
      <span>
        {countOf(found.statements, 'statement', 'statements')} from before this version {found.statements === 1 ? 'has a speaker' : 'have speakers'} not yet
        typed as a person, an institution or an anonymous source.
      </span>
      <button
        type="button"
        className="button"
        disabled={started}
        onClick={() => {
          setStarted(true);
          setError(null);
          call('statements.typeUntyped', {})
            .then(() => void client.invalidateQueries({ queryKey: keys.jobs }))
            .catch((err: unknown) => {
              setStarted(false);
              setError(errorMessage(err));
            });
        }}
      >
        {started ? 'Reading…' : `Read ${countOf(found.clips, 'clip', 'clips')} again`}
      </button>
      {error && <span className="field-error">{error}</span>}
    </div>
  );
}
