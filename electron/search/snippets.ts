// The passage shown under a search result: the text around the first match, cut at word boundaries, with the
// matched words marked (offsets into the passage).
import type { QueryNode } from '../query/ast';
import { matchPositions } from '../query/match';

const LENGTH = 240;
const BEFORE = 70;

/**
 * Most matches are early in a clip, so the first one is looked for a piece of text at a time (each piece cut at a
 * space and read once), and the reading stops at the first piece that holds one: tokenising is nearly all the cost
 * of a snippet, and a page of results makes 200 of them.
 */
const FIRST_PIECE = 600;

/** Where the query's first match starts, or -1. */
function firstMatch(query: QueryNode, text: string): number {
  let from = 0;
  let size = FIRST_PIECE;
  while (from < text.length) {
    const limit = from + size;
    const space = limit < text.length ? text.lastIndexOf(' ', limit) : -1;
    const to = space > from ? space : text.length;
    const found = matchPositions(query, text.slice(from, to))[0];
    if (found) return from + found[0];
    from = to + 1;
    size *= 2;
  }
  // A phrase or NEAR pair across two pieces is found by reading the whole text.
  return spansWords(query) && text.length > FIRST_PIECE ? (matchPositions(query, text)[0]?.[0] ?? -1) : -1;
}

/** Whether a match of the query can run over more than one word. */
function spansWords(node: QueryNode): boolean {
  switch (node.kind) {
    case 'phrase':
    case 'near':
      return true;
    case 'and':
    case 'or':
      return node.children.some(spansWords);
    default:
      return false;
  }
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
