// The passage shown under a search result: the text around the first match, cut at word boundaries, with the
// matched words marked (offsets into the passage).
import type { QueryNode } from '../query/ast';
import { matchPositions, patternOf } from '../query/match';

const LENGTH = 240;
/** Little before the match: a result row shows about sixty characters of its snippet, and the match must be in them. */
const BEFORE = 30;

/**
 * Most matches are early in a clip, so the first one is looked for a piece of text at a time (each piece cut at a
 * space and read once), and the reading stops at the first piece that holds one: tokenising is nearly all the cost
 * of a snippet, and a page of results makes 200 of them.
 */
const FIRST_PIECE = 600;

/** Where a match of the query starts (the first one, or one found by a quick look), or -1. */
function firstMatch(query: QueryNode, text: string): number {
  const quick = quickMatch(query, text);
  if (quick >= 0) return quick;
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

/** How far around a quick find the words are read to confirm it (a phrase or a NEAR pair fits in it). */
const CONFIRM = 200;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * The text's own spelling of the query's words is the usual case: the first piece of each word or phrase is looked
 * up in the lower-cased text at the start of a word, and only the words around the earliest such place are read to
 * confirm a match there. -1 sends the caller to read the text in order (a folded spelling such as Hikmət for
 * hikmet, or no match in the text at all).
 */
function quickMatch(query: QueryNode, text: string): number {
  const probes = probesOf(query);
  if (probes.length === 0) return -1;
  const lower = text.toLowerCase();
  let best = -1;
  for (const probe of probes) {
    let at = lower.indexOf(probe.piece);
    // Inside a word ("port" in "report") is not a start; a few tries, then give up on this probe.
    for (let tries = 0; at > 0 && !probe.cjk && WORD_CHARACTER.test(lower[at - 1]!) && tries < 4; tries += 1) at = lower.indexOf(probe.piece, at + 1);
    if (at >= 0 && (at === 0 || probe.cjk || !WORD_CHARACTER.test(lower[at - 1]!)) && (best < 0 || at < best)) best = at;
  }
  if (best < 0) return -1;
  const start = best === 0 ? 0 : text.lastIndexOf(' ', best) + 1;
  const endSpace = text.indexOf(' ', best + CONFIRM);
  const end = endSpace < 0 ? text.length : endSpace;
  const found = matchPositions(query, text.slice(start, end))[0];
  return found ? start + found[0] : -1;
}

/** The first folded piece of every word and phrase the query looks for (none under NOT). */
function probesOf(node: QueryNode): Array<{ piece: string; cjk: boolean }> {
  switch (node.kind) {
    case 'term':
    case 'phrase': {
      const pattern = patternOf(node);
      const piece = pattern.pieces[0];
      return piece ? [{ piece, cjk: pattern.cjk[0] ?? false }] : [];
    }
    case 'near':
      return [...probesOf(node.left), ...probesOf(node.right)];
    case 'and':
    case 'or':
      return node.children.flatMap(probesOf);
    default:
      return [];
  }
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
