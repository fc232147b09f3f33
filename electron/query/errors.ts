// A query the person typed cannot be read. The error says where, so that a search box can underline the place and the
// CLI can print a caret under it.

/** The plain, JSON-safe form a live UI receives. */
export interface QueryErrorInfo {
  message: string;
  position: number;
  length: number;
}

export class QueryError extends Error {
  override readonly name = 'QueryError';

  constructor(
    message: string,
    /** UTF-16 offset into the query. */
    readonly position: number,
    /** UTF-16 code units to underline; 0 for "here, between characters" (e.g. the end of the query). */
    readonly length: number,
    readonly input: string,
  ) {
    super(message);
  }

  /** Two lines for a terminal: the query, and carets under the offending part. */
  pointer(): string {
    const line = this.input.replace(/[\t\r\n]/g, ' ');
    const before = columns(line.slice(0, this.position));
    const width = Math.max(1, columns(line.slice(this.position, this.position + this.length)));
    return `${line}\n${' '.repeat(before)}${'^'.repeat(width)}`;
  }

  toJSON(): QueryErrorInfo {
    return { message: this.message, position: this.position, length: this.length };
  }
}

// Terminals draw East Asian characters two columns wide and combining marks not at all; counting code units instead
// would put the caret in the wrong place under Chinese or accented text.
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;
const ZERO = /\p{M}/u;

function columns(text: string): number {
  let n = 0;
  for (const ch of text) n += ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return n;
}
