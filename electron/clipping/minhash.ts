// MinHash signatures of an article's word shingles: two articles' signatures agree in about as many places as
// their shingle sets overlap (Jaccard similarity), so syndicated copies of a story are found by comparing 64
// numbers instead of whole texts. Bands of the signature are the keys of locality-sensitive hashing.

export const SIGNATURE_SIZE = 64;
export const BANDS = 21;
export const ROWS_PER_BAND = 3;
const SHINGLE = 3;

/** FNV-1a, 32 bits. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The MurmurHash3 finalizer: spreads a 32-bit value's bits, so that XOR-ed seeds give independent hashes. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 * (i + 1)));

/** Words, with scripts written without spaces taken a character at a time. */
function tokens(text: string): string[] {
  return text.normalize('NFKC').toLocaleLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? [];
}

export function shingles(text: string): Set<number> {
  const words = tokens(text);
  const set = new Set<number>();
  if (words.length < SHINGLE) {
    if (words.length > 0) set.add(fnv1a(words.join(' ')));
    return set;
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) set.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
  return set;
}

export function signature(text: string): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles(text)) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix(shingle ^ SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** The estimated Jaccard similarity of the two texts behind two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** One bucket per band: articles that share a bucket in any band are candidates for comparison. */
export function bandBuckets(sig: Uint32Array): number[] {
  const buckets: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = band + 1;
    for (let row = 0; row < ROWS_PER_BAND; row++) h = mix(h ^ sig[band * ROWS_PER_BAND + row]!);
    // Kept within SQLite's exact integer range and positive.
    buckets.push(h & 0x7fffffff);
  }
  return buckets;
}

export function toBlob(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function fromBlob(blob: Buffer): Uint32Array {
  const copy = new Uint8Array(blob);
  return new Uint32Array(copy.buffer, 0, SIGNATURE_SIZE);
}
