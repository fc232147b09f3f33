// Bytes to text in whatever encoding they came in: a byte-order mark first, then valid UTF-8, then what the sender
// declared (an HTTP header, a <meta charset>), then a statistical guess by chardet.
// TextDecoder does the decoding: Node's full ICU knows windows-125x, KOI8-R, GBK/GB18030, Big5, Shift_JIS, EUC-*,
// ISO-8859-x and the rest of the WHATWG encodings.
import chardet from 'chardet';

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used. */
  encoding: string;
  /** How it was chosen. */
  source: 'bom' | 'declared' | 'meta' | 'utf8' | 'detected' | 'fallback';
}

/** The encoding's canonical name if TextDecoder knows the label, else undefined. */
export function supportedEncoding(label: string | undefined | null): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return undefined;
  }
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return undefined;
}

/** The charset an HTML document declares in its first bytes (<meta charset> or http-equiv Content-Type). */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8192));
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return direct?.[1];
}

/** The charset parameter of a Content-Type header. */
export function headerCharset(contentType: string | null | undefined): string | undefined {
  return contentType ? /charset\s*=\s*"?([\w:.-]+)/i.exec(contentType)?.[1] : undefined;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** Detects UTF-16 without a BOM: many NUL bytes on one side of each pair. */
function utf16WithoutBom(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 16) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  const pairs = sample.length / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return 'utf-16be';
  return undefined;
}

function decodeWith(bytes: Uint8Array, encoding: string, skip = 0): string {
  return new TextDecoder(encoding).decode(bytes.subarray(skip));
}

const CYRILLIC_SINGLE_BYTE = ['windows-1251', 'koi8-r', 'ibm866', 'iso-8859-5'];
/** The ten most frequent letters of Russian (and close to it for the other Cyrillic languages), about half of all letters. */
const FREQUENT_CYRILLIC = new Set('оеаинтсрвл');

/**
 * Cyrillic text in a single-byte encoding, which statistical detectors often mistake for another script. Each
 * Cyrillic encoding is tried and the one whose letters look like real Cyrillic text (frequent letters, mostly
 * lower case) wins, if any does.
 */
function bestCyrillicDecoding(bytes: Uint8Array): { text: string; encoding: string } | undefined {
  let best: { text: string; encoding: string; score: number } | undefined;
  const sample = bytes.subarray(0, 65536);
  for (const encoding of CYRILLIC_SINGLE_BYTE) {
    const text = new TextDecoder(encoding).decode(sample);
    const letters = text.match(/\p{L}/gu) ?? [];
    const visible = text.replace(/\s/g, '').length;
    const cyrillic = letters.filter((ch) => /\p{Script=Cyrillic}/u.test(ch));
    // Real text is mostly letters; a multi-byte encoding read as single bytes is mostly symbols and box drawing.
    if (letters.length < 20 || letters.length / visible < 0.6 || cyrillic.length / letters.length < 0.5) continue;
    const frequent = cyrillic.filter((ch) => FREQUENT_CYRILLIC.has(ch)).length / cyrillic.length;
    if (frequent > 0.35 && (!best || frequent > best.score)) best = { text: new TextDecoder(encoding).decode(bytes), encoding, score: frequent };
  }
  return best;
}

export function decodeBytes(bytes: Uint8Array, options: { declared?: string | undefined; html?: boolean } = {}): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return { text: decodeWith(bytes, bom.encoding, bom.skip), encoding: bom.encoding, source: 'bom' };

  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: decodeWith(bytes, utf16), encoding: utf16, source: 'detected' };

  // Pure ASCII decodes the same in every encoding we accept.
  if (!hasHighBytes(bytes)) return { text: decodeWith(bytes, 'utf-8'), encoding: 'utf-8', source: 'utf8' };

  // Non-ASCII text that is valid UTF-8 is UTF-8 whatever a header or <meta> claims: other encodings almost never
  // form valid UTF-8 sequences by chance, while pages re-saved as UTF-8 often keep their old declaration.
  if (isValidUtf8(bytes)) return { text: decodeWith(bytes, 'utf-8'), encoding: 'utf-8', source: 'utf8' };
  const declared = supportedEncoding(options.declared);
  if (declared && declared !== 'utf-8') return { text: decodeWith(bytes, declared), encoding: declared, source: 'declared' };
  if (options.html) {
    const meta = supportedEncoding(metaCharset(bytes));
    if (meta && meta !== 'utf-8') return { text: decodeWith(bytes, meta), encoding: meta, source: 'meta' };
  }
  const cyrillic = bestCyrillicDecoding(bytes);
  if (cyrillic) return { text: cyrillic.text, encoding: cyrillic.encoding, source: 'detected' };
  for (const candidate of chardet.analyse(bytes)) {
    const encoding = supportedEncoding(candidate.name);
    if (encoding && encoding !== 'utf-8' && candidate.confidence >= 10) return { text: decodeWith(bytes, encoding), encoding, source: 'detected' };
  }
  return { text: decodeWith(bytes, 'windows-1252'), encoding: 'windows-1252', source: 'fallback' };
}
