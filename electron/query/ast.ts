// The parsed form of a search query. Every node keeps its place in the typed text so that errors, highlights and
// editors can point back at what the person wrote. Values are kept as typed; folding happens where they are compared.

/** Offsets into the query string, in UTF-16 code units, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export const FIELD_NAMES = [
  'official',
  'speaker',
  'topic',
  'tag',
  'outlet',
  'country',
  'lang',
  'tone',
  'kind',
  'speakerkind',
  'after',
  'before',
  'has',
] as const;

export type FieldName = (typeof FIELD_NAMES)[number];

export const TONE_VALUES = ['positive', 'neutral', 'negative'] as const;
export const KIND_VALUES = ['direct', 'reported'] as const;
/** What a statement's speaker is (statements.speaker_kind, migration 0017). */
export const SPEAKER_KIND_VALUES = ['person', 'institution', 'anonymous', 'unknown'] as const;
/** What `has:` can ask about; add a value here (and to the documents' `fields.has`) to extend it. */
export const HAS_VALUES = ['annotation', 'statement', 'note', 'tag'] as const;

/** A bare word. `prefix` is set by a trailing star (`transport*`). A word such as `covid-19` holds several tokens and
 * then behaves as a phrase. */
export interface TermNode {
  kind: 'term';
  value: string;
  prefix: boolean;
  span: Span;
}

/** Words in quotation marks, matched as consecutive tokens. `prefixLast` comes from `"green grow*"` or `"green grow"*`. */
export interface PhraseNode {
  kind: 'phrase';
  value: string;
  prefixLast: boolean;
  span: Span;
}

/** Two words or phrases with at most `distance` tokens between them, in either order. */
export interface NearNode {
  kind: 'near';
  left: TermNode | PhraseNode;
  right: TermNode | PhraseNode;
  distance: number;
  span: Span;
}

/** `start` is inclusive and `end` exclusive, both ISO dates (YYYY-MM-DD). */
export interface DateRange {
  start?: string;
  end?: string;
}

/**
 * `name:value`. `value` is as typed (without quotes, without a trailing star); `prefix` is a trailing star on a free-text
 * field (`speaker:Ali*`). Typed fields carry their normalised form: tone, kind, speakerkind and has in `value` (lower case),
 * after/before in `range`.
 */
export interface FieldNode {
  kind: 'field';
  field: FieldName;
  value: string;
  prefix: boolean;
  range?: DateRange;
  span: Span;
  /** Where the value sits, for errors and editors. */
  valueSpan: Span;
}

export interface AndNode {
  kind: 'and';
  children: QueryNode[];
  span: Span;
}

export interface OrNode {
  kind: 'or';
  children: QueryNode[];
  span: Span;
}

export interface NotNode {
  kind: 'not';
  child: QueryNode;
  span: Span;
}

export type TextNode = TermNode | PhraseNode | NearNode;
export type QueryNode = TextNode | FieldNode | AndNode | OrNode | NotNode;

export function isFieldName(name: string): name is FieldName {
  return (FIELD_NAMES as readonly string[]).includes(name);
}
