// Polls the feeds that are due, once a minute, for as long as the app (or `verbatim serve`) runs.
import type { FeedService } from './service';

export function startFeedScheduler(feeds: FeedService, options: { intervalMs?: number; log?: (message: string) => void } = {}): () => void {
  let busy = false;
  const controller = new AbortController();
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      const results = await feeds.pollDue(controller.signal);
      for (const r of results) if (r.error) options.log?.(`feed ${r.title}: ${r.error}`);
    } catch (err) {
      options.log?.(`feed polling failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void tick(), options.intervalMs ?? 60_000);
  timer.unref?.();
  void tick();
  return () => {
    clearInterval(timer);
    controller.abort();
  };
}
