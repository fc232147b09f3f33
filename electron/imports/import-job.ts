// Starts a batch import as a background job (the UI's drops and file picks of many files, zips or addresses).
import type { JobInfo } from '../api/types';
import type { JobRegistry } from '../jobs/registry';
import type { LibraryService } from '../library/service';
import { sniffKind } from '../clipping/sources/sniff';
import { runImport, type ImportSource } from './batch';

export function importJob(jobs: JobRegistry, library: LibraryService, files: Array<{ name: string; bytes: Uint8Array }>, urls: string[]): JobInfo {
  const sources: ImportSource[] = [
    ...files.map((f): ImportSource =>
      sniffKind(f.name, f.bytes) === 'zip'
        ? { kind: 'zip', name: f.name, source: Buffer.from(f.bytes) }
        : { kind: 'bytes', name: f.name, read: () => Promise.resolve(f.bytes) },
    ),
    ...urls.map((url): ImportSource => ({ kind: 'url', name: url, url })),
  ];
  const count = files.length + urls.length;
  const title = count === 1 ? `Importing ${files[0]?.name ?? urls[0]}` : `Importing ${count.toLocaleString('en')} items`;
  return jobs.start('import', title, ({ signal, progress }) =>
    runImport(sources, () => library, { signal, onProgress: ({ done, total, current }) => progress(done, total, current) }),
  );
}
