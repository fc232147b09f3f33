// Recursive descent over the tokens. Precedence, loosest first: OR, AND (written or implied by adjacency), NOT and the
// `-` shorthand, NEAR. Every mistake becomes a QueryError that names the place; nothing is silently dropped.
import { foldName } from '../statements/names';
import {
  HAS_VALUES,
  KIND_VALUES,
  SPEAKER_KIND_VALUES,
  TONE_VALUES,
  type DateRange,
  type FieldName,
  type FieldNode,
  type PhraseNode,
  type QueryNode,
  type Span,
  type TermNode,
} from './ast';
import { QueryError, type QueryErrorInfo } from './errors';
import { example, lex, type Token } from './lexer';

/** Reads a query. Throws QueryError for anything it cannot read, including an empty query ("Type something to search
 * for"): an empty search box is a state for the UI to show, not a query that matches everything or nothing. */
export function parseQuery(input: string): QueryNode {
  return new Parser(input, lex(input)).parse();
}

export type TryParseResult = { ok: true; query: QueryNode } | { ok: false; error: QueryErrorInfo };

/** For live UIs: never throws for a bad query; the error is plain JSON. */
export function tryParseQuery(input: string): TryParseResult {
  try {
    return { ok: true, query: parseQuery(input) };
  } catch (error) {
    if (error instanceof QueryError) return { ok: false, error: error.toJSON() };
    throw error;
  }
}

const OPERATOR_NAMES: Record<Token['type'], string> = {
  and: 'AND',
  or: 'OR',
  not: 'NOT',
  near: 'NEAR',
  minus: "'-'",
  lparen: "'('",
  rparen: "')'",
  word: 'a word',
  phrase: 'a phrase',
  field: 'a field',
};

class Parser {
  private at = 0;

  constructor(
    private readonly input: string,
    private readonly tokens: Token[],
  ) {}

  parse(): QueryNode {
    if (this.tokens.length === 0) {
      if (this.input.trim() === '') this.fail('Type something to search for', 0, 0);
      this.fail('Nothing to search for: the query has no letters or digits', 0, this.input.length);
    }
    const node = this.parseOr();
    const extra = this.peek();
    if (extra) this.fail('A closing parenthesis with no opening one', extra.span.start, 1);
    return node;
  }

  private parseOr(): QueryNode {
    this.refuseLeadingOperator();
    const children = [this.parseAnd()];
    for (let op = this.peek(); op?.type === 'or'; op = this.peek()) {
      this.at += 1;
      this.requireOperand(op);
      children.push(this.parseAnd());
    }
    return children.length === 1 ? (children[0] as QueryNode) : { kind: 'or', children, span: spanOf(children) };
  }

  private parseAnd(): QueryNode {
    this.refuseLeadingOperator();
    const children = [this.parseUnary()];
    for (let next = this.peek(); next; next = this.peek()) {
      if (next.type === 'and') {
        this.at += 1;
        this.requireOperand(next);
      } else if (!startsOperand(next)) {
        break;
      }
      children.push(this.parseUnary());
    }
    return children.length === 1 ? (children[0] as QueryNode) : { kind: 'and', children, span: spanOf(children) };
  }

  private parseUnary(): QueryNode {
    const token = this.peek();
    if (token?.type === 'not') {
      this.at += 1;
      this.requireOperand(token);
      const child = this.parseUnary();
      return { kind: 'not', child, span: { start: token.span.start, end: child.span.end } };
    }
    return this.parseNear();
  }

  private parseNear(): QueryNode {
    const left = this.parseAtom();
    const near = this.peek();
    if (near?.type !== 'near') return left;
    this.at += 1;
    const right = this.peek() && startsOperand(this.peek() as Token) ? this.parseAtom() : null;
    if (!isWordOrPhrase(left) || !right || !isWordOrPhrase(right)) this.nearError(near);
    const after = this.peek();
    if (after?.type === 'near') this.fail('NEAR joins two words or phrases; to chain, write a NEAR b AND b NEAR c', after.span.start, after.span.end - after.span.start);
    return { kind: 'near', left: left as TermNode | PhraseNode, right: right as TermNode | PhraseNode, distance: near.distance, span: { start: left.span.start, end: (right as QueryNode).span.end } };
  }

  private parseAtom(): QueryNode {
    const token = this.peek();
    if (!token) return this.fail('Expected something to search for here', this.input.length, 0);
    this.at += 1;
    switch (token.type) {
      case 'word':
        return { kind: 'term', value: token.value, prefix: token.prefix, span: token.span };
      case 'phrase':
        return { kind: 'phrase', value: token.value, prefixLast: token.prefixLast, span: token.span };
      case 'field':
        return fieldNode(token, this.fail);
      case 'minus': {
        const next = this.peek();
        if (!next || !startsOperand(next) || next.type === 'not') this.fail("Nothing to exclude after '-'", token.span.start, 1);
        const child = this.parseAtom();
        return { kind: 'not', child, span: { start: token.span.start, end: child.span.end } };
      }
      case 'lparen': {
        const first = this.peek();
        if (first?.type === 'rparen') this.fail('Empty parentheses: put something to search for inside', token.span.start, first.span.end - token.span.start);
        if (!first) this.fail(`Expected a closing parenthesis for the one opened at ${token.span.start + 1}`, token.span.start, 1);
        const inner = this.parseOr();
        const close = this.peek();
        if (close?.type !== 'rparen') this.fail(`Expected a closing parenthesis for the one opened at ${token.span.start + 1}`, token.span.start, 1);
        this.at += 1;
        return inner;
      }
      case 'near':
        return this.nearError(token);
      case 'rparen':
        return this.fail('A closing parenthesis with no opening one', token.span.start, 1);
      default:
        // AND, OR and NOT are taken care of before an atom is asked for.
        return this.fail(`Unexpected ${OPERATOR_NAMES[token.type]}`, token.span.start, token.span.end - token.span.start);
    }
  }

  /** AND or OR where an operand should start: at the beginning of the query or of a parenthesis. */
  private refuseLeadingOperator(): void {
    const token = this.peek();
    if (token?.type !== 'and' && token?.type !== 'or') return;
    const name = OPERATOR_NAMES[token.type];
    const where = this.tokens[this.at - 1]?.type === 'lparen' ? 'right after an opening parenthesis' : 'at the start';
    this.fail(`${name} ${where}: nothing to its left`, token.span.start, token.span.end - token.span.start);
  }

  /** After AND, OR, NOT: something to search for must follow. */
  private requireOperand(op: Token): void {
    const next = this.peek();
    if (next && startsOperand(next)) return;
    const name = OPERATOR_NAMES[op.type];
    const length = op.span.end - op.span.start;
    if (op.type === 'not') {
      const where = !next ? 'at the end' : next.type === 'rparen' ? 'before a closing parenthesis' : `before ${OPERATOR_NAMES[next.type]}`;
      this.fail(`NOT ${where}: nothing to exclude`, op.span.start, length);
    }
    if (!next) return this.fail(`${name} at the end: nothing to its right`, op.span.start, length);
    if (next.type === 'rparen') return this.fail(`${name} before a closing parenthesis: nothing to its right`, op.span.start, length);
    return this.fail(`Nothing between ${name} and ${OPERATOR_NAMES[next.type]}`, op.span.start, next.span.end - op.span.start);
  }

  private nearError(near: Token): never {
    return this.fail('NEAR needs a word or phrase on both sides', near.span.start, near.span.end - near.span.start);
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private readonly fail = (message: string, position: number, length: number): never => {
    throw new QueryError(message, position, length, this.input);
  };
}

function startsOperand(token: Token): boolean {
  return token.type === 'word' || token.type === 'phrase' || token.type === 'field' || token.type === 'not' || token.type === 'minus' || token.type === 'lparen';
}

function isWordOrPhrase(node: QueryNode): node is TermNode | PhraseNode {
  return node.kind === 'term' || node.kind === 'phrase';
}

function spanOf(children: QueryNode[]): Span {
  return { start: children[0]?.span.start ?? 0, end: children[children.length - 1]?.span.end ?? 0 };
}

type FieldToken = Extract<Token, { type: 'field' }>;
type Fail = (message: string, position: number, length: number) => never;

const CHOICES: Partial<Record<FieldName, readonly string[]>> = { tone: TONE_VALUES, kind: KIND_VALUES, speakerkind: SPEAKER_KIND_VALUES, has: HAS_VALUES };

function fieldNode(token: FieldToken, fail: Fail): FieldNode {
  const { name, valueSpan } = token;
  const at = (message: string): never => fail(message, valueSpan.start, valueSpan.end - valueSpan.start);
  const node: FieldNode = { kind: 'field', field: name, value: token.value, prefix: token.prefix, span: token.span, valueSpan };
  const choices = CHOICES[name];
  if (choices || name === 'after' || name === 'before') {
    if (token.prefix) at(`A star does not work with ${name}:`);
  }
  if (choices) {
    const value = token.value.trim().toLowerCase();
    if (!choices.includes(value)) at(`${name}: takes ${listOr(choices)}`);
    node.value = value;
  } else if (name === 'after' || name === 'before') {
    const first = firstDay(token.value.trim(), at);
    node.range = name === 'after' ? { start: first } : ({ end: first } satisfies DateRange);
  } else if (foldName(token.value) === '') {
    at(`${name}: needs letters or digits, as in ${example(name)}`);
  }
  return node;
}

function listOr(values: readonly string[]): string {
  return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1] ?? ''}`;
}

/** The first day a date written as YYYY, YYYY-MM or YYYY-MM-DD covers, as YYYY-MM-DD. */
function firstDay(text: string, at: (message: string) => never): string {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  if (!m) return at('A date looks like 2024, 2024-03 or 2024-03-26');
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) at(`There is no such date as ${text}`);
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
