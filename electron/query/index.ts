// The search query language: one syntax for the search box, saved searches, topic rules, the CLI and reports.
export {
  FIELD_NAMES,
  HAS_VALUES,
  KIND_VALUES,
  SPEAKER_KIND_VALUES,
  TONE_VALUES,
  isFieldName,
  type AndNode,
  type DateRange,
  type FieldName,
  type FieldNode,
  type NearNode,
  type NotNode,
  type OrNode,
  type PhraseNode,
  type QueryNode,
  type Span,
  type TermNode,
  type TextNode,
} from './ast';
export { QueryError, type QueryErrorInfo } from './errors';
export { parseQuery, tryParseQuery, type TryParseResult } from './parse';
export { compileMatcher, matchPositions, tokenizeText, type MatchDocument, type MatchOptions, type TextTokens } from './match';
export { QUERY_HELP, type QueryHelpEntry } from './help';
