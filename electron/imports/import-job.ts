// Starts a batch import as a background job (the UI's drops and file picks of many files, zips or addresses).
import fs from 'node:fs';
import type { JobInfo } from '../api/types';
import type { JobRegistry } from '../jobs/registry';
import type { LibraryService } from '../library/service';
import { sniffKind } from '../clipping/sources/sniff';
import { runImport, type ImportSource } from './batch';
import type { UploadStaging } from './staging';

/** The first bytes of a staged file: enough for sniffKind to tell a zip archive from the rest. */
function head(file: string): Uint8Array {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    fs.closeSync(fd);
  }
}

export function importJob(
  jobs: JobRegistry,
  library: LibraryService,
  files: Array<{ name: string; bytes: Uint8Array }>,
  urls: string[],
  staged: ReturnType<UploadStaging['take']> = [],
): JobInfo {
  const sources: ImportSource[] = [
    ...files.map((f): ImportSource =>
      sniffKind(f.name, f.bytes) === 'zip'
        ? { kind: 'zip', name: f.name, source: Buffer.from(f.bytes) }
        : { kind: 'bytes', name: f.name, read: () => Promise.resolve(f.bytes) },
    ),
    // A staged zip is read from its file where it waits; other staged files are read (and removed) in their turn.
    ...staged.map((s): ImportSource => (sniffKind(s.name, head(s.path)) === 'zip' ? { kind: 'zip', name: s.name, source: s.path } : { kind: 'bytes', name: s.name, read: s.read })),
    ...urls.map((url): ImportSource => ({ kind: 'url', name: url, url })),
  ];
  const count = files.length + staged.length + urls.length;
  const first = files[0]?.name ?? staged[0]?.name ?? urls[0];
  const title = count === 1 ? `Importing ${first}` : `Importing ${count.toLocaleString('en')} items`;
  return jobs.start('import', title, async ({ signal, progress }) => {
    try {
      return await runImport(sources, () => library, { signal, extractor: library.extractor, onProgress: ({ done, total, current }) => progress(done, total, current) });
    } finally {
      // Whatever the job did not get to (cancelled, failed), nothing staged stays behind.
      for (const s of staged) s.discard();
    }
  });
}
