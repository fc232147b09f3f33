// Text into HTML and XML: every format that writes markup escapes through here.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A colour safe to put in a style attribute: #rgb/#rrggbb only, else a neutral yellow. */
export function safeColor(color: string): string {
  return /^#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?$/.test(color) ? color : '#ffe066';
}
