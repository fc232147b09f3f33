// Topics on an article or statement. A topic a rule gave and nobody looked at is provisional (dashed, with ✓ to
// confirm and × to remove); one a person gave or confirmed is solid; removed ones are not shown.
import type { TopicAssignment } from '../../../../electron/api/types';
import { useTopicList } from './useOrganization';
import './reader-organize.css';

interface Props {
  topics: TopicAssignment[];
  owner: string;
  compact?: boolean;
  onAssign(topicId: string, status: 'confirmed' | 'removed'): void;
}

export function TopicChips({ topics, owner, compact, onAssign }: Props) {
  const all = useTopicList();
  const shown = topics.filter((t) => t.status !== 'removed');
  const present = new Set(shown.map((t) => t.topicId));
  const choices = (all.data ?? []).filter((t) => !present.has(t.id));
  return (
    <div className={`ro-chip-row${compact ? ' compact' : ''}`}>
      {shown.length > 0 && (
        <ul className="ro-chips" aria-label={`Topics of the ${owner}`}>
          {shown.map((t) => (
            <li key={t.topicId}>
              <span className={`ro-chip ro-topic-chip${t.status === 'suggested' ? ' suggested' : ''}`} title={t.status === 'suggested' ? `${t.path} · suggested by its rule` : t.path}>
                <span dir="auto">{t.name}</span>
                {t.status === 'suggested' && <span className="ro-visually-hidden"> (suggested)</span>}
                {t.status === 'suggested' && (
                  <button
                    type="button"
                    className="ro-chip-x"
                    aria-label={`Confirm topic ${t.name}`}
                    onClick={(e) => {
                      e.stopPropagation();
                      onAssign(t.topicId, 'confirmed');
                    }}
                  >
                    ✓
                  </button>
                )}
                <button
                  type="button"
                  className="ro-chip-x"
                  aria-label={`Remove topic ${t.name}`}
                  onClick={(e) => {
                    e.stopPropagation();
                    onAssign(t.topicId, 'removed');
                  }}
                >
                  ×
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {/* Compact rows leave the picker out until the library has topics to offer. */}
      {!(compact && (all.data?.length ?? 0) === 0) && (
      <select
        className="ro-add-chip-select"
        aria-label={`Add topic to the ${owner}`}
        value=""
        disabled={choices.length === 0}
        title={all.data?.length === 0 ? 'No topics yet: create them under Topics in the sidebar.' : undefined}
        onClick={(e) => e.stopPropagation()}
        onChange={(e) => {
          if (e.target.value) onAssign(e.target.value, 'confirmed');
        }}
      >
        <option value="">{all.data?.length === 0 ? 'No topics yet' : compact ? '+ topic' : 'Add topic…'}</option>
        {choices.map((t) => (
          <option key={t.id} value={t.id}>
            {t.path}
          </option>
        ))}
      </select>
      )}
    </div>
  );
}
