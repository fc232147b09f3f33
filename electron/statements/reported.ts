// Reported speech, sentence by sentence: "X (also) stressed that …", "according to X, …", "…, X said (in an
// interview)", "X told Y that …", and the Russian "X заявил, что …", "по словам X, …".
import { OBJECT_CUES, OUTLET_VERBS } from './lexicon';
import { APPOSITION, B, CUE, NAME, SPEAKER, type Span, trimEnd, words } from './patterns';
import { lastIndexWithin, MAX_SENTENCE } from './limits';

export interface SentenceSpan extends Span {
  text: string;
}

/** Sentences, split at end punctuation before a capital or a quotation mark; paragraphs always end one. */
export function sentences(text: string): SentenceSpan[] {
  const result: SentenceSpan[] = [];
  // An initial ("J.", "U.S.") or an abbreviated title ("Sen.") ends no sentence; an acronym ("the DNC.") does.
  // Typewriter quotation marks ('') end and open sentences as the curly ones do: a reported clause must not run on
  // into the next sentence's quotation (“…,” said Ms. Leon) and take its words from it.
  const boundary = /(?<!(?<![\p{L}])[A-Z][a-z]?\.|\b(?:Mr|Ms|Mrs|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Capt|Sgt|Prof|Rev|Adm|Jr|Sr|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|vs|etc|e\.g|i\.e|U\.S|U\.K)\.)(?<=[.!?…])(?:["”»’]|'')?\s+(?=[\p{Lu}\p{N}“"«»„‘‚「『]|\(\p{Lu}|''\S)|\n\n+/gu;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index!;
    if (end > start) pushSentence(result, text, start, end);
    start = m.index! + m[0].length;
  }
  if (start < text.length) pushSentence(result, text, start, text.length);
  return result;
}

/**
 * A sentence, or a run of words with no sentence end longer than MAX_SENTENCE, cut into pieces at the last space
 * before the bound (or at the bound, in a word as long): every pattern for reported speech reads one sentence, some
 * of them once for every cue in it, and none of them may read a whole paste of 19 MB.
 */
function pushSentence(result: SentenceSpan[], text: string, start: number, end: number): void {
  while (end - start > MAX_SENTENCE) {
    let cut = lastIndexWithin(text, ' ', start + MAX_SENTENCE, MAX_SENTENCE / 2);
    if (cut <= start) {
      cut = start + MAX_SENTENCE;
      // Not between the two halves of a character outside the Basic Multilingual Plane.
      if (/[\udc00-\udfff]/.test(text[cut]!)) cut--;
    }
    result.push({ start, end: cut, text: text.slice(start, cut) });
    start = cut;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  if (end > start) result.push({ start, end, text: text.slice(start, end) });
}

export interface ReportedMatch {
  mention: string;
  appos: string | null;
  cue: string;
  content: Span;
  /** Where the cue stands in the text, so that no other pattern reads the same verb again. */
  cueAt?: number;
}

// A sentence may open with a connective or an adverb and a comma ("Reluctantly, Brafman said …").
const LEAD_IN = String.raw`(?:(?:But|And|However|Meanwhile|Separately|Earlier|Later|Also|Moreover|Furthermore|In addition|At the same time|Но|Также|Кроме того),?\s+|\p{Lu}\p{Ll}+,\s+)?`;
// Where and to whom it was said: "on Friday", "to reporters", "in an interview with …". A named recipient is taken
// in code, after "told" only: "Cook said Carter stopped …" must keep Carter in what was said.
const SETTING = String.raw`(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|earlier|later|recently|last\s+(?:week|month|year)|this\s+(?:week|month|year))(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:to\s+)?(?:the\s+)?(?:reporters|journalists|the press)|\s+in\s+an?\s+(?:exclusive\s+)?(?:interview|statement|speech|address|op-ed|article|briefing)(?:\s+(?:with|to|for|on|at)\s+[^,]*?)?|\s+(?:on|at|during|after|in)\s+(?:\p{Ll}+\s+){0,4}?[\p{L}\p{N}-]+(?:\s+[\p{Lu}][\p{L}-]+){0,3})*`;

/** "told the regional business forum in Ganja on Tuesday that …": a recipient of any form, up to its "that". */
export const LONG_RECIPIENT = /^\s*[^,;:“”"«»]{1,100}?\s+that\s+/u;
/**
 * An occasion after a verb and the "that" which ends it: " after a long lunch on Tuesday that ", " at a rally in the
 * old port that ". A verb right after "that" makes it a relative pronoun ("in the report that came out"): left alone.
 */
export const PLACE_THEN_THAT = /^\s+(?:in|on|at|during|after|before|from|via|through|over|while)\s[^,;:“”"«»()]{1,80}?\s+that\s+(?!(?:is|was|were|are|has|have|had|will|would|can|could|should|may|might|must|did|does|do|came|went|made|took)\s|\p{Ll}+ed\s)/u;
const TOLD_RECIPIENT = new RegExp(String.raw`^(?:the\s+)?${NAME}\s*,?\s*(that\s+)?`, 'u');
const HAS_CUE = new RegExp(String.raw`(?<![\p{L}])(?:${CUE}|according\s+to|по\s+словам)${B}`, 'iu');
// "According to X, …" and "According to X, the presidential aide, …": an apposition here opens with an article.
const ACCORDING = new RegExp(String.raw`^${LEAD_IN}(according\s+to|по\s+словам)\s+(${SPEAKER})(?:,\s+((?:the|a|an|his|her|their)\s+[^,]{2,120}))?,\s+(.{12,}?)\s*$`, 'iu');
/**
 * "По словам министра, …": after "по словам" a role stands in the genitive. The mention is given in the nominative
 * ("министр"), the form the speaker resolver knows.
 */
const RU_GENITIVE_ROLES: Record<string, string> = {
  министра: 'министр', президента: 'президент', посла: 'посол', главы: 'глава', представителя: 'представитель', помощника: 'помощник',
  председателя: 'председатель', замминистра: 'замминистра', спикера: 'спикер', губернатора: 'губернатор', мэра: 'мэр', эксперта: 'эксперт',
  премьера: 'премьер', дипломата: 'дипломат', советника: 'советник', депутата: 'депутат', аналитика: 'аналитик',
};
const ACCORDING_RU_ROLE = new RegExp(String.raw`^${LEAD_IN}(по\s+словам)\s+(${Object.keys(RU_GENITIVE_ROLES).join('|')})(?:\s+\p{Ll}+){0,3},\s+(.{12,}?)\s*$`, 'iu');
// "…, according to a tally by the Associated Press.": the whole phrase names the source; its first words alone ("a
// tally by the") name nothing.
const ACCORDING_AFTER = new RegExp(String.raw`^(.{12,}?),\s+(according\s+to)\s+((?:${SPEAKER})(?:(?!\s[-—–]\s)[^,;()—–])*?)\s*[.!]?["”»’]?$`, 'iu');
const FORWARD = new RegExp(String.raw`^${LEAD_IN}(${SPEAKER})(?:,\s*(${APPOSITION}),)?\s+(?:also\s+|further\s+|again\s+|then\s+|later\s+|today\s+|on\s+\p{Lu}\p{Ll}+\s+|также\s+)?(${CUE})${B}(${SETTING})\s*(?:,?\s*(that|что)\s+)?`, 'du');
const INVERTED = new RegExp(String.raw`^(.{15,}?),\s+(${SPEAKER})(?:,\s*(${APPOSITION}))?\s+(?:also\s+)?(${CUE})${B}(${SETTING})`, 'du');

export function reportedIn(sentence: SentenceSpan): ReportedMatch | null {
  const s = sentence.text;
  // "According to X, …" / "По словам X, …"
  // Most sentences attribute nothing: one cheap test spares them the patterns below.
  if (!HAS_CUE.test(s)) return null;
  // Before the general form, which would take the genitive for a name.
  const byRole = ACCORDING_RU_ROLE.exec(s);
  if (byRole) {
    const content = byRole[3]!;
    const start = sentence.start + s.lastIndexOf(content);
    const mention = RU_GENITIVE_ROLES[byRole[2]!.toLowerCase()]!;
    return { mention, appos: null, cue: 'по словам', cueAt: sentence.start + s.indexOf(byRole[1]!), content: { start, end: trimEnd(sentence.text, start - sentence.start, s.length) + sentence.start } };
  }
  const according = ACCORDING.exec(s);
  if (according) {
    const content = according[4]!;
    const start = sentence.start + s.lastIndexOf(content);
    return { mention: according[2]!, appos: according[3] ?? null, cue: according[1]!.replace(/\s+/g, ' ').toLowerCase(), cueAt: sentence.start + s.indexOf(according[1]!), content: { start, end: trimEnd(sentence.text, start - sentence.start, s.length) + sentence.start } };
  }
  // "…, according to X."
  const accordingAfter = ACCORDING_AFTER.exec(s);
  if (accordingAfter) {
    return { mention: accordingAfter[3]!, appos: null, cue: 'according to', cueAt: sentence.start + accordingAfter[1]!.length, content: { start: sentence.start, end: sentence.start + accordingAfter[1]!.length } };
  }
  // "X (, apposition,) (also) stressed that …" / "X заявил, что …"
  const forward = FORWARD.exec(s);
  if (forward) {
    const cue = forward[3]!.replace(/\s+/g, ' ');
    let afterCue = forward[0].length;
    let hasThat = forward[5] !== undefined;
    // "told Global Times that …", "tells Breitbart News …": the one told is not part of what was said.
    if (/^(?:told|tells|tell|telling)$/i.test(cue)) {
      const recipient = TOLD_RECIPIENT.exec(s.slice(afterCue));
      const longer = hasThat || recipient?.[1] !== undefined ? null : LONG_RECIPIENT.exec(s.slice(afterCue));
      if (longer) {
        afterCue += longer[0].length;
        hasThat = true;
      } else if (recipient) {
        afterCue += recipient[0].length;
        hasThat = hasThat || recipient[1] !== undefined;
      }
    }
    // "said at a rally in the old port that …": the occasion, up to its "that", is not what was said.
    const occasion = hasThat ? null : PLACE_THEN_THAT.exec(s.slice(forward.indices![3]![1]));
    if (occasion) {
      afterCue = forward.indices![3]![1] + occasion[0].length;
      hasThat = true;
    }
    const rest = s.slice(afterCue);
    const takesObject = OBJECT_CUES.test(cue);
    // "A few states have yet to vote": "states" is a verb of speech only before "that" or a colon.
    const bareStates = /^states$/i.test(cue) && !hasThat;
    // "said much of his discussion was …", "said “it gets me mad” …": a clause follows, not a preposition or an object.
    const startsClause = !/^(?:in|on|at|to|with|during|after|before|for|by|from|of|about|as|and|but|or|so|while|when|if|goodbye|hello|nothing|something|anything|little|more|so|yes|no|thank|sorry)\b/i.test(rest) && /^[\p{L}“"«„‘]/u.test(rest);
    // A participle ("…, saying …") has no subject of its own: what stands before it is not its speaker.
    if (!OUTLET_VERBS.test(cue) && !/ing$/.test(cue) && !bareStates && words(rest) >= 4 && (hasThat || takesObject || startsClause)) {
      const setting = forward[4]?.trim();
      const start = sentence.start + afterCue;
      const inner = innerAttribution(rest);
      const end = inner < 0 ? s.length : afterCue + inner;
      return { mention: forward[1]!, appos: forward[2] ?? null, cue: withSetting(cue, setting), cueAt: sentence.start + forward.indices![3]![0], content: { start, end: trimEnd(s, afterCue, end, /[\s.!?…;:,]/) + sentence.start } };
    }
  }
  // "…, X (, apposition) said (in an interview …)."
  // "His campaign manager, Jeff Weaver, says it's proof … in pledged delegates": an apposition holds no verb of its own.
  const invertedMatch = INVERTED.exec(s);
  const inverted = invertedMatch?.[3] !== undefined && HAS_CUE.test(invertedMatch[3]) ? null : invertedMatch;
  // "In an interview with the BBC, Mr Obama said it was …": when a clause follows the verb, the words before the
  // comma set the scene; they are not what was said.
  // A short tail without a subject of its own ("… with Steppe Herald.") still belongs to the setting.
  // So does an outlet's own attribution at the end (", Kaspi.News reports.").
  const tail = inverted === null ? '' : s.slice(inverted.index + inverted[0].length).replace(OUTLET_TAIL, '');
  // "The argument would be aided, Devine said, by the calendar.": an attribution between commas inside the sentence;
  // what was said runs on after it, so the statement is the whole sentence.
  const parenthetical = inverted !== null && isParentheticalTail(tail);
  // "In the deposition, Mr. Trump said his net worth could …": a clause in small letters after the verb is what was
  // said; the words before the comma only set the scene (the cue scan reads the clause).
  // Not after "told": the words in small letters there name who was told ("told the local paper on Monday").
  const clauseAfter = inverted !== null && !parenthetical && !/^(?:told|tells|tell|asked|asks|informed|assured|reminded)$/i.test(inverted[4]!) && CLAUSE_TAIL.test(tail) && words(tail) >= 3;
  // "…, Sanders said, a policy that …" / "…, Hollande said, noting …": an apposition on what was said or a participle
  // of its own follows; what was said is still the words before the attribution, however long the rest.
  const apposed = inverted !== null && AFTER_ATTRIBUTION.test(tail);
  const closesSentence = inverted !== null && (parenthetical || apposed || (!clauseAfter && words(tail) <= 8 && !/^[\s,]*(?:that|it|he|she|they|we|I|there|this|these)\b/i.test(tail)));
  if (inverted && closesSentence && !OUTLET_VERBS.test(inverted[4]!)) {
    const setting = inverted[5]?.trim();
    const cue = inverted[4]!.replace(/\s+/g, ' ');
    return {
      mention: inverted[2]!,
      appos: inverted[3] ?? null,
      cue: withSetting(cue, setting),
      cueAt: sentence.start + inverted.indices![4]![0],
      content: { start: sentence.start, end: sentence.start + (parenthetical ? trimEnd(s, 0, s.length, /[\s.!?…;:,"”»’]/) : inverted[1]!.length) },
    };
  }
  return accordingAnywhere(sentence);
}

/** "According to early results of exit polls conducted by …, …": a source of any form, up to its comma. */
const ACCORDING_ANY_OPENING = new RegExp(String.raw`^${LEAD_IN}(according\s+to)\s+([^,;:“”"«»()]{2,160}?),\s+(.{12,}?)\s*$`, 'iu');
/** "according to X" inside or at the end of a sentence: after a comma, a dash or a bracket, or right after a clause. */
const ACCORDING_INSIDE = /(?:\s*,\s*|\s+[—–-]+\s*|\s*\(\s*|\s+)(according\s+to)\s+([^,;:“”"«»()—–]{2,160}?)(?=\s*(?:[,;:)—–]|\s-\s|[.!?]?["”»’]?\s*$))/iu;

/**
 * The forms of "according to" that the patterns for a person miss: a document, a count or a survey as the source
 * ("according to a count by The Associated Press", "according to early results of exit polls"), and the phrase in the
 * middle of a sentence ("Over the long term, according to the budget office, the rise … is …"), where what it
 * attributes is the whole sentence.
 */
function accordingAnywhere(sentence: SentenceSpan): ReportedMatch | null {
  const s = sentence.text;
  if (!/according\s+to/i.test(s)) return null;
  const opening = ACCORDING_ANY_OPENING.exec(s);
  if (opening) {
    const start = s.length - opening[3]!.length;
    return { mention: opening[2]!.trim(), appos: null, cue: 'according to', cueAt: sentence.start + s.indexOf(opening[1]!), content: { start: sentence.start + start, end: sentence.start + trimEnd(s, start, s.length) } };
  }
  const inside = ACCORDING_INSIDE.exec(s);
  if (!inside || inside.index < 12) return null;
  const cueAt = inside.index + inside[0].indexOf(inside[1]!);
  const after = s.slice(inside.index + inside[0].length).replace(/^\s*\)/, '');
  // At the end the words before it are what it attributes; in the middle, the sentence on both sides of it.
  const atEnd = /^\s*[.!?]?["”»’]?\s*$/.test(after);
  const end = atEnd ? trimEnd(s, 0, inside.index, /[\s,;:(—–-]/) : trimEnd(s, 0, s.length, /[\s.!?…;:,"”»’)]/);
  if (words(s.slice(0, end)) < 3) return null;
  return { mention: inside[2]!.trim(), appos: null, cue: 'according to', cueAt: sentence.start + cueAt, content: { start: sentence.start, end: sentence.start + end } };
}

/** What may follow an attribution at the end of what was said: an apposition ("a policy that …") or a participle. */
export const AFTER_ATTRIBUTION = /^\s*,\s+(?:a|an|adding|saying|noting|arguing|insisting|warning|explaining|claiming|stressing|suggesting|calling|citing|referring|pointing)\s/u;

/** A clause after a reporting verb, in small letters and opening with no preposition or time ("said his net worth …"). */
const CLAUSE_TAIL = /^\s+(?!(?:in|on|at|to|with|during|after|before|for|by|from|of|about|as|via|through|over|under|when|while|last|this|next|earlier|later|again|also|then|too|yesterday|today|tonight|now|and|but|or)(?![\p{L}]))\p{Ll}/u;

/**
 * Whether the words after an attribution set off by commas go on with what was said ("…, he said, could set a new
 * tone"): at least three words after the comma that are not a participle ("adding …"), a relative clause on the
 * speaker ("who …"), an apposition ("a policy that …") or an attribution of their own ("according to …").
 */
export function isParentheticalTail(tail: string): boolean {
  const m = /^\s*,\s+(.*)$/su.exec(tail);
  if (!m) return false;
  const rest = m[1]!;
  if (words(rest) < 3 || /^[\p{L}]+ing(?![\p{L}])/iu.test(rest)) return false;
  return !/^(?:according|who|whom|whose|which|a|an|and\s+(?:also\s+)?(?:said|says|added|adds|noted|told)|citing|as|in\s+an?\s+(?:interview|statement))(?![\p{L}])/iu.test(rest);
}

/**
 * Where a clause of reported speech hands over to a second attribution of its own ("Bob said there was …, but he
 * said he played no role …"; "…, and she added that …"): the words after it are a statement of their own, told by
 * the pronoun, not more of the first. -1 when there is none.
 */
export function innerAttribution(rest: string): number {
  return rest.search(/,\s+(?:(?:and|but|while|though)\s+)?(?:he|she|they)\s+(?:also\s+|later\s+|then\s+)?(?:said|says|added|adds|argued|argues|noted|notes|insisted|insists|contended|explained|acknowledged|warned|stressed)(?![\p{L}])/iu);
}

/** "said" + "in an interview with …" → "said in an interview": the cue keeps the kind of occasion, not its partner. */
function withSetting(cue: string, setting: string | undefined): string {
  const occasion = setting ? /\bin\s+an?\s+(?:exclusive\s+)?(?:interview|statement|speech|address|op-ed|article|briefing)\b/.exec(setting)?.[0] : undefined;
  return occasion ? `${cue} ${occasion.replace(/\s+/g, ' ')}` : cue;
}

/** An outlet's own attribution closing a sentence: ", сообщает Kaspi.News", ", Kaspi.News reports". */
const OUTLET_TAIL = /,\s*(?:(?:сообщает|сообщают|передает|передаёт|пишет|reports|writes|informs)\s+[^,\n]{1,60}?|[^,\n]{1,60}?\s+(?:reports|reported|writes|informs|сообщает|передает|передаёт|пишет))\s*[.!]?\s*$/u;

/** Where a reported statement's content ends once an outlet's own attribution after it is left out. */
export function endBeforeOutletTail(text: string, start: number, end: number): number {
  const tail = OUTLET_TAIL.exec(text.slice(start, end));
  return tail ? start + tail.index : end;
}
