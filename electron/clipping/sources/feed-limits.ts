// What one feed may hold, and the part of XML a feed never needs. A news feed carries tens of items, an archive
// feed a few thousand; 100,000 items took the import past 2 GB, each item becoming a page to extract.
import { ClipError } from '../errors';

export const FEED_LIMITS = {
  items: 5_000,
};

/** The refusal of a feed (or an e-mail digest) with more than FEED_LIMITS.items of what it lists. */
export function tooManyItems(name: string, count: number, what = 'items'): ClipError {
  return new ClipError(
    'TOO_MANY_ITEMS',
    `${name} has ${count.toLocaleString('en')} ${what}, more than the ${FEED_LIMITS.items.toLocaleString('en')} Verbatim reads from one ${what === 'items' ? 'feed' : 'message'}.`,
  );
}

/**
 * The XML without its document type declaration, or a refusal when the declaration declares entities. Declared
 * entities are how an XML file expands a few kilobytes into gigabytes ("billion laughs", or one long entity used
 * 500,000 times) or reads a local file (external entities); fast-xml-parser limits these but throws, and no real
 * feed declares any. A declaration without them (RSS 0.91's reference to Netscape's DTD) is only dropped. It ends
 * at the first '>' outside its internal subset ('[...]') and outside quotes.
 */
export function withoutDoctype(name: string, xml: string): string {
  const start = xml.search(/<!DOCTYPE/i);
  if (start < 0) return xml;
  let quote: string | null = null;
  let subset = false;
  let end = xml.length;
  for (let i = start + '<!DOCTYPE'.length; i < xml.length; i++) {
    const ch = xml[i]!;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[') subset = true;
    else if (ch === ']') subset = false;
    else if (ch === '>' && !subset) {
      end = i + 1;
      break;
    }
  }
  if (/<!ENTITY/i.test(xml.slice(start, end))) {
    throw new ClipError('MALFORMED', `${name} declares its own XML entities, which no feed needs and which can make a small file expand without end; Verbatim does not read such feeds.`);
  }
  return xml.slice(0, start) + xml.slice(end);
}
