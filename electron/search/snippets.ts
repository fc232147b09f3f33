// The passage shown under a search result: the text around the first match, cut at word boundaries, with the
// matched words marked (offsets into the passage).
import type { QueryNode } from '../query/ast';
import { matchPositions } from '../query/match';

const LENGTH = 240;
const BEFORE = 70;

/**
 * Most matches are early in a clip: the first match is looked for in widening windows of the opening, and in the
 * whole text only when none holds one (tokenising is nearly all the cost of a snippet, and a page of results makes
 * 200 of them).
 */
const WINDOWS = [600, 2400];

/** Where the query's first match starts, or -1. */
function firstMatch(query: QueryNode, text: string): number {
  for (const size of WINDOWS) {
    if (text.length <= size) break;
    const cut = text.lastIndexOf(' ', size);
    const found = cut > 0 ? matchPositions(query, text.slice(0, cut))[0] : undefined;
    if (found) return found[0];
  }
  // A phrase or NEAR pair cut at a window's edge is found by the full read.
  return matchPositions(query, text)[0]?.[0] ?? -1;
}

export function snippetOf(query: QueryNode | null, text: string): { snippet: string; highlights: Array<[number, number]> } {
  const first = query ? Math.max(0, firstMatch(query, text)) : 0;
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
  // The marks inside the passage: its words read on their own (it starts and ends at a space or the text's ends).
  const positions = query ? matchPositions(query, text.slice(start, end)) : [];
  const lead = start > 0 ? '…' : '';
  const snippet = lead + text.slice(start, end).replace(/\s*\n+\s*/g, (m) => ' '.padEnd(m.length, ' ')) + (end < text.length ? '…' : '');
  const highlights = positions.map(([s, e]): [number, number] => [s + lead.length, e + lead.length]);
  return { snippet, highlights };
}

export function highlightsIn(query: QueryNode | null, text: string): Array<[number, number]> {
  return query ? matchPositions(query, text) : [];
}
