// The query-language box: the text as typed, a help button, and when the query does not parse, a line under it
// that repeats the query with the failing place marked and says why. The typed text is never changed.
import { useId, useState, type CSSProperties, type KeyboardEvent, type RefObject } from 'react';
import type { SearchResult } from '../../../../electron/api/types';
import { QueryHelp } from './QueryHelp';
import './search.css';

export type QueryError = NonNullable<SearchResult<unknown>['error']>;

interface Props {
  label: string;
  placeholder: string;
  value: string;
  onChange(value: string): void;
  error: QueryError | null;
  inputRef?: RefObject<HTMLInputElement | null>;
  onKeyDown?(event: KeyboardEvent<HTMLInputElement>): void;
  /** The trash filters by plain words only; the help is for the query language. */
  help?: boolean;
}

export function QueryBox({ label, placeholder, value, onChange, error, inputRef, onKeyDown, help = true }: Props) {
  const errorId = useId();
  const [helpOpen, setHelpOpen] = useState(false);
  const start = error ? Math.min(error.position, value.length) : 0;
  const end = error ? Math.min(value.length, start + Math.max(error.length, 0)) : 0;
  // While focused, a query longer than the box widens it over the panes to its right, as far as the window allows,
  // so the whole query stays in sight as it is written (the list pane alone leaves it about 300 px).
  const [room, setRoom] = useState<number | null>(null);
  const fieldStyle = room === null ? undefined : ({ '--query-room': `${room}px` } as CSSProperties);
  return (
    <div className="query-box">
      <div className="query-row">
        <div className="query-field" style={fieldStyle}>
          <input
            ref={inputRef}
            className="search"
            type="search"
            value={value}
            spellCheck={false}
            placeholder={placeholder}
            aria-label={label}
            aria-invalid={error !== null}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => onChange(e.target.value)}
            onKeyDown={onKeyDown}
            onFocus={(e) => setRoom(Math.max(0, window.innerWidth - e.currentTarget.getBoundingClientRect().left - 16))}
          />
        </div>
        {help && (
          <QueryHelp
            open={helpOpen}
            onOpenChange={setHelpOpen}
            onInsert={(example) => {
              onChange(value.trim() ? `${value.trim()} ${example}` : example);
              inputRef?.current?.focus();
            }}
          />
        )}
      </div>
      {error && (
        <div className="query-error" id={errorId} role="alert">
          <code className="query-echo" aria-hidden="true">
            {value.slice(0, start)}
            {end > start ? <mark className="query-error-span">{value.slice(start, end)}</mark> : <span className="query-error-caret" />}
            {value.slice(end)}
          </code>
          <span>
            <strong>At character {start + 1}:</strong> {error.message}
          </span>
        </div>
      )}
    </div>
  );
}
