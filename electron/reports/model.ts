// A report as data: what the builder gathers from the library (clips with everything people added to them, the
// figures for the summary and charts, the statements by official) and every format renders. Formats never read the
// library themselves, so each holds one selection in memory, never the library.
import type { SpeakerKind } from '../statements/types';
import type { Tone } from '../../db/types';
import type { ReportDefinition, ReportFormat, ReportGrouping, ReportTemplate } from '../api/types';

export type { ReportDefinition, ReportFormat, ReportGrouping, ReportTemplate };

export const REPORT_TEMPLATES: readonly ReportTemplate[] = ['digest', 'coverage', 'statements', 'dossier'];
export const REPORT_FORMATS: readonly ReportFormat[] = ['pdf', 'docx', 'xlsx', 'csv', 'html', 'md', 'json'];

export interface ReportStatement {
  id: string;
  clipId: string;
  text: string;
  start: number;
  end: number;
  kind: 'direct' | 'reported';
  cue: string | null;
  speaker: string | null;
  /** Person, institution, anonymous source or unknown: counted apart in the summary. */
  speakerKind: SpeakerKind;
  official: string | null;
  tone: Tone | null;
  tags: string[];
  /** Shown with the words of UNVERIFIED_MARK (./attribution.ts): nobody checked who said it. */
  unverified: boolean;
}

export interface ReportAnnotation {
  id: string;
  clipId: string;
  /** The highlighted words, and where they are in the clip's text (null when the highlight lost its place). */
  exact: string;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
  color: string;
  note: string | null;
  tags: string[];
  statementId: string | null;
  created: string;
  modified: string;
}

export interface ReportClip {
  id: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  /** ISO date or date-time of publication; null for an undated clip (never the time it was clipped). */
  date: string | null;
  url: string | null;
  language: string | null;
  dir: 'ltr' | 'rtl';
  tone: Tone | null;
  /** True when the tone is the scorer's suggestion, not a person's. */
  toneSuggested: boolean;
  topics: string[];
  tags: Array<{ name: string; color: string }>;
  excerpt: string;
  /** The whole text (always kept: highlights point into it). */
  text: string;
  statements: ReportStatement[];
  annotations: ReportAnnotation[];
  pinned: boolean;
}

export interface Count {
  label: string;
  count: number;
}

export interface ReportFigures {
  clipCount: number;
  outletCount: number;
  statementCount: number;
  officialCount: number;
  /** Statements by the kind of their speaker. */
  speakerKinds: Record<SpeakerKind, number>;
  annotationCount: number;
  /** Clips without a publication date: in every count above, but on no day, week or period. */
  undatedCount: number;
  /** Every day of the period with its clip count; spikes are days well above the period's usual volume. */
  perDay: Array<{ day: string; count: number; spike: boolean }>;
  outlets: Count[];
  officials: Count[];
  topics: Count[];
  languages: Count[];
  tone: { positive: number; neutral: number; negative: number; unset: number };
  /** Tone by week (ISO week starting Monday, as its Monday's date). */
  toneByWeek: Array<{ week: string; positive: number; neutral: number; negative: number }>;
}

export interface ReportGroup {
  /** Null when the report is not grouped. */
  heading: string | null;
  clips: ReportClip[];
}

export interface ReportModel {
  definition: ReportDefinition;
  generatedAt: string;
  /** From the selection, else from the dated clips alone; undated clips are counted in figures.undatedCount. */
  period: { from: string | null; to: string | null };
  /** The outlets the clips come from, most frequent first. */
  sources: string[];
  /** How the clips were selected, in a sentence, for the front matter. */
  method: string;
  /** Statements left out because their attribution was not checked (definition.options.attributions). */
  unverifiedLeftOut: number;
  toneScale: string;
  /** The executive summary: headline figures in sentences. */
  summary: string[];
  figures: ReportFigures;
  groups: ReportGroup[];
  statementsByOfficial: Array<{ official: string; statements: Array<ReportStatement & { clipTitle: string; outlet: string | null; date: string | null }> }>;
}
