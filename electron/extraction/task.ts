// One input's extraction as a pure task: from what arrived (pasted text, pasted HTML, a file's bytes) to its
// articles and, for each, the statements and people in its text. It touches no library, so it runs the same in a
// worker thread (extraction/pool.ts: where a hostile input cannot stall the routes) and inline (tests, tools).
import type { ExtractedArticle } from '../clipping/article';
import { withSignatureTable, type AgencySignature } from '../clipping/agency-signatures';
import { articleFromText } from '../clipping/from-text';
import { extractFromHtml } from '../clipping/html/extract';
import type { InputHints } from '../clipping/sources/from-bytes';
import { extractFile, type ExtractedInput } from '../imports/extract-input';
import type { PastePreview } from '../api/types';
import { analyseClipText } from '../library/check-text';
import { extractStatements, introducedPeople } from '../statements/extract';
import type { FoundStatement, PersonMention } from '../statements/types';

export type ExtractionTask = (
  /** What a paste would give, for the review before saving: no statements. */
  | { kind: 'preview'; raw: string }
  | { kind: 'text'; raw: string }
  | { kind: 'html'; html: string; plainText?: string | undefined }
  | { kind: 'bytes'; name: string; bytes: Uint8Array; hints?: InputHints | undefined }
) & {
  /** The library's own agency signatures (Settings): the child has no library to read them from. */
  signatures?: AgencySignature[] | undefined;
};

/**
 * The statements and people found in one text, with what they were found under: the store uses them only when
 * the clip it writes has this very text and outlet (an override of the outlet changes who is a source).
 */
export interface PrefoundStatements {
  text: string;
  outlet: string | null;
  originalPublication: string | null;
  statements: FoundStatement[];
  people: readonly PersonMention[];
}

export interface ExtractedClip {
  article: ExtractedArticle;
  found: PrefoundStatements;
}

export interface ExtractionOutcome {
  /** What the text paste kind needs to store: the input as received. */
  source: ExtractedInput['source'] | null;
  clips: ExtractedClip[];
  /** True when pasted HTML held no article and its plain-text twin was clipped instead. */
  fellBackToText: boolean;
  /** The 'preview' task's answer. */
  preview?: PastePreview;
}

export function findFor(article: ExtractedArticle, outlet: string | null = article.outlet): PrefoundStatements {
  const options = { outlet, originalPublication: article.originalPublication };
  return { text: article.text, outlet, originalPublication: article.originalPublication, statements: extractStatements(article.text, options), people: introducedPeople(article.text) };
}

function textArticle(raw: string): ExtractedArticle {
  analyseClipText(raw);
  return articleFromText(raw);
}

export function runExtraction(task: ExtractionTask): Promise<ExtractionOutcome> {
  return withSignatureTable(task.signatures, () => extract(task));
}

async function extract(task: ExtractionTask): Promise<ExtractionOutcome> {
  switch (task.kind) {
    case 'preview': {
      const analysis = analyseClipText(task.raw);
      const preview = { ...analysis, paragraphCount: analysis.text === '' ? 0 : analysis.text.split('\n\n').length };
      return { source: null, clips: [], fellBackToText: false, preview };
    }
    case 'text': {
      const article = textArticle(task.raw);
      return { source: null, clips: [{ article, found: findFor(article) }], fellBackToText: false };
    }
    case 'html': {
      const extracted = extractFromHtml(task.html);
      const plain = task.plainText;
      // The clipboard's plain-text twin stands in when the markup holds no article, or much less than the twin.
      if (extracted.text.trim() === '' || (plain && extracted.text.length < plain.trim().length * 0.5)) {
        const article = textArticle(plain ?? '');
        return { source: null, clips: [{ article, found: findFor(article) }], fellBackToText: true };
      }
      return { source: null, clips: [{ article: extracted, found: findFor(extracted) }], fellBackToText: false };
    }
    case 'bytes': {
      const input = await extractFile(task.name, task.bytes, task.hints);
      return { source: input.source, clips: input.articles.map((article) => ({ article, found: findFor(article) })), fellBackToText: false };
    }
  }
}
