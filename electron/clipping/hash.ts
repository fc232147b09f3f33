import { createHash } from 'node:crypto';

/**
 * The hash that recognises the same article pasted twice: case, punctuation spacing and whitespace are folded so
 * that a copy from another browser (different line ends, non-breaking spaces) still matches.
 */
export function contentHash(text: string): string {
  const folded = text.normalize('NFKC').toLocaleLowerCase('en-US').replace(/[\s\p{P}]+/gu, ' ').trim();
  return createHash('sha256').update(folded).digest('hex');
}
