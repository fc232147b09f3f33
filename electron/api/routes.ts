// The route table: one handler per route of the contract. Both transports serve exactly this table.
import type { RouteName, RouteParams, RouteResult } from './contract';
import type { JobInfo, LibrarySettings } from './types';
import { BUILT_IN_AGENCIES } from '../clipping/agency-signatures';
import { regroupJob } from '../library/syndication-job';
import { reextractJob } from '../statements/reextract-job';
import { untypedSpeakers } from '../statements/untyped-speakers';
import { withReview } from '../statements/review';
import type { LibraryService } from '../library/service';
import { emptyTrash } from '../library/empty-trash';
import { importJob } from '../imports/import-job';
import type { JobRegistry } from '../jobs/registry';
import type { FeedService } from '../feeds/service';
import { pollAllJob } from '../feeds/poll-job';
import { topicRulesJob } from '../organize/topic-rules-job';
import { toPlainFtsMatch } from '../library/simple-search';
import { QUERY_HELP } from '../query/help';
import type { ReportService } from '../reports/service';
import type { UploadStaging } from '../imports/staging';
import { RegistryTransfer } from '../officials-transfer/service';
import { RegistryUndo } from '../statements/registry-undo';

export type RouteHandler<N extends RouteName> = (params: RouteParams<N>) => RouteResult<N> | Promise<RouteResult<N>>;
export type RouteTable = { [N in RouteName]: RouteHandler<N> };

function librarySettings(library: LibraryService): LibrarySettings {
  return { syndicationThreshold: library.syndication.threshold(), agencySignatures: library.agencySignatures.user(), builtInAgencySignatures: [...BUILT_IN_AGENCIES] };
}

export function createRouteTable(library: LibraryService, jobs: JobRegistry, feeds: FeedService, reports: ReportService, staging: UploadStaging): RouteTable {
  const bytes = (data: string) => new Uint8Array(Buffer.from(data, 'base64'));
  const organize = library.organize;
  const registryUndo = new RegistryUndo(library.library.db, library.statements);
  const registryTransfer = new RegistryTransfer(library.library.db, library.statements);
  const rulesJob = (topicIds?: string[]) => topicRulesJob(jobs, organize.topics, () => library.announceChanged(), topicIds);
  return {
    'app.info': () => library.info(),
    // Read off this thread (extraction/pool.ts), so that one hostile paste cannot hold up every other route.
    'clips.preview': ({ text }) => library.previewPasted(text),
    'clips.fromText': ({ text, ...overrides }) => library.clipPasted(text, overrides),
    'clips.fromHtml': ({ html, text }) => library.clipPastedHtml(html, text),
    'clips.fromUrl': ({ url }) => library.clipUrl(url),
    'clips.fromFile': ({ name, data }) => library.clipFile(name, bytes(data)),
    'imports.stage': ({ name, data }) => staging.stage(name, bytes(data)),
    'imports.start': ({ files, urls, staged }) => importJob(jobs, library, files.map((f) => ({ name: f.name, bytes: bytes(f.data) })), urls, staging.take(staged)),
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
    'articles.emptyTrash': () => ({ count: emptyTrash(library) }),
    'articles.syndication': ({ id }) => library.syndicationOf(id),
    'statements.list': ({ articleId }) => {
      // An unknown clip has no statements, but an empty list would hide that the id is wrong.
      library.get(articleId);
      return library.statements.forArticle(articleId).map(withReview);
    },
    'statements.correct': ({ id, ...correction }) => withReview(library.inTransaction(() => library.statements.correct(id, correction))),
    'statements.sameChain': ({ id }) => library.statements.sameChain(id).map(withReview),
    'statements.correctChain': ({ id, speaker, speakerKind }) =>
      library.inTransaction(() => library.statements.correctChain(id, { speaker, ...(speakerKind && { speakerKind }) })).map(withReview),
    'statements.add': ({ articleId, start, end, speaker, kind }) => withReview(library.inTransaction(() => library.statements.add(articleId, start, end, speaker, kind))),
    'statements.split': ({ id, at }) => library.inTransaction(() => library.statements.split(id, at)).map(withReview),
    'statements.merge': ({ ids }) => withReview(library.inTransaction(() => library.statements.merge(ids))),
    'statements.review': ({ cursor, limit }) => library.statements.reviewQueue(cursor, limit),
    'statements.reextract': ({ articleIds }) => reextractJob(jobs, library, articleIds),
    'statements.untyped': () => {
      const found = untypedSpeakers(library.library.db);
      return { statements: found.statements, clips: found.articleIds.length };
    },
    'statements.typeUntyped': () => {
      const { articleIds } = untypedSpeakers(library.library.db);
      return articleIds.length > 0 ? reextractJob(jobs, library, articleIds) : null;
    },
    'officials.list': ({ status }) => library.statements.officials.list(status),
    'officials.get': ({ id }) => library.statements.official(id),
    'officials.create': (draft) => library.inTransaction(() => library.statements.createOfficial(draft)),
    'officials.accept': ({ id, canonicalName }) => library.inTransaction(() => library.statements.acceptOfficial(id, canonicalName)),
    'officials.addAlias': ({ id, alias }) => library.inTransaction(() => library.statements.addAlias(id, alias)),
    'officials.merge': ({ fromId, intoId }) => library.inTransaction(() => registryUndo.merge(fromId, intoId)),
    'officials.splitAlias': ({ aliasId }) => library.inTransaction(() => library.statements.splitAlias(aliasId)),
    'officials.update': ({ id, canonicalName, country, organization }) =>
      library.inTransaction(() => library.statements.updateOfficial(id, { canonicalName, country, organization })),
    'officials.addRole': ({ id, ...role }) => library.inTransaction(() => library.statements.addRole(id, role)),
    'officials.updateRole': ({ id, roleId, ...changes }) =>
      library.inTransaction(() => {
        library.statements.officials.updateRole(id, roleId, changes);
        return library.statements.official(id);
      }),
    'officials.removeRole': ({ id, roleId }) =>
      library.inTransaction(() => {
        library.statements.officials.removeRole(id, roleId);
        return library.statements.official(id);
      }),
    'officials.remove': ({ id }) => library.inTransaction(() => registryUndo.remove(id)),
    'officials.restore': ({ token }) => library.inTransaction(() => registryUndo.restore(token)),
    'officials.export': ({ format }) => registryTransfer.export(format),
    // A dry run writes nothing, so it tells no window that anything changed.
    'officials.import': ({ format, text, dryRun }) => (dryRun ? registryTransfer.import(format, text, true) : library.inTransaction(() => registryTransfer.import(format, text, false))),
    'officials.timeline': ({ id }) => {
      library.statements.officials.assertExists(id);
      return library.statements.timeline(id);
    },
    'articles.updateText': ({ id, text }) => library.updateText(id, text),
    'organize.article': ({ articleId }) => {
      library.get(articleId);
      return organize.forArticle(articleId);
    },
    'tags.list': () => organize.tags.list(),
    'tags.create': ({ name, color }) => library.inTransaction(() => organize.tags.ensure(name, color)),
    'tags.update': ({ id, ...changes }) => library.inTransaction(() => organize.tags.update(id, changes)),
    'tags.merge': ({ fromId, intoId }) => library.inTransaction(() => organize.tags.merge(fromId, intoId)),
    'tags.remove': ({ id }) => ({ count: library.inTransaction(() => organize.tags.remove(id)) }),
    'tags.apply': ({ targets, add, remove }) => library.inTransaction(() => organize.tags.apply(targets, add, remove)),
    'topics.list': () => organize.topics.list(),
    'topics.create': (input) => {
      const topic = library.inTransaction(() => organize.topics.create(input));
      return { topic, job: topic.rule ? rulesJob([topic.id]) : null };
    },
    'topics.update': ({ id, ...changes }) => {
      const { topic, ruleChanged } = library.inTransaction(() => organize.topics.update(id, changes));
      return { topic, job: ruleChanged && topic.rule ? rulesJob([topic.id]) : null };
    },
    'topics.remove': ({ id }) => ({ count: library.inTransaction(() => organize.topics.remove(id)) }),
    'topics.preview': ({ rule, limit }) => organize.topics.preview(rule, limit),
    'topics.apply': ({ topicIds }) => rulesJob(topicIds),
    'topics.assign': ({ targets, topicId, status }) => ({ count: library.inTransaction(() => organize.topics.assign(targets, topicId, status)) }),
    'topics.installStarter': () => {
      const created = library.inTransaction(() => organize.topics.installStarter());
      return { created: created.length, job: created.length > 0 ? rulesJob(created) : null };
    },
    'topics.starterSize': () => ({ topics: organize.topics.starterSize() }),
    'topics.suggest': ({ limit }) => organize.topics.suggest(limit),
    'annotations.list': ({ articleId, offset, limit, orphanedOnly, search }) => {
      if (articleId) {
        const items = organize.annotations.forArticle(articleId);
        return { total: items.length, offset: 0, items };
      }
      const match = search ? toPlainFtsMatch(search) : undefined;
      return { offset, ...organize.annotations.page({ offset, limit, orphanedOnly, match }) };
    },
    'annotations.create': (input) => library.inTransaction(() => organize.annotations.create(input)),
    'annotations.update': ({ id, ...changes }) => library.inTransaction(() => organize.annotations.update(id, changes)),
    'annotations.place': ({ id, start, end }) => library.inTransaction(() => organize.annotations.place(id, start, end)),
    'annotations.remove': ({ id }) => ({ count: library.inTransaction(() => organize.annotations.remove(id)) }),
    'annotations.export': ({ articleId }) => organize.annotations.exportJsonLd(articleId),
    'tone.set': ({ kind, id, tone }) => library.inTransaction(() => organize.tone.set(kind, id, tone)),
    'search.articles': ({ savedSearchId, ...params }) => library.search.articles({ ...params, ...(savedSearchId && { unseen: library.saved.store.unseen(savedSearchId) }) }),
    'search.statements': ({ savedSearchId, ...params }) => library.search.statements({ ...params, ...(savedSearchId && { unseen: library.saved.store.unseen(savedSearchId) }) }),
    'search.articlePage': ({ savedSearchId, lane, ...params }) => {
      if (lane) library.search.lanes.ask(lane, 'articles', params.query);
      return library.search.articlePage({ ...params, ...(savedSearchId && { unseen: library.saved.store.unseen(savedSearchId) }) });
    },
    'search.statementPage': ({ savedSearchId, lane, ...params }) => {
      if (lane) library.search.lanes.ask(lane, 'statements', params.query);
      return library.search.statementPage({ ...params, ...(savedSearchId && { unseen: library.saved.store.unseen(savedSearchId) }) });
    },
    // Asked for beside a page: when a newer request of the same search box is already in, nothing is counted.
    'search.facets': async ({ scope, query, lane }) => {
      if (lane) {
        library.search.lanes.ask(lane, scope, query);
        if (await library.search.lanes.settle(lane, scope, query)) return { error: null, total: 0, facets: null, superseded: true, tookMs: 0 };
      }
      return library.search.summary(scope, query);
    },
    'search.help': () => QUERY_HELP.map((h) => ({ syntax: h.syntax, meaning: h.meaning, example: h.example })),
    'savedSearches.list': () => library.saved.list(),
    'savedSearches.create': ({ name, query, scope }) => library.inTransaction(() => library.saved.create(name, query, scope)),
    'savedSearches.update': ({ id, ...changes }) => library.inTransaction(() => library.saved.update(id, changes)),
    'savedSearches.remove': ({ id }) => ({ count: library.inTransaction(() => library.saved.store.remove(id)) }),
    'savedSearches.markSeen': ({ id }) =>
      library.inTransaction(() => {
        library.saved.store.markSeen(id);
        return library.saved.store.get(id);
      }),
    'reports.preview': ({ definition }) => reports.preview(definition),
    'reports.render': ({ definition, format }) => reports.file(definition, format),
    'reports.list': () => reports.list(),
    'reports.save': ({ id, name, definition }) => library.inTransaction(() => reports.save(id, name, definition)),
    'reports.remove': ({ id }) => ({ count: library.inTransaction(() => reports.store.remove(id)) }),
    'outlets.list': () => library.outletList(),
    'settings.get': () => librarySettings(library),
    'settings.update': ({ syndicationThreshold, agencySignatures }) => {
      let job: JobInfo | null = null;
      if (agencySignatures !== undefined) library.inTransaction(() => library.agencySignatures.setUser(agencySignatures));
      if (syndicationThreshold !== undefined && syndicationThreshold !== library.syndication.threshold()) {
        library.syndication.setThreshold(syndicationThreshold);
        job = regroupJob(jobs, library, syndicationThreshold);
      }
      return { settings: librarySettings(library), job };
    },
  };
}
