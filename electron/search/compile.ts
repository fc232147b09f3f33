// The query language as SQL over the library: text through the folded FTS5 index, fields through the tables they
// name. Text-only parts of the query become one FTS5 expression each (the top-level one also ranks the results by
// BM25); fields become conditions on ids, so OR and NOT mix text and fields freely and nothing is left for a slower
// pass in memory.
import type { FieldNode, PhraseNode, QueryNode, TermNode } from '../query/ast';
import { patternOf } from '../query/match';
import type { FieldResolver } from './resolve';

export type Scope = 'articles' | 'statements';

export interface Sql {
  sql: string;
  params: unknown[];
}

interface ScopeNames {
  fts: string;
  /** The row id the index is keyed by. */
  rowid: string;
}

const NAMES: Record<Scope, ScopeNames> = {
  articles: { fts: 'articles_search', rowid: 'a.seq' },
  statements: { fts: 'statements_search', rowid: 's.rowid' },
};

/** A word or phrase in FTS5 syntax: folded pieces; CJK pieces as single characters in the cjk column. */
function phrase(node: TermNode | PhraseNode): string | null {
  const pattern = patternOf(node);
  if (pattern.pieces.length === 0) return null;
  const latin = pattern.pieces.filter((_, i) => !pattern.cjk[i]);
  const cjk = pattern.pieces.filter((_, i) => pattern.cjk[i]);
  const parts: string[] = [];
  if (latin.length > 0) parts.push(`"${latin.join(' ')}"${pattern.prefixLast && !pattern.cjk.at(-1) ? '*' : ''}`);
  if (cjk.length > 0) parts.push(`{cjk} : "${[...cjk.join('')].join(' ')}"`);
  return parts.length === 1 ? parts[0]! : `(${parts.join(' AND ')})`;
}

/** The FTS5 form of a subtree without fields, or null when it has fields or is purely negative. */
export function ftsOf(node: QueryNode): string | null {
  switch (node.kind) {
    case 'term':
    case 'phrase':
      return phrase(node);
    case 'near': {
      const left = phrase(node.left);
      const right = phrase(node.right);
      // NEAR takes plain phrases only; a CJK side falls back to "both occur".
      if (!left || !right) return null;
      return left.startsWith('"') && right.startsWith('"') ? `NEAR(${left} ${right}, ${node.distance})` : `(${left} AND ${right})`;
    }
    case 'field':
    case 'not':
      return null;
    case 'or': {
      const parts = node.children.map(ftsOf);
      return parts.every((p) => p !== null) ? `(${parts.join(' OR ')})` : null;
    }
    case 'and': {
      const positive: string[] = [];
      const negative: string[] = [];
      for (const child of node.children) {
        const text = child.kind === 'not' ? ftsOf(child.child) : ftsOf(child);
        if (text === null) return null;
        (child.kind === 'not' ? negative : positive).push(text);
      }
      if (positive.length === 0) return null;
      const all = positive.length === 1 ? positive[0]! : `(${positive.join(' AND ')})`;
      return negative.length > 0 ? `(${all} NOT ${negative.length === 1 ? negative[0] : `(${negative.join(' OR ')})`})` : all;
    }
  }
}

const json = (values: readonly unknown[]) => JSON.stringify(values);

/**
 * Statements whose id a subquery lists, as a condition on their rowid: the statements' id index turns each id into
 * its rowid, and the search rows (keyed by rowid, with no index on id) are then read directly.
 */
const byStatementId = (ids: string) => `s.rowid IN (SELECT st.rowid FROM statements st WHERE st.id IN (${ids}))`;

export class QueryCompiler {
  constructor(
    private readonly scope: Scope,
    private readonly resolve: FieldResolver,
  ) {}

  /**
   * The top level split for ranking: `rank` is the FTS5 expression every result must match (used in FROM with
   * bm25), `where` the rest. For a query with no positive text at its top, `rank` is null.
   */
  compileTop(node: QueryNode): { rank: string | null; where: Sql } {
    const conjuncts = node.kind === 'and' ? node.children : [node];
    const text: QueryNode[] = [];
    const rest: QueryNode[] = [];
    for (const child of conjuncts) (child.kind !== 'not' && ftsOf(child) !== null ? text : rest).push(child);
    if (text.length === 0) return { rank: null, where: this.compile(node) };
    // Negated text joins the ranking expression (FTS5's binary NOT), which is cheaper than a NOT IN.
    const negatedText = rest.filter((c) => c.kind === 'not' && ftsOf(c.child) !== null);
    const others = rest.filter((c) => !negatedText.includes(c));
    const rank = ftsOf({ kind: 'and', children: [...text, ...negatedText], span: node.span })!;
    return { rank, where: this.all(others) };
  }

  compile(node: QueryNode): Sql {
    const text = ftsOf(node);
    if (text !== null) return this.textCondition(text);
    switch (node.kind) {
      case 'field':
        return this.field(node);
      case 'not': {
        const inner = this.compile(node.child);
        return { sql: `NOT (${inner.sql})`, params: inner.params };
      }
      case 'or': {
        const parts = node.children.map((c) => this.compile(c));
        return { sql: `(${parts.map((p) => p.sql).join(' OR ')})`, params: parts.flatMap((p) => p.params) };
      }
      case 'and': {
        // Text-only children share one FTS5 lookup; the rest are conditions beside it.
        const textChildren = node.children.filter((c) => (c.kind === 'not' ? ftsOf(c.child) : ftsOf(c)) !== null);
        const grouped = textChildren.some((c) => c.kind !== 'not') ? ftsOf({ kind: 'and', children: textChildren, span: node.span }) : null;
        const others = grouped ? node.children.filter((c) => !textChildren.includes(c)) : node.children;
        const parts = [...(grouped ? [this.textCondition(grouped)] : []), ...this.conjuncts(others)];
        return { sql: `(${parts.map((p) => p.sql).join(' AND ')})`, params: parts.flatMap((p) => p.params) };
      }
      default:
        // A NEAR with a side that has no searchable characters matches nothing.
        return { sql: '0', params: [] };
    }
  }

  private all(nodes: QueryNode[]): Sql {
    if (nodes.length === 0) return { sql: '1', params: [] };
    const parts = this.conjuncts(nodes);
    return { sql: parts.map((p) => p.sql).join(' AND '), params: parts.flatMap((p) => p.params) };
  }

  /**
   * Conditions that must all hold. A statement's topic beside its official is a membership test (`+s.rowid`: the
   * topic's statements listed once, then each of the official's statements checked against the list): left to
   * itself, SQLite starts from the topic's statements, often tens of thousands, and looks each one up (an official
   * with 44,000 statements and a topic with 82,000: 50 → 16 ms). The test costs little the other way round either.
   */
  private conjuncts(nodes: QueryNode[]): Sql[] {
    const besideOfficial = this.scope === 'statements' && nodes.some((n) => n.kind === 'field' && n.field === 'official');
    return nodes.map((n) => (besideOfficial && n.kind === 'field' && n.field === 'topic' ? this.topicTest(n) : this.compile(n)));
  }

  private topicTest(node: FieldNode): Sql {
    return {
      sql: '+s.rowid IN (SELECT statement_seq FROM statement_topic_rows WHERE topic_id IN (SELECT value FROM json_each(?)))',
      params: [json(this.resolve.topics(node.value, node.prefix))],
    };
  }

  private textCondition(match: string): Sql {
    const { fts, rowid } = NAMES[this.scope];
    return { sql: `${rowid} IN (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ?)`, params: [match] };
  }

  private field(node: FieldNode): Sql {
    const articles = this.scope === 'articles';
    const r = this.resolve;
    const v = node.value;
    // Where the clip's date, outlet and language are read: the article, or the statement's copy of them.
    const facts = articles ? 'a' : 's';
    // In the articles scope a statement field asks whether the clip has such a statement.
    const viaStatements = (condition: string, params: unknown[]): Sql =>
      articles
        ? { sql: `a.id IN (SELECT s2.article_id FROM statements s2 WHERE s2.status <> 'rejected' AND ${condition.replaceAll('s.', 's2.')})`, params }
        : { sql: condition, params };
    switch (node.field) {
      case 'official':
        return viaStatements('s.official_id IN (SELECT value FROM json_each(?))', [json(r.officials(v, node.prefix))]);
      case 'speaker': {
        const words = patternOf({ kind: 'phrase', value: v, prefixLast: node.prefix, span: node.span }).pieces;
        if (words.length === 0) return { sql: '0', params: [] };
        return viaStatements(`s.rowid IN (SELECT rowid FROM statements_search WHERE statements_search MATCH ?)`, [`{speaker} : "${words.join(' ')}"${node.prefix ? '*' : ''}`]);
      }
      case 'country':
        return viaStatements('s.official_id IN (SELECT id FROM officials WHERE lower(country) = lower(?))', [v]);
      case 'kind':
        return viaStatements('s.kind = ?', [v]);
      case 'speakerkind':
        return viaStatements('s.speaker_kind = ?', [v]);
      case 'topic': {
        const ids = json(r.topics(v, node.prefix));
        return articles
          ? { sql: "a.id IN (SELECT article_id FROM article_topics WHERE status <> 'removed' AND topic_id IN (SELECT value FROM json_each(?)))", params: [ids] }
          : { sql: 's.rowid IN (SELECT statement_seq FROM statement_topic_rows WHERE topic_id IN (SELECT value FROM json_each(?)))', params: [ids] };
      }
      case 'tag': {
        const ids = json(r.tags(v, node.prefix));
        return articles
          ? { sql: 'a.id IN (SELECT article_id FROM article_tags WHERE tag_id IN (SELECT value FROM json_each(?)))', params: [ids] }
          : { sql: byStatementId('SELECT statement_id FROM statement_tags WHERE tag_id IN (SELECT value FROM json_each(?))'), params: [ids] };
      }
      case 'outlet':
        return { sql: `${facts}.outlet_id IN (SELECT value FROM json_each(?))`, params: [json(r.outlets(v, node.prefix))] };
      case 'lang':
        return { sql: `(lower(${facts}.language) = lower(?) OR lower(${facts}.language) LIKE lower(?) || '-%')`, params: [v, v] };
      case 'tone':
        return articles ? { sql: 'coalesce(a.tone, a.tone_suggested) = ?', params: [v] } : { sql: 'coalesce(s.tone, s.tone_suggested) = ?', params: [v] };
      case 'after':
        return { sql: `${facts}.sort_at >= ?`, params: [node.range?.start ?? v] };
      case 'before':
        return { sql: `${facts}.sort_at < ?`, params: [node.range?.end ?? v] };
      case 'has':
        return this.has(v);
    }
  }

  private has(what: string): Sql {
    const articles = this.scope === 'articles';
    switch (what) {
      case 'annotation':
        return { sql: articles ? 'EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = a.id)' : 'EXISTS (SELECT 1 FROM annotations n WHERE n.statement_id = s.id)', params: [] };
      case 'note':
        return {
          sql: articles ? 'EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = a.id AND n.note IS NOT NULL)' : 'EXISTS (SELECT 1 FROM annotations n WHERE n.statement_id = s.id AND n.note IS NOT NULL)',
          params: [],
        };
      case 'tag':
        return { sql: articles ? 'EXISTS (SELECT 1 FROM article_tags x WHERE x.article_id = a.id)' : 'EXISTS (SELECT 1 FROM statement_tags x WHERE x.statement_id = s.id)', params: [] };
      case 'statement':
        return { sql: articles ? "EXISTS (SELECT 1 FROM statements x WHERE x.article_id = a.id AND x.status <> 'rejected')" : '1', params: [] };
      default:
        return { sql: '0', params: [] };
    }
  }
}
