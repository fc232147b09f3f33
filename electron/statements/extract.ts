// Statements in an article's text: direct quotations in every common style (including quotations that run over
// several paragraphs and ones split by their attribution) and reported speech ("X stressed that …", "according
// to X, …", "…, X said"), each with its cue and its speaker. Speakers named by a pronoun or a role noun ("he",
// "the presidential aide") resolve to the person the text last named; outlets and publications are never speakers.
import { COLLECTIVE_NOUNS, EN_CUES, nameWithoutOpeners, NOT_NAMES, OBJECT_CUES, ORGANISATION_WORDS, OUTLET_VERBS, PRONOUNS, PUBLICATION_WORDS, ROLE_NOUNS, RU_CUES, RU_ROLE_NOUNS } from './lexicon';
import type { FoundStatement, PersonMention } from './types';

export interface ExtractOptions {
  /** The article's outlet and the publication it was first given to: sources, never speakers. */
  outlet?: string | null;
  originalPublication?: string | null;
}

const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
/** The end of a word in any script (\\b knows only ASCII letters, even in Unicode mode). */
const B = String.raw`(?![\p{L}\p{N}])`;

const CUE = `(?:${alternation([...EN_CUES, ...RU_CUES])})`;
const ROLE = `(?:${alternation([...ROLE_NOUNS, ...RU_ROLE_NOUNS])})`;
// A capitalised word, or an initial ("J."); a full stop after a whole word ends the sentence, not the name.
const NAME_TOKEN = String.raw`\p{Lu}(?:\.|[\p{L}\p{M}'’-]*)`;
const NAME = String.raw`${NAME_TOKEN}(?:\s+(?:(?:van|von|de|del|der|da|bin|al|ibn|el|la|le|ben)\s+)?${NAME_TOKEN}){0,3}`;
const TITLE = String.raw`(?:(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Minister|President|Ambassador|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Governor|Mayor|Senator|Secretary|Director|Adviser|Advisor|Assistant|Envoy|Premier|Chancellor|King|Queen|Prince|Sheikh|General|Judge|Professor|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)|(?:[Зз]аместитель|[Мм]инистр|[Пп]резидент|[Пп]осол|[Гг]лава|[Пп]омощник|[Пп]редседатель|[Гг]убернатор|[Мм]эр|[Зз]амминистра|[Сс]пикер)(?:\s+\p{Ll}+){0,3})`;
const FULL_NAME = String.raw`\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*){1,2}`;
/** A speaker: a pronoun, a role noun phrase ("the presidential aide", "Azerbaijan's foreign minister"), or a name. */
const SPEAKER = String.raw`(?:he|she|they|I|we|он|она|они|я|мы|(?:(?:the|a|an|this|that|his|her|their|его|её)\s+)?(?:[\p{L}’'-]+\s+){0,3}?${ROLE}${B}(?:\s+(?:for|of|at|from|with)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})?|${NAME}(?:’s|'s)\s+(?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*|(?:${TITLE}\s+)?${NAME})`;
/** An apposition after a name: ", Assistant to the President of Azerbaijan - Head of …," */
const APPOSITION = String.raw`[^,;“”"«»]{3,220}?`;

const QUOTE_PAIRS: Record<string, string[]> = {
  '“': ['”'],
  '„': ['“', '”'],
  '«': ['»'],
  '»': ['«'],
  '‘': ['’'],
  '‚': ['‘', '’'],
  '「': ['」'],
  '『': ['』'],
  '‹': ['›'],
  '"': ['"'],
};

/** What may stand before an opening quotation mark: a space, a line start, a bracket, a dash or a colon. */
const OPENING_CONTEXT = /[\s([—–:-]/;

interface Span {
  start: number;
  end: number;
}

interface Attribution {
  speaker: string | null;
  cue: string | null;
  confidence: number;
}

function words(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

function isPublication(name: string, options: ExtractOptions): boolean {
  const fold = (s: string) => s.toLocaleLowerCase().replace(/[\s.]+/g, ' ').trim();
  if (options.outlet && fold(name).includes(fold(options.outlet))) return true;
  if (options.originalPublication && fold(name).includes(fold(options.originalPublication))) return true;
  return PUBLICATION_WORDS.test(name) || /^[\p{L}\p{N}-]+\.[\p{L}]{2,}$/u.test(name);
}

const ENDS_WITH_ROLE = new RegExp(`(?<![\\p{L}])${ROLE}$`, 'iu');

/** Whether a speaker phrase names a person (a name, not an organisation), as opposed to a pronoun or a role. */
function kindOfMention(mention: string): 'pronoun' | 'role' | 'name' | 'collective' {
  const first = mention.split(/\s+/)[0] ?? '';
  const head = mention.replace(/\s+(?:for|of|at|from|with)\s+.*$/i, '').split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (COLLECTIVE_NOUNS.has(head)) return 'collective';
  if (PRONOUNS.test(mention) || /^(?:I|we|я|мы)$/i.test(mention)) return 'pronoun';
  // "O’Malley’s campaign", "the minister’s spokesman": spoken for by someone named, not a person's name.
  if (/(?:’s|'s)\s/.test(mention)) return 'role';
  if (ENDS_WITH_ROLE.test(mention) && (/^(?:the|a|an|this|that|его|её)\s/i.test(mention) || !/^\p{Lu}/u.test(first))) return 'role';
  return 'name';
}

/** Where each top-level quotation is, quotations that run over paragraphs joined into one. */
export function findQuotations(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const closers = QUOTE_PAIRS[ch];
    const before = i === 0 ? ' ' : text[i - 1]!;
    // An opening mark follows a space, a line start or punctuation; a straight quote must also be followed by a letter.
    const opens = closers !== undefined && OPENING_CONTEXT.test(before) && !/\s/.test(text[i + 1] ?? ' ') && !(ch === '»' && /\p{L}/u.test(before));
    if (!opens) {
      i++;
      continue;
    }
    const start = i + 1;
    let j = start;
    let depth = 0;
    let end = -1;
    while (j < text.length) {
      const c = text[j]!;
      if (c === '\n' && text[j + 1] === '\n') {
        // A quotation that runs on: the next paragraph opens with the same mark (and this one was not closed).
        const next = j + 2;
        if (text[next] === ch) {
          j = next + 1;
          continue;
        }
        break;
      }
      if (c === ch && closers.includes(c) === false && OPENING_CONTEXT.test(text[j - 1] ?? ' ')) depth++;
      else if (closers.includes(c)) {
        // An apostrophe inside a word (China’s) does not close a ‘single’ quotation.
        if ((c === '’' || c === '\'') && /\p{L}/u.test(text[j + 1] ?? '') && /\p{L}/u.test(text[j - 1] ?? '')) {
          j++;
          continue;
        }
        if (depth === 0) {
          end = j;
          break;
        }
        depth--;
      }
      j++;
    }
    if (end > start) {
      spans.push({ start, end });
      i = end + 1;
    } else i++;
  }
  return spans;
}

const AFTER_QUOTE = new RegExp(String.raw`^[,.!?…]?[ \t]*[,—–-]*[ \t]*(?:(${SPEAKER})(?:,\s*(${APPOSITION}),)?\s+(?:also\s+|then\s+|later\s+)?(${CUE})${B}|(${CUE})\s+(${SPEAKER}))`, 'u');
const BEFORE_QUOTE = new RegExp(String.raw`(${SPEAKER})(?:,\s*(${APPOSITION}),)?\s+(?:also\s+)?(${CUE})${B}[^.“”«»"]{0,60}[:,]\s*$`, 'u');

const PARTICIPLE_BEFORE_QUOTE = /(?<![\p{L}])(saying|telling(?:\s+[\p{L}’']+){1,2}|adding|noting|writing|stating|insisting|arguing|warning|explaining|declaring|(?:as if )?to\s+(?:say|state|add)|goes\s+on\s+to\s+say|according\s+to\s+[^,“”"]{1,60})\s*[:,]\s*$/iu;

/** Who said a quotation, from the words right after it ("…,” he said) or right before it (Hajiyev said: “…). */
function quoteAttribution(text: string, span: Span): { mention: string | null; cue: string; appos: string | null } | null {
  const after = text.slice(span.end + 1, span.end + 260);
  const a = AFTER_QUOTE.exec(after);
  // “…they don’t like them.” He added, “…”: a new sentence that introduces the next quotation is not this one's.
  const closedSentence = /[.!?…]\s*$/.test(text.slice(span.start, span.end)) && /^\s*\p{Lu}/u.test(after);
  const introducesNext = a !== null && /^\s*,?\s*[“"«„‘]/u.test(after.slice(a[0].length));
  if (a && !(closedSentence && introducesNext)) {
    const mention = (a[1] ?? a[5])!;
    const cue = (a[3] ?? a[4])!;
    return { mention, cue, appos: a[2] ?? null };
  }
  const paragraphStart = text.lastIndexOf('\n\n', span.start) + 2;
  const before = text.slice(Math.max(paragraphStart, span.start - 260), span.start - 1);
  const b = BEFORE_QUOTE.exec(before);
  if (b) return { mention: b[1]!, cue: b[3]!, appos: b[2] ?? null };
  // "…, saying, “…”", "telling them, “…”": the sentence's subject speaks; resolved like a pronoun.
  const c = PARTICIPLE_BEFORE_QUOTE.exec(before);
  if (c) return { mention: null, cue: c[1]!.replace(/\s+/g, ' ').toLowerCase(), appos: null };
  return null;
}

interface SentenceSpan extends Span {
  text: string;
}

/** Sentences, split at end punctuation before a capital or a quotation mark; paragraphs always end one. */
function sentences(text: string): SentenceSpan[] {
  const result: SentenceSpan[] = [];
  const boundary = /(?<![A-Z][a-z]?\.|\b(?:Mr|Ms|Mrs|Dr|St|Gen|Lt|Col|No|vs|etc|e\.g|i\.e|U\.S|U\.K)\.)(?<=[.!?…])["”»’]?\s+(?=[\p{Lu}\p{N}“"«»„‘‚「『])|\n\n+/gu;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index!;
    if (end > start) result.push({ start, end, text: text.slice(start, end) });
    start = m.index! + m[0].length;
  }
  if (start < text.length) result.push({ start, end: text.length, text: text.slice(start) });
  return result;
}

interface ReportedMatch {
  mention: string;
  appos: string | null;
  cue: string;
  content: Span;
}

// A sentence may open with a connective or an adverb and a comma ("Reluctantly, Brafman said …").
const LEAD_IN = String.raw`(?:(?:But|And|However|Meanwhile|Separately|Earlier|Later|Also|Moreover|Furthermore|In addition|At the same time|Но|Также|Кроме того),?\s+|\p{Lu}\p{Ll}+,\s+)?`;
// Where and to whom it was said: "on Friday", "to reporters", "in an interview with …". A named recipient is taken
// in code, after "told" only: "Cook said Carter stopped …" must keep Carter in what was said.
const SETTING = String.raw`(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|earlier|later|recently|last\s+(?:week|month|year)|this\s+(?:week|month|year))(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:to\s+)?(?:the\s+)?(?:reporters|journalists|the press)|\s+in\s+an?\s+(?:exclusive\s+)?(?:interview|statement|speech|address|op-ed|article|briefing)(?:\s+(?:with|to|for|on|at)\s+[^,]*?)?|\s+(?:on|at|during|after|in)\s+(?:\p{Ll}+\s+){0,4}?[\p{L}\p{N}-]+(?:\s+[\p{Lu}][\p{L}-]+){0,3})*`;

const TOLD_RECIPIENT = new RegExp(String.raw`^(?:the\s+)?${NAME}\s*,?\s*(that\s+)?`, 'u');
const HAS_CUE = new RegExp(String.raw`(?<![\p{L}])(?:${CUE}|according\s+to|по\s+словам)${B}`, 'iu');
// "According to X, …" and "According to X, the presidential aide, …": an apposition here opens with an article.
const ACCORDING = new RegExp(String.raw`^${LEAD_IN}(according\s+to|по\s+словам)\s+(${SPEAKER})(?:,\s+((?:the|a|an|his|her|their)\s+[^,]{2,120}))?,\s+(.{12,})$`, 'iu');
const ACCORDING_AFTER = new RegExp(String.raw`^(.{12,}?),\s+(according\s+to)\s+(${SPEAKER})[^,]*[.!]?$`, 'iu');
const FORWARD = new RegExp(String.raw`^${LEAD_IN}(${SPEAKER})(?:,\s*(${APPOSITION}),)?\s+(?:also\s+|further\s+|again\s+|then\s+|later\s+|today\s+|on\s+\p{Lu}\p{Ll}+\s+|также\s+)?(${CUE})${B}(${SETTING})\s*(?:,?\s*(that|что)\s+)?`, 'u');
const INVERTED = new RegExp(String.raw`^(.{15,}?),\s+(${SPEAKER})(?:,\s*(${APPOSITION}))?\s+(?:also\s+)?(${CUE})${B}(${SETTING})`, 'u');

function reportedIn(sentence: SentenceSpan): ReportedMatch | null {
  const s = sentence.text;
  // "According to X, …" / "По словам X, …"
  // Most sentences attribute nothing: one cheap test spares them the patterns below.
  if (!HAS_CUE.test(s)) return null;
  const according = ACCORDING.exec(s);
  if (according) {
    const content = according[4]!;
    const start = sentence.start + s.lastIndexOf(content);
    return { mention: according[2]!, appos: according[3] ?? null, cue: according[1]!.replace(/\s+/g, ' ').toLowerCase(), content: { start, end: trimEnd(sentence.text, start - sentence.start, s.length) + sentence.start } };
  }
  // "…, according to X."
  const accordingAfter = ACCORDING_AFTER.exec(s);
  if (accordingAfter) {
    return { mention: accordingAfter[3]!, appos: null, cue: 'according to', content: { start: sentence.start, end: sentence.start + accordingAfter[1]!.length } };
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
      if (recipient) {
        afterCue += recipient[0].length;
        hasThat = hasThat || recipient[1] !== undefined;
      }
    }
    const rest = s.slice(afterCue);
    const takesObject = OBJECT_CUES.test(cue);
    // "said much of his discussion was …", "said “it gets me mad” …": a clause follows, not a preposition or an object.
    const startsClause = !/^(?:in|on|at|to|with|during|after|before|for|by|from|of|about|as|and|but|or|so|while|when|if|goodbye|hello|nothing|something|anything|little|more|so|yes|no|thank|sorry)\b/i.test(rest) && /^[\p{L}“"«„‘]/u.test(rest);
    if (!OUTLET_VERBS.test(cue) && words(rest) >= 4 && (hasThat || takesObject || startsClause)) {
      const setting = forward[4]?.trim();
      const start = sentence.start + afterCue;
      return { mention: forward[1]!, appos: forward[2] ?? null, cue: withSetting(cue, setting), content: { start, end: trimEnd(s, afterCue, s.length) + sentence.start } };
    }
  }
  // "…, X (, apposition) said (in an interview …)."
  const inverted = INVERTED.exec(s);
  if (inverted && !OUTLET_VERBS.test(inverted[4]!)) {
    const setting = inverted[5]?.trim();
    const cue = inverted[4]!.replace(/\s+/g, ' ');
    return {
      mention: inverted[2]!,
      appos: inverted[3] ?? null,
      cue: withSetting(cue, setting),
      content: { start: sentence.start, end: sentence.start + inverted[1]!.length },
    };
  }
  return null;
}

/** "said" + "in an interview with …" → "said in an interview": the cue keeps the kind of occasion, not its partner. */
function withSetting(cue: string, setting: string | undefined): string {
  const occasion = setting ? /\bin\s+an?\s+(?:exclusive\s+)?(?:interview|statement|speech|address|op-ed|article|briefing)\b/.exec(setting)?.[0] : undefined;
  return occasion ? `${cue} ${occasion.replace(/\s+/g, ' ')}` : cue;
}

function trimEnd(s: string, from: number, to: number, trailing = /[\s.!?…;:]/): number {
  let end = to;
  while (end > from && trailing.test(s[end - 1]!)) end--;
  return end;
}

/**
 * Whether an unattributed quotation reads as someone's words rather than a phrase in the writer's sentence: long
 * enough, opening its sentence (or after a colon), and not a title in capitals ("The Nightly Show with …").
 */
function standsAlone(text: string, openAt: number, content: string, count: number): boolean {
  if (count < 6) return false;
  const tokens = content.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (tokens.filter((w) => /^\p{Lu}/u.test(w)).length / Math.max(1, tokens.length) > 0.6) return false;
  const before = text.slice(Math.max(0, openAt - 3), openAt);
  return openAt <= 0 || /(?:^|\n|[.!?…:]["”»’]?)\s*$/.test(before) || /[:—–]\s*$/.test(before);
}

/** The people a text introduces with an apposition: "Hikmet Hajiyev, Assistant to the President of Azerbaijan, said". */
export function findPeople(text: string): PersonMention[] {
  const people: PersonMention[] = [];
  const pattern = new RegExp(String.raw`(${NAME}),\s+(${APPOSITION})(?:,|\s+(?:also\s+)?${CUE}${B})`, 'gu');
  for (const m of text.matchAll(pattern)) {
    const name = m[1]!;
    const role = m[2]!.trim();
    if (name.split(/\s+/).length < 2 || NOT_NAMES.has(name.split(/\s+/)[0]!) || ORGANISATION_WORDS.test(name) || PUBLICATION_WORDS.test(name)) continue;
    if (!/^(?:the\s+)?(?:\p{Lu}|[\p{Ll}-]+\s+(?:of|to|for)\s)/u.test(role) || words(role) > 30) continue;
    people.push({ name, role, start: m.index!, end: m.index! + name.length });
  }
  return people;
}

/**
 * Whether a span overlaps (or, with `within`, lies inside) one of the quotations. Quotations are sorted and do
 * not overlap, so a binary search finds the only candidates; a long article stays linear.
 */
function overlapChecker(quotes: Span[]): (start: number, end: number, within: boolean) => boolean {
  return (start, end, within) => {
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotes[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    const q = quotes[lo];
    if (!q) return false;
    return within ? q.start <= start && q.end >= end : q.start < end && start < q.end;
  };
}


/**
 * People named in the text: after a title ("Transport Minister Marat Karabayev", "министр Марат Карабаев"), or as
 * the subject opening a sentence ("Nino Beridze spoke…"). Organisations, places and publications are left out.
 */
function namedPeople(text: string): Array<{ name: string; at: number }> {
  const found: Array<{ name: string; at: number }> = [];
  const titled = new RegExp(String.raw`(?<![\p{L}])${TITLE}\s+(${FULL_NAME})`, 'gu');
  for (const m of text.matchAll(titled)) found.push({ name: m[1]!, at: m.index! + m[0].length - m[1]!.length });
  const subject = new RegExp(String.raw`(?:^|[.!?…]\s+|\n)(?:(?:Later|Earlier|Then|Meanwhile|But|And|However),?\s+)?(${FULL_NAME})(?=\s+\p{Ll})`, 'gu');
  for (const m of text.matchAll(subject)) found.push({ name: m[1]!, at: m.index! + m[0].length - m[1]!.length });
  return found.filter(({ name }) => !ORGANISATION_WORDS.test(name) && !PUBLICATION_WORDS.test(name) && !NOT_NAMES.has(name.split(/\s+/)[0]!));
}

/** How much of a span lies inside quotations. */
function quotedShare(quotes: Span[], span: Span): number {
  let inside = 0;
  for (const q of quotes) {
    if (q.start >= span.end) break;
    inside += Math.max(0, Math.min(q.end, span.end) - Math.max(q.start, span.start));
  }
  return inside / Math.max(1, span.end - span.start);
}

interface Mention {
  name: string;
  at: number;
}

/** Resolves mentions to people: a surname to the full name given earlier; a pronoun or a role to the last person named. */
class SpeakerResolver {
  private readonly fullNames: string[];
  private readonly mentions: Mention[] = [];

  constructor(text: string, names: string[]) {
    this.fullNames = [...new Set(names.filter((n) => n.split(/\s+/).length >= 2))];
    const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);
    for (const full of this.fullNames) {
      const surname = full.split(/\s+/).at(-1)!;
      for (const variant of new Set([full, surname])) {
        // indexOf and a look at the neighbouring characters: far cheaper than a regular expression per name.
        for (let at = text.indexOf(variant); at >= 0; at = text.indexOf(variant, at + variant.length)) {
          if (!isLetter(text[at - 1]) && !isLetter(text[at + variant.length])) this.mentions.push({ name: full, at });
        }
      }
    }
    this.mentions.sort((a, b) => a.at - b.at);
  }

  named(mention: string): string {
    const surname = mention.split(/\s+/).at(-1)!;
    return this.fullNames.find((full) => full === mention || full.split(/\s+/).at(-1) === surname) ?? mention;
  }

  /** The person last named before a position; failing that, the one named most often. */
  lastNamedBefore(at: number): string | null {
    // Binary search: the last mention that starts before `at`.
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) return this.mentions[lo - 1]!.name;
    this.mostNamed ??= (() => {
      const counts = new Map<string, number>();
      for (const m of this.mentions) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
      return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    })();
    return this.mostNamed;
  }

  private mostNamed: string | null | undefined;
}

export function extractStatements(text: string, options: ExtractOptions = {}): FoundStatement[] {
  if (text.trim() === '') return [];
  const quotes = findQuotations(text);
  const attributed = quotes.map((span) => ({ span, attribution: quoteAttribution(text, span) }));
  const overlapsQuote = overlapChecker(quotes);
  // A quotation with its own attribution is a statement of its own; one without ("Morris says the candidate has
  // “always run a lean campaign”") is part of the reported statement around it.
  const attributedQuotes = attributed.filter((a) => a.attribution !== null).map((a) => a.span);
  const reported = sentences(text)
    .filter((s) => !overlapsQuote(s.start + 1, s.end - 1, true))
    .map((sentence) => ({ sentence, match: reportedIn(sentence) }))
    .filter((r): r is { sentence: SentenceSpan; match: ReportedMatch } => r.match !== null)
    // Reported speech that quotes a few words ("Morris says the candidate has “always run a lean campaign”") stays
    // reported; only a "reported" clause that is really a quotation's attribution is dropped.
    .filter((r) => quotedShare(attributedQuotes, r.match.content) < 0.5);

  const names = [
    ...findPeople(text).map((p) => p.name),
    ...namedPeople(text).map((p) => p.name),
    ...attributed.flatMap((a) => (a.attribution?.mention && kindOfMention(a.attribution.mention) === 'name' ? [a.attribution.mention] : [])),
    ...reported.flatMap((r) => (kindOfMention(r.match.mention) === 'name' ? [r.match.mention] : [])),
  ]
    .map(nameWithoutOpeners)
    .filter((n): n is string => n !== null && !isPublication(n, options) && !ORGANISATION_WORDS.test(n));
  const resolver = new SpeakerResolver(text, names);

  const resolve = (mention: string | null, at: number): Attribution => {
    if (!mention) return { speaker: resolver.lastNamedBefore(at), cue: null, confidence: 0.5 };
    const kind = kindOfMention(mention);
    if (kind === 'name') {
      const name = nameWithoutOpeners(mention);
      if (!name || isPublication(name, options)) return { speaker: null, cue: null, confidence: 0 };
      return { speaker: resolver.named(name), cue: null, confidence: 0.95 };
    }
    // "The ministry said", "critics say": the group or body is the speaker, not the person last named.
    if (kind === 'collective') return { speaker: mention.replace(/^(?:the|a|an|this|that)\s+/i, ''), cue: null, confidence: 0.7 };
    // "I" and "we" outside a quotation are the writer: there is no one to resolve them to.
    if (/^(?:I|we|я|мы)$/i.test(mention)) return { speaker: null, cue: null, confidence: 0.6 };
    return { speaker: resolver.lastNamedBefore(at), cue: null, confidence: kind === 'pronoun' ? 0.85 : 0.8 };
  };

  const statements: FoundStatement[] = [];
  let previous: FoundStatement | undefined;
  for (const { span: marks, attribution } of attributed) {
    // The comma before the closing mark ("…growth,” he said) is the sentence's, not the speaker's.
    const span = { start: marks.start, end: trimEnd(text, marks.start, marks.end, /[\s,;:]/) };
    const content = text.slice(span.start, span.end);
    const count = words(content);
    // Scare quotes, titles and single quoted words are not statements; short quotations count only when attributed.
    if (count < 2 || (!attribution && !standsAlone(text, marks.start - 1, content, count))) continue;
    let who: Attribution;
    if (attribution) {
      who = { ...resolve(attribution.mention, span.start), cue: attribution.cue.replace(/\s+/g, ' ') };
      if (who.confidence === 0) continue;
    } else if (previous && span.start - previous.end < 400) {
      // A quotation that goes on after its attribution ("…,” he said. “…”) belongs to the same speaker.
      who = { speaker: previous.speaker, cue: previous.cue, confidence: 0.7 };
    } else who = resolve(null, span.start);
    const statement: FoundStatement = { text: content, start: span.start, end: span.end, kind: 'direct', speaker: who.speaker, mention: attribution?.mention ?? null, cue: who.cue, confidence: who.confidence };
    statements.push(statement);
    previous = statement;
  }
  for (const { match } of reported) {
    const who = resolve(match.mention, match.content.start);
    if (who.confidence === 0) continue;
    statements.push({
      text: text.slice(match.content.start, match.content.end),
      start: match.content.start,
      end: match.content.end,
      kind: 'reported',
      speaker: who.speaker,
      mention: match.mention,
      cue: match.cue,
      confidence: Math.min(0.8, who.confidence),
    });
  }
  return statements.sort((a, b) => a.start - b.start);
}
