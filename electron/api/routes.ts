// The route table: one handler per route of the contract. Both transports serve exactly this table.
import type { RouteName, RouteParams, RouteResult } from './contract';
import type { JobInfo } from './types';
import { regroupJob } from '../library/syndication-job';
import { reextractJob } from '../statements/reextract-job';
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
    'statements.list': ({ articleId }) => library.statements.forArticle(articleId),
    'statements.correct': ({ id, ...correction }) => library.inTransaction(() => library.statements.correct(id, correction)),
    'statements.add': ({ articleId, start, end, speaker, kind }) => library.inTransaction(() => library.statements.add(articleId, start, end, speaker, kind)),
    'statements.split': ({ id, at }) => library.inTransaction(() => library.statements.split(id, at)),
    'statements.merge': ({ ids }) => library.inTransaction(() => library.statements.merge(ids)),
    'statements.reextract': ({ articleIds }) => reextractJob(jobs, library, articleIds),
    'officials.list': ({ status }) => library.statements.officials.list(status),
    'officials.get': ({ id }) => library.statements.official(id),
    'officials.create': ({ name, role }) => library.inTransaction(() => library.statements.createOfficial(name, role)),
    'officials.accept': ({ id, canonicalName }) => library.inTransaction(() => library.statements.acceptOfficial(id, canonicalName)),
    'officials.addAlias': ({ id, alias }) => library.inTransaction(() => library.statements.addAlias(id, alias)),
    'officials.merge': ({ fromId, intoId }) => library.inTransaction(() => library.statements.mergeOfficials(fromId, intoId)),
    'officials.splitAlias': ({ aliasId }) => library.inTransaction(() => library.statements.splitAlias(aliasId)),
    'officials.update': ({ id, canonicalName, country, organization }) =>
      library.inTransaction(() => library.statements.updateOfficial(id, { canonicalName, country, organization })),
    'officials.addRole': ({ id, ...role }) =>
      library.inTransaction(() => {
        library.statements.officials.get(id);
        library.statements.officials.addRole(id, role);
        return library.statements.official(id);
      }),
    'officials.updateRole': ({ id, roleId, ...changes }) =>
      library.inTransaction(() => {
        library.statements.officials.updateRole(roleId, changes);
        return library.statements.official(id);
      }),
    'officials.removeRole': ({ id, roleId }) =>
      library.inTransaction(() => {
        library.statements.officials.removeRole(roleId);
        return library.statements.official(id);
      }),
    'officials.remove': ({ id }) => ({ count: library.statements.officials.remove(id) }),
    'officials.timeline': ({ id }) => library.statements.timeline(id),
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
