// A decompression bomb inside a PDF, found before pdf.js reads it. pdf.js inflates a stream whole, into memory,
// and has no option that caps it: one content stream of 640 KB that inflated to 660 MB took pdf.js past 1.8 GB
// and over a minute. So every Flate-compressed stream that pdf.js would inflate to read the text (page contents,
// forms, fonts, character maps, object streams: everything but images, which text extraction never decodes) is
// inflated here first, up to a cap, and the file is refused when one stream or all of them together exceed it.
//
// What this cannot see: streams in an encrypted file (their bytes are ciphertext until pdf.js decrypts them) and
// filters other than Flate (LZW, run-length) or Flate behind another filter. Those stay for the memory limit that
// the extraction worker puts on each input.
import zlib from 'node:zlib';
import { ClipError, megabytes } from '../errors';

export const PDF_STREAM_LIMITS = {
  /** A page's content stream or a font of more than this is not a clipping's; a bomb's is. */
  streamBytes: 64 * 1024 * 1024,
  /** All the streams text extraction reads, together. */
  totalBytes: 256 * 1024 * 1024,
};

/** How far back from the `stream` keyword its dictionary is looked for. Dictionaries are a few hundred bytes. */
const DICTIONARY_WINDOW = 4096;

/** The dictionary before each `stream` keyword and where the stream's data starts. */
function* streams(pdf: Buffer): Generator<{ dictionary: string; start: number }> {
  let at = pdf.indexOf('stream', 0, 'latin1');
  while (at >= 0) {
    // A stream's keyword follows its dictionary's '>>' (which also tells it from the word inside `endstream`).
    const before = pdf.toString('latin1', Math.max(0, at - DICTIONARY_WINDOW), at);
    if (/>>\s*$/.test(before)) {
      const objectStart = before.lastIndexOf(' obj');
      let start = at + 'stream'.length;
      if (pdf[start] === 0x0d) start++;
      if (pdf[start] === 0x0a) start++;
      yield { dictionary: objectStart >= 0 ? before.slice(objectStart) : before, start };
    }
    at = pdf.indexOf('stream', at + 'stream'.length, 'latin1');
  }
}

/** True when the stream is Flate-compressed first and is not an image. */
function inflatedForText(dictionary: string): boolean {
  if (/\/Subtype\s*\/Image\b/.test(dictionary)) return false;
  return /\/Filter\s*(?:\[\s*)?\/(?:FlateDecode|Fl)\b/.test(dictionary);
}

/** The stream's inflated size, or more than `cap` when it inflates further; a damaged stream counts what inflated. */
function inflatedSize(data: Buffer, cap: number): number {
  try {
    // Z_SYNC_FLUSH reads a truncated stream as far as it goes, as pdf.js does.
    return zlib.inflateSync(data, { maxOutputLength: cap + 1, finishFlush: zlib.constants.Z_SYNC_FLUSH }).length;
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return cap + 1;
    return 0;
  }
}

/** Refuses a PDF whose compressed streams would inflate past PDF_STREAM_LIMITS. */
export function checkPdfStreams(name: string, bytes: Uint8Array): void {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const { dictionary, start } of streams(pdf)) {
    if (!inflatedForText(dictionary)) continue;
    let end = pdf.indexOf('endstream', start, 'latin1');
    if (end < 0) end = pdf.length;
    const cap = Math.min(PDF_STREAM_LIMITS.streamBytes, PDF_STREAM_LIMITS.totalBytes - total);
    const size = inflatedSize(pdf.subarray(start, end), cap);
    if (size > cap) {
      throw new ClipError(
        'TOO_LARGE',
        cap === PDF_STREAM_LIMITS.streamBytes
          ? `${name} holds a compressed part that unpacks to more than ${megabytes(PDF_STREAM_LIMITS.streamBytes)} (a PDF built to exhaust memory, or not a clipping); Verbatim reads PDFs whose parts unpack to at most that.`
          : `${name} holds compressed parts that unpack to more than ${megabytes(PDF_STREAM_LIMITS.totalBytes)} in all; Verbatim reads PDFs of at most that.`,
      );
    }
    total += size;
  }
}
