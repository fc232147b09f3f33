// Quotation marks around a statement or highlight, and the meta lines under entries. A statement's text often keeps
// the article's own marks ("…", «…», „…“); wrapping it again would print “"…"”. Missing parts (an outlet nobody
// knows) are left out rather than joined as empty, which printed "· ·".

/** Opening and closing marks that may wrap a quotation, paired. */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ['“', '”'],
  ['„', '“'],
  ['„', '”'],
  ['«', '»'],
  ['»', '«'],
  ['‘', '’'],
  ["'", "'"],
  ['「', '」'],
  ['『', '』'],
];

/** Whether every closing mark in the text follows an opening one (for marks that are the same: there are none). */
function balanced(text: string, open: string, close: string): boolean {
  if (open === close) return !text.includes(open);
  let depth = 0;
  for (const char of text) {
    if (char === open) depth++;
    else if (char === close && --depth < 0) return false;
  }
  return depth === 0;
}

/** The text without a pair of quotation marks wrapping all of it (inner marks are kept). */
export function unquoted(text: string): string {
  const trimmed = text.trim();
  for (const [open, close] of PAIRS) {
    if (trimmed.length > open.length + close.length && trimmed.startsWith(open) && trimmed.endsWith(close)) {
      const inner = trimmed.slice(open.length, trimmed.length - close.length);
      // “A” said X, “B”: the first and last marks belong to two quotations, not one, so they stay.
      if (balanced(inner, open, close)) return inner.trim();
    }
  }
  return trimmed;
}

/** “text”, once: the text's own wrapping marks are replaced, not doubled. */
export function quoted(text: string): string {
  return `“${unquoted(text)}”`;
}

/** The present parts joined with a separator; null, undefined and blank parts are skipped. */
export function joinPresent(parts: ReadonlyArray<string | null | undefined>, separator = ' · '): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(separator);
}
