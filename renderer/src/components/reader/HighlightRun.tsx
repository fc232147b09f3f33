// One run of article text under one or more highlights: a mark per highlight, nested in the order they were made,
// each translucent so overlapping ones both show. Every mark carries the run's offset, so a selection that starts
// inside a highlight still maps back to the article's text. No bidi isolation here: the run must stay in the
// paragraph's own bidi ordering, or Arabic and mixed-direction text would be reordered under the highlight.
import type { CSSProperties } from 'react';
import type { AnnotationRecord } from '../../../../electron/api/types';
import './reader-organize.css';

export interface Piece {
  start: number;
  end: number;
  covering: AnnotationRecord[];
}

/** Cuts [start, end) wherever a highlight begins or ends, and says which highlights cover each piece. */
export function highlightPieces(start: number, end: number, annotations: AnnotationRecord[]): Piece[] {
  const cuts = new Set([start, end]);
  for (const a of annotations) {
    if (a.start! > start && a.start! < end) cuts.add(a.start!);
    if (a.end! > start && a.end! < end) cuts.add(a.end!);
  }
  const sorted = [...cuts].sort((x, y) => x - y);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i]!;
    const to = sorted[i + 1]!;
    pieces.push({ start: from, end: to, covering: annotations.filter((a) => a.start! <= from && a.end! >= to) });
  }
  return pieces;
}

interface Props {
  text: string;
  piece: Piece;
  activeId: string | null;
  onClick(id: string, element: HTMLElement): void;
}

export function HighlightRun({ text, piece, activeId, onClick }: Props) {
  let node = (
    <span data-offset={piece.start} className={piece.covering.length === 0 ? undefined : 'highlight-text'}>
      {text.slice(piece.start, piece.end)}
    </span>
  );
  // Innermost is the newest highlight, so a click on overlapping ones opens the one made last.
  for (const a of [...piece.covering].reverse()) {
    node = (
      <mark
        data-offset={piece.start}
        data-annotation={a.id}
        className={`highlight${a.id === activeId ? ' active' : ''}${a.note ? ' has-note' : ''}`}
        style={{ '--hl': a.color } as CSSProperties}
        title={a.note ?? 'Highlight: click to edit'}
        onClick={(e) => {
          e.stopPropagation();
          // Only the innermost mark answers; selecting text across a highlight is not a click on it.
          if (window.getSelection()?.isCollapsed !== false) onClick(a.id, e.currentTarget);
        }}
      >
        {node}
      </mark>
    );
  }
  return node;
}
