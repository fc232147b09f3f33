// A batch import: files, folders' files, zip archives' files and web addresses, one after another. Each input is
// stored in its own transaction (all of its articles or none); a bad input is recorded with its reason and the
// batch goes on; a cancelled batch stops between inputs, keeping what it finished.
import type { ClipResult, ImportFailure, ImportSummary } from '../api/types';
import { extractFileWith, extractUrlWith, type ExtractedInputWithStatements } from '../extraction/inputs';
import { inlineExtraction, type Extractor } from '../extraction/pool';
import { ClipError } from '../clipping/errors';
import { RouteError } from '../api/errors';
import { LibraryError } from '../../db/errors';
import { LibraryBusyError, retryWhileBusy } from '../../db/write-transaction';
import type { LibraryService } from '../library/service';
import { sniffKind } from '../clipping/sources/sniff';
import { zipEntries } from './zip';

export type ImportSource =
  | { kind: 'bytes'; name: string; read(): Promise<Uint8Array> }
  | { kind: 'url'; name: string; url: string }
  | { kind: 'zip'; name: string; source: string | Buffer };

export interface ImportProgress {
  done: number;
  total: number;
  current: string;
}

export interface ImportOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: ImportProgress) => void) | undefined;
  onInput?: ((name: string, results: ClipResult[] | undefined, failure: ImportFailure | undefined) => void) | undefined;
  /** Where each input is read: the worker pool (a time and memory budget per input), or by default this thread. */
  extractor?: Extractor | undefined;
}

/** Why no later input could be stored either, for the failures the library has rather than the input. */
function libraryStop(err: unknown): string | undefined {
  if (!(err instanceof LibraryError)) return undefined;
  if (err.code === 'DISK_FULL') return 'the disk is full';
  if (err.code === 'LIBRARY_READ_ONLY') return 'the library cannot be written';
  if (err.code === 'LIBRARY_DAMAGED') return 'the library is damaged';
  return undefined;
}

function reasonOf(err: unknown): ImportFailure['code'] {
  if (err instanceof RouteError || err instanceof LibraryBusyError || err instanceof LibraryError) return err.code;
  return 'INTERNAL';
}

function messageOf(name: string, err: unknown): string {
  if (err instanceof RouteError) return err.message;
  // The library's own failure (a full disk): its sentence, said of the input it stopped.
  if (err instanceof LibraryError) return `${name} could not be imported: ${err.message}`;
  if (err instanceof LibraryBusyError) return `${name} was not imported: ${err.message}`;
  return `${name} could not be imported: ${err instanceof Error ? err.message : String(err)}`;
}

/** Zip archives are opened up front so that the progress bar knows the real number of files. */
async function expand(sources: ImportSource[], failed: ImportFailure[]): Promise<{ items: Array<Exclude<ImportSource, { kind: 'zip' }>>; close(): void }> {
  const items: Array<Exclude<ImportSource, { kind: 'zip' }>> = [];
  const closers: Array<() => void> = [];
  for (const source of sources) {
    if (source.kind !== 'zip') {
      items.push(source);
      continue;
    }
    try {
      const archive = await zipEntries(source.name, source.source);
      closers.push(archive.close);
      for (const entry of archive.entries) items.push({ kind: 'bytes', name: entry.name, read: entry.read });
    } catch (err) {
      failed.push({ name: source.name, code: reasonOf(err), reason: messageOf(source.name, err) });
    }
  }
  return { items, close: () => closers.forEach((close) => close()) };
}

export async function runImport(sources: ImportSource[], service: () => LibraryService, options: ImportOptions = {}): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: 0, duplicates: 0, restored: 0, failed: [], cancelled: false, articleIds: [] };
  const extractor = options.extractor ?? inlineExtraction;
  const { items, close } = await expand(sources, summary.failed);
  // Stops the input read ahead when the batch ends early (cancelled, a full disk), so that nothing reads on after it.
  const done = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, done.signal]) : done.signal;
  const extract = async (item: (typeof items)[number]): Promise<ExtractedInputWithStatements> => {
    if (item.kind === 'url') return extractUrlWith(extractor, item.url, { signal });
    const bytes = await item.read();
    if (sniffKind(item.name, bytes) === 'zip') throw new ClipError('UNSUPPORTED_FILE', `${item.name} is an archive inside an archive; unpack it and import the inner archive on its own.`);
    return extractFileWith(extractor, item.name, bytes, {}, signal);
  };
  // The next input is read (in the extraction child) while this one is stored (here): two cores at work, and no
  // more than two inputs in memory at once.
  const start = (index: number): Promise<ExtractedInputWithStatements> | undefined => {
    const item = items[index];
    if (!item) return undefined;
    const reading = extract(item);
    reading.catch(() => undefined); // Awaited in its turn; until then a failure is not unhandled.
    return reading;
  };
  let ahead = start(0);
  try {
    for (const [index, item] of items.entries()) {
      const reading = ahead!;
      ahead = options.signal?.aborted ? undefined : start(index + 1);
      if (options.signal?.aborted) {
        summary.cancelled = true;
        break;
      }
      options.onProgress?.({ done: index, total: items.length, current: item.name });
      const fail = (err: unknown) => {
        const failure = { name: item.name, code: reasonOf(err), reason: messageOf(item.name, err) };
        summary.failed.push(failure);
        options.onInput?.(item.name, undefined, failure);
      };
      let input: ExtractedInputWithStatements;
      try {
        input = await reading;
      } catch (err) {
        fail(err);
        continue;
      }
      // Opening the library is not the input's fault: if it fails (a library from a newer version), the batch stops.
      const library = service();
      try {
        // Another process (the app, `verbatim serve`) may hold the library's write lock: the input's transaction is
        // tried again until it gets its turn, for a bounded time. Each input is its own short transaction, so the
        // other process never waits on more than one input either.
        const results = await retryWhileBusy(library.library.db, () => library.clipArticles(input.articles, input.source, input.found));
        for (const r of results) {
          if (r.status === 'created') summary.imported++;
          else if (r.status === 'duplicate') summary.duplicates++;
          else summary.restored++;
          summary.articleIds.push(r.article.id);
        }
        options.onInput?.(item.name, results, undefined);
      } catch (err) {
        fail(err);
        // Still busy after the wait: the next inputs would only wait as long again. The batch stops, naming each
        // input it did not try, so that running the same import again later picks them up.
        // A full disk, or a library that cannot be written, fails every input the same way: one sentence for the
        // first, and the rest named as not tried, instead of the same error once per file.
        const stop = err instanceof LibraryBusyError ? 'the library stayed busy' : libraryStop(err);
        if (stop) {
          for (const rest of items.slice(index + 1)) {
            const failure = { name: rest.name, code: reasonOf(err), reason: `${rest.name} was not tried: ${stop}.` };
            summary.failed.push(failure);
            options.onInput?.(rest.name, undefined, failure);
          }
          break;
        }
      }
    }
    if (!summary.cancelled) options.onProgress?.({ done: items.length, total: items.length, current: '' });
  } finally {
    done.abort();
    close();
  }
  return summary;
}
