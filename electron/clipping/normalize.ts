// Plain text as it comes off a clipboard or out of a file: Windows and old-Mac line ends, non-breaking spaces,
// zero-width characters and soft hyphens that would break search and offsets later.

const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g; // zero-width space, word joiner, BOM, soft hyphen (ZWJ/ZWNJ are kept: scripts need them)
const ODD_SPACES = /[\u00A0\u2007\u202F\u3000\t\f\v]/g;

export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Splits normalized text into paragraphs. Pages pasted from a browser separate paragraphs by a blank line; some
 * sources (e-mail, PDFs, plain editors) put one paragraph per line with no blank lines at all.
 */
export function splitParagraphs(text: string): string[] {
  if (text === '') return [];
  const blocks = text.split(/\n\n+/);
  const paragraphs = blocks.length > 1 || !text.includes('\n') ? blocks : text.split('\n');
  return paragraphs.map((p) => p.trim()).filter((p) => p !== '');
}

export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}

/** True for text that is mostly control characters or replacement characters: a binary file read as text. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return false;
  let suspicious = 0;
  for (const ch of sample) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\uFFFD' || (code < 32 && ch !== '\n' && ch !== '\r' && ch !== '\t' && ch !== '\f')) suspicious++;
  }
  return suspicious / sample.length > 0.05;
}
