// The shapes the library's stores return. Pure types, no imports: electron/api/types.ts re-exports them as the
// contract's result types, so the wire and the database cannot drift apart.

export type SourceKind = 'paste' | 'text-file' | 'html' | 'url' | 'feed' | 'email' | 'pdf' | 'list';
export type Tone = 'positive' | 'neutral' | 'negative';

export interface ArticleRecord {
  id: string;
  title: string;
  /** True until a person edits or confirms the title the machine proposed. */
  titleProvisional: boolean;
  outlet: string | null;
  url: string | null;
  canonicalUrl: string | null;
  byline: string | null;
  publishedAt: string | null;
  clippedAt: string;
  updatedAt: string;
  language: string | null;
  text: string;
  /** Sanitized HTML of the article as the source laid it out, when it had markup. */
  html: string | null;
  sourceKind: SourceKind;
  /** The file, feed or message the clip came from. */
  sourceName: string | null;
  /** The publication the story was first given to ("in an interview with … Global Times"). */
  originalPublication: string | null;
  dir: 'ltr' | 'rtl' | null;
  tone: Tone | null;
  deletedAt: string | null;
  /** The syndication group: the id of the group's first article, or null when the story stands alone. */
  syndicationGroup: string | null;
}

export interface ArticleListItem {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  clippedAt: string;
  language: string | null;
  excerpt: string;
  deletedAt: string | null;
  /** How many live articles tell this story (1 when it was not syndicated). */
  syndicationSize: number;
  /** Statements found or added in it (rejected ones not counted). */
  statementCount: number;
}

export interface OutletRecord {
  id: number;
  name: string;
  domain: string | null;
  articleCount: number;
}

/** A followed feed. The HTTP validators (etag, lastModified) stay in the main process. */
export interface FeedRecord {
  id: string;
  url: string;
  title: string | null;
  siteUrl: string | null;
  pollMinutes: number;
  paused: boolean;
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  createdAt: string;
  itemCount: number;
  clipCount: number;
}

export type StatementStatus = 'found' | 'confirmed' | 'corrected' | 'rejected';

export type SpeakerKind = 'person' | 'institution' | 'anonymous' | 'unknown';

export interface StatementRecord {
  id: string;
  articleId: string;
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'reported';
  speakerMention: string | null;
  speakerName: string | null;
  /** What the speaker is: a person, an institution, an anonymous source, or unknown. */
  speakerKind: SpeakerKind;
  /** Statements of one article with the same number were attributed through the same chain of mentions. */
  chain: number | null;
  officialId: string | null;
  /** The official's canonical name, when the speaker is linked to one. */
  official: string | null;
  cue: string | null;
  confidence: number;
  status: StatementStatus;
  origin: 'machine' | 'person';
}

export interface OfficialRecord {
  id: string;
  canonicalName: string;
  country: string | null;
  organization: string | null;
  status: 'proposed' | 'accepted';
  /** The latest role on record ("Assistant to the President of Azerbaijan"). */
  role: string | null;
  statementCount: number;
}

export type TagTargetKind = 'article' | 'statement' | 'annotation';

export interface TagRecord {
  id: string;
  name: string;
  /** A CSS colour, #rrggbb. */
  color: string;
  articleCount: number;
  statementCount: number;
  annotationCount: number;
}

export interface TagRef {
  id: string;
  name: string;
  color: string;
}

export type TopicTargetKind = 'article' | 'statement';
export type TopicOrigin = 'rule' | 'person';
/** suggested: a rule gave it and nobody looked; confirmed: a person agreed or gave it; removed: a person took it off. */
export type TopicStatus = 'suggested' | 'confirmed' | 'removed';

export interface TopicRecord {
  id: string;
  parentId: string | null;
  name: string;
  /** The topic's names from the root down: "Connectivity > Middle Corridor". */
  path: string;
  rule: string | null;
  position: number;
  articleCount: number;
  statementCount: number;
}

export interface TopicAssignment {
  topicId: string;
  name: string;
  path: string;
  origin: TopicOrigin;
  status: TopicStatus;
}

export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphaned';

export interface AnnotationRecord {
  id: string;
  articleId: string;
  articleTitle: string;
  statementId: string | null;
  /** Where the highlight is now; null while it is orphaned. */
  start: number | null;
  end: number | null;
  exact: string;
  prefix: string;
  suffix: string;
  anchorStatus: AnchorStatus;
  color: string;
  note: string | null;
  tags: TagRef[];
  createdAt: string;
  updatedAt: string;
}
