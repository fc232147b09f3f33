// `verbatim feeds add URL [--every MINUTES] | list | poll [FEED…] | remove FEED…`, where FEED is a feed's
// address or id.
import type { FeedInfo, FeedPollResult } from '../api/types';
import { RouteError } from '../api/errors';
import { FeedService } from '../feeds/service';
import { LibraryService } from '../library/service';
import { type CliIO, CliError } from './io';
import { openLibraryForCli } from './open-library';

interface FeedOptions {
  db?: string | undefined;
  json?: boolean | undefined;
  every?: string | undefined;
}

function pollLine(r: FeedPollResult): string {
  if (r.error) return `${r.title}: ${r.error}`;
  if (r.notModified) return `${r.title}: unchanged since the last check.`;
  return `${r.title}: ${r.newItems} new item${r.newItems === 1 ? '' : 's'}, ${r.imported} clipped, ${r.duplicates} already in the library, ${r.failed.length} failed.`;
}

function find(feeds: FeedInfo[], key: string): FeedInfo {
  const feed = feeds.find((f) => f.id === key || f.url === key);
  if (!feed) throw new CliError(`No feed ${key}; \`verbatim feeds list\` shows the ones you follow.`);
  return feed;
}

export async function feedsCommand(io: CliIO, args: string[], options: FeedOptions): Promise<number> {
  const [action, ...rest] = args;
  if (!action || !['add', 'list', 'poll', 'remove'].includes(action)) throw new CliError('Say what to do with feeds: add URL, list, poll [FEED…] or remove FEED….', 2);
  let every: number | undefined;
  if (options.every !== undefined) {
    every = Number(options.every);
    if (!Number.isInteger(every) || every < 5) throw new CliError(`--every takes whole minutes, at least 5, not "${options.every}".`, 2);
  }
  const library = openLibraryForCli(options.db, io.env);
  const feeds = new FeedService(new LibraryService(library));
  const out = (value: unknown, text: string) => io.stdout(options.json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`);
  try {
    switch (action) {
      case 'add': {
        if (rest.length !== 1) throw new CliError('Give the address of one feed (or of a page that names its feed).', 2);
        const { feed, poll } = await feeds.subscribe(rest[0]!, every);
        out({ feed, poll }, `Following ${feed.title ?? feed.url} (${feed.url}), checked every ${feed.pollMinutes} minutes.\n${pollLine(poll)}`);
        return poll.failed.length > 0 ? 1 : 0;
      }
      case 'list': {
        const all = feeds.list();
        out(all, all.length === 0 ? 'You follow no feeds. Add one with: verbatim feeds add URL' : all.map((f) => `${f.id}  ${f.title ?? '(untitled)'}  ${f.url}  every ${f.pollMinutes} min${f.paused ? ', paused' : ''}  ${f.clipCount} clips${f.lastError ? `  last error: ${f.lastError}` : ''}`).join('\n'));
        return 0;
      }
      case 'poll': {
        const all = feeds.list();
        const targets = rest.length > 0 ? rest.map((key) => find(all, key)) : all.filter((f) => !f.paused);
        const results: FeedPollResult[] = [];
        for (const feed of targets) results.push(await feeds.poll(feed.id));
        out(results, results.length === 0 ? 'You follow no feeds.' : results.map(pollLine).join('\n'));
        return results.some((r) => r.error || r.failed.length > 0) ? 1 : 0;
      }
      default: {
        if (rest.length === 0) throw new CliError('Name the feeds to remove (address or id).', 2);
        const all = feeds.list();
        const removed = rest.map((key) => find(all, key));
        for (const feed of removed) feeds.remove(feed.id);
        out({ removed: removed.map((f) => f.url) }, removed.map((f) => `No longer following ${f.title ?? f.url}.`).join('\n'));
        return 0;
      }
    }
  } catch (err) {
    if (err instanceof RouteError) throw new CliError(err.message);
    throw err;
  } finally {
    library.close();
  }
}
