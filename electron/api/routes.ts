// The route table: one handler per route of the contract. Both transports serve exactly this table.
import type { RouteName, RouteParams, RouteResult } from './contract';
import type { JobInfo } from './types';
import { regroupJob } from '../library/syndication-job';
import type { LibraryService } from '../library/service';
import { importJob } from '../imports/import-job';
import type { JobRegistry } from '../jobs/registry';
import type { FeedService } from '../feeds/service';
import { pollAllJob } from '../feeds/poll-job';

export type RouteHandler<N extends RouteName> = (params: RouteParams<N>) => RouteResult<N> | Promise<RouteResult<N>>;
export type RouteTable = { [N in RouteName]: RouteHandler<N> };

export function createRouteTable(library: LibraryService, jobs: JobRegistry, feeds: FeedService): RouteTable {
  const bytes = (data: string) => new Uint8Array(Buffer.from(data, 'base64'));
  return {
    'app.info': () => library.info(),
    'clips.preview': ({ text }) => library.preview(text),
    'clips.fromText': ({ text, ...overrides }) => library.clipText(text, overrides),
    'clips.fromHtml': ({ html, text }) => library.clipHtml(html, text),
    'clips.fromUrl': ({ url }) => library.clipUrl(url),
    'clips.fromFile': ({ name, data }) => library.clipFile(name, bytes(data)),
    'imports.start': ({ files, urls }) => importJob(jobs, library, files.map((f) => ({ name: f.name, bytes: bytes(f.data) })), urls),
    'jobs.list': () => jobs.list(),
    'jobs.cancel': ({ id }) => jobs.cancel(id),
    'feeds.list': () => feeds.list(),
    'feeds.subscribe': ({ url, pollMinutes }) => feeds.subscribe(url, pollMinutes),
    'feeds.poll': ({ id }) => feeds.poll(id),
    'feeds.pollAll': () => pollAllJob(jobs, feeds),
    'feeds.update': ({ id, ...changes }) => feeds.update(id, changes),
    'feeds.remove': ({ id }) => ({ count: feeds.remove(id) }),
    'articles.list': (params) => library.list(params),
    'articles.get': ({ id }) => library.get(id),
    'articles.update': ({ id, ...edit }) => library.update(id, edit),
    'articles.trash': ({ ids }) => ({ count: library.trash(ids) }),
    'articles.restore': ({ ids }) => ({ count: library.restore(ids) }),
    'articles.purge': ({ ids }) => ({ count: library.purge(ids) }),
    'articles.syndication': ({ id }) => library.syndicationOf(id),
    'outlets.list': () => library.outletList(),
    'settings.get': () => ({ syndicationThreshold: library.syndication.threshold() }),
    'settings.update': ({ syndicationThreshold }) => {
      let job: JobInfo | null = null;
      if (syndicationThreshold !== undefined && syndicationThreshold !== library.syndication.threshold()) {
        library.syndication.setThreshold(syndicationThreshold);
        job = regroupJob(jobs, library, syndicationThreshold);
      }
      return { settings: { syndicationThreshold: library.syndication.threshold() }, job };
    },
  };
}
