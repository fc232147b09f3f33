// Tone as three buttons. A person's choice is shown solid; while only the scorer's suggestion exists it is shown
// dashed, with a word saying it is a suggestion and a button to accept it ("Accept": "Confirm" is the statements' word,
// for a statement checked by a person).
import type { Tone, ToneState } from '../../../../electron/api/types';
import './reader-organize.css';

export const TONES: Tone[] = ['positive', 'neutral', 'negative'];
const LABEL: Record<Tone, string> = { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' };

interface Props {
  state: ToneState;
  /** Names the group for assistive technology: "Article tone", "Statement tone". */
  label: string;
  compact?: boolean;
  onSet(tone: Tone | null): void;
}

export function ToneControl({ state, label, compact, onSet }: Props) {
  const suggestion = state.tone === null ? state.suggested : null;
  return (
    <div className={`ro-tone-control${compact ? ' compact' : ''}`}>
      <div className="ro-tone-buttons" role="group" aria-label={label}>
        {TONES.map((tone) => (
          <button
            key={tone}
            type="button"
            className={`tone-${tone}${suggestion === tone ? ' suggested' : ''}`}
            aria-pressed={state.tone === tone}
            aria-label={LABEL[tone]}
            title={state.tone === tone ? 'Click again to clear the tone' : suggestion === tone ? `Suggested: ${tone}` : `Set the tone to ${tone}`}
            // Clicking the chosen tone again takes the choice back (the suggestion shows again).
            onClick={(e) => {
              e.stopPropagation();
              onSet(state.tone === tone ? null : tone);
            }}
          >
            {compact ? LABEL[tone].slice(0, 3) : LABEL[tone]}
          </button>
        ))}
      </div>
      {suggestion && (
        <span className="ro-tone-suggestion">
          {compact ? 'suggested' : `Suggested: ${suggestion}`}
          <button
            type="button"
            className="link-button inline"
            aria-label={`Accept the suggested tone: ${suggestion}`}
            onClick={(e) => {
              e.stopPropagation();
              onSet(suggestion);
            }}
          >
            Accept
          </button>
        </span>
      )}
    </div>
  );
}
