// One HTML parser for the whole pipeline: linkedom, a light DOM that Readability runs on in a fraction of
// jsdom's time. Nothing here executes scripts or fetches anything.
import { parseHTML } from 'linkedom';
import { limitDepth } from './depth';

export type HtmlDocument = Document;

export function parseDocument(html: string): HtmlDocument {
  // linkedom keeps text outside <html> if the markup has none; wrapping fragments keeps one document shape.
  const markup = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  // Every document is flattened below MAX_DEPTH before it is parsed: the parser and everything that walks the
  // tree after it (Readability, metadata, text, sanitizing) would otherwise take time growing with the depth.
  return parseHTML(limitDepth(markup).html).document as unknown as HtmlDocument;
}
