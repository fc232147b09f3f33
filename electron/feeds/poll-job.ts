// "Poll all feeds now" as a background job, its summary in the same shape as an import's.
import type { ImportSummary, JobInfo } from '../api/types';
import type { JobRegistry } from '../jobs/registry';
import type { FeedService } from './service';

export function pollAllJob(jobs: JobRegistry, feeds: FeedService): JobInfo {
  const all = feeds.list().filter((f) => !f.paused);
  return jobs.start('feeds', `Checking ${all.length} feed${all.length === 1 ? '' : 's'}`, async ({ signal, progress }) => {
    const summary: ImportSummary = { imported: 0, duplicates: 0, restored: 0, failed: [], cancelled: false, articleIds: [] };
    for (const [i, feed] of all.entries()) {
      if (signal.aborted) {
        summary.cancelled = true;
        break;
      }
      progress(i, all.length, feed.title ?? feed.url);
      const result = await feeds.poll(feed.id, signal);
      summary.imported += result.imported;
      summary.duplicates += result.duplicates;
      summary.failed.push(...result.failed);
      if (result.error) summary.failed.push({ name: result.title, code: 'FETCH_FAILED', reason: result.error });
    }
    progress(all.length, all.length, '');
    return summary;
  });
}
