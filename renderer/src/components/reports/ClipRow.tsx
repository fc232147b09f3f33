// One clip of the report: where it comes from, and the controls that pin, move, exclude or remove it. The row
// takes focus, so the keyboard can walk the list (arrows) and carry a clip (Alt+arrows).
import type { KeyboardEvent } from 'react';
import { formatClipDate, languageName } from '../../format';
import type { ClipRowModel } from './clipOrder';

interface Props {
  clip: ClipRowModel;
  position: number;
  first: boolean;
  last: boolean;
  onPin(): void;
  onExclude(): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
  onKeyDown(event: KeyboardEvent<HTMLLIElement>): void;
}

export function ClipRow({ clip, position, first, last, onPin, onExclude, onMove, onRemove, onKeyDown }: Props) {
  const meta = [clip.outlet, formatClipDate(clip.publishedAt, clip.clippedAt), languageName(clip.language)].filter(Boolean).join(' · ');
  const state = [clip.pinned && 'pinned', clip.excluded && 'excluded', clip.picked && 'added by hand'].filter(Boolean).join(', ');
  return (
    <li
      className={`report-clip${clip.excluded ? ' excluded' : ''}${clip.pinned ? ' pinned' : ''}`}
      data-clip-id={clip.id}
      tabIndex={0}
      aria-label={`${clip.title}${state ? ` (${state})` : ''}`}
      onKeyDown={onKeyDown}
    >
      <button type="button" className={`clip-pin${clip.pinned ? ' on' : ''}`} aria-pressed={clip.pinned} aria-label="Pin to the top" title={clip.pinned ? 'Pinned: printed first. Click to unpin.' : 'Pin: print it first'} onClick={onPin}>
        {clip.pinned ? '★' : '☆'}
      </button>
      <div className="clip-text">
        <span className="clip-title" dir="auto">
          <span className="clip-position" aria-hidden="true">
            {clip.excluded ? '–' : `${position}.`}
          </span>{' '}
          {clip.title}
        </span>
        <span className="clip-meta">
          <span className="clip-meta-text">{meta}</span>
          {clip.picked && <span className="clip-badge">added by hand</span>}
          {clip.excluded && <span className="clip-badge">excluded</span>}
        </span>
      </div>
      <div className="clip-controls">
        <button type="button" className="clip-button" data-control="up" aria-label="Move up" title="Move up (Alt+↑)" disabled={first} onClick={() => onMove(-1)}>
          ↑
        </button>
        <button type="button" className="clip-button" data-control="down" aria-label="Move down" title="Move down (Alt+↓)" disabled={last} onClick={() => onMove(1)}>
          ↓
        </button>
        <button type="button" className={`clip-button${clip.excluded ? ' on' : ''}`} aria-pressed={clip.excluded} aria-label="Exclude from the report" title={clip.excluded ? 'Excluded: click to take it back in' : 'Leave this clip out of the report'} onClick={onExclude}>
          ⊘
        </button>
        {clip.picked && (
          <button type="button" className="clip-button" aria-label="Remove the clip added by hand" title="Remove the clip added by hand" onClick={onRemove}>
            ×
          </button>
        )}
      </div>
    </li>
  );
}
