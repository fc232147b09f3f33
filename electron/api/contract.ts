// The one contract between the UI and the main process: every route's name, its zod input schema and the type
// of its result. IPC (ipc.ts) and HTTP (server.ts) serve this same table; the renderer's client is typed by it.
// This file may import zod and ./types only: the renderer bundles it.
import { z } from 'zod';
import type {
  AnnotationPage, AnnotationRecord, AppInfo, Article, ArticleOrganization, ArticlePage, ClipResult, CountResult, FeedInfo, FeedPollResult, JobInfo, LibrarySettings, OfficialDetail,
  MergedOfficial, OfficialSummary, OutletSummary, RegistryImportReport, RemovedOfficial, RestoredOfficial, PastePreview, QueryHelpItem, ReportFile, ReportPreview, SavedReport, RulePreview, SavedSearch, StagedUpload, SearchResult, SearchPage, SearchSummary, ArticleSearchHit, StatementSearchHit, StatementInfo, ReviewPage, SyndicationGroup, TagRecord, TextUpdateResult, TimelineEntry, ToneState, TopicRecord, TopicSuggestionInfo,
} from './types';

export interface RouteSpec<I extends z.ZodType, R> {
  readonly input: I;
  /** Never set: carries the result type. */
  readonly result?: R;
}

const route =
  <R>() =>
  <I extends z.ZodType>(input: I): RouteSpec<I, R> => ({ input });

const MAX_TEXT = 20_000_000; // characters; a pasted article is far smaller, this only stops runaway input
const MAX_UPLOAD_BASE64 = 64 * 1024 * 1024; // 48 MB of file; the HTTP transport's body limit (80 MB) takes one such upload

const articleId = z.uuid({ message: 'Not an article id.' });
const articleIds = z.array(articleId).min(1, 'Select at least one article.').max(100_000);

function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A publication date: YYYY-MM-DD, optionally with a time and an offset (ISO 8601). */
export const isoDateSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/, 'Write the date as YYYY-MM-DD, e.g. 2024-03-26.')
  .refine(isCalendarDate, 'That day does not exist in the calendar.');

const tagName = z.string().trim().min(1, 'A tag needs a name.').max(80, 'A tag name can be at most 80 characters long.');
const topicName = z.string().trim().min(1, 'A topic needs a name.').max(200, 'A topic name can be at most 200 characters long.');
const rule = z.string().max(5000, 'A rule can be at most 5,000 characters long.');
const note = z.string().max(20_000, 'A note can be at most 20,000 characters long.');
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour is written #rrggbb.');
const tagTarget = z.object({ kind: z.enum(['article', 'statement', 'annotation']), id: z.uuid() });
const topicTarget = z.object({ kind: z.enum(['article', 'statement']), id: z.uuid() });

const savedName = z.string().trim().min(1, 'A saved search needs a name.').max(200, 'A name can be at most 200 characters long.');
const searchInput = z.object({
  query: z.string().max(5000, 'A query can be at most 5,000 characters long.'),
  sort: z.enum(['relevance', 'newest', 'oldest']).default('relevance'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
  facets: z.boolean().default(false),
  /** Results of a saved search: unseen matches are flagged isNew. */
  savedSearchId: z.uuid().optional(),
});

/** Names the search box a request comes from: its newer requests make the older ones' facets moot. */
const searchLane = z.string().min(1).max(80).optional();
/** A page without the total and facets, which search.facets brings. */
const searchPageInput = searchInput.omit({ facets: true }).extend({ lane: searchLane });

/** A report definition: what to report on and how (see electron/reports/model.ts). */
const reportDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Write a date as YYYY-MM-DD.');

export const reportDefinitionSchema = z.object({
  title: z.string().trim().min(1, 'A report needs a title.').max(300),
  author: z.string().trim().max(200).nullable().default(null),
  organization: z.string().trim().max(300).nullable().default(null),
  template: z.enum(['digest', 'coverage', 'statements', 'dossier']).default('coverage'),
  selection: z
    .object({
      query: z.string().max(5000).nullable().default(null),
      from: reportDate.nullable().default(null),
      to: reportDate.nullable().default(null),
      picked: z.array(z.uuid()).max(10_000).default([]),
      excluded: z.array(z.uuid()).max(10_000).default([]),
      pinned: z.array(z.uuid()).max(10_000).default([]),
      order: z.array(z.uuid()).max(10_000).default([]),
    })
    .refine((s) => !s.from || !s.to || s.from <= s.to, 'The period ends before it starts.')
    .default({ query: null, from: null, to: null, picked: [], excluded: [], pinned: [], order: [] }),
  options: z
    .object({
      grouping: z.enum(['none', 'topic', 'outlet', 'official', 'day']).default('none'),
      fullText: z.boolean().default(false),
      annotations: z.boolean().default(true),
      statements: z.boolean().default(true),
      charts: z.boolean().default(true),
      /** Statements whose speaker is still a guess (see electron/statements/review.ts): left out unless asked. */
      attributions: z.enum(['leave-out', 'mark', 'include']).default('leave-out'),
    })
    .default({ grouping: 'none', fullText: false, annotations: true, statements: true, charts: true, attributions: 'leave-out' }),
});

export type ReportDefinitionInput = z.input<typeof reportDefinitionSchema>;

/** A file's content as base64, as the renderer reads it from a drop or a file picker. */
const upload = z.object({
  name: z.string().trim().min(1).max(1000),
  data: z.base64({ message: 'File data must be base64.' }).max(MAX_UPLOAD_BASE64, 'This file is larger than 48 MB; import it with `verbatim import` instead.'),
});
const webAddress = z.string().trim().min(1, 'Give a web address.').max(8000);
const pollMinutes = z.number().int().min(5, 'Poll at most every 5 minutes.').max(7 * 24 * 60, 'Poll at least once a week.');

const offset = z.number().int().min(0);
const personName = z.string().trim().min(2, 'A name needs at least two letters.').max(300);
const roleTitle = z.string().trim().min(2, 'A role needs at least two letters.').max(500, 'A role can be at most 500 characters long.');

/** A role given by hand: a title, and the time it was held if known; it cannot end before it begins. */
export const roleDraft = z
  .object({
    title: roleTitle,
    organization: z.string().trim().max(300).nullable().default(null),
    validFrom: isoDateSchema.nullable().default(null),
    validTo: isoDateSchema.nullable().default(null),
  })
  .refine((r) => r.validFrom === null || r.validTo === null || r.validFrom.slice(0, 10) <= r.validTo.slice(0, 10), { message: 'A role cannot end before it begins.', path: ['validTo'] });

/**
 * An official added by a person: the name, its other spellings (any script), country, organization and roles.
 * `role` is the older one-title form, still taken.
 */
export const officialDraft = z.object({
  name: personName,
  role: z.string().trim().max(500).nullable().default(null),
  aliases: z.array(personName).max(50, 'At most 50 spellings at a time.').default([]),
  country: z.string().trim().max(100, 'A country can be at most 100 characters long.').nullable().default(null),
  organization: z.string().trim().max(300, 'An organization can be at most 300 characters long.').nullable().default(null),
  roles: z.array(roleDraft).max(50, 'At most 50 roles at a time.').default([]),
});

const title = z.string().trim().min(1, 'A title cannot be empty.').max(1000, 'A title can be at most 1000 characters.');
const outletName = z.string().trim().max(200, 'An outlet name can be at most 200 characters.');

/** One of the library's own agency signatures, as Settings sends it: the outlet and the strings that sign its texts. */
export const agencySignatureDraft = z.object({
  outlet: z.string().trim().min(1, 'Give the outlet a name.').max(100, 'An outlet name can be at most 100 characters.'),
  signatures: z
    .array(z.string().trim().min(2, 'A signature needs at least two characters.').max(60, 'A signature can be at most 60 characters long.'))
    .min(1, 'Give at least one signature, as it appears in texts.')
    .max(20, 'At most 20 signatures for one outlet.'),
  country: z.string().trim().max(100, 'A country can be at most 100 characters long.').nullable().default(null),
  language: z.string().trim().max(20, 'A language can be at most 20 characters long.').nullable().default(null),
});

/** A signature names one outlet only: the same string (ignoring case and spacing) twice in the list is refused. */
export const agencySignatureList = z
  .array(agencySignatureDraft)
  .max(500, 'At most 500 outlets of your own.')
  .superRefine((entries, ctx) => {
    const seen = new Map<string, string>();
    entries.forEach((entry, index) => {
      for (const signature of entry.signatures) {
        const folded = signature.normalize('NFKC').toLocaleLowerCase('en-US').replace(/\s+/g, ' ');
        const owner = seen.get(folded);
        if (owner !== undefined && owner !== entry.outlet) ctx.addIssue({ code: 'custom', path: [index, 'signatures'], message: `“${signature}” already signs ${owner}.` });
        else seen.set(folded, entry.outlet);
      }
    });
  });

export const contract = {
  'app.info': route<AppInfo>()(z.object({})),

  'clips.preview': route<PastePreview>()(z.object({ text: z.string().max(MAX_TEXT) })),
  'clips.fromText': route<ClipResult>()(
    z.object({
      text: z.string().max(MAX_TEXT),
      /** What the person corrected in the preview; each overrides what was found in the text. */
      title: title.optional(),
      outlet: outletName.nullable().optional(),
      publishedAt: isoDateSchema.nullable().optional(),
    }),
  ),

  'clips.fromHtml': route<ClipResult>()(
    z.object({
      html: z.string().max(MAX_TEXT),
      /** The clipboard's plain-text twin of the HTML, used when the markup holds no article. */
      text: z.string().max(MAX_TEXT).optional(),
    }),
  ),
  'clips.fromUrl': route<ClipResult[]>()(z.object({ url: webAddress })),
  'clips.fromFile': route<ClipResult[]>()(upload),

  /** One file sent ahead of a batch import, so that no single call has to carry every file of a drop. */
  'imports.stage': route<StagedUpload>()(upload),
  'imports.start': route<JobInfo>()(
    z.object({
      files: z.array(upload).max(10_000).default([]),
      staged: z.array(z.uuid({ message: 'Not a staged file id.' })).max(10_000).default([]),
      urls: z.array(webAddress).max(10_000).default([]),
    }),
  ),
  'jobs.list': route<JobInfo[]>()(z.object({})),
  'jobs.cancel': route<JobInfo>()(z.object({ id: z.uuid() })),

  'feeds.list': route<FeedInfo[]>()(z.object({})),
  'feeds.subscribe': route<{ feed: FeedInfo; poll: FeedPollResult }>()(z.object({ url: webAddress, pollMinutes: pollMinutes.optional() })),
  'feeds.poll': route<FeedPollResult>()(z.object({ id: z.uuid() })),
  'feeds.pollAll': route<JobInfo>()(z.object({})),
  'feeds.update': route<FeedInfo>()(
    z.object({ id: z.uuid(), pollMinutes: pollMinutes.optional(), paused: z.boolean().optional(), title: z.string().trim().min(1).max(300).optional() }),
  ),
  'feeds.remove': route<CountResult>()(z.object({ id: z.uuid() })),

  'articles.list': route<ArticlePage>()(
    z.object({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(100),
      trash: z.boolean().default(false),
      search: z.string().max(500).optional(),
    }),
  ),
  'articles.get': route<Article>()(z.object({ id: articleId })),
  'articles.update': route<Article>()(
    z.object({
      id: articleId,
      title: title.optional(),
      outlet: outletName.nullable().optional(),
      publishedAt: isoDateSchema.nullable().optional(),
    }),
  ),
  'articles.trash': route<CountResult>()(z.object({ ids: articleIds })),
  'articles.restore': route<CountResult>()(z.object({ ids: articleIds })),
  'articles.purge': route<CountResult>()(z.object({ ids: articleIds })),
  /** Deletes every clip in the trash for good. */
  'articles.emptyTrash': route<CountResult>()(z.object({})),

  'articles.syndication': route<SyndicationGroup>()(z.object({ id: articleId })),

  'statements.list': route<StatementInfo[]>()(z.object({ articleId })),
  'statements.correct': route<StatementInfo>()(
    z.object({
      id: z.uuid(),
      speaker: z.string().trim().max(300).nullable().optional(),
      status: z.enum(['found', 'confirmed', 'rejected']).optional(),
      start: offset.optional(),
      end: offset.optional(),
      kind: z.enum(['direct', 'reported']).optional(),
      speakerKind: z.enum(['person', 'institution', 'anonymous']).optional(),
    }),
  ),
  'statements.sameChain': route<StatementInfo[]>()(z.object({ id: z.uuid() })),
  'statements.correctChain': route<StatementInfo[]>()(
    z.object({ id: z.uuid(), speaker: z.string().trim().max(300).nullable(), speakerKind: z.enum(['person', 'institution', 'anonymous']).optional() }),
  ),
  'statements.add': route<StatementInfo>()(
    z.object({ articleId, start: offset, end: offset, speaker: z.string().trim().max(300).nullable().default(null), kind: z.enum(['direct', 'reported']).default('direct') }),
  ),
  'statements.split': route<StatementInfo[]>()(z.object({ id: z.uuid(), at: offset })),
  'statements.merge': route<StatementInfo>()(z.object({ ids: z.array(z.uuid()).min(2, 'Choose at least two statements to merge.').max(50) })),
  /** Every live statement that needs review, newest clip first; cursor is what the previous page returned. */
  'statements.review': route<ReviewPage>()(z.object({ cursor: z.number().int().min(0).max(10_000_000).default(0), limit: z.number().int().min(1).max(200).default(50) })),
  'statements.reextract': route<JobInfo>()(z.object({ articleIds: z.array(articleId).max(1_000_000).optional() })),
  /** Statements stored before speakers were typed whose kind is not known, and how many clips hold them. */
  'statements.untyped': route<{ statements: number; clips: number }>()(z.object({})),
  /** Finds the statements of those clips again, which types their speakers (corrections kept). */
  'statements.typeUntyped': route<JobInfo | null>()(z.object({})),

  'officials.list': route<OfficialSummary[]>()(z.object({ status: z.enum(['proposed', 'accepted']).optional() })),
  'officials.get': route<OfficialDetail>()(z.object({ id: z.uuid() })),
  'officials.create': route<OfficialDetail>()(officialDraft),
  'officials.accept': route<OfficialDetail>()(z.object({ id: z.uuid(), canonicalName: personName.optional() })),
  'officials.addAlias': route<OfficialDetail>()(z.object({ id: z.uuid(), alias: personName })),
  'officials.merge': route<MergedOfficial>()(z.object({ fromId: z.uuid(), intoId: z.uuid() })),
  'officials.splitAlias': route<OfficialDetail>()(z.object({ aliasId: z.number().int().positive() })),
  'officials.update': route<OfficialDetail>()(
    z.object({ id: z.uuid(), canonicalName: personName.optional(), country: z.string().trim().max(100).nullable().optional(), organization: z.string().trim().max(300).nullable().optional() }),
  ),
  'officials.addRole': route<OfficialDetail>()(
    z.object({ id: z.uuid(), title: z.string().trim().min(2).max(500), organization: z.string().trim().max(300).nullable().default(null), validFrom: isoDateSchema.nullable().default(null), validTo: isoDateSchema.nullable().default(null) }),
  ),
  'officials.updateRole': route<OfficialDetail>()(
    z.object({ id: z.uuid(), roleId: z.number().int().positive(), title: z.string().trim().min(2).max(500).optional(), organization: z.string().trim().max(300).nullable().optional(), validFrom: isoDateSchema.nullable().optional(), validTo: isoDateSchema.nullable().optional() }),
  ),
  'officials.removeRole': route<OfficialDetail>()(z.object({ id: z.uuid(), roleId: z.number().int().positive() })),
  'officials.remove': route<RemovedOfficial>()(z.object({ id: z.uuid() })),
  /** Undoes one officials.remove or officials.merge, by the token it returned. */
  'officials.restore': route<RestoredOfficial>()(z.object({ token: z.uuid({ message: 'Not an undo token.' }) })),
  /** The registry (accepted officials) as the CSV or JSON that officials.import reads; see the README. */
  'officials.export': route<string>()(z.object({ format: z.enum(['csv', 'json']).default('csv') })),
  'officials.import': route<RegistryImportReport>()(
    z.object({ format: z.enum(['csv', 'json']), text: z.string().max(MAX_TEXT, 'That file is too large to import here; use `verbatim officials import`.'), dryRun: z.boolean().default(false) }),
  ),
  'officials.timeline': route<TimelineEntry[]>()(z.object({ id: z.uuid() })),

  'articles.updateText': route<TextUpdateResult>()(z.object({ id: articleId, text: z.string().max(MAX_TEXT, 'That text is too long for one article.') })),
  'organize.article': route<ArticleOrganization>()(z.object({ articleId })),

  'tags.list': route<TagRecord[]>()(z.object({})),
  'tags.create': route<TagRecord>()(z.object({ name: tagName, color: color.optional() })),
  'tags.update': route<TagRecord>()(z.object({ id: z.uuid(), name: tagName.optional(), color: color.optional() })),
  'tags.merge': route<TagRecord>()(z.object({ fromId: z.uuid(), intoId: z.uuid() })),
  'tags.remove': route<CountResult>()(z.object({ id: z.uuid() })),
  'tags.apply': route<{ tags: TagRecord[]; changed: number }>()(
    z.object({ targets: z.array(tagTarget).min(1, 'Select something to tag.').max(100_000), add: z.array(tagName).max(50).default([]), remove: z.array(z.uuid()).max(50).default([]) }),
  ),

  'topics.list': route<TopicRecord[]>()(z.object({})),
  'topics.create': route<{ topic: TopicRecord; job: JobInfo | null }>()(z.object({ name: topicName, parentId: z.uuid().nullable().default(null), rule: rule.nullable().default(null) })),
  'topics.update': route<{ topic: TopicRecord; job: JobInfo | null }>()(
    z.object({ id: z.uuid(), name: topicName.optional(), parentId: z.uuid().nullable().optional(), rule: rule.nullable().optional() }),
  ),
  'topics.remove': route<CountResult>()(z.object({ id: z.uuid() })),
  'topics.preview': route<RulePreview>()(z.object({ rule: z.string().max(5000), limit: z.number().int().min(0).max(200).default(30) })),
  'topics.apply': route<JobInfo>()(z.object({ topicIds: z.array(z.uuid()).max(10_000).optional() })),
  'topics.assign': route<CountResult>()(z.object({ targets: z.array(topicTarget).min(1).max(100_000), topicId: z.uuid(), status: z.enum(['confirmed', 'removed']) })),
  'topics.installStarter': route<{ created: number; job: JobInfo | null }>()(z.object({})),
  /** How many topics the starter taxonomy has (parents and subtopics), so an offer can name the exact number. */
  'topics.starterSize': route<{ topics: number }>()(z.object({})),
  'topics.suggest': route<TopicSuggestionInfo[]>()(z.object({ limit: z.number().int().min(1).max(200).default(30) })),

  'annotations.list': route<AnnotationPage>()(
    z.object({ articleId: articleId.optional(), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(200), orphanedOnly: z.boolean().default(false), search: z.string().max(500).optional() }),
  ),
  'annotations.create': route<AnnotationRecord>()(
    z.object({ articleId, start: offset, end: offset, color: color.optional(), note: note.nullable().optional(), tags: z.array(tagName).max(50).optional(), statementId: z.uuid().nullable().optional() }),
  ),
  'annotations.update': route<AnnotationRecord>()(
    z.object({ id: z.uuid(), color: color.optional(), note: note.nullable().optional(), tags: z.array(tagName).max(50).optional(), statementId: z.uuid().nullable().optional() }),
  ),
  'annotations.place': route<AnnotationRecord>()(z.object({ id: z.uuid(), start: offset, end: offset })),
  'annotations.remove': route<CountResult>()(z.object({ id: z.uuid() })),
  'annotations.export': route<object>()(z.object({ articleId: articleId.optional() })),

  'tone.set': route<ToneState>()(z.object({ kind: z.enum(['article', 'statement']), id: z.uuid(), tone: z.enum(['positive', 'neutral', 'negative']).nullable() })),

  'search.articles': route<SearchResult<ArticleSearchHit>>()(searchInput),
  'search.statements': route<SearchResult<StatementSearchHit>>()(searchInput),
  'search.articlePage': route<SearchPage<ArticleSearchHit>>()(searchPageInput),
  'search.statementPage': route<SearchPage<StatementSearchHit>>()(searchPageInput),
  'search.facets': route<SearchSummary>()(z.object({ scope: z.enum(['articles', 'statements']).default('articles'), query: searchInput.shape.query, lane: searchLane })),
  'search.help': route<QueryHelpItem[]>()(z.object({})),
  'savedSearches.list': route<SavedSearch[]>()(z.object({})),
  'savedSearches.create': route<SavedSearch>()(z.object({ name: savedName, query: z.string().trim().min(1, 'A saved search needs a query.').max(5000), scope: z.enum(['articles', 'statements']).default('articles') })),
  'savedSearches.update': route<SavedSearch>()(z.object({ id: z.uuid(), name: savedName.optional(), query: z.string().trim().min(1).max(5000).optional() })),
  'savedSearches.remove': route<CountResult>()(z.object({ id: z.uuid() })),
  'savedSearches.markSeen': route<SavedSearch>()(z.object({ id: z.uuid() })),

  'reports.preview': route<ReportPreview>()(z.object({ definition: reportDefinitionSchema })),
  'reports.render': route<ReportFile>()(z.object({ definition: reportDefinitionSchema, format: z.enum(['pdf', 'docx', 'xlsx', 'csv', 'html', 'md', 'json']) })),
  'reports.list': route<SavedReport[]>()(z.object({})),
  'reports.save': route<SavedReport>()(z.object({ id: z.uuid().optional(), name: z.string().trim().min(1, 'A saved report needs a name.').max(200), definition: reportDefinitionSchema })),
  'reports.remove': route<CountResult>()(z.object({ id: z.uuid() })),

  'outlets.list': route<OutletSummary[]>()(z.object({})),

  'settings.get': route<LibrarySettings>()(z.object({})),
  'settings.update': route<{ settings: LibrarySettings; job: JobInfo | null }>()(
    z.object({
      syndicationThreshold: z.number().min(0.3, 'Below 0.3 unrelated stories would be grouped.').max(0.95, 'Above 0.95 only identical texts would be grouped.').optional(),
      /** The library's whole list of its own signatures (replaces the one stored). */
      agencySignatures: agencySignatureList.optional(),
    }),
  ),
} as const;

export type Contract = typeof contract;
export type RouteName = keyof Contract;
/** What a caller passes (defaults may be left out). */
export type RouteInput<N extends RouteName> = z.input<Contract[N]['input']>;
/** What a handler receives, after validation and defaults. */
export type RouteParams<N extends RouteName> = z.output<Contract[N]['input']>;
export type RouteResult<N extends RouteName> = Contract[N] extends RouteSpec<z.ZodType, infer R> ? R : never;

export function isRouteName(name: string): name is RouteName {
  return Object.hasOwn(contract, name);
}
