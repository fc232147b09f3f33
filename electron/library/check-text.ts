import { RouteError } from '../api/errors';
import { looksBinary } from '../clipping/normalize';
import { analysePaste } from '../clipping/paste';
import type { PasteAnalysis } from '../api/types';

/** Analyses text about to be clipped, refusing binary data and text that holds no article. Stores nothing. */
export function analyseClipText(raw: string): PasteAnalysis {
  if (looksBinary(raw)) throw new RouteError('BINARY_INPUT', 'This is not text: it looks like a binary file. Paste or import the article’s text.');
  const analysis = analysePaste(raw);
  if (analysis.text === '') throw new RouteError('EMPTY_INPUT', 'There is no article text here: it is empty, or only page clutter.');
  return analysis;
}
