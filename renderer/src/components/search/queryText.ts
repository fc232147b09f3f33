// Editing a query's text the way a facet click or a filter control does: a field clause is added, removed or
// replaced as text, so the query box always shows exactly what runs and the person can edit it further.

/** A value as the query language reads it: quoted when it holds spaces, quotes, parentheses or a colon. */
export function quoteValue(value: string): string {
  const clean = value.replace(/"/g, '').trim();
  return /[\s():]/.test(clean) || clean === '' ? `"${clean}"` : clean;
}

export function clause(field: string, value: string): string {
  return `${field}:${quoteValue(value)}`;
}

/** The month facet's clause: from the first of the month to the first of the next. */
export function monthClause(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return `after:${month} before:${next}`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function clausePattern(text: string): RegExp {
  return new RegExp(`(^|\\s)${escape(text)}(?=\\s|$)`, 'i');
}

export function hasClause(query: string, text: string): boolean {
  return clausePattern(text).test(query);
}

function tidy(query: string): string {
  return query.replace(/\s{2,}/g, ' ').trim();
}

/** Adds the clause at the end, or takes it out when it is there already. */
export function toggleClause(query: string, text: string): string {
  if (hasClause(query, text)) return tidy(query.replace(clausePattern(text), ' '));
  return tidy(`${query} ${text}`);
}

function fieldPattern(field: string): RegExp {
  return new RegExp(`(^|\\s)${escape(field)}:("[^"]*"?|\\S+)`, 'gi');
}

/** The first value given for a field, without quotes; null when the query has none. */
export function fieldValue(query: string, field: string): string | null {
  const m = fieldPattern(field).exec(query);
  if (!m) return null;
  return m[2]!.replace(/^"|"$/g, '');
}

/** Replaces every clause of the field with one for the value, or removes them when the value is empty. */
export function setField(query: string, field: string, value: string | null): string {
  const without = tidy(query.replace(fieldPattern(field), ' '));
  return value ? tidy(`${without} ${clause(field, value)}`) : without;
}

/**
 * The query as it runs while being typed: a last bare word also finds the words it starts (transp → transport),
 * so results follow the typing instead of vanishing until a word is complete. Fields, quotes, operators, NEAR,
 * Chinese and Japanese (already matched inside words) and a finished word (a trailing space) are left as typed.
 */
export function asTyped(query: string): string {
  if (query === '' || /\s$/.test(query) || /NEAR\//.test(query) || (query.split('"').length - 1) % 2 === 1) return query;
  const last = /(^|[\s(])(-?)([\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*)$/u.exec(query);
  if (!last) return query;
  const word = last[3]!;
  if (/^(AND|OR|NOT)$/.test(word) || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(word) || /[.'’-]$/.test(word)) return query;
  return `${query}*`;
}
