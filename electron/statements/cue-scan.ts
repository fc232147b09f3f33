// Reported speech found from its cue outward, for the sentences the anchored patterns of reported.ts do not fit:
// the speaker in the middle of a sentence ("On Sunday, former President Bill Clinton said supporters were …"),
// relative clauses ("Barkley, who said he votes Democratic, said …"), polls ("Twenty-four percent said they …"),
// anonymous sources ("…, a source said"), the verb before its subject ("…, said Sen. Graham"), a second verb of
// the same subject ("He criticized the deal and said it was …") and participles ("…, saying the talks had failed").
import { EN_CUES, INFINITIVE_CUES, NOT_NAMES, ROLE_NOUNS, RU_CUES, STANCE_CUES } from './lexicon';
import { B, NAME, NAME_START, prefixAlternation, type Span, trimEnd, words } from './patterns';
import { AFTER_ATTRIBUTION, innerAttribution, isParentheticalTail, LONG_RECIPIENT, PLACE_THEN_THAT, type ReportedMatch, type SentenceSpan } from './reported';
import { clauseSubject } from './speakers';
import { MAX_CUES } from './limits';

// Verbs that report what a poll or a study found; they attribute only when a document or a survey is the subject.
const FINDING_CUES = ['found', 'finds', 'showed', 'shows', 'show', 'revealed', 'reveals', 'indicated', 'indicates', 'concluded'];
const DOCUMENTS = /^(?:poll|polls|survey|surveys|study|studies|report|reports|data|analysis|research|review|investigation|audit|findings|results?|figures|numbers|statistics)$/i;
// Cues whose object, not a clause, usually follows: "described", "called", "criticized" take a person or a thing.
const SCAN_ONLY = ['has learned', 'have learned', 'learned', 'believe', 'believes', 'think', 'thinks', 'hope', 'hopes', 'expect', 'expects', 'fear', 'fears', 'feel', 'feels', 'estimated', 'estimates', 'reported', 'explained', 'announced', 'acknowledged', 'agreed', 'agree', 'agrees', 'recalled', 'predicted', 'contended', 'stated', 'said', 'say', 'says'];
const SCAN_CUE = new RegExp(String.raw`(?<![\p{L}])(${prefixAlternation([...new Set([...EN_CUES, ...RU_CUES, ...SCAN_ONLY, ...FINDING_CUES, ...STANCE_CUES])])})${B}`, 'giu');
const NO_CLAUSE_CUES = /^(?:described|called for|calls for|expressed|asked|asks|tell|tells|told|posted|continued|continues|went on|answered|replied|responded|commented)$/i;

/**
 * Cues whose content is the object or the infinitive after them, with no "that": the stances and speech acts of
 * STANCE_CUES, and the reporting cues that take an object or an infinitive as often as a clause ("described the deal
 * as …", "asked X to …", "promised to …"), which otherwise need "that" or a clause here.
 */
const STANCE = new Set([...STANCE_CUES, ...EN_CUES.filter((c) => /^(?:described|describes|called for|calls for|expressed|asked|asks|promised|promises|vowed|pledged|urged|urges)$/.test(c))]);
/** What cannot open a stance's object: a preposition or a particle ("called off", "backed down"), a conjunction, a bare pronoun. */
const NOT_AN_OBJECT = /^(?:in|on|at|with|during|after|before|by|from|about|as|and|but|or|so|while|than|when|if|because|since|until|up|out|off|down|back|away|over|into|through|for|of|it\s*[.,]|this\s*[.,]|that\s*[.,]|him\s*[.,]|her\s*[.,]|them\s*[.,])(?![\p{L}])/iu;
/** A stance's object ends where the same subject goes on to say something else: "accused him of …, and said …". */
const STANCE_HANDOVER = new RegExp(String.raw`,?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:${prefixAlternation([...EN_CUES, ...STANCE_CUES])})${B}`, 'iu');

/** A day or a time at the end of an object: not part of what was said. */
const WHEN_TAIL = /\s+(?:on\s+|last\s+|this\s+|in\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|week|month|year|January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:morning|afternoon|evening|night))?$/u;

/**
 * What follows a cue: where its content starts (after where and to whom it was said, and "that"), the "that" if any,
 * and the words from there. Read only when needed: a stance reads it before its subject, the other cues after.
 */
function follow(s: string, cueEnd: number, cue: string): { after: number; that: RegExpExecArray | null; rest: string } {
  let after = cueEnd;
  const setting = SETTING.exec(s.slice(after));
  if (setting) after += setting[0].length;
  if (/^(?:told|tells|tell|telling|assured|warned|reminded|informed)$/i.test(cue)) {
    const whom = TOLD_WHOM.exec(s.slice(after));
    if (whom) after += whom[0].length;
    const more = SETTING.exec(s.slice(after));
    if (more) after += more[0].length;
  }
  let that = /^\s*,?\s*(?:that|что|,)\s+/iu.exec(s.slice(after));
  // "said after a lunch on Tuesday that …": an occasion of any form, up to its "that".
  if (!that) {
    PLACE_THEN_THAT_AT.lastIndex = cueEnd;
    that = PLACE_THEN_THAT_AT.exec(s);
    if (that) after = cueEnd;
  }
  // "told The Post and Courier newspaper of Charleston on Saturday that …": a longer recipient, up to its "that".
  if (!that && /^(?:told|tells|tell)$/i.test(cue)) {
    that = LONG_RECIPIENT.exec(s.slice(cueEnd));
    if (that) after = cueEnd;
  }
  after += that ? that[0].length : /^\s*/.exec(s.slice(after))![0].length;
  return { after, that, rest: s.slice(after) };
}

/** PLACE_THEN_THAT, read right at a position of the sentence rather than from a copy of the rest of it. */
const PLACE_THEN_THAT_AT = new RegExp(PLACE_THEN_THAT.source.replace(/^\^/, ''), 'uy');

const NO_COMMENT = /^to\s+(?:comment|elaborate|discuss|answer|respond|speak|say|talk|be\s+interviewed|give\s+details)(?![\p{L}])/iu;

/** Whether a stance has its object after it: an infinitive for the verbs that take one, else no preposition or particle. */
function stanceTakes(cue: string, rest: string, that: boolean): boolean {
  // "Trump called to ban …" calls for something; "called" alone needs an object.
  if (/^call/i.test(cue) && /^to\s/i.test(rest)) return false;
  if (words(rest) < 3 || /^[.!?,;]/.test(rest)) return false;
  // "declined to comment on …": a refusal to speak says nothing.
  if (INFINITIVE_CUES.test(cue)) return /^to\s/i.test(rest) && !NO_COMMENT.test(rest);
  return that || (!NOT_AN_OBJECT.test(rest) && /^[\p{L}\p{N}“"«„‘$]/u.test(rest));
}

const PRONOUN = /^(?:he|she|they|I|we|it|who|which|он|она|они|я|мы)$/i;
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'one', 'another', 'other', 'many', 'some', 'most', 'several', 'both', 'all', 'few', 'each', 'every', 'no', 'two', 'three', 'four', 'five']);
const QUANTITY = /^(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|[\p{L}-]+\s+percent|half|a\s+third|a\s+quarter|two-thirds|three-quarters|a\s+majority|majority|[\p{L}\d]+\s+in\s+\d+|[\p{L}\d]+\s+out\s+of\s+\d+)(?:\s+of\s+(?:the\s+|all\s+|those\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2})?$/iu;
const QUANTITY_TAIL = new RegExp(String.raw`(?:^|[\s,;:(—–-])((?:(?:about|around|nearly|almost|roughly|more\s+than|less\s+than|fewer\s+than|just|only|over|under)\s+)?(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|[\p{L}-]+\s+percent|half|a\s+third|a\s+quarter|two-thirds|three-quarters|a\s+majority|[\p{L}\d]+\s+in\s+\d+|[\p{L}\d]+\s+out\s+of\s+\d+)(?:\s+of\s+(?:the\s+|all\s+|those\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)?)$`, 'iu');
const ROLES = new Set(ROLE_NOUNS.filter((r) => !r.includes(' ')));
/** Words between a subject and its verb: "Trump also said", "he has repeatedly said", "she later told". */
const ADVERBS = /(?:\s+(?:also|further|again|then|later|earlier|previously|repeatedly|publicly|privately|once|recently|reportedly|often|always|never|still|too|has|have|had|would|will|could|might|may|had|just|even|quickly|immediately|initially|first|flatly|simply|correctly|falsely|similarly|likewise|separately|yesterday|today|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this)\s+(?:week|month|year|night)|earlier\s+this\s+(?:week|month|year)|\([^()]{1,40}\))|\s*,\s*(?:for\s+example|for\s+instance|for\s+(?:his|her|their|its)\s+part|in\s+turn|however|meanwhile|though|too|in\s+particular)\s*,?)*\s*$/;
/** What may stand right before a subject: the start of the sentence or a clause boundary. */
export const CLAUSE_OPENER = /(?:^|[,;:(—–]|\s-|\b(?:and|but|that|as|while|because|when|where|after|before|if|since|although|though|so|what|how|why|whom|whether|until|once|or|yet|и|но|что|а)|["”»’])\s*$/iu;
const SETTING = new RegExp(String.raw`^(?:\s*,)?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|earlier|later|recently|previously|repeatedly|publicly|privately|last\s+(?:week|month|year|night)|this\s+(?:week|month|year|morning))(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:to\s+)?(?:the\s+)?(?:reporters|journalists|the\s+press|supporters|the\s+crowd)|\s+(?:in|on|at|during|after|before|from|via|through|with|to)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\p{L}’'.-]+\s+){0,4}?(?:interview|statement|speech|address|op-ed|article|briefing|conference|rally|event|appearance|hearing|tweet|post|message|email|letter|call|show|program|programme|broadcast|debate|meeting|forum|summit|session|Twitter|Facebook|Instagram|television|radio|CNN|Fox|MSNBC|NBC|ABC|CBS)(?:\s+(?:with|to|for|on|at|in)\s+(?:[\p{L}’'.-]+\s+){0,4}?[\p{L}’'.-]+)?|\s+(?:in|on|at)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?)*(?=\s|,|$)`, 'u');
const TOLD_WHOM = new RegExp(String.raw`^\s+(?:him|her|them|us|me|you|reporters|journalists|supporters|voters|the\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}?|an?\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}?|${NAME}(?:’s|'s)?(?:\s+(?!(?:he|she|they|we|I|it|there)(?![\p{L}]))[\p{L}-]+)?)(?=\s+(?:that\s+|on\s+|in\s+|,)|,?\s+\p{Ll})`, 'u');
const NOT_A_CLAUSE = /^(?:in|on|at|to|with|during|after|before|for|by|from|of|about|as|and|but|or|so|while|goodbye|hello|nothing|something|anything|little|much|more|yes|no|thank|thanks|sorry|it\s*[.,]|this\s*[.,]|that\s*[.,]|so\s*[.,]|otherwise|the\s+same|a\s+lot|a\s+word|enough|things|what|which|whom|whose|than)\b/i;
/** The participles of PARTICIPLE that give a stance: their object or infinitive, not a clause, follows. */
const STANCE_PARTICIPLE = /^(?:calling|accusing|criticizing|criticising|urging|praising|blaming|citing|describing|vowing|promising|pledging)/i;
const PARTICIPLE = /,\s+(saying|adding|noting|arguing|insisting|warning|explaining|claiming|stressing|suggesting|asserting|declaring|predicting|acknowledging|calling(?:\s+(?:for|on))?|accusing|criticizing|criticising|urging|praising|blaming|citing|describing|vowing|promising|pledging|telling\s+(?:him|her|them|us|me|reporters|the\s+[\p{L}-]+|\p{Lu}[\p{L}-]+))(?:\s+(?:in|on|during|at)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?(?:\s+only)?(?=\s+that\s))?\s+(?:that\s+)?/giu;
/** What may stand before a participle of speech that opens its own clause: "by saying …", "while later arguing …". */
const BEFORE_PARTICIPLE = /(?:^|[^\p{L}])(?:[Bb]y|[Ww]hile|[Aa]fter|[Bb]efore|[Ii]n)\s+(?:initially\s+|repeatedly\s+|publicly\s+|later\s+|also\s+|first\s+)?$/u;
/** After such a participle: an occasion before "that" ("saying in his statement only that"), and "that". */
const AFTER_PARTICIPLE = /(?:\s+(?:in|on|during|at)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?(?:\s+only)?(?=\s+that\s))?\s+(?:that\s+)?/uy;
const PARTICIPLE_WORDS = new Set(['saying', 'arguing', 'insisting', 'noting', 'claiming', 'warning', 'suggesting', 'declaring', 'explaining', 'stressing', 'predicting', 'acknowledging']);

/** "Trump won the vote by saying …": the participles of speech after "by", "while", "after", "before" or "in". */
function participlesAfter(s: string): Array<{ from: number; word: string }> {
  const result: Array<{ from: number; word: string }> = [];
  // Every word that ends in "ing", by one search, is matched against the participles.
  for (let ing = s.indexOf('ing'); ing >= 0; ing = s.indexOf('ing', ing + 3)) {
    let at = ing;
    while (at > 0 && s.charCodeAt(at - 1) >= 97 && s.charCodeAt(at - 1) <= 122) at--;
    const word = s.slice(at, ing + 3);
    if (!PARTICIPLE_WORDS.has(word) || !BEFORE_PARTICIPLE.test(s.slice(Math.max(0, at - 32), at))) continue;
    AFTER_PARTICIPLE.lastIndex = ing + 3;
    const after = AFTER_PARTICIPLE.exec(s);
    if (after) result.push({ from: ing + 3 + after[0].length, word });
  }
  return result;
}

/** Where the last `size` characters of a text begin, moved on to a word's start: patterns anchored at the end need no more. */
const tailFrom = (text: string, size: number) => {
  if (text.length <= size) return 0;
  const space = text.indexOf(' ', text.length - size);
  return space < 0 ? text.length - size : space;
};
/** The adverbs before a verb ("he has repeatedly said"), read from the end of the words before it. */
export const adverbsAt = (before: string) => {
  const from = tailFrom(before, 160);
  const m = ADVERBS.exec(from === 0 ? before : before.slice(from));
  return m ? from + m.index : before.length;
};

/** A relative clause's opening after a preposition: "an electorate in which (67 percent of voters say …)". */
const WHICH_OPENER = /(?:^|\s)(?:in|of|for|by|with|from|among|under)\s+which\s*$/i;
const opensAfter = (head: string) => CLAUSE_OPENER.test(head) || (/which\s*$/i.test(head.slice(-8)) && WHICH_OPENER.test(head));

/** A speaker after its verb with an apposition of any form: a name, a titled name, or a noun phrase with its article. */
const INVERTED_SPEAKER = /^(?:(?:the|a|an|one|another|his|her|its|their)\s+[\p{L}’'-]+(?:\s+[\p{L}’'.-]+){0,5}|(?:[\p{L}’'-]+\s+){0,4}\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})$/u;

/** Verbs that report speech and nothing else: whatever their subject, a clause after them is what was said. */
const SPEECH_ONLY = /^(?:said|says|say|told|tells|wrote|writes|added|argued|argues|contended|insisted|insists|explained|testified|acknowledged|warned)$/i;
/** How a clause opens after such a verb without "that": a pronoun and a verb ("said they had no problem"). */
const PRONOUN_CLAUSE = /^(?:he|she|they|we|I|it|there)\s+(?:\p{Ll}+n['’]t|is|was|were|are|am|has|had|have|would|will|could|should|can|did|does|do|may|might|must|\p{Ll}+ed|\p{Ll}+s)(?![\p{L}])/u;

/**
 * A reported clause whose subject is the whole clause before the verb, from the sentence's start (or a semicolon, a
 * colon, ", and", ", but") to the verb: the speaker is the last name in it, or the phrase itself. Not after a
 * relative pronoun ("who said": read elsewhere) or in the passive ("it was said that").
 */
function longSubject(s: string, cueAt: number, cueEnd: number, cue: string): ScanMatch | null {
  const before = s.slice(0, cueAt);
  if (/(?:^|\s)(?:who|which|that|whom|is|was|were|are|be|been|being|to|not|never|and|or|but|had|has|have)\s+$/i.test(before)) return null;
  let open = 0;
  for (const m of before.matchAll(/[;:]\s+|,\s+(?:and|but)\s+/g)) open = m.index! + m[0].length;
  open += LEAD_WORDS.exec(before.slice(open))?.[0].length ?? 0;
  // "While the industry cannot block it all, people who have battled other threats say …": the subject follows the
  // subordinate clause's comma.
  const subordinate = /^(?:while|when|although|though|because|if|as|after|before|since|even\s+as|even\s+though)\s[^,]{3,120},\s+(?=\p{Ll})/iu.exec(before.slice(open));
  if (subordinate) open += subordinate[0].length;
  const phrase = before.slice(open).replace(/[\s,]+$/, '');
  if (words(phrase) < 2 || words(phrase) > 25 || !(/^[\p{Lu}\p{N}]/u.test(phrase) || subordinate) || /[“”"«»]/.test(phrase)) return null;
  const { after, that, rest } = follow(s, cueEnd, cue);
  if (!(that !== null && /(?:that|что)\s+$/iu.test(that[0])) && !PRONOUN_CLAUSE.test(rest)) return null;
  if (words(rest) < 3) return null;
  const names = [...phrase.matchAll(PHRASE_NAME)].map((m) => m[0]).filter((n) => !NOT_NAMES.has(n.split(/\s+/)[0]!.replace(/\.$/, '')));
  const named = names.at(-1);
  const mention = named && named.includes(' ') ? named : phrase;
  return { mention, appos: null, cue, content: { start: after, end: clauseEnd(s, after, false) }, antecedent: null };
}

/** The names in a long subject, with an abbreviated title: each tried only where a name may start (NAME_START). */
const PHRASE_NAME = new RegExp(String.raw`(?:(?:Sen|Rep|Gov|Gen|Mr|Mrs|Ms|Dr)\.\s+(?=\p{Lu})|${NAME_START})${NAME}`, 'gu');
/** The name (and a short apposition) before the comma of "…, who said". */
const NAME_BEFORE_COMMA = new RegExp(String.raw`${NAME_START}(${NAME})(?:,\s*[^,]{1,80})?,\s*$`, 'u');

export interface ScanMatch extends ReportedMatch {
  /** For "who" and "which", and for a verb whose subject opened the sentence: the words that name the speaker. */
  antecedent: string | null;
  /** A participle whose sentence's subject was not found: "he" stands in for whoever the sentence is about. */
  subjectUnknown?: boolean;
  /** A question put in the passive by no one named ("Asked whether …, Johnson demurred"): it has no speaker. */
  unattributed?: boolean;
}

const ENDS_WITH_NAME = new RegExp(String.raw`(?<![\p{L}])${NAME}(?:\s*\([^()]{1,40}\))?$`, 'u');
/** How an apposition of more than one part opens: "who lost …", "whose hometown, Miami, …", "a Republican …", "49". */
const APPOSITION_OPENER = /^(?:who|whose|a|an|the|one|now|then|former|\d)(?![\p{L}])/u;

/**
 * A name and the apposition after it, before a cue and its comma: "Hikmet Hajiyev, Assistant to the President …,"
 * or one of up to three parts ("Sandy Phillips, who lost her daughter … in Aurora, Colorado, in July 2012,"). The
 * widest reading whose apposition opens as one does wins, so that "Colorado" is not taken for the speaker.
 */
function appositionBefore(head: string): { nameEnd: number; appos: string } | null {
  const body = head.replace(/,\s*$/, '');
  const commas = [...body.matchAll(/,\s*/g)].map((m) => ({ at: m.index!, after: m.index! + m[0].length })).reverse();
  let best: { nameEnd: number; appos: string } | null = null;
  for (let k = 0; k < commas.length && k < 3; k++) {
    const { at, after } = commas[k]!;
    const appos = body.slice(after).trim();
    if (appos.length < 3 || appos.length > 280 || /[;“”"«»]/.test(appos)) break;
    if (k > 0 && !APPOSITION_OPENER.test(appos)) continue;
    if (k === 0 && appos.length > 220) continue;
    if (ENDS_WITH_NAME.test(body.slice(Math.max(0, at - 120), at))) best = { nameEnd: at, appos };
  }
  return best;
}

/** A word or a mark, for reading the words before a cue one by one (exec on one pattern: matchAll would copy it). */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}’'.-]*|[^\s\p{L}\p{N}]/gu;

/** The subject ending right before a cue, if the words before it form one: returns the mention and where it starts. */
export function subjectBefore(tail: string): { mention: string; at: number; appos: string | null; bare?: boolean } | null {
  // "Gov. John Kasich (R-OH), said": a bracket after the name belongs to it.
  const before = tail.replace(/\s*\([^()]{1,40}\)\s*,?\s*$/, ' ');
  let end = adverbsAt(before);
  let head = before.slice(0, end);
  let appos: string | null = null;
  // "Hikmet Hajiyev, Assistant to the President …, said"
  if (/,\s*$/.test(head)) {
    const split = appositionBefore(head);
    if (!split) return null;
    appos = split.appos;
    // "Rep. Elijah Cummings (D-Md.), chair of …, said": the bracket before the apposition belongs to the name.
    head = head.slice(0, split.nameEnd).replace(/\s*\([^()]{1,40}\)\s*$/, '');
    end = head.length;
  }
  const tokens: RegExpExecArray[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(head); m; m = TOKEN.exec(head)) tokens.push(m);
  if (tokens.length === 0) return null;
  const last = tokens.at(-1)!;
  const lastWord = last[0].replace(/\.$/, '');
  const startOf = (i: number) => tokens[i]!.index!;
  const opensClause = (at: number) => opensAfter(head.slice(0, at));
  // A pronoun, or "who"/"which" after a comma.
  if (PRONOUN.test(lastWord)) {
    const at = startOf(tokens.length - 1);
    // "business leaders who say …": a relative pronoun opens its clause after any noun.
    if (opensClause(at)) return { mention: lastWord, at, appos };
    return /^(?:who|which)$/i.test(lastWord) && /\p{L}\s*$/u.test(head.slice(0, at)) ? { mention: lastWord, at, appos, bare: true } : null;
  }
  // A quantity: "Twenty-four percent", "75 percent of Democrats", "a third", "six in 10".
  const quantityFrom = tailFrom(head, 90);
  const quantityMatch = QUANTITY_TAIL.exec(quantityFrom === 0 ? head : head.slice(quantityFrom));
  const quantity = quantityMatch && quantityFrom > 0 ? Object.assign([...quantityMatch], { index: quantityMatch.index + quantityFrom }) : quantityMatch;
  if (quantity && QUANTITY.test(quantity[1]!.replace(/^(?:about|around|nearly|almost|roughly|more\s+than|less\s+than|fewer\s+than|just|only|over|under)\s+/i, ''))) {
    const at = head.length - quantity[1]!.length;
    if (opensClause(at)) return { mention: quantity[1]!, at, appos };
  }
  // A name in capitals, with the titles before it in small letters ("FBI general counsel James Baker").
  if (/^\p{Lu}/u.test(last[0])) {
    let i = tokens.length - 1;
    while (i > 0 && (/^\p{Lu}/u.test(tokens[i - 1]![0]) || /^(?:van|von|de|del|der|da|bin|al|ibn|el|la|le|ben)$/.test(tokens[i - 1]![0])) && !NOT_NAMES.has(tokens[i - 1]![0].replace(/\.$/, ''))) i--;
    // "Gov. John Kasich": an abbreviated title belongs to the name it opens.
    const firstName = i;
    if (i > 0 && /^(?:Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev|Adm|Mr|Mrs|Ms|Dr)\.$/.test(tokens[i - 1]![0])) i--;
    const nameAt = startOf(i);
    const name = head.slice(nameAt, end).trim();
    if (NOT_NAMES.has(tokens[firstName]![0].replace(/\.$/, '')) || tokens.length - i > 5) return null;
    if (opensClause(nameAt)) return { mention: name, at: nameAt, appos };
    // Small-letter titles and descriptions before the name, back to a clause boundary: "former President", "top donor".
    let j = i;
    while (j > 0 && i - j < 5 && /^[\p{L}’'-]+$|^(?:\p{Lu}\.){2,}$/u.test(tokens[j - 1]![0]) && !/^(?:and|but|that|as|while|because|when|where|if|said|says|told)$/i.test(tokens[j - 1]![0])) {
      j--;
      if (opensClause(startOf(j))) return { mention: head.slice(startOf(j), end).trim(), at: startOf(j), appos };
    }
    return null;
  }
  // A noun phrase in small letters: "a source", "the poll", "Republican voters", "Trump's campaign manager".
  let j = tokens.length - 1;
  const headNoun = lastWord.toLowerCase();
  while (j > 0 && tokens.length - j <= 5) {
    const word = tokens[j - 1]![0];
    if (!/^[\p{L}\p{N}’'-]+$/u.test(word)) break;
    if (DETERMINERS.has(word.toLowerCase())) {
      j--;
      break;
    }
    if (/^(?:and|but|that|as|while|because|when|where|if|who|which|said|says|told|is|are|was|were|be|been|has|have|had|will|would|not|to|of|in|on|for|with|at|by|from)$/i.test(word)) break;
    j--;
  }
  const at = startOf(j);
  const phrase = head.slice(at, end).trim();
  const determined = DETERMINERS.has(tokens[j]![0].toLowerCase());
  const hasCapital = /\p{Lu}/u.test(phrase.slice(1));
  if (!opensClause(at)) return null;
  if (ROLES.has(headNoun) || DOCUMENTS.test(headNoun) || (determined && phrase.split(/\s+/).length >= 2) || (hasCapital && /s$/.test(headNoun))) {
    return { mention: phrase, at, appos };
  }
  return null;
}

/** Where a reported clause ends: the sentence's end, or the start of a later attribution that begins its own. */
export function clauseEnd(s: string, from: number, relative: boolean): number {
  const rest = s.slice(from);
  const stops = [rest.search(/,\s+(?:adding|saying|noting|according\s+to)\b/i), innerAttribution(rest)];
  // "who said he votes Democratic, said …": a relative clause ends at its comma.
  if (relative) stops.push(rest.search(/,|\s[—–]\s/));
  const stop = Math.min(...stops.map((x) => (x < 0 ? rest.length : x)));
  return trimEnd(s, from, from + stop, /[\s.!?…;:,"”»’)]/);
}

/** Words that make a phrase a clause rather than a noun phrase: finite verbs, auxiliaries and conjunctions. */
export const NOT_IN_PHRASE = /(?:^|\s)(?:is|was|were|are|am|be|been|being|has|have|had|will|would|can|could|should|shall|may|might|must|did|does|do|said|says|say|told|tells|not|if|because|when|while|although|though|than|so|since|after|before|until|whether|what|how|why|where|there|it|its|this|these|those)(?=\s|$)/i;
/** Words that open an adverbial or a clause, not a subject. */
export const NOT_A_SUBJECT_START = /^(?:in|on|at|for|with|by|from|as|to|of|into|over|under|about|after|before|during|since|like|including|that|which|who|what|how|why|where|when|while|if|because|although|though|him|them|us|me|it|this)\b/i;
/** Words that only join a sentence to the one before: "But many supporters say …". */
const LEAD_WORDS = /^(?:(?:but|and|yet|so|still|even|meanwhile|however|also|now|then|instead|indeed|moreover|further)\s*,?\s+)+/i;

/** A part between commas that opens with a full name: "Daniel Traynor", "John McCain, who lost …". */
const NAMED_PART = new RegExp(String.raw`^(${NAME})(?:$|\s+(?:who|of|from)\s)`, 'u');

/** A noun phrase as a subject: up to ten words, no verb or conjunction, a relative clause ("who came to …") cut off. */
function nounPhrase(phrase: string): string | null {
  const np = phrase.replace(/\s+(?:who|that|which)\s.*$/s, '').trim();
  if (np === '' || NOT_A_SUBJECT_START.test(np) || NOT_IN_PHRASE.test(np) || /[.!?;:"“”()]/.test(np.replace(/\b\p{Lu}\p{L}{0,3}\./gu, ''))) return null;
  const count = np.split(/\s+/).length;
  return count <= 10 && /\p{L}/u.test(np) ? np : null;
}

/**
 * The subject of a cue where the fixed patterns give up: a longer noun phrase at the clause's start ("A U.S. law
 * enforcement official familiar with the investigation said", "Nine in 10 Democratic registered voters say"), one
 * with an apposition or a relative clause between commas or dashes ("Scott Morris, a former Treasury official who
 * …, said"; "A former candidate -- John McCain, who lost … -- said"), or a role and the name after it ("His campaign
 * manager, Jeff Weaver, says"). The clause starts the sentence, follows a colon or a semicolon, or ", and".
 */
export function phraseSubject(before: string): { mention: string; at: number; appos: string | null } | null {
  const head = before.slice(0, adverbsAt(before));
  let start = 0;
  for (const m of head.matchAll(/[;:]\s+|,\s+(?:and|but)\s+/g)) start = m.index! + m[0].length;
  const lead = LEAD_WORDS.exec(head.slice(start));
  if (lead) start += lead[0].length;
  const clause = head.slice(start);
  const parts = clause.split(/\s*(?:,|\s--|\s[—–])\s*/);
  const first = nounPhrase(parts[0] ?? '');
  if (!first) return null;
  const closed = /(?:,|--|[—–])\s*$/.test(clause);
  // "Scott Morris, a former Treasury official …, said": what stands between the commas describes the subject.
  if (parts.length === 1) return { mention: first, at: start, appos: null };
  // "His campaign manager, Jeff Weaver, says", "a third, Daniel Traynor, said": the name after a description is who speaks.
  const named = NAMED_PART.exec(parts[1]!)?.[1];
  if (named && !NOT_NAMES.has(named.split(/\s+/)[0]!) && (parts.length === 2 || (closed && parts.length === 3))) return { mention: named, at: start, appos: first };
  if (closed && parts.length >= 3) return { mention: first, at: start, appos: parts.slice(1, -1).join(', ') || null };
  return null;
}

/** Whether most words of a sentence open with a capital, as in a headline ("Christie Says He Would Issue …"). */
function titleCase(s: string): boolean {
  const all = s.match(/\p{L}+/gu) ?? [];
  const capitals = all.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitals >= 0.7 * all.length;
}

/**
 * The cues of a sentence, for scanReported and the forms read around it: the first MAX_CUES of them, since each is
 * read with the words around it (a sentence of "said said said …" would be read once per word).
 */
export function cuesIn(s: string): RegExpMatchArray[] {
  // exec on the pattern itself: matchAll would copy it for every sentence.
  const cues: RegExpMatchArray[] = [];
  SCAN_CUE.lastIndex = 0;
  for (let m = SCAN_CUE.exec(s); m; m = cues.length < MAX_CUES ? SCAN_CUE.exec(s) : null) cues.push(m);
  return cues;
}

export function scanReported(sentence: SentenceSpan, taken: Span[], usedCues: number[] = [], cues = cuesIn(sentence.text)): ScanMatch[] {
  const s = sentence.text;
  const found: ScanMatch[] = [];
  const free = (span: Span) => ![...taken, ...found.map((f) => f.content)].some((t) => t.start < span.end && span.start < t.end);
  const push = (match: ScanMatch) => {
    if (match.content.end - match.content.start < 12 || words(s.slice(match.content.start - sentence.start, match.content.end - sentence.start)) < 3) return;
    if (free(match.content)) found.push(match);
  };

  for (const cueMatch of cues) {
    const cue = cueMatch[1]!.replace(/\s+/g, ' ');
    const cueAt = cueMatch.index!;
    // A participle ("…, saying …") has no subject of its own: the loop after this one reads it. The progressive ("is
    // seeking") has one.
    if (usedCues.includes(sentence.start + cueAt) || /^\S+ing$/i.test(cue)) continue;
    // A capital inside a sentence makes a name, not a verb ("the United States"), except in a headline's title case.
    if (cueAt > 0 && /^\p{Lu}/u.test(cue) && !titleCase(s)) continue;
    // "A few states have yet to vote": "states" reports speech only before "that" or a colon ("The rule states that …").
    if (/^states$/i.test(cue) && !/^\s*(?:that\s|:)/i.test(s.slice(cueAt + cueMatch[0].length))) continue;
    const cueEnd = cueAt + cueMatch[0].length;
    // A stance without an object after it ("called off", "plans for") or one that names ("the so-called deal") is passed
    // over before its subject is looked for: most mentions of these verbs are not stances, and that search costs most.
    const stance = STANCE.has(cue.toLowerCase());
    const early = stance ? follow(s, cueEnd, cue) : null;
    const takes = early !== null && !/(?:-|\bso)\s*$/i.test(s.slice(Math.max(0, cueAt - 4), cueAt)) && stanceTakes(cue, early.rest, early.that !== null);
    if (stance && !takes) continue;
    const before = s.slice(Math.max(0, cueAt - 300), cueAt);
    const offset = Math.max(0, cueAt - 300);
    let subject = subjectBefore(before) ?? phraseSubject(before);
    // "leaders who say …" with no comma before "who": only a verb that reports speech and nothing else.
    if (subject && 'bare' in subject && subject.bare && (stance || !SPEECH_ONLY.test(cue))) subject = null;
    let antecedent: string | null = null;
    // "He criticized the deal and said …": the same subject as the sentence's main verb.
    if (!subject && /(?:^|\s)(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/i.test(before)) {
      const main = clauseSubject(s);
      if (main) {
        subject = { mention: main, at: cueAt, appos: null };
        antecedent = main;
      }
    }
    // "A columnist for the tech news site Pando said he was …", "Several people I've spoken with … said Mr. Hannity
    // had …": a subject too long or too plain for the readings above, before a verb that only reports speech and a
    // clause that plainly opens ("that …", or a pronoun and its verb).
    if (!subject && !stance && SPEECH_ONLY.test(cue)) {
      const long = longSubject(s, cueAt, cueEnd, cue);
      if (long) {
        push({ ...long, content: { start: sentence.start + long.content.start, end: sentence.start + long.content.end } });
        continue;
      }
    }
    // "…, said Sen. Lindsey Graham." / "…, says a senior official."
    if (!subject) {
      // "…, said Mark Jones, a political scientist at Rice University.": the speaker and an apposition.
      // Only after a comma: the pattern below is long to try, and most cues have none before them.
      // Not after "told": what follows it is who was told ("…, Tomas Berg, told the Valley Courier").
      const inverted = !stance && !FINDING_CUES.includes(cue.toLowerCase()) && !/^(?:told|tells|tell)$/i.test(cue) && /,\s*["”»’]?\s*$/.test(before) ? /^\s+((?:the\s+|a\s+|an\s+)?(?:\p{Lu}\p{L}{0,3}\.\s+)?(?:[^,.;:“”"]|(?<=(?:^|\s)\p{Lu})\.){2,80}?)(?:,\s+(?:(a|an|the|who|whose|which|one|director|head|chief|president|founder)\s)?[^;:“”"]{2,200}?)?\s*[.!?]?["”»’]?$/u.exec(s.slice(cueEnd)) : null;
      // "…, said Katie Harbath, Facebook's global politics director.": an apposition of any form after a name, or after
      // a noun phrase with its article ("said the bureau's director, James B. Comey, on Monday"); a bare word in small
      // letters before a comma is not a speaker.
      // The speaker after the verb is a name or a description, not a clause ("…, said the visit would earn …").
      const appositionOk = inverted !== null && !NOT_IN_PHRASE.test(inverted[1]!) && (!/,/.test(inverted[0]) || inverted[2] !== undefined || INVERTED_SPEAKER.test(inverted[1]!.trim()));
      if (inverted && appositionOk && /,\s*["”»’]?\s*$/.test(before) && !FINDING_CUES.includes(cue.toLowerCase()) && !stance) {
        const contentEnd = trimEnd(s, 0, offset + before.replace(/,\s*["”»’]?\s*$/, '').length, /[\s,"”»’]/);
        const start = /^(?:But|And|So|Yet|Still)\s+/i.exec(s)?.[0].length ?? 0;
        push({ mention: inverted[1]!.trim(), appos: null, cue, content: { start: sentence.start + start, end: sentence.start + contentEnd }, antecedent: null });
      }
      continue;
    }
    if (FINDING_CUES.includes(cue.toLowerCase()) && !DOCUMENTS.test(subject.mention.split(/\s+/).at(-1)!)) continue;
    const subjectAt = offset + subject.at;
    if (/^(?:who|which)$/i.test(subject.mention)) {
      const m = NAME_BEFORE_COMMA.exec(s.slice(0, subjectAt));
      // "voters who said …": no name before it, the noun it follows is who speaks.
      const noun = m ? null : /(?:^|\s)((?:(?:the|many|some|most|other|those|these|all)\s+)?(?:[\p{L}’'-]+\s+)?\p{Ll}[\p{L}’'-]*s|(?:the|a|an|one|another)\s+(?:[\p{L}’'-]+\s+)?\p{Ll}[\p{L}’'-]*)\s*,?\s*$/iu.exec(s.slice(0, subjectAt));
      antecedent = m ? m[1]! : noun && !/(?:^|\s)(?:and|or|of|as|is|was|has|this|its|his|her)\s/.test(noun[1]!) ? noun[1]! : null;
      if (antecedent === null && 'bare' in subject && subject.bare) continue;
    }

    const { after, that, rest } = early ?? follow(s, cueEnd, cue);
    const relative = /^(?:who|which)$/i.test(subject.mention);
    const opensClause = that !== null || (!NOT_A_CLAUSE.test(rest) && /^[\p{L}\p{N}“"«„‘$]/u.test(rest));
    // A stance: what follows is its object ("accused Clinton of lying"), never words before it ("…, Trump criticized").
    if (stance) {
      let end = clauseEnd(s, after, relative);
      const handover = STANCE_HANDOVER.exec(s.slice(after, end));
      if (handover) end = trimEnd(s, after, after + handover.index, /[\s,]/);
      // "criticized Barack Obama on Monday": a person and a day say nothing of the position taken.
      if (words(s.slice(after, end).replace(WHEN_TAIL, '')) >= 3) push({ mention: subject.mention, appos: subject.appos, cue, content: { start: sentence.start + after, end: sentence.start + end }, antecedent });
      continue;
    }
    // "…, Sanders said, a policy that …": after a bare comma, an apposition or a participle is not what was said.
    // Read from what follow() consumed (a comma before the content) and the content's first word: no second pass.
    const commaOnly = /,\s*$/.test(s.slice(cueEnd, after)) && !/(?<![\p{L}])(?:that|что)(?![\p{L}])/iu.test(s.slice(cueEnd, after));
    const apposed = commaOnly && AFTER_ATTRIBUTION.test(`, ${rest}`);
    // "told Politico he had kept …": after whom it was told, a pronoun and its verb open what was said.
    if ((!NO_CLAUSE_CUES.test(cue) || that || (/^(?:told|tells)$/i.test(cue) && after > cueEnd + 1 && PRONOUN_CLAUSE.test(rest))) && !apposed) {
      if (opensClause && words(rest) >= 3 && !/^[.!?,;]/.test(rest)) {
        const end = clauseEnd(s, after, relative);
        // "A new campaign manager, he said, could set a new tone": the attribution stands between commas inside what
        // was said, which opens before it; the statement is the clause from its start.
        if (!relative && commaOnly && /^[^\p{L}]*(?:\s[^,]*)?,\s*$/u.test(s.slice(cueEnd, after)) && /[\p{L}\p{N}”"’)]\s*,\s*$/u.test(s.slice(Math.max(0, subjectAt - 6), subjectAt)) && isParentheticalTail(`, ${rest}`)) {
          const open = Math.max(0, ...[...s.slice(0, subjectAt).matchAll(/[;:]\s+/g)].map((m) => m.index! + m[0].length));
          const start = open + (/^(?:But|And|So|Yet|Still)\s+/i.exec(s.slice(open))?.[0].length ?? 0);
          if (words(s.slice(start, subjectAt)) >= 2) {
            push({ mention: subject.mention, appos: subject.appos, cue, content: { start: sentence.start + start, end: sentence.start + end }, antecedent });
            continue;
          }
        }
        push({ mention: subject.mention, appos: subject.appos, cue, content: { start: sentence.start + after, end: sentence.start + end }, antecedent });
        continue;
      }
    }
    // "…, a source said." / "…, Trump said on Friday.": what was said comes before the subject.
    const tail = s.slice(cueEnd).replace(SETTING, (m) => (m.trim() === ',' ? m : ''));
    if ((/^\s*,?\s*[.!?]?["”»’]?\s*$/.test(tail) || AFTER_ATTRIBUTION.test(tail)) && /[,—–]\s*["”»’]?\s*$/.test(s.slice(0, subjectAt))) {
      const start = /^(?:But|And|So|Yet|Still)\s+/i.exec(s)?.[0].length ?? 0;
      const end = trimEnd(s, start, subjectAt, /[\s,—–"”»’]/);
      push({ mention: subject.mention, appos: subject.appos, cue, content: { start: sentence.start + start, end: sentence.start + end }, antecedent });
    }
  }

  // "…, saying the talks had failed": the participle's subject is the sentence's.
  const participles = participlesAfter(s);
  PARTICIPLE.lastIndex = 0;
  for (let m = PARTICIPLE.exec(s); m; m = PARTICIPLE.exec(s)) participles.push({ from: m.index + m[0].length, word: m[1]! });
  participles.sort((a, b) => a.from - b.from);
  // As many as the cues read: each reads the sentence's subject and the clause after it.
  for (const m of participles.slice(0, MAX_CUES)) {
    const from = m.from;
    const rest = s.slice(from);
    // "…, promising to build a wall": a stance's participle takes an object or an infinitive, not a clause.
    const stance = STANCE_PARTICIPLE.test(m.word);
    if ((stance ? NOT_AN_OBJECT : NOT_A_CLAUSE).test(rest) || words(rest) < 3) continue;
    const main = clauseSubject(s);
    const end = clauseEnd(s, from, false);
    push({ mention: main ?? 'he', appos: null, cue: m.word.split(/\s+/)[0]!.toLowerCase(), content: { start: sentence.start + from, end: sentence.start + end }, antecedent: main, subjectUnknown: main === null });
  }
  return found;
}
