// Files and web addresses through an extractor (the worker pool, or inline): the articles of one input, where they
// came from, and the statements found in each, ready for LibraryService.clipArticles.
import type { FetchOptions } from '../clipping/fetch-url';
import { fetchPage } from '../clipping/fetch-url';
import type { InputHints } from '../clipping/sources/from-bytes';
import type { ExtractedInput } from '../imports/extract-input';
import type { Extractor } from './pool';
import type { PrefoundStatements } from './task';

export interface ExtractedInputWithStatements extends ExtractedInput {
  /** found[i] holds the statements of articles[i]. */
  found: PrefoundStatements[];
}

export async function extractFileWith(extractor: Extractor, name: string, bytes: Uint8Array, hints: InputHints = {}, signal?: AbortSignal): Promise<ExtractedInputWithStatements> {
  const outcome = await extractor.run({ kind: 'bytes', name, bytes, hints }, name, signal);
  // A 'bytes' task always says where its articles came from.
  const source = outcome.source!;
  return { articles: outcome.clips.map((c) => c.article), found: outcome.clips.map((c) => c.found), source };
}

/** The page is fetched on this thread (network waits stall nothing); what it holds is read in the worker. */
export async function extractUrlWith(extractor: Extractor, url: string, options: FetchOptions = {}): Promise<ExtractedInputWithStatements> {
  const page = await fetchPage(url, options);
  const input = await extractFileWith(extractor, page.url, page.bytes, { url: page.url, contentType: page.contentType }, options.signal);
  return { ...input, source: { ...input.source, kind: input.source.kind === 'html' ? 'url' : input.source.kind, name: page.url } };
}
