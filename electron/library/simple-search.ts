// Turns what a person types in the list's filter box into a safe FTS5 expression: every word must occur, the
// last one may be unfinished (results as you type). Operators and quotes are taken as plain text here; the full
// query language is its own module.

export function toFtsMatch(input: string): string | undefined {
  const words = input.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu);
  if (!words || words.length === 0) return undefined;
  return words.map((w, i) => `"${w.replaceAll('"', '""')}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}
