// Finding statements again across the library (after the extractor improves) as a job: each article in its own
// transaction; corrections people made are kept (see StatementService.extractFor).
import type { JobInfo } from '../api/types';
import type { JobRegistry } from '../jobs/registry';
import type { LibraryService } from '../library/service';

export function reextractJob(jobs: JobRegistry, library: LibraryService, articleIds?: string[]): JobInfo {
  const ids = articleIds ?? library.library.db.prepare<[], string>('SELECT id FROM articles WHERE deleted_at IS NULL ORDER BY seq').pluck().all();
  return jobs.start('statements', `Finding statements in ${ids.length.toLocaleString('en')} clips`, async ({ signal, progress }) => {
    let found = 0;
    const run = library.library.db.transaction((id: string) => {
      const count = library.statements.extractFor(id);
      library.organize.onClipped(id);
      return count;
    });
    for (const [i, id] of ids.entries()) {
      if (signal.aborted) return { cancelled: true, message: `Stopped after ${i} of ${ids.length} clips; ${found} statements found so far.` };
      // IMMEDIATE, so that a CLI import or another app writing to the library is waited for, not failed.
      found += run.immediate(id);
      if (i % 50 === 0) {
        progress(i, ids.length, '');
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    progress(ids.length, ids.length, '');
    library.announceChanged();
    return { message: `${found} statements found in ${ids.length} clips; corrections were kept.` };
  });
}
