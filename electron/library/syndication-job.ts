// Regrouping the library's syndicated stories (after the threshold changes, or old clips got signatures) as a job.
import type { JobInfo } from '../api/types';
import type { JobRegistry } from '../jobs/registry';
import type { LibraryService } from './service';

export function regroupJob(jobs: JobRegistry, library: LibraryService, threshold?: number): JobInfo {
  return jobs.start('syndication', 'Grouping syndicated stories', async ({ signal, progress }) => {
    const indexed = await library.syndication.backfill(signal);
    const result = await library.syndication.regroup(threshold, (done, total) => progress(done, total, ''), signal);
    library.announceChanged();
    if (result.cancelled) return { cancelled: true, message: 'Grouping was cancelled; the earlier groups stand.' };
    return { message: `${result.grouped} clips in ${result.groups} syndication groups${indexed ? ` (${indexed} older clips indexed first)` : ''}.` };
  });
}

/** At start-up: clips that have no syndication signature yet (clipped by an older version) are indexed and grouped. */
export function syndicationCatchUp(jobs: JobRegistry, library: LibraryService): JobInfo | null {
  const missing = library.library.db.prepare('SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_minhash m WHERE m.article_seq = a.seq)').pluck().get() as number;
  return missing > 0 ? regroupJob(jobs, library) : null;
}
