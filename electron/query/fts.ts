// Turns a parsed query into what SQLite can do: an FTS5 MATCH string for the text, and the field conditions for the
// caller to turn into SQL. What FTS5 cannot say exactly is handed back as a residual query for the in-memory matcher.
//
// FTS5 has no "everything", so NOT is binary there ("a NOT b"). A query whose text is only negative ("-sport",
// "NOT tone:negative -sport") therefore comes back with match null and the excluded text in `negated`, which the
// caller applies as `rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH :negated)`.
//
// Words are folded with foldName before they are quoted. FTS5's unicode61 tokenizer removes accents but does not fold
// ı or ə, nor strip Arabic vowel marks the way foldName does, so the index should hold `foldForIndex(text)` for the
// two engines to agree exactly.
import type { AndNode, FieldNode, QueryNode } from './ast';
import { patternOf } from './match';

export interface FtsQuery {
  /** An FTS5 MATCH expression for the text, or null when the query has no positive text condition. */
  match: string | null;
  /** Set only when `match` is null: rows matching this must be left out. */
  negated: string | null;
  /** Field conditions every result must meet (they sat in the top-level AND). */
  filters: FieldNode[];
  /** Field conditions every result must fail (`-tone:negative`, `NOT has:note`). */
  negatedFilters: FieldNode[];
  /** The parts FTS5 and the filters cannot express: fields under OR, CJK substrings, `a OR NOT b`. Rows passing the
   * SQL must still pass `compileMatcher(residual)`; null when the SQL is exact. */
  residual: QueryNode | null;
  /** True when `residual` is null: match, negated and the filters together are the whole query. */
  separable: boolean;
}

export function toFtsMatch(query: QueryNode): FtsQuery {
  const conjuncts = query.kind === 'and' ? query.children : [query];
  const positive: string[] = [];
  const negative: string[] = [];
  const filters: FieldNode[] = [];
  const negatedFilters: FieldNode[] = [];
  const rest: QueryNode[] = [];

  for (const node of conjuncts) {
    if (node.kind === 'field') {
      filters.push(node);
    } else if (node.kind === 'not' && node.child.kind === 'field') {
      negatedFilters.push(node.child);
    } else if (node.kind === 'not') {
      const text = emit(node.child);
      if (text === null) rest.push(node);
      else negative.push(text);
    } else {
      const text = emit(node);
      if (text === null) rest.push(node);
      else positive.push(text);
    }
  }

  let match: string | null = null;
  let negated: string | null = null;
  if (positive.length > 0) {
    const all = positive.join(' AND ');
    match = negative.length > 0 ? `(${all}) NOT (${negative.join(' OR ')})` : all;
  } else if (negative.length > 0) {
    negated = negative.join(' OR ');
  }
  const residual = residualOf(rest);
  return { match, negated, filters, negatedFilters, residual, separable: residual === null };
}

function residualOf(rest: QueryNode[]): QueryNode | null {
  if (rest.length === 0) return null;
  if (rest.length === 1) return rest[0] as QueryNode;
  const node: AndNode = { kind: 'and', children: rest, span: { start: rest[0]?.span.start ?? 0, end: rest[rest.length - 1]?.span.end ?? 0 } };
  return node;
}

/** The FTS5 form of a text-only subtree, or null when FTS5 cannot express it exactly. */
function emit(node: QueryNode): string | null {
  switch (node.kind) {
    case 'term':
    case 'phrase':
      return phrase(node);
    case 'near': {
      const left = phrase(node.left);
      const right = phrase(node.right);
      return left && right ? `NEAR(${left} ${right}, ${node.distance})` : null;
    }
    case 'field':
      return null;
    case 'not':
      // Only reachable under OR or NOT, where FTS5's binary NOT has nothing to subtract from.
      return null;
    case 'or': {
      const parts = node.children.map(emit);
      return parts.every((p) => p !== null) ? `(${parts.join(' OR ')})` : null;
    }
    case 'and': {
      const positive: string[] = [];
      const negative: string[] = [];
      for (const child of node.children) {
        const text = child.kind === 'not' ? emit(child.child) : emit(child);
        if (text === null) return null;
        (child.kind === 'not' ? negative : positive).push(text);
      }
      if (positive.length === 0) return null;
      const all = positive.join(' AND ');
      return negative.length > 0 ? `((${all}) NOT (${negative.join(' OR ')}))` : `(${all})`;
    }
  }
}

/** A quoted FTS5 phrase, with a trailing star for a prefix; null for CJK, which FTS5 keeps as whole runs and cannot
 * search inside. Folded tokens hold only letters and digits, so quoting needs no escaping. */
function phrase(node: Parameters<typeof patternOf>[0]): string | null {
  const pattern = patternOf(node);
  if (pattern.pieces.length === 0 || pattern.cjk.some(Boolean)) return null;
  return `"${pattern.pieces.join(' ')}"${pattern.prefixLast ? '*' : ''}`;
}
