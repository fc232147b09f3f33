// The one test an address passes before it is stored or written into a report as a link: a well-formed http(s)
// URL. Addresses come from clip logs, e-mails, feeds and page metadata, all written by strangers; a `javascript:`,
// `data:`, `file:` or `vbscript:` address kept as a clip's URL becomes a live link in every report made from it.

/** Longer than any real article address; beyond it an "address" is a payload or a mistake. */
export const MAX_URL_LENGTH = 8 * 1024;

// Inside an address: control characters (C0, DEL, C1), any whitespace (a space, a line or paragraph separator), and
// invisible format characters (bidi overrides, zero-width joiners, the BOM), which make an address read as another.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Z}\s]/u;

/**
 * The address as a normalised http(s) URL string, or null when it is not one. A relative address is resolved against
 * `base` (itself only when http(s)); without a base the address must name its scheme: `http://` or `https://`.
 *
 * User names and passwords are dropped: a clip's address ends up in reports people mail around, where a credential
 * would leak, and `https://trusted.example@evil.example/` reads as the wrong site; no article needs one to be found.
 */
export function safeWebUrl(raw: string | null | undefined, base?: string | null): string | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  if (text === '' || text.length > MAX_URL_LENGTH || HIDDEN.test(text)) return null;
  const baseUrl = base ? safeWebUrl(base) : null;
  // Without a base, the scheme must be written out in full: WHATWG parsing also accepts `http:x` and `http:\\x`.
  if (!baseUrl && !/^https?:\/\//i.test(text)) return null;
  let url: URL;
  try {
    url = baseUrl ? new URL(text, baseUrl) : new URL(text);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null;
  url.username = '';
  url.password = '';
  // Parsing percent-encodes what it must, which can make an address longer than it was.
  return url.href.length > MAX_URL_LENGTH ? null : url.href;
}

/** True when the text is an address that safeWebUrl keeps (a link may be made of it). */
export function isSafeWebUrl(raw: string | null | undefined): boolean {
  return safeWebUrl(raw) !== null;
}
