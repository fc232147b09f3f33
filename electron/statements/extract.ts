// Statements in an article's text: direct quotations in every common style (including quotations that run over
// several paragraphs and ones split by their attribution) and reported speech ("X stressed that …", "according
// to X, …", "…, X said"), each with its cue and its speaker. Speakers named by a pronoun or a role noun ("he",
// "the presidential aide") resolve to the person the text last named; outlets and publications are never speakers.
import { mentionGender } from './gender';
import { nameWithoutOpeners, NOT_NAMES, ORGANISATION_WORDS } from './lexicon';
import { trimEnd, words } from './patterns';
import { findQuotations, firstEndingAfter, opensMidSentence, overlapChecker, quoteAttribution, quotedShare, sentenceStart, standsAlone, titleWithAuthor } from './quotes';
import { earlyForms, lateForms } from './clause-forms';
import { cuesIn, scanReported } from './cue-scan';
import { endBeforeOutletTail, type ReportedMatch, reportedIn, sentences } from './reported';
import { clause, isPublication, kindOfMention, namedPeople, type SourceOptions, SpeakerResolver } from './speakers';
import type { FoundStatement } from './types';
import { withScriptStatements } from './scripts';
import type { SignatureTable } from '../clipping/agency-signatures';
import { ArticleFacts, asSpeakerKind, classifySpeaker } from './speaker-kind';
import { InstitutionBook, introducedPeople, RoleBook } from './coreference';
import { LOOK_BACK, work } from './limits';
import { notAStatement } from './not-statements';

export { findPeople } from './speakers';
export { introducedPeople } from './coreference';
export { findQuotations } from './quotes';

export type ExtractOptions = SourceOptions & {
  /** The agencies' signatures (built-in and the library's own): outlets, never speakers. The extraction's table when left out. */
  signatures?: SignatureTable | undefined;
};

/** A share of people or a group that a poll asks: "38 percent of voters", "six in 10", "about half", "Republican-leaning voters". */
const POLLED = /(?:\d\s*%|percent|per cent|\b(?:in|of)\s+(?:10|ten|\d+)$|\bin\s+(?:10|ten)\b|\bhalf\b|\bthirds?\b|\bquarters?\b|\bmajority\b|\b(?:voters|respondents|Americans|adults)$)/i;
/** The poll a sentence cites: "In a September Washington Post-ABC News poll", "A Bloomberg poll in June showed that". */
const POLL_CITED = /(?:^|[\s(,])((?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Oo]ne|[Ii]ts)\s+(?:[^\s,;:.“”"]+\s+){0,7}?(?:poll|survey))(?![\p{L}])/u;

/** A document, a count or a message named in small letters after its determiner ("a new poll by …", "his book"). */
const DOCUMENT = /^(?:the|a|an|his|her|their|its|this|that|these|those)\s+(?:[\p{L}\d’'-]+\s+){0,3}?(?:paper|report|poll|polls|survey|tally|analysis|review|account|records|documents?|results|tracker|article|interview|post|study|data|figures|estimates?|count|filings?|transcript|memo|email|letter|book|message|tweet|video|footnote|summary|cable|complaint|lawsuit|indictment|ruling)(?![\p{L}])/iu;

/** A participle of speech read as a speaker's first word. */
const SPEECH_PARTICIPLE = /^(?:saying|adding|telling|noting|stressing|insisting|arguing|explaining|warning|claiming)\s/i;
/** An unnamed source named again ("the source", "the two sources"). */
const THE_SOURCE = /^the\s+(?:[\p{L}-]+\s+){0,3}sources?$/iu;
/** A share of a group named before ("many of them", "some of those"). */
const SHARE_OF_THEM = /^(?:many|some|most|all|few|several|both|none|one|two|three|each|any|half)\s+of\s+(?:them|those|these)$/i;
/** A first name alone: one capitalised word. */
const GIVEN_NAME = /^\p{Lu}\p{Ll}+$/u;

/**
 * The group the sentence before names as its subject ("Military officers and government officials described …"), for
 * "many of them" in the next: a plural noun phrase, without its determiner; null when it names none.
 */
function groupBefore(text: string, at: number): string | null {
  const start = sentenceStart(text, at);
  if (start <= 1) return null;
  const previous = text.slice(sentenceStart(text, start - 2), start).trim();
  const found = clause(previous);
  if (!found || !/[^s]s$/.test(found.subject) || kindOfMention(found.subject) === 'name') return null;
  return found.subject.replace(/^(?:the|a|an|some|many)\s+/i, '');
}

/** A person's name standing alone, of two to four capitalised words ("Anna Volkova", "Steffen Seibert"). */
const PERSON_NAME = /^\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,3}$/u;

interface Attribution {
  speaker: string | null;
  cue: string | null;
  confidence: number;
}

export function extractStatements(text: string, options: ExtractOptions = {}): FoundStatement[] {
  if (text.trim() === '') return [];
  const quotes = findQuotations(text);
  const attributed = quotes.map((span) => ({ span, attribution: quoteAttribution(text, span) }))
    // "The Times wrote: “…”": a publication that introduces a quotation is its source; the words stand on their own.
    .map((a) => (a.attribution?.introduced && a.attribution.mention && isPublication(nameWithoutOpeners(a.attribution.mention) ?? '', options) ? { ...a, attribution: null } : a));
  const overlapsQuote = overlapChecker(quotes);
  // A quotation with its own attribution is a statement of its own; one without ("Morris says the candidate has
  // “always run a lean campaign”") is part of the reported statement around it.
  const attributedQuotes = attributed.filter((a) => a.attribution !== null).map((a) => a.span);
  const reported = sentences(text)
    .filter((s) => !overlapsQuote(s.start + 1, s.end - 1, true))
    .flatMap((sentence) => {
      const anchored = reportedIn(sentence);
      const matches: Array<ReportedMatch & { antecedent?: string | null; subjectUnknown?: boolean; unattributed?: boolean }> = anchored ? [anchored] : [];
      const cues = cuesIn(sentence.text);
      const taken = anchored ? [anchored.content] : [];
      for (const match of earlyForms(sentence, taken, cues)) {
        matches.push(match);
        taken.push(match.content);
      }
      for (const match of scanReported(sentence, taken, anchored?.cueAt !== undefined ? [anchored.cueAt] : [], cues)) {
        matches.push(match);
        taken.push(match.content);
      }
      matches.push(...lateForms(sentence, taken, cues));
      return matches.map((match) => ({ sentence, match }));
    })
    // Reported speech that quotes a few words ("Morris says the candidate has “always run a lean campaign”") stays
    // reported; only a "reported" clause that is really a quotation's attribution is dropped.
    .filter((r) => quotedShare(attributedQuotes, r.match.content) < 0.65);

  const asPeople = (list: string[]) =>
    list.map(nameWithoutOpeners).filter((n): n is string => n !== null && !isPublication(n, options) && !ORGANISATION_WORDS.test(n));
  // The names given as speakers of the statements found: even a lone surname there is a person.
  const speakerNames = asPeople([
    ...attributed.flatMap((a) => (a.attribution?.mention && kindOfMention(a.attribution.mention) === 'name' ? [a.attribution.mention] : [])),
    ...reported.flatMap((r) => (!r.match.unattributed && kindOfMention(r.match.antecedent ?? r.match.mention) === 'name' ? [r.match.antecedent ?? r.match.mention] : [])),
  ]);
  const intros = introducedPeople(text);
  const introduced = intros.map((p) => p.name);
  const names = [...asPeople([...introduced, ...namedPeople(text).map((p) => p.name)]), ...speakerNames];
  const resolver = new SpeakerResolver(text, names, speakerNames);
  // "The minister" is the person introduced as one; "the ministry" the ministry the article named.
  const roles = new RoleBook(intros, (name) => resolver.named(name));
  let institutions: InstitutionBook | undefined;
  // People the text names with a first name or an apposition: their names and surnames are never places or nouns.
  const facts = new ArticleFacts(text, new Set([...introduced, ...names.filter((n) => /\s/.test(n))].flatMap((n) => [n, n.split(/\s+/).at(-1)!])));

  const resolve = (mention: string | null, at: number): Attribution => {
    // "…, saying its experts were …" read as if "saying its experts" spoke: a participle is no one; the person named last is.
    if (!mention || SPEECH_PARTICIPLE.test(mention)) return { speaker: resolver.lastNamedBefore(at), cue: null, confidence: 0.5 };
    // "The source, who said …": a source stays unnamed, whoever the text named last.
    if (THE_SOURCE.test(mention)) return { speaker: mention.replace(/^the\s+/i, ''), cue: null, confidence: 0.6 };
    // "Many of them said": the people the sentence before spoke of, when it names them as a group; else no one.
    if (SHARE_OF_THEM.test(mention)) return { speaker: groupBefore(text, at), cue: null, confidence: 0.5 };
    // "It added that …": an organisation or a document speaks; the statement stands, with no person to name.
    if (/^it$/i.test(mention)) return { speaker: null, cue: null, confidence: 0.5 };
    // "According to a tally by the Associated Press", "the 2009 paper", "an account she gave to …": a document or a
    // count is the source; it is not resolved to whoever the text named last.
    // A document cannot speak: the body it comes from does when the words name it ("a report by the Pentagon").
    if (DOCUMENT.test(mention)) {
      const issuer = issuerOf(mention, facts);
      return { speaker: issuer !== null && !isPublication(issuer, options) ? issuer : null, cue: null, confidence: 0.5 };
    }
    const kind = kindOfMention(mention);
    if (kind === 'name') {
      const name = nameWithoutOpeners(mention);
      if (!name || isPublication(name, options)) return { speaker: null, cue: null, confidence: 0 };
      return { speaker: resolver.named(name), cue: null, confidence: 0.95 };
    }
    // "The ministry said", "critics say": the group or body is the speaker, not the person last named.
    if (kind === 'collective') return { speaker: (institutions ??= new InstitutionBook(text)).institutionFor(mention, at) ?? mention.replace(/^(?:the|a|an|this|that)\s+/i, ''), cue: null, confidence: 0.7 };
    // "I" and "we" outside a quotation are the writer: there is no one to resolve them to.
    if (/^(?:I|we|я|мы)$/i.test(mention)) return { speaker: null, cue: null, confidence: 0.6 };
    // "a source", "a senior official": someone unnamed, not the person named last.
    if (kind === 'role' && /^(?:a|an|another|one)\s/i.test(mention)) return { speaker: mention.replace(/^\S+\s+/, ''), cue: null, confidence: 0.6 };
    // "The cocaine was …", "the server SHOULD": a role noun that names no person resolves to no one.
    if (kind === 'role' && /^(?:the|a|an|this|that|his|her|their|its|\p{Ll})/u.test(mention) && asSpeakerKind(classifySpeaker(mention, facts)) === null) return { speaker: null, cue: null, confidence: 0.4 };
    // "She said" goes to the woman named last, not to a man named after her.
    const gender = mentionGender(mention);
    const byRole = kind === 'role' ? roles.personFor(mention, at, resolver, gender) : null;
    return { speaker: byRole ?? resolver.lastNamedBefore(at, gender), cue: null, confidence: kind === 'pronoun' ? 0.85 : 0.8 };
  };

  // "Trump says “the whole game has become screwed up” because …": a clause that opens with the speaker's own words
  // (two or more, not one quoted name such as "CNN") is a direct quotation, whatever the writer's words that finish it.
  // After "that" ("Fiorina said that “…”") the quoted words finish the writer's clause: reported, a few words quoted.
  const quotesMost = (span: { start: number; end: number }) => {
    if (!/^["“«„‘'「『]/.test(text.slice(span.start, span.start + 1)) || /(?<![\p{L}])(?:that|что)\s*$/iu.test(text.slice(Math.max(0, span.start - 8), span.start))) return false;
    // Quotations are sorted: the first one opening after the clause's start, found by halves.
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotes[mid]!.start <= span.start) lo = mid + 1;
      else hi = mid;
    }
    const opening = quotes[lo] !== undefined && quotes[lo]!.start <= span.start + 2 ? quotes[lo] : undefined;
    return opening !== undefined && words(text.slice(opening.start, opening.end)) >= 2;
  };
  // The last reported statement that lies between two positions, for an unattributed quotation after it. Sorted by
  // their ends and searched by halves, so that a long article with many quotations stays linear.
  // A relative clause's "who" with no name found for it says nothing of who speaks next.
  const byEnd = reported.map((r) => r.match).filter((m) => !m.unattributed && !/^(?:who|which)$/i.test(m.antecedent ?? m.mention)).sort((a, b) => a.content.end - b.content.end);
  const reportedBetween = (from: number, to: number) => {
    let lo = 0;
    let hi = byEnd.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byEnd[mid]!.content.end <= to) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && byEnd[i]!.content.end >= from; i--) if (byEnd[i]!.content.start >= from) return byEnd[i];
    return undefined;
  };
  const statements: FoundStatement[] = [];
  let previous: FoundStatement | undefined;
  // The clauses read from a quotation inside the writer's sentence: the reported-speech patterns may read the same
  // clause from its verb, and it is given once.
  const midSentenceSpans: Array<{ start: number; end: number }> = [];
  let reporter: ReturnType<typeof reportedBetween>;
  let subject: string | null;
  // The subject of the sentence right before an unattributed quotation, in its paragraph, when it names a person or
  // says "he" or "she"; a sentence that quotes someone itself is left to the rules for continued quotations.
  const leadSubject = (openAt: number): string | null => {
    const end = text.slice(Math.max(0, openAt - 2), openAt).trimEnd().length + Math.max(0, openAt - 2);
    // Where the words before end, back over spaces: read from `end` back, not by trimming all the text before it.
    let last = end;
    while (last > 0 && end - last < LOOK_BACK && /\s/.test(text[last - 1]!)) last--;
    work.scanned += end - last;
    if (last === 0 || !/[.!?]/.test(text[last - 1]!)) return null;
    const from = sentenceStart(text, last - 1);
    const sentence = text.slice(from, end).trim();
    if (sentence.length < 10 || /["“”«»'‘’]{1,2}\s*\p{L}|[“”«»"]/u.test(sentence.replace(/(?<=\p{L})['’](?=\p{L})/gu, ''))) return null;
    const found = clause(sentence);
    if (!found) return null;
    const kind = kindOfMention(found.subject);
    return kind === 'name' || (kind === 'pronoun' && /^(?:he|she)$/i.test(found.subject)) ? found.subject : null;
  };
  for (const { span: marks, attribution } of attributed) {
    // The comma before the closing mark ("…growth,” he said) is the sentence's, not the speaker's.
    const span = { start: marks.start, end: trimEnd(text, marks.start, marks.end, /[\s,;:]/) };
    const content = text.slice(span.start, span.end);
    const count = words(content);
    // Scare quotes, titles and single quoted words are not statements; short quotations count only when attributed.
    // A short quotation right after an attributed one goes on with it ("…thin-skinned,” he said. “Everything.”).
    // It opens a sentence of its own: a phrase quoted inside the writer's sentence ("calling it “a disaster”") does not.
    // Where the opening mark stands: two apostrophes open a quotation in the typewriter style.
    const openAt = marks.start - (text[marks.start - 2] === "'" && text[marks.start - 1] === "'" ? 2 : 1);
    const continues = previous !== undefined && previous.cue !== null && span.start - previous.end < 200 && /(?:[.!?…:]["”»’']*|\n)\s*$/.test(text.slice(previous.end, openAt));
    if (count < 2 || (!attribution && !continues && !standsAlone(text, marks.start - 1, content, count))) continue;
    // A digest's headline and its author ("—“…,” by Times' Ben Sisario") is a title, not a statement.
    if (titleWithAuthor(text, marks.end)) continue;
    const midSentence = attribution?.follows === true && opensMidSentence(text, openAt);
    let who: Attribution;
    // A continued quotation is attributed by the same words as the one before it ("he", "the minister").
    let continued: string | null = null;
    if (attribution?.according && attribution.mention && isPublication(nameWithoutOpeners(attribution.mention) ?? '', options)) {
      // "According to the Daily Caller, “…”": the outlet is where the words were read, not who said them; the
      // quotation stands, with no speaker rather than the person named last.
      who = { speaker: null, cue: attribution.cue, confidence: 0.5 };
    } else if (attribution) {
      who = { ...resolve(attribution.mention, span.start), cue: attribution.cue.replace(/\s+/g, ' ') };
      if (who.confidence === 0) continue;
      // "…,'' Google's chief human resources executive, Laszlo Bock, told …": the name the description is given is
      // who speaks, not the person the text named last.
      if (attribution.appos && attribution.mention && kindOfMention(attribution.mention) === 'role' && PERSON_NAME.test(attribution.appos)) who = { ...who, speaker: resolver.named(attribution.appos) };
      // "…,” her mother, Fiona, said": a first name alone is the person of that first name the text gives in full.
      else if (attribution.appos && attribution.mention && kindOfMention(attribution.mention) === 'role' && GIVEN_NAME.test(attribution.appos) && !NOT_NAMES.has(attribution.appos)) who = { ...who, speaker: resolver.byFirstName(attribution.appos) ?? attribution.appos };
    } else if (!/:\s*["“«„‘']*$/.test(text.slice(Math.max(0, marks.start - 4), marks.start)) && (reporter = reportedBetween(previous?.end ?? span.start - 400, span.start))) {
      // “…,” Hussein said. Carter said that … “…”: the one who spoke last before the quotation goes on.
      who = { ...resolve(reporter.antecedent ?? reporter.mention, reporter.content.start), cue: reporter.cue, confidence: 0.6 };
      continued = reporter.mention;
    } else if ((subject = leadSubject(openAt)) !== null) {
      // “…,” Hussein said. Clinton touted her record. “…”: the person the sentence before is about speaks next.
      who = { ...resolve(subject, span.start), confidence: 0.6 };
      continued = subject;
    } else if (previous && span.start - previous.end < 400) {
      // A quotation that goes on after its attribution ("…,” he said. “…”) belongs to the same speaker.
      who = { speaker: previous.speaker, cue: previous.cue, confidence: 0.7 };
      continued = previous.mention;
    } else who = resolve(null, span.start);
    if (midSentence) {
      const start = sentenceStart(text, openAt);
      midSentenceSpans.push({ start, end: span.end });
      const statement: FoundStatement = { text: text.slice(start, span.end), start, end: span.end, kind: 'reported', speaker: who.speaker, mention: attribution?.mention ?? null, cue: who.cue, confidence: Math.min(0.8, who.confidence), speakerKind: 'unknown', chain: null };
      statements.push(statement);
      previous = statement;
      continue;
    }
    const mention = attribution?.according && who.speaker === null ? null : (attribution?.mention ?? continued);
    const statement: FoundStatement = { text: content, start: span.start, end: span.end, kind: 'direct', speaker: who.speaker, mention, cue: who.cue, confidence: who.confidence, speakerKind: 'unknown', chain: null };
    statements.push(statement);
    previous = statement;
  }
  const readFromQuote = overlapChecker(midSentenceSpans);
  for (const { sentence, match } of reported) {
    if (readFromQuote(match.content.start, match.content.end, false)) continue;
    if (settingAfterQuote(text, quotes, match.content.start, match.content.end)) continue;
    // "At an event in Ames, Iowa, on Sunday, Mrs. Clinton tried …, saying that …": a participle whose subject was not
    // read speaks for the first person its sentence names, before falling back on the person named last.
    const subject = match.subjectUnknown ? resolver.firstNamedIn(sentence.start, match.content.start) : null;
    // "In a CNN/ORC poll released Monday, 38 percent of voters said …": the share of those polled speaks through the
    // poll, which is what the sentence cites.
    const poll = POLLED.test(match.mention) ? POLL_CITED.exec(sentence.text)?.[1] ?? null : null;
    const who = match.unattributed
      ? { speaker: null, cue: null, confidence: 0.5 }
      : poll
      ? { speaker: null, cue: null, confidence: 0.5 }
      : subject
        ? { speaker: subject, cue: null, confidence: 0.7 }
        : resolve(match.antecedent ?? match.mention, match.content.start);
    if (who.confidence === 0) continue;
    // "…начнется осенью, сообщает Kaspi.News": the outlet's attribution is not part of what was said.
    let end = endBeforeOutletTail(text, match.content.start, match.content.end);
    // "“I think he will do it,” said Kunin": a clause read inside a quotation ends with it, not in the attribution after.
    const inside = quoteAround(quotes, match.content.start);
    if (inside && end > inside.end) end = trimEnd(text, match.content.start, inside.end, /[\s,.;:!?]/);
    if (words(text.slice(match.content.start, end)) < 3 || notAStatement(text, match, end)) continue;
    statements.push({
      text: text.slice(match.content.start, end),
      start: match.content.start,
      end,
      kind: quotesMost(match.content) ? 'direct' : 'reported',
      speaker: who.speaker,
      mention: match.unattributed ? null : (poll ?? match.mention),
      cue: match.cue,
      confidence: Math.min(0.8, who.confidence),
      speakerKind: 'unknown',
      chain: null,
    });
  }
  statements.push(...labelled(text, names, statements, resolver));
  return withScriptStatements(text, typed(statements.sort((a, b) => a.start - b.start), facts), options);
}

/**
 * Each statement's speaker typed (person, institution, anonymous source) or taken away when it names what cannot speak
 * (a document, a place, a count, a common noun: the statement stands, less sure, with no speaker); and the entity
 * each was resolved to numbered in the order the article first gives it a statement.
 */
function typed(statements: FoundStatement[], facts: ArticleFacts): FoundStatement[] {
  const chains = new Map<string, number>();
  return statements.map((s) => {
    const kind = s.speaker === null ? null : asSpeakerKind(classifySpeaker(s.speaker, facts));
    if (s.speaker === null || kind === null) return { ...s, speaker: null, speakerKind: 'unknown', chain: null, confidence: Math.min(s.confidence, 0.5) };
    let chain = chains.get(s.speaker);
    if (chain === undefined) chains.set(s.speaker, (chain = chains.size));
    return { ...s, speakerKind: kind, chain };
  });
}

/** "A report by the Pentagon", "a statement from the ministry": the body a document comes from, or null. */
function issuerOf(mention: string, facts: ArticleFacts): string | null {
  const m = /\s(?:by|from)\s+(the\s+\p{Ll}[\p{L}’'-]*(?:\s+\p{Ll}[\p{L}’'-]*){0,3}$|(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+|for\s+)?(?:the\s+)?\p{Lu}[\p{L}’'.-]*){0,5})$/u.exec(mention);
  if (!m) return null;
  const issuer = m[1]!.replace(/^the\s+/i, '');
  const kind = asSpeakerKind(classifySpeaker(issuer, facts));
  return kind === 'institution' || kind === 'person' ? issuer : null;
}

/** The quotation a position lies inside, if any. */
function quoteAround(quotes: Array<{ start: number; end: number }>, at: number): { start: number; end: number } | undefined {
  const quote = quotes[firstEndingAfter(quotes, at)];
  return quote && quote.start <= at ? quote : undefined;
}

/**
 * "“…,” Trump said late last week.", "“…,” she said, speaking by phone from Nice.": after a quotation and its
 * attribution, the words that follow the verb say when, where or how it was said, not what. A clause after "that" or
 * a participle of speech ("adding that …") is a statement of its own and stays.
 */
function settingAfterQuote(text: string, quotes: Array<{ start: number; end: number }>, at: number, end: number): boolean {
  // The last quotation that closes before the statement.
  const quote = quotes[firstEndingAfter(quotes, at) - 1];
  // A quotation that ends its sentence ("…soft.” He says …") is followed by a sentence of its own.
  if (!quote || at - quote.end > 90 || /[.!?…]['"”’»]*$/.test(text.slice(Math.max(quote.start, quote.end - 3), quote.end)) || words(text.slice(at, end)) > 8) return false;
  const between = text.slice(quote.end, at);
  return !/[.!?…]["”’»']*\s+\S|\n|(?:^|\s)(?:who|which|that|and|but|when|while|as|after|before|said|says|asked|told|added)\s/u.test(between.slice(2).replace(AFTER_QUOTE_CUE, '')) && AFTER_QUOTE_SETTING.test(between);
}
/** What stands between a quotation and words that only set it: its attribution, a comma, and no "that" or participle. */
const AFTER_QUOTE_CUE = /(?:said|says|added|adds|told|tells|wrote|writes|explained|continued|recalled|insisted|argued|noted|declared|remarked|replied|responded|joked|quipped|stressed)(?![\p{L}])/u;
const AFTER_QUOTE_SETTING = /^[,.!?…]?\s*['"”’»]*\s*,?\s+(?:[\p{L}\p{N}.’'()-]+\s+){0,6}?(?:said|says|added|adds|told|tells|wrote|writes|explained|continued|recalled|insisted|argued|noted|declared|remarked|replied|responded|joked|quipped|stressed)(?:\s+(?:on|in|at|to|during|after|from)(?:\s+[^,.!?;:“”"]{1,60}?)?)?\s*,?\s*$/u;

/** A line that opens with a name and a colon: a headline's speaker ("Gingrich: Trump Must Decide …") or a transcript's. */
const LABEL_LINE = /^[ \t]*(?:[\p{Lu}-]+[ \t]+[-–—][ \t]+)?(\p{Lu}[\p{L}’'.-]+(?:[ \t]+\p{Lu}[\p{L}’'.-]+){0,2}):[ \t]+(.{12,}?)[ \t]*$/u;
/** LABEL_LINE up to the words after the colon: the label is short, and the rest of the line is read in code. */
const LABEL_HEAD = /^[ \t]*(?:[\p{Lu}-]+[ \t]+[-–—][ \t]+)?(\p{Lu}[\p{L}’'.-]+(?:[ \t]+\p{Lu}[\p{L}’'.-]+){0,2}):[ \t]+/u;

/**
 * What LABEL_LINE finds in a line: the whole line, the label and the words after it without the spaces that end the
 * line. LABEL_LINE's lazy `.{12,}?` over a line of 19 MB (a text with no line breaks) overflows the regular
 * expression's stack; only the label is matched by a pattern here, and a line whose words after the label are short
 * (where LABEL_LINE may take some of the spaces after the colon) is left to LABEL_LINE itself.
 */
function labelLine(line: string): [string, string, string] | null {
  const head = LABEL_HEAD.exec(line.slice(0, 400));
  if (!head) return null;
  // The spaces after the colon, all of them (the head read only the line's first 400 characters).
  let from = head[0].length;
  while (from < line.length && (line[from] === ' ' || line[from] === '\t')) from++;
  let end = line.length;
  while (end > from && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  const words = line.slice(from, end);
  if (words.length < 12) {
    if (line.length > 400) return null;
    const m = LABEL_LINE.exec(line);
    return m ? [m[0], m[1]!, m[2]!] : null;
  }
  // \`.\` reads no line terminator: a line with one is not a label's.
  if (/[\r\u2028\u2029]/.test(words)) return null;
  return [line, head[1]!, words];
}
/** A transcript's speaker in capitals: "BOLDUAN:", "JAKE TAPPER:". */
const TRANSCRIPT_LABEL = /^\p{Lu}[\p{Lu}’'.-]+(?:[ \t]+\p{Lu}[\p{Lu}’'.-]+){0,2}$/u;
const TRANSCRIPT_LINE = /^[ \t]*\p{Lu}[\p{Lu}’'.-]+(?:[ \t]+\p{Lu}[\p{Lu}’'.-]+){0,2}:[ \t]/gmu;

/** How far before a labelled line a statement that covers it may start (a quotation over several paragraphs). */
const NEAR = 5000;

/**
 * "Paul Ryan: FBI Decision … ‘Defies Explanation’", "TRUMP: The deaths of …": the words after a person's name and a
 * colon at the start of a line are that person's. Only a name the article gives a person elsewhere counts, so that
 * "Report:", "Update:" or an outlet's name ("AP:") label nothing; lines a found statement already covers are left.
 */
function labelled(text: string, names: string[], found: FoundStatement[], resolver: SpeakerResolver): FoundStatement[] {
  if (!text.includes(':')) return [];
  const fold = (n: string) => n.toLocaleLowerCase();
  const known = new Set(names.flatMap((n) => [fold(n), fold(n.split(/\s+/).at(-1)!)]));
  const result: FoundStatement[] = [];
  const byStart = [...found].sort((a, b) => a.start - b.start);
  // A transcript labels its speakers in capitals line after line: two such lines make those labels count. Counted
  // only when a line in capitals is met.
  let transcript: boolean | undefined;
  const isTranscript = () => {
    if (transcript === undefined) {
      let lines = 0;
      TRANSCRIPT_LINE.lastIndex = 0;
      while (lines < 2 && TRANSCRIPT_LINE.exec(text)) lines++;
      transcript = lines > 1;
    }
    return transcript;
  };
  // Line by line, and only lines with a colon near their start: most articles have none, and a 5 MB one stays linear.
  let colon = text.indexOf(':');
  for (let at = 0; at < text.length && colon >= 0; ) {
    // Straight to the line of the next colon.
    const lineStart = text.lastIndexOf('\n', colon) + 1;
    const next = text.indexOf('\n', colon);
    const lineEnd = next < 0 ? text.length : next;
    at = lineEnd + 1;
    const first = colon;
    colon = text.indexOf(':', at);
    if (first - lineStart > 60) continue;
    const m = labelLine(text.slice(lineStart, lineEnd));
    if (!m) continue;
    const label = m[1]!;
    const labelled = TRANSCRIPT_LABEL.test(label) && isTranscript();
    if ((!known.has(fold(label)) && !labelled) || ORGANISATION_WORDS.test(label)) continue;
    const start = lineStart + m[0].length - m[2]!.length - (m[0].length - m[0].trimEnd().length);
    const end = trimEnd(text, start, start + m[2]!.length, /[\s.!?…;:,]/);
    // The statements found near the line, by halves over their starts: a long transcript has many of both.
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.start < start - NEAR) lo = mid + 1;
      else hi = mid;
    }
    let covered = 0;
    for (let i = lo; i < byStart.length && byStart[i]!.start < end; i++) covered += Math.max(0, Math.min(byStart[i]!.end, end) - Math.max(byStart[i]!.start, start));
    if (words(text.slice(start, end)) < 3 || covered > 0.5 * (end - start)) continue;
    // "JAKE TAPPER:" is Jake Tapper.
    const person = /\p{Ll}/u.test(label) ? label : label.toLowerCase().replace(/(?<![\p{L}’'])\p{Ll}/gu, (c) => c.toUpperCase());
    result.push({ text: text.slice(start, end), start, end, kind: 'reported', speaker: resolver.named(person), mention: person, cue: ':', confidence: 0.6, speakerKind: 'unknown', chain: null });
  }
  return result;
}
