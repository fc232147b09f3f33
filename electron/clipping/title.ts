// A provisional title for text that arrives without one: the headline when the paste starts with one, otherwise
// the lead sentence cut at a natural boundary. The person confirms or edits it in the reader.

const MAX_TITLE = 110;

/** A first paragraph that is a headline: one short line, several words, no full stop at the end. */
export function looksLikeHeadline(paragraph: string, followedByBody: boolean): boolean {
  const t = paragraph.trim();
  if (!followedByBody || t.includes('\n') || t.length < 12 || t.length > 200) return false;
  if (/[.;:,]$/.test(t) && !/\.\.\.$|…$/.test(t)) return false;
  return t.split(/\s+/).length >= 3;
}

/**
 * How far into the lead a sentence's end is looked for. A first sentence longer than this is cut to a clause or
 * to MAX_TITLE anyway; the lazy pattern run over a whole 19 MB line overflowed the regular-expression stack.
 */
const SENTENCE_WINDOW = 2000;

function firstSentence(text: string): string {
  const lead = text.trim().slice(0, SENTENCE_WINDOW);
  const match = /^.+?[.!?…](?=\s+[\p{Lu}\p{N}"“«„‘'(]|\s*$)/su.exec(lead);
  return (match ? match[0] : lead).replace(/\s+/g, ' ');
}

// "…, News.Az reports." / "…, сообщает Kaspi.News." say who published the story, not what it is about.
const ATTRIBUTION_TAIL = /[,;]\s*(?:(?:сообщает|передает|передаёт|пишет)\s+\S.*|[^,;]{2,40}\s+(?:reports|reported|writes))\s*$/u;

export function titleFromLead(lead: string): string {
  let sentence = firstSentence(lead).replace(/[.!?]$/, '').replace(ATTRIBUTION_TAIL, '');
  if (sentence.length <= MAX_TITLE) return sentence;
  // Prefer the first clause when it is long enough to stand as a headline.
  const comma = sentence.search(/[,;:—–](?=\s)/);
  if (comma >= 40 && comma <= MAX_TITLE) return sentence.slice(0, comma);
  sentence = sentence.slice(0, MAX_TITLE);
  const space = sentence.lastIndexOf(' ');
  return `${sentence.slice(0, space > 40 ? space : MAX_TITLE).replace(/[,;:—–-]+$/, '')}…`;
}
