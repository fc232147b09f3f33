// What recurs in clippings without being a subject: function words of the languages that have no stopword list of
// their own here (a French page's "dans le", a German page's "für die"), and photo credits ("Getty Images",
// "AFP Photo"). The suggester keeps both off the edges of its phrases; site furniture that one outlet repeats on
// every page is caught in suggest.ts, where the counts by outlet are.

// Articles, prepositions, pronouns and conjunctions of French, German, Spanish, Italian and Portuguese that never
// spell an English, Turkish or Azerbaijani content word, so that adding them to every Latin-script document's list
// costs no English or Turkic phrase ("para" is Turkish money, "war" English, "son" both: they are left out).
const FOREIGN = `
le la les des du dans au aux une est pour par sur avec sont qui que ne pas ce cette ces sa ses leur leurs nous vous
ils elle elles il être été fait lors selon entre
der die das den dem des und ist mit von zu im ein eine einen einem einer für auf nicht sich auch es nach bei aus wie
oder wird werden wurde sind zum zur über vom dass
el los las del en con por una es se al lo su sus más pero como sobre entre está han ha según
il lo gli della delle dei degli nel nella nei con una che non sono alla alle ai dal dalla
os do da dos das em no na nos nas com um uma não são ao aos pela pelo
`;

export const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set(FOREIGN.split(/\s+/u).filter(Boolean));

// Picture agencies and the words of a credit line; matched as whole words of the folded phrase.
const CREDIT_WORDS = new Set([
  'getty', 'shutterstock', 'istock', 'istockphoto', 'alamy', 'afp', 'reuters', 'epa', 'efe', 'dpa', 'xinhua', 'anadolu', 'ap',
  'photo', 'photos', 'photograph', 'photographer', 'credit', 'credits', 'copyright', 'courtesy',
]);

/** A photo or copyright credit rather than a subject: "Getty Images", "AFP Photo", "Photo courtesy of the ministry". */
export function isCredit(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/[\s/]+/u);
  // "Images" alone is a credit only as agencies spell it, capitalised ("SOPA Images"); "satellite images" is news.
  return words.some((w) => CREDIT_WORDS.has(w)) || /(^|\s)Images(\s|$)/u.test(phrase);
}

// The words a page's chrome is made of, in whatever outlet: links to read on, sign up, share or accept cookies.
const CHROME = /^(continue reading|read more|read the full|sign up|subscribe|click here|share this|all rights reserved|accept cookies|cookie)/iu;

/** A link or notice of the page around the article, not the article's subject. */
export function isSiteChrome(phrase: string): boolean {
  return CHROME.test(phrase) || /\b(newsletter|cookies?|privacy policy|terms of (use|service))\b/iu.test(phrase);
}
