// From one input (a file's bytes, or a fetched page's) to its articles and where they came from; nothing
// is stored here, so a batch can extract first and open the library only when there is something to store.
import path from 'node:path';
import type { SourceKind } from '../api/types';
import type { ExtractedArticle } from '../clipping/article';
import { decodeBytes } from '../clipping/decode';
import { articlesFromBytes, type InputHints } from '../clipping/sources/from-bytes';
import { type InputKind, sniffKind } from '../clipping/sources/sniff';
import type { ClipSource } from '../library/service';

const SOURCE_KINDS: Record<InputKind, SourceKind> = {
  html: 'html',
  mhtml: 'html',
  email: 'email',
  pdf: 'pdf',
  csv: 'list',
  xlsx: 'list',
  feed: 'feed',
  text: 'text-file',
  zip: 'text-file',
  binary: 'text-file',
};

export interface ExtractedInput {
  articles: ExtractedArticle[];
  source: ClipSource;
}

/** The input as received, kept for re-extraction; binary kinds (PDF, XLSX) are not duplicated into the library. */
function originalOf(kind: InputKind, bytes: Uint8Array): string | null {
  if (kind === 'pdf' || kind === 'xlsx' || kind === 'binary' || kind === 'zip') return null;
  return decodeBytes(bytes, { html: kind === 'html' }).text;
}

export async function extractFile(name: string, bytes: Uint8Array, hints: InputHints = {}): Promise<ExtractedInput> {
  const articles = await articlesFromBytes(name, bytes, hints);
  const kind = sniffKind(name, bytes);
  return { articles, source: { kind: SOURCE_KINDS[kind], name: path.basename(name), original: originalOf(kind, bytes) } };
}
