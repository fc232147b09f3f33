// Attributions read as a whole clause rather than from a cue outward: a speaker and verb set off by commas inside
// what was said ("This campaign, he says, is different"), a question put ("asked Clinton whether …"), a claim named
// by a noun with its owner ("Trump's assertion that …"), and a speaker and verb that close the sentence ("…, a source
// close to him said"). extract.ts reads the first three before the cues one by one (cue-scan.ts) and the last after.
import { adverbsAt, CLAUSE_OPENER, clauseEnd, NOT_A_SUBJECT_START, NOT_IN_PHRASE, phraseSubject, type ScanMatch, subjectBefore } from './cue-scan';
import { NOT_NAMES } from './lexicon';
import { type Span, trimEnd, words } from './patterns';
import { isParentheticalTail, type SentenceSpan } from './reported';
import { clauseSubject } from './speakers';

/** Verbs of speech that stand between commas inside what was said ("The solution, the partner told them, was simple"). */
const BETWEEN_CUE = /^(?:(?:has|have|had)\s+)?(?:said|says|say|told|told\s+reporters|added|adds|argued|argues|noted|notes|wrote|writes|explained|insisted|insists|contended|predicted|warned|believes|believe|thinks|think|acknowledged|conceded|suggested|stressed|maintained|claimed|claims|recalled|estimated)$/;
/** What may stand between such a verb and its closing comma: whom it was told, when, or "in an interview". */
const BETWEEN_TAIL = /(?:\s+(?:me|us|him|her|them))?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|recently|later|earlier|in\s+an?\s+interview))?,\s+/uy;
/** The speaker before such a verb, after the comma that opens the attribution. */
const BETWEEN_SUBJECT = /,\s+((?:[\p{L}\p{N}’'.-]+\s+){0,5}?[\p{L}\p{N}’'.-]+)\s+(?:(?:also|later|then|has|have|had)\s+)?$/u;
/** How a clause goes on after such an attribution with its verb: "This campaign, he says, is different". */
const GOES_ON = /^(?:is|was|are|were|will|would|could|should|can|may|might|must|has|have|had|does|did|do|remains?|seems?|won['’]t|isn['’]t|wasn['’]t)(?![\p{L}])/iu;

/**
 * "Overall, she said, a number of … are …", "This campaign, he says, is different", "To get their votes, participants
 * said, the Democrats must …": a speaker and a verb of speech set off by commas inside one clause. What was said is the
 * whole sentence. The words before the attribution are a short lead-in or a subject, or what follows goes on with a verb.
 */
function betweenCommas(s: string, cues: RegExpMatchArray[]): ScanMatch | null {
  if (!s.includes(',')) return null;
  for (const c of cues) {
    if (!BETWEEN_CUE.test(c[1]!)) continue;
    BETWEEN_TAIL.lastIndex = c.index! + c[0].length;
    const tail = BETWEEN_TAIL.exec(s);
    const head = tail && BETWEEN_SUBJECT.exec(s.slice(Math.max(0, c.index! - 90), c.index!));
    if (!tail || !head) continue;
    const at = c.index! - Math.min(c.index!, 90) + head.index;
    const m = { index: at, 0: s.slice(at, c.index! + c[0].length + tail[0].length), 1: head[1]!, 2: c[1]!.replace(/^(?:has|have|had)\s+/, '') } as const;
    const subject = m[1];
    if (NOT_A_SUBJECT_START.test(subject) || NOT_IN_PHRASE.test(subject) || /(?:^|\s)(?:and|or|as|once|then|now|also|who|which)$|(?:^|\s)(?:and|or|as)\s/i.test(subject)) continue;
    const open = /^(?:But|And|So|Yet|Still)\s+/i.exec(s)?.[0].length ?? 0;
    const pre = s.slice(open, m.index);
    const rest = s.slice(m.index + m[0].length);
    if (/[“”"«»;:]|''/.test(pre) || words(pre) < 1 || words(rest) < 2) continue;
    if (/^(?:according|who|whom|whose|which|and|but|citing|as|adding|saying|noting)(?![\p{L}])/iu.test(rest) || /^[\p{L}]+ing(?![\p{L}])/iu.test(rest)) continue;
    if (!(words(pre) <= 4 || GOES_ON.test(rest) || isParentheticalTail(`, ${rest}`))) continue;
    const end = clauseEnd(s, m.index + m[0].length, false);
    return { mention: subject, appos: null, cue: m[2].split(/\s+/)[0]!, content: { start: open, end }, antecedent: null };
  }
  return null;
}

/** A question put: "asked Clinton whether …", "was asked by host Bill Maher why …", "wondered how …". */
const QUESTION = /(?<![\p{L}])(?:(was|were|been|being|when|When)\s+)?(asked|Asked|asks|asking|ask|wondered|wonders|wondering)((?:\s+by\s+[^,;:“”"]{2,80}?)?(?:\s+(?:him|her|them|us|me|reporters|voters|the\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}?|an?\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}?|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2}))?(?:\s+(?:pointedly|repeatedly|again|directly|later|on\s+\p{Lu}\p{Ll}+|at\s+(?:a|the)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|in\s+an?\s+interview|during\s+(?:a|the)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?))*)\s+(whether|if|why|how|what|when|where|who|which)\s/gu;

const QUESTION_WORD = /\s(?:whether|if|why|how|what|when|where|who|which)\s/;

/**
 * "Maddow asked Clinton whether she would consider …", "Asked whether he would encourage …, Johnson demurred": a
 * question and who put it. Asked in the passive with no one named, the question stands with no speaker.
 */
function questionAsked(s: string): ScanMatch | null {
  if (!(s.includes('ask') || s.includes('Ask') || s.includes('wonder')) || !QUESTION_WORD.test(s)) return null;
  for (const m of s.matchAll(QUESTION)) {
    const passive = m[1] !== undefined || m[2] === 'Asked';
    const cueAt = m.index! + (m[1] ? m[0].indexOf(m[2]!, m[1].length) : 0);
    if (m[2] === 'Asked' && m.index! > 0 && !/(?:^|[,;:]\s*|(?:But|And|So)\s+)$/.test(s.slice(0, m.index!))) continue;
    const by = /^\s+by\s+((?:[\p{L}’'.-]+\s+){0,3}?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)/u.exec(m[3]!)?.[1] ?? null;
    const start = m.index! + m[0].length - m[4]!.length - 1;
    // "Asked whether …, Johnson demurred", "… when asked if he had met Trump, who …": the question ends at its comma.
    let end = clauseEnd(s, start, false);
    if (passive) {
      const comma = s.slice(start).search(/,["”’]*\s+/);
      if (comma >= 0) end = trimEnd(s, start, start + comma, /[\s,"”’]/);
    }
    if (words(s.slice(start, end)) < 3) continue;
    let mention: string | null = by ? by.trim() : null;
    if (!mention && !passive) {
      const before = s.slice(Math.max(0, cueAt - 300), cueAt);
      mention = /ing$/.test(m[2]!) && /,\s*$/.test(before) ? clauseSubject(s) : (subjectBefore(before) ?? phraseSubject(before))?.mention ?? null;
      if (!mention) continue;
    }
    return { mention: mention ?? '', appos: null, cue: m[2]!.toLowerCase(), content: { start, end }, antecedent: null, unattributed: mention === null };
  }
  return null;
}

/** A claim named by a noun with its owner: "Trump's recent assertion that …", "her March comment that …". */
const NOUN_CLAIM = /(?<![\p{L}’'])(his|her|their|(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}.-]*(?:’s|'s))\s+(?:[\p{Ll}\p{N}-]+\s+){0,3}?(claims?|assertions?|arguments?|insistence|warnings?|promises?|pledges?|statements?|remarks?|comments?|suggestions?|charges?|allegations?|contention|vows?|assurances?|predictions?|complaints?|accusations?|admission|denials?|boasts?|threats?|demands?)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|(?:last|this)\s+(?:week|month|year)))?\s+$/u;
/** The nouns of NOUN_CLAIM right before "that", to find the few sentences worth the longer pattern. */
const CLAIM_BEFORE_THAT = /(?:claims?|assertions?|arguments?|insistence|warnings?|promises?|pledges?|statements?|remarks?|comments?|suggestions?|charges?|allegations?|contention|vows?|assurances?|predictions?|complaints?|accusations?|admission|denials?|boasts?|threats?|demands?)(?:\s+\S+){0,2}?\s+$/;
const OWNER: Record<string, string> = { his: 'he', her: 'she', their: 'they' };
/** The nouns of NOUN_CLAIM, as one cheap test for a sentence before any "that" in it is looked at. */
const CLAIM_NOUN = /claim|assertion|argument|insistence|warning|promise|pledge|statement|remark|comment|suggestion|charge|allegation|contention|vow|assurance|prediction|complaint|accusation|admission|denial|boast|threat|demand/;

/** "Experts doubt Trump's assertion that thousands celebrated …": what the owner of the claim said, from its "that". */
function nounClaim(s: string): ScanMatch | null {
  if (!s.includes(' that ') || !CLAIM_NOUN.test(s)) return null;
  for (let start = s.indexOf(' that ') + 1; start > 0; start = s.indexOf(' that ', start) + 1) {
    if (!CLAIM_BEFORE_THAT.test(s.slice(Math.max(0, start - 40), start))) continue;
    const from = Math.max(0, start - 120);
    const found = NOUN_CLAIM.exec(s.slice(from, start));
    if (!found) continue;
    const at = from + found.index;
    const owner = found[1]!;
    // "his claim that was rejected": a relative clause on the claim, not what was claimed.
    if (/^(?:is|was|are|were|has|have|had|will|would|could|should|can|may|might|must)(?![\p{L}])/u.test(s.slice(start + 5))) continue;
    const speaker = OWNER[owner] ?? owner.replace(/(?:’s|'s)$/, '');
    if (NOT_NAMES.has(speaker.split(/\s+/)[0]!) && !OWNER[owner]) continue;
    // As the sentence's subject ("Trump's assertion that … drew criticism") the clause's end is not known: left.
    if (CLAUSE_OPENER.test(s.slice(0, at))) continue;
    const end = clauseEnd(s, start, false);
    if (words(s.slice(start, end)) < 4) continue;
    // The words at the statement are the owner as written ("his", "Trump's"); who speaks is "he" or "Trump".
    return { mention: owner, appos: null, cue: found[2]!.toLowerCase(), content: { start, end }, antecedent: speaker };
  }
  return null;
}

/** Verbs of speech that may close a sentence after their subject: "…, a source close to him said." */
const TAIL_CUE = /^(?:said|says|told|tells|added|adds|wrote|writes|explained|argued|argues|noted|notes|insisted|insists|acknowledged|warned|predicted|contended|recalled|cautioned|conceded|suggested|stressed|observed|remarked|maintained)$/i;
/** What may follow such a verb at the end of its sentence: when, where, to whom, in what ("told POLITICO earlier this year"). */
const TAIL_SETTING = /^(?:\s+[\p{L}\p{N}’'.-]+){0,10}\s*[.!?]?["”»’]?\s*$/u;
const TAIL_SETTING_OPENS = /^\s*(?:[.!?]|$|(?:in|on|at|to|during|after|before|from|via|through|with|this|last|earlier|later|yesterday|today|recently|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\p{Lu}[\p{L}’'.-]*)(?![\p{L}]))/u;

/** A subject of plain words: no verb, no clause opener, no quotation or bracket. */
function plain(p: string): boolean {
  const count = words(p);
  return count >= 1 && count <= 10 && !NOT_A_SUBJECT_START.test(p) && !NOT_IN_PHRASE.test(p) && !/["“”«»;:()]/.test(p);
}
/** A name of up to four capitalised words. */
const NAMED = /^(?:[\p{Lu}][\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*$/u;

/**
 * "…, a source close to him said.", "…, donors said.", "…, his top aide, Tad Devine, told The Huffington Post.": a
 * subject of any plain form between the sentence's last comma and a verb of speech that ends it. What was said is
 * the sentence before that comma.
 */
function tailAttribution(s: string, cues: RegExpMatchArray[]): ScanMatch | null {
  const c = cues.at(-1);
  if (!c || !TAIL_CUE.test(c[1]!)) return null;
  const after = s.slice(c.index! + c[0].length);
  // "told the Valley Courier": whom it was told, with its article.
  const told = /^(?:told|tells)$/i.test(c[1]!) && /^\s+(?:the|a|an|his|her|their|reporters)\s/i.test(after);
  if (!(told || TAIL_SETTING_OPENS.test(after)) || !TAIL_SETTING.test(after) || /\s(?:is|was|were|are|has|have|had|will|would|that|because|when|while|if|it|they|he|she)\s/i.test(after)) return null;
  const before = s.slice(0, adverbsAt(s.slice(0, c.index!)));
  // "…, Tad Devine, his top aide, told" and "…, his top aide, Tad Devine, told": a name and its description.
  const apposed = /,$/.test(before);
  const parts = before.replace(/,$/, '').split(/,\s+/);
  if (parts.length < (apposed ? 3 : 2)) return null;
  let subject = parts.at(-1)!.trim();
  if (!plain(subject)) return null;
  if (apposed) {
    const other = parts.at(-2)!.trim();
    if (!plain(other) || words(other) > 8) return null;
    if (NAMED.test(other) && !NAMED.test(subject)) subject = other;
    else if (!NAMED.test(subject)) return null;
  }
  const cut = parts.length - (apposed ? 2 : 1);
  const open = /^(?:But|And|So|Yet|Still)\s+/i.exec(s)?.[0].length ?? 0;
  const end = trimEnd(s, open, parts.slice(0, cut).join(', ').length, /[\s,"”»’]/);
  if (words(s.slice(open, end)) < 4) return null;
  return { mention: subject, appos: null, cue: c[1]!.toLowerCase(), content: { start: open, end }, antecedent: null };
}

const NONE: ScanMatch[] = [];
/** Where a match read from a sentence's text lies in the article; built field by field as scanReported builds its own. */
const placed = (sentence: SentenceSpan, match: ScanMatch): ScanMatch => {
  const content = { start: sentence.start + match.content.start, end: sentence.start + match.content.end };
  if (match.unattributed) return { mention: match.mention, appos: match.appos, cue: match.cue, content, antecedent: match.antecedent, unattributed: true };
  return { mention: match.mention, appos: match.appos, cue: match.cue, content, antecedent: match.antecedent };
};
const overlaps = (spans: Span[], span: Span) => spans.some((t) => t.start < span.end && span.start < t.end);

/**
 * The forms read before the cues one by one (scanReported), so that they take their clause first: an attribution
 * between commas, a question, a claim named by a noun. Kept apart from scanReported, whose loop is long enough.
 */
export function earlyForms(sentence: SentenceSpan, taken: Span[], cues: RegExpMatchArray[]): ScanMatch[] {
  const s = sentence.text;
  let result: ScanMatch[] | null = null;
  for (let k = 0; k < 3; k++) {
    const form = k === 0 ? betweenCommas(s, cues) : k === 1 ? questionAsked(s) : nounClaim(s);
    if (!form || form.content.end - form.content.start < 12 || words(s.slice(form.content.start, form.content.end)) < 3) continue;
    const match = placed(sentence, form);
    if (!overlaps(taken, match.content) && !(result && overlaps(result.map((r) => r.content), match.content))) (result ??= []).push(match);
  }
  return result ?? NONE;
}

/**
 * Read after scanReported: an attribution that closes the sentence ("…, a source close to him said"), only where
 * nothing was read before its verb already.
 */
export function lateForms(sentence: SentenceSpan, taken: Span[], cues: RegExpMatchArray[]): ScanMatch[] {
  const last = cues.at(-1);
  if (!last || overlaps(taken, { start: sentence.start, end: sentence.start + last.index! })) return NONE;
  const tail = tailAttribution(sentence.text, cues);
  if (!tail || words(sentence.text.slice(tail.content.start, tail.content.end)) < 3) return NONE;
  return [placed(sentence, tail)];
}
