// The passage shown under a search result: the text around the first match, cut at word boundaries, with the
// matched words marked (offsets into the passage).
import type { QueryNode } from '../query/ast';
import { matchPositions } from '../query/match';

const LENGTH = 240;
const BEFORE = 70;

/** Most matches are early in a clip: the opening is read first, the whole text only when it holds none. */
const OPENING = 2000;

export function snippetOf(query: QueryNode | null, text: string): { snippet: string; highlights: Array<[number, number]> } {
  let positions: Array<[number, number]> = [];
  if (query) {
    const cut = text.length > OPENING ? text.lastIndexOf(' ', OPENING) : text.length;
    positions = cut > 0 && cut < text.length ? matchPositions(query, text.slice(0, cut)) : [];
    // A phrase or NEAR pair cut at the window's edge is found by the full read.
    if (positions.length === 0) positions = matchPositions(query, text);
  }
  const first = positions[0]?.[0] ?? 0;
  let start = Math.max(0, first - BEFORE);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  let end = Math.min(text.length, start + LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + LENGTH / 2) end = space;
  }
  const lead = start > 0 ? '…' : '';
  const snippet = lead + text.slice(start, end).replace(/\s*\n+\s*/g, (m) => ' '.padEnd(m.length, ' ')) + (end < text.length ? '…' : '');
  const highlights = positions.filter(([s, e]) => s >= start && e <= end).map(([s, e]): [number, number] => [s - start + lead.length, e - start + lead.length]);
  return { snippet, highlights };
}

export function highlightsIn(query: QueryNode | null, text: string): Array<[number, number]> {
  return query ? matchPositions(query, text) : [];
}
