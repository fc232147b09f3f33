// Where the outlet's name hides in pasted text: a trailing signature ("News.Az"), an attribution at the end of
// the lead ("…, News.Az reports."), a wire dateline ("BAKU, March 26 (Reuters) -"), or a "Source:" line.

const NAME = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}&'’-]*(?:\.[\p{L}\p{N}-]+)*`;
const NAME_PHRASE = String.raw`${NAME}(?:\s+${NAME}){0,3}`;

const REPORTS_EN = new RegExp(String.raw`(?:^|[,;—–-]\s*)(${NAME_PHRASE})\s+(?:reports|reported|writes|informs|said in a report)\s*[.!]?\s*$`, 'u');
const REPORTS_RU = new RegExp(String.raw`(?:сообщает|передает|передаёт|пишет|информирует)\s+(${NAME_PHRASE})\s*[.!]?\s*$`, 'u');
const DATELINE = /^[\p{Lu}][\p{L}\p{N} .,'-]{1,60}?\((\p{Lu}[\p{L}\p{N}.&' -]{1,30})\)\s*[-–—]/u;
const SOURCE_LINE = /^(?:source|источник|mənbə|kaynak)\s*:\s*(.{2,60})$/iu;

/** A short line that reads like a signature: a domain (News.Az, apa.az) or one to four capitalised words. */
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u;
const CAPITALISED_NAME = new RegExp(String.raw`^${NAME_PHRASE}$`, 'u');

export function looksLikeSignature(line: string): boolean {
  const t = line.trim();
  if (t.length < 2 || t.length > 40) return false;
  return DOMAIN.test(t) || (CAPITALISED_NAME.test(t) && !/[.!?]$/.test(t) && t.split(/\s+/).length <= 4);
}

/**
 * How much of a sentence's end an attribution can take: a verb and up to four names. Only that much is searched,
 * because the patterns tried on a whole 19 MB line overflowed the regular-expression stack (and took time in
 * proportion to the square of a long word).
 */
const ATTRIBUTION_WINDOW = 300;

/** The outlet an attribution inside a paragraph names ("…, News.Az reports."), if any. */
export function outletFromAttribution(paragraph: string): string | undefined {
  const trimmed = paragraph.trim();
  // A cut sentence must not pass for one that starts where the cut is ('^' in REPORTS_EN): a letter that starts no
  // name goes first.
  const sentenceEnd = trimmed.length > ATTRIBUTION_WINDOW ? `x ${trimmed.slice(-ATTRIBUTION_WINDOW)}` : trimmed;
  return REPORTS_EN.exec(sentenceEnd)?.[1] ?? REPORTS_RU.exec(sentenceEnd)?.[1];
}

export function outletFromDateline(paragraph: string): string | undefined {
  return DATELINE.exec(paragraph.trim())?.[1]?.trim();
}

export function outletFromSourceLine(line: string): string | undefined {
  const name = SOURCE_LINE.exec(line.trim())?.[1]?.trim();
  return name && looksLikeSignature(name) ? name : undefined;
}

export function sameOutlet(a: string, b: string): boolean {
  const fold = (s: string) => s.normalize('NFKC').toLocaleLowerCase('en-US').replace(/\s+/g, ' ').trim();
  return fold(a) === fold(b);
}
