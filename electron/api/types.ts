// The shapes that routes return. The renderer sees only these (and the contract), never db/ or Node types.

export type Tone = 'positive' | 'neutral' | 'negative';
export type SourceKind = 'paste' | 'text-file' | 'html' | 'url' | 'feed' | 'email' | 'pdf' | 'list';

export interface ArticleSummary {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  clippedAt: string;
  language: string | null;
  excerpt: string;
  deletedAt: string | null;
}

export interface Article {
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
  sourceKind: SourceKind;
  tone: Tone | null;
  deletedAt: string | null;
}

export interface ArticlePage {
  total: number;
  offset: number;
  items: ArticleSummary[];
}

export interface PastePreview {
  title: string;
  titleSource: 'headline' | 'lead';
  outlet: string | null;
  publishedAt: string | null;
  language: string | null;
  text: string;
  removed: string[];
  paragraphCount: number;
}

export interface ClipResult {
  article: Article;
  /** created: new; duplicate: the same text was already in the library; restored: it was in the trash. */
  status: 'created' | 'duplicate' | 'restored';
}

export interface OutletSummary {
  id: number;
  name: string;
  domain: string | null;
  articleCount: number;
}

export interface AppInfo {
  version: string;
  libraryPath: string;
  schemaVersion: number;
  articleCount: number;
  trashCount: number;
}

export interface CountResult {
  count: number;
}
