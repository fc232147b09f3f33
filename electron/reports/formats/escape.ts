// Text into HTML and XML: every format that writes markup escapes through here. Reports are made of what strangers
// wrote (titles, outlets, addresses, tags), so each format escapes for itself whatever the library holds: a library
// made before addresses were checked can still hold a `javascript:` one.
import { safeWebUrl } from '../../clipping/safe-url';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// Bidi embeddings and overrides (closed by U+202C) and isolates (closed by U+2069).
const EMBEDDING = /[\u202A\u202B\u202D\u202E]/g;
const ISOLATE = /[\u2066-\u2068]/g;

/**
 * The text with any bidi override, embedding or isolate it leaves open closed at its end, so that a title holding a
 * right-to-left override cannot reverse what a report prints after it (the next field, the date, the address).
 */
export function closeBidi(text: string): string {
  if (!/[\u202A-\u202E\u2066-\u2069]/.test(text)) return text;
  const embeddings = Math.max(0, (text.match(EMBEDDING)?.length ?? 0) - (text.match(/\u202C/g)?.length ?? 0));
  const isolates = Math.max(0, (text.match(ISOLATE)?.length ?? 0) - (text.match(/\u2069/g)?.length ?? 0));
  return text + '\u202C'.repeat(embeddings) + '\u2069'.repeat(isolates);
}

/** Text for HTML or XML content and attribute values (both quote styles). */
export function escapeHtml(text: string): string {
  return closeBidi(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A clip's address as a link target when it is a web address (http or https); null when it may only be shown. */
export function webLink(url: string | null | undefined): string | null {
  return safeWebUrl(url);
}

/** A colour safe to put in a style attribute: #rgb/#rrggbb only, else a neutral yellow. */
export function safeColor(color: string): string {
  return /^#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?$/.test(color) ? color : '#ffe066';
}
