// One HTML parser for the whole pipeline: linkedom, a light DOM that Readability runs on in a fraction of
// jsdom's time. Nothing here executes scripts or fetches anything.
import { parseHTML } from 'linkedom';

export type HtmlDocument = Document;

export function parseDocument(html: string): HtmlDocument {
  // linkedom keeps text outside <html> if the markup has none; wrapping fragments keeps one document shape.
  const markup = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(markup).document as unknown as HtmlDocument;
}
