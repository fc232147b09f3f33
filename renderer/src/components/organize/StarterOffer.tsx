// The empty topic list teaches: a ready taxonomy to start from, or a blank one.
import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { organizeKeys, plural } from './api';

export function StarterOffer({ onInstall, onStartEmpty, installing }: { onInstall(): void; onStartEmpty(): void; installing: boolean }) {
  // The number comes from the taxonomy itself, so the offer stays true when topics are added to it.
  const size = useQuery({ queryKey: organizeKeys.starterSize, queryFn: () => call('topics.starterSize', {}), staleTime: Infinity });
  const what = size.data ? plural(size.data.topics, 'topic', 'topics') : 'Topics';
  return (
    <div className="empty topics-empty">
      <h2>No topics yet</h2>
      <p>Topics sort clips and statements by what they are about. Each has a rule that finds its clips, and you can correct what it finds.</p>
      <div className="empty-actions stacked">
        <button type="button" className="button primary" onClick={onInstall} disabled={installing}>
          Add the starter taxonomy
        </button>
        <span className="hint-text" data-testid="starter-size">{what} for diplomacy and public affairs, with rules you can edit</span>
        <button type="button" className="button" onClick={onStartEmpty}>
          Start empty
        </button>
      </div>
    </div>
  );
}
