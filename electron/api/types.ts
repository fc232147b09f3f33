// The shapes that routes return. Record shapes come from db/types.ts (pure types, no code), so the wire and the
// database cannot drift apart; the renderer sees these and the contract, never db/ code or Node types.

import type { AnnotationRecord, ArticleListItem, ArticleRecord, FeedRecord, OfficialRecord, OutletRecord, StatementRecord, TagRef, Tone, TopicAssignment, TopicTargetKind } from '../../db/types';

export type { SourceKind, Tone } from '../../db/types';
/** Whether a clip's text is the one Verbatim wrote: checked against the hash stored with it when the clip is opened. */
export type ArticleIntegrity = 'ok' | 'changed-outside-verbatim';
export type Article = ArticleRecord & {
  /** Set by articles.get (the reader): 'changed-outside-verbatim' when the text no longer matches the hash Verbatim
   * stored when it last wrote it (the file was edited by another program, or damaged). */
  integrity?: ArticleIntegrity;
};
export type ArticleSummary = ArticleListItem;
export type OutletSummary = OutletRecord;
/** A statement as the renderer sees it; needsReview follows electron/statements/review.ts. */
export type StatementInfo = StatementRecord & { needsReview: boolean };

/** A statement waiting for review in the library-wide queue (statements.review). */
export interface ReviewItem extends StatementInfo {
  articleTitle: string;
  publishedAt: string | null;
  /** The sentence (or lines) around the statement, so it can be judged without opening the clip. */
  context: string;
  /** Where the statement's words begin and end within context. */
  contextStart: number;
  contextEnd: number;
}

export interface ReviewPage {
  total: number;
  items: ReviewItem[];
  /** Pass back to get the next page; null on the last one. */
  nextCursor: number | null;
}

export type OfficialSummary = OfficialRecord;

export interface OfficialDetail extends OfficialRecord {
  aliases: Array<{ id: number; alias: string }>;
  roles: Array<{ id: number; title: string; organization: string | null; validFrom: string | null; validTo: string | null; sourceArticleId: string | null }>;
}

/** officials.remove: undoToken puts the official back through officials.restore (null when there was nobody to remove). */
export interface RemovedOfficial {
  count: number;
  undoToken: string | null;
}

/** officials.merge: the official that stayed, and the token that separates the two again. */
export interface MergedOfficial extends OfficialDetail {
  undoToken: string;
}

/** officials.restore: the official that is back (for a merge, the one that had been merged away). */
export interface RestoredOfficial {
  action: 'remove' | 'merge';
  official: OfficialDetail;
}

/** officials.import: what an import did, or with dryRun what it would do; nothing is written on a dry run. */
export interface RegistryImportReport {
  dryRun: boolean;
  /** Officials new to the registry. */
  added: number;
  /** Rows matched to someone already there (by name or any spelling, case and accents aside): what was new was added. */
  merged: number;
  /** Spellings not added because they belong to another official. */
  conflicts: Array<{ row: number; name: string; spelling: string; owner: string; reason: string }>;
  /** Rows left out, each with why; `row` is the spreadsheet row (the header is row 1) or the JSON entry (from 1). */
  refused: Array<{ row: number; reason: string }>;
}

export interface TimelineEntry extends StatementRecord {
  articleTitle: string;
  outlet: string | null;
  publishedAt: string | null;
}

export interface ArticlePage {
  total: number;
  offset: number;
  items: ArticleSummary[];
}

/** What Verbatim found in pasted text. */
export interface PasteAnalysis {
  title: string;
  /** Where the title came from: a headline line at the top, or the lead sentence. */
  titleSource: 'headline' | 'lead';
  outlet: string | null;
  publishedAt: string | null;
  language: string | null;
  /** The article's plain text: paragraphs separated by one blank line. */
  text: string;
  /** Lines taken out of the body (page clutter, signatures, the headline), shown to the person for review. */
  removed: string[];
}

export interface PastePreview extends PasteAnalysis {
  paragraphCount: number;
}

export interface ClipResult {
  article: Article;
  /** created: new; duplicate: the same text was already in the library; restored: it was in the trash. */
  status: 'created' | 'duplicate' | 'restored';
}

export interface AppInfo {
  version: string;
  libraryPath: string;
  schemaVersion: number;
  articleCount: number;
  trashCount: number;
  /** Why the library cannot be written (a read-only file, folder or medium), or null when it can. */
  readOnly: string | null;
  /** The structure check of a large library runs after it opened: 'damaged' stops every write. */
  health: 'ok' | 'checking' | 'damaged';
}

export interface CountResult {
  count: number;
}

export interface ImportFailure {
  /** The file, archive entry or address. */
  name: string;
  code: string;
  /** A sentence that names the input and says what is wrong with it. */
  reason: string;
}

export interface ImportSummary {
  imported: number;
  duplicates: number;
  restored: number;
  failed: ImportFailure[];
  cancelled: boolean;
  articleIds: string[];
}

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

/** A file waiting for a batch import (imports.stage), named by its id in imports.start. */
export interface StagedUpload {
  id: string;
  name: string;
  size: number;
}

export interface JobInfo {
  id: string;
  kind: 'import' | 'feeds' | 'syndication' | 'statements' | 'topics';
  title: string;
  state: JobState;
  done: number;
  total: number;
  current: string;
  startedAt: string;
  finishedAt: string | null;
  /** What an import or a feed check brought in. */
  summary: ImportSummary | null;
  /** What other jobs did, in a sentence. */
  message: string | null;
  error: string | null;
}

export interface JobOutcome {
  summary?: ImportSummary;
  message?: string;
  cancelled?: boolean;
}

export interface LibrarySettings {
  /** How similar (0 to 1, estimated Jaccard similarity of word triples) two texts must be to count as one story. */
  syndicationThreshold: number;
  /** The library's own agency and outlet signatures, tried before the built-in ones. */
  agencySignatures: AgencySignature[];
  /** The built-in table (read-only), for Settings to show. */
  builtInAgencySignatures: AgencySignature[];
}

/** An outlet and the strings that sign its texts as they appear ("Trend", "ТАСС", "新华社", "AA"). */
export interface AgencySignature {
  outlet: string;
  signatures: string[];
  country: string | null;
  language: string | null;
}

export interface SyndicationGroup {
  /** The earliest published live member. */
  representative: ArticleSummary | null;
  members: ArticleSummary[];
}

export type FeedInfo = Omit<FeedRecord, 'etag' | 'lastModified'>;

export interface FeedPollResult {
  feedId: string;
  title: string;
  /** The server answered 304 Not Modified: nothing was downloaded. */
  notModified: boolean;
  newItems: number;
  imported: number;
  duplicates: number;
  failed: ImportFailure[];
  error: string | null;
}

export type { AnchorStatus, AnnotationRecord, TagRecord, TagRef, TagTargetKind, TopicAssignment, TopicRecord, TopicStatus, TopicTargetKind } from '../../db/types';

export interface ToneState {
  /** What a person set; null while only the suggestion exists. */
  tone: Tone | null;
  /** The lexicon scorer's suggestion (null for a language it does not read). */
  suggested: Tone | null;
  score: number | null;
}

/** Everything people added to one article and its statements, for the reader. */
export interface ArticleOrganization {
  tags: TagRef[];
  topics: TopicAssignment[];
  tone: ToneState;
  annotations: AnnotationRecord[];
  statements: Record<string, { tags: TagRef[]; topics: TopicAssignment[]; tone: ToneState }>;
}

export interface RulePreviewHit {
  kind: TopicTargetKind;
  id: string;
  articleId: string;
  title: string;
  text: string;
  /** Where the rule's words are in `text`. */
  highlights: Array<[number, number]>;
}

export interface RulePreview {
  /** Where and why the rule does not parse; null when it does. */
  error: { message: string; position: number; length: number } | null;
  articleCount: number;
  statementCount: number;
  /** The preview reads the latest clips only; applying the rule covers the whole library. */
  scannedArticles: number;
  libraryArticles: number;
  hits: RulePreviewHit[];
}

export interface TopicSuggestionInfo {
  phrase: string;
  documents: number;
  occurrences: number;
  sampleIds: string[];
  score: number;
}

export interface ReanchorReport {
  kept: number;
  moved: number;
  orphaned: number;
}

export interface TextUpdateResult {
  article: Article;
  annotations: ReanchorReport;
}

export interface AnnotationPage {
  total: number;
  offset: number;
  items: AnnotationRecord[];
}

export type SearchScope = 'articles' | 'statements';
export type SearchSort = 'relevance' | 'newest' | 'oldest';

/** One entry of the query language's help: for the help popover, the README and the CLI. */
export interface QueryHelpItem {
  syntax: string;
  meaning: string;
  example: string;
}

export interface ArticleSearchHit {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  clippedAt: string;
  language: string | null;
  tone: Tone | null;
  statementCount: number;
  /** A passage of the text around the first match, and where the matched words are in it. */
  snippet: string;
  highlights: Array<[number, number]>;
  /** Where the matched words are in the title. */
  titleHighlights: Array<[number, number]>;
  /** BM25 relevance (higher is better) when sorted by relevance; null otherwise. */
  score: number | null;
  /** True when a saved search flagged this clip as new and it has not been seen yet. */
  isNew?: boolean;
}

export interface StatementSearchHit {
  id: string;
  articleId: string;
  start: number;
  end: number;
  text: string;
  highlights: Array<[number, number]>;
  kind: 'direct' | 'reported';
  cue: string | null;
  speaker: string | null;
  official: string | null;
  officialId: string | null;
  /** What the speaker is: a person, an institution, an anonymous source, or unknown. */
  speakerKind: StatementInfo['speakerKind'];
  tone: Tone | null;
  /** The attribution is a guess nobody has checked (electron/statements/review.ts). */
  needsReview: boolean;
  articleTitle: string;
  outlet: string | null;
  /** The clip's publication date; null for an undated clip (never its import time). */
  date: string | null;
  language: string | null;
  topics: string[];
  score: number | null;
  isNew?: boolean;
}

export interface FacetCount {
  /** What to put after the field name to filter by it (an id for officials, a name or code otherwise). */
  value: string;
  label: string;
  count: number;
}

export interface SearchFacets {
  officials: FacetCount[];
  topics: FacetCount[];
  outlets: FacetCount[];
  languages: FacetCount[];
  tone: FacetCount[];
  kind: FacetCount[];
  /** Statements by what their speaker is: person, institution, anonymous or unknown (the value is the query's word). */
  speakerKinds: FacetCount[];
  /** YYYY-MM, oldest first. */
  months: FacetCount[];
  tags: FacetCount[];
  /** True when the result set was large and the counts come from an even sample of it, scaled up. */
  approximate: boolean;
}

export interface SearchResult<T> {
  /** Where and why the query does not parse; when set, total is 0 and items empty. */
  error: { message: string; position: number; length: number } | null;
  total: number;
  offset: number;
  items: T[];
  facets: SearchFacets | null;
  tookMs: number;
}

/** A page of results without waiting for the count and the facets (search.facets brings those). */
export interface SearchPage<T> {
  error: { message: string; position: number; length: number } | null;
  /** Known when finding the page counted the hits anyway (fields, a date order, a query asked before); else null. */
  total: number | null;
  offset: number;
  items: T[];
  /** Whether any hit comes after this page. */
  more: boolean;
  tookMs: number;
}

/** A query's total and facet counts, asked for beside its first page. */
export interface SearchSummary {
  error: { message: string; position: number; length: number } | null;
  total: number;
  facets: SearchFacets | null;
  /** A newer page request of the same lane arrived first: nothing was counted, and the answer is moot. */
  superseded: boolean;
  tookMs: number;
}

export interface SavedSearch {
  id: string;
  name: string;
  query: string;
  scope: SearchScope;
  createdAt: string;
  /** Clips (or statements) that matched on arrival and have not been seen since. */
  newCount: number;
}

export type ReportTemplate = 'digest' | 'coverage' | 'statements' | 'dossier';
export type ReportFormat = 'pdf' | 'docx' | 'xlsx' | 'csv' | 'html' | 'md' | 'json';
export type ReportGrouping = 'none' | 'topic' | 'outlet' | 'official' | 'day';


/** What to report on and how: saved, and run again for a new period. */
export interface ReportDefinition {
  title: string;
  author: string | null;
  organization: string | null;
  template: ReportTemplate;
  selection: {
    /** A query in the search language (null: every clip of the period). */
    query: string | null;
    /** ISO dates, inclusive. */
    from: string | null;
    to: string | null;
    /** Clips picked by hand, added to what the query finds. */
    picked: string[];
    /** Clips kept out although the query finds them. */
    excluded: string[];
    /** Clips shown first, in this order. */
    pinned: string[];
    /** An order set by hand for the rest (ids); clips not in it follow by date. */
    order: string[];
  };
  options: {
    grouping: ReportGrouping;
    /** Full text of each clip rather than an excerpt. */
    fullText: boolean;
    annotations: boolean;
    statements: boolean;
    charts: boolean;
    /** Statements whose speaker nobody checked: left out (the default), marked, or included as found. */
    attributions: 'leave-out' | 'mark' | 'include';
  };
}

/** A saved report definition. */
export interface SavedReport {
  id: string;
  name: string;
  definition: ReportDefinition;
  createdAt: string;
  updatedAt: string;
}

export interface ReportPreview {
  html: string;
  clipCount: number;
}

export interface ReportFile {
  fileName: string;
  mime: string;
  /** base64 */
  data: string;
  bytes: number;
}
