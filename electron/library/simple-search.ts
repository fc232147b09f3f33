// Turns what a person types in the list's filter box into a safe FTS5 expression over the search index: every word
// must occur, the last one may be unfinished (results as you type). Words are folded the way the index folds them
// (Hikmət = hikmet); Chinese and Japanese match character by character. Operators and quotes are plain text here;
// the query language proper is electron/query.
import { tokenizeText } from '../query/match';

export function toFtsMatch(input: string): string | undefined {
  const tokens = tokenizeText(input.normalize('NFC'));
  if (tokens.values.length === 0) return undefined;
  const last = tokens.values.length - 1;
  return tokens.values
    .map((value, i) => (tokens.cjk?.[i] ? `{cjk} : "${[...value].join(' ')}"` : `"${value}"${i === last ? '*' : ''}`))
    .join(' AND ');
}

/** The same for an index of raw text (annotation notes): words as typed, the last one unfinished. */
export function toPlainFtsMatch(input: string): string | undefined {
  const words = input.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu);
  if (!words || words.length === 0) return undefined;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}
