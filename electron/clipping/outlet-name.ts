// The outlet's name as a reader would write it. Pages name themselves with a slogan attached
// ("Aktuálně.cz - Víte, co se právě děje"), in a brand spelling the headline's suffix does not use ("HeraldSun" where
// the title ends "| Herald Sun"), and some put the author where the site's name belongs.

const SEPARATOR = /\s+[|–—-]\s+|\s*[:|]\s+/u;

const words = (text: string) => text.trim().split(/\s+/u).filter(Boolean).length;
/** Letters and digits only, lower case: "HeraldSun" and "Herald Sun" fold the same. */
const squeeze = (text: string) => text.normalize('NFKC').toLocaleLowerCase('en-US').replace(/[^\p{L}\p{N}]+/gu, '');

/** "Name - a slogan of several words": the name, when the part after it is longer than a name would be. */
function withoutSlogan(name: string): string {
  const parts = name.split(SEPARATOR);
  if (parts.length < 2) return name;
  const head = parts[0]!.trim();
  const tail = parts.slice(1).join(' ');
  if (head.length >= 2 && words(head) <= 4 && words(tail) >= 3) return head;
  return name;
}

/** The title's last part after a separator, if it spells the same name (letters and digits alike). */
function spellingInTitle(name: string, title: string | null | undefined): string | undefined {
  if (!title) return undefined;
  const parts = title.split(/\s+[|–—-]\s+/u);
  if (parts.length < 2) return undefined;
  const suffix = parts.at(-1)!.trim();
  return suffix !== name && squeeze(suffix) === squeeze(name) ? suffix : undefined;
}

export interface OutletContext {
  /** The page's <title> or og:title, whose suffix often spells the site's name. */
  title?: string | null | undefined;
  /** The author's name: a page that puts it where the site's name goes has named no outlet. */
  byline?: string | null | undefined;
}

/** The cleaned name, or undefined when the candidate is not an outlet's name at all. */
export function cleanOutletName(raw: string | null | undefined, context: OutletContext = {}): string | undefined {
  const trimmed = raw?.replace(/\s+/gu, ' ').trim();
  if (!trimmed) return undefined;
  if (context.byline && squeeze(context.byline) === squeeze(trimmed)) return undefined;
  const name = withoutSlogan(trimmed);
  return spellingInTitle(name, context.title) ?? name;
}

/** The first candidate that survives cleaning, in the order given (the page's own claim first). */
export function firstOutletName(candidates: ReadonlyArray<string | null | undefined>, context: OutletContext = {}): string | undefined {
  for (const candidate of candidates) {
    const name = cleanOutletName(candidate, context);
    if (name) return name;
  }
  return undefined;
}
