// The rule's text box. Behind the transparent textarea a mirror of the same text underlines the part the parser
// refused, so the mistake is marked where it is, not only described; the message says what is wrong below.
import { useId, useRef, type KeyboardEvent } from 'react';
import type { RulePreview } from '../../../../electron/api/types';

type RuleError = NonNullable<RulePreview['error']>;

interface Props {
  value: string;
  onChange(value: string): void;
  error: RuleError | null;
  onKeyDown?(event: KeyboardEvent<HTMLTextAreaElement>): void;
}

export function RuleEditor({ value, onChange, error, onKeyDown }: Props) {
  const errorId = useId();
  const mirror = useRef<HTMLDivElement>(null);
  // An error at the very end (a missing closing quote) has no character to underline; a caret marks the place.
  const start = error ? Math.min(error.position, value.length) : 0;
  const end = error ? Math.min(value.length, start + Math.max(error.length, 0)) : 0;
  return (
    <div className="rule-editor">
      <div className="rule-box">
        <div className="rule-mirror" ref={mirror} aria-hidden="true">
          {error ? (
            <>
              {value.slice(0, start)}
              {end > start ? <mark className="rule-error-span">{value.slice(start, end)}</mark> : <span className="rule-error-caret" />}
              {value.slice(end)}
            </>
          ) : (
            value
          )}
          {/* A final newline in a textarea takes a line; the mirror needs the same. */}
          {'\u200b'}
        </div>
        <textarea
          className="rule-input"
          value={value}
          spellCheck={false}
          rows={3}
          aria-label="Rule"
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          placeholder={'"Middle Corridor" OR "Trans-Caspian International Transport Route"'}
          onChange={(e) => onChange(e.target.value)}
          onScroll={(e) => {
            if (mirror.current) mirror.current.scrollTop = e.currentTarget.scrollTop;
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      {error && (
        <p className="rule-error" id={errorId} role="alert">
          <span className="rule-error-where">At character {start + 1}:</span> {error.message}
        </p>
      )}
    </div>
  );
}
