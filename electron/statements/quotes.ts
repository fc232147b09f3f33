// Direct quotations: where they are (every common style, quotations over several paragraphs, nested ones), who
// said each (the attribution right after or right before it), and which unattributed ones still count.
import { alternation, APPOSITION, B, CUE, DESCRIBING_WORD, NAME, SPEAKER, type Span, TITLE } from './patterns';
import { clause, clauseSubject } from './speakers';
import { lastIndexWithin, LOOK_BACK, MAX_QUOTATION, work } from './limits';

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

/** Where each top-level quotation is, quotations that run over paragraphs joined into one. */
export function findQuotations(text: string): Span[] {
  const spans: Span[] = [];
  const unclosed = new Map<string, Unclosed>();
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "'" && text[i + 1] === "'") {
      const end = doubledApostropheQuote(text, i);
      if (end > 0) {
        spans.push({ start: i + 2, end });
        i = end + 2;
      } else i += 2;
      continue;
    }
    const closers = QUOTE_PAIRS[ch];
    const before = i === 0 ? ' ' : text[i - 1]!;
    // An opening mark follows a space, a line start or punctuation; a straight quote must also be followed by a letter.
    // A curly opening mark may also follow a comma with no space ("Ryan said,“Look, …”").
    const opens = closers !== undefined && (OPENING_CONTEXT.test(before) || (before === ',' && /[“«„「『]/.test(ch))) && !/\s/.test(text[i + 1] ?? ' ') && !(ch === '»' && /\p{L}/u.test(before));
    if (!opens) {
      i++;
      continue;
    }
    const start = i + 1;
    let end = closingMark(text, start, ch, closers, unclosed);
    // A curly opening mark closed by a straight one (“…,") when the writer's keyboard switched styles mid-quotation:
    // only when no curly closing mark ends it first, and within its paragraph.
    if (end < 0 && (ch === '“' || ch === '„')) end = closingMark(text, start, ch, ['"'], unclosed);
    if (end > start) {
      spans.push({ start, end });
      i = end + 1;
    } else i++;
  }
  return spans;
}

/**
 * What a search for a closing mark that failed read: from where, to where it gave up (`stop`), the last mark in
 * between that could have closed a quotation, and the opening marks of the same style it counted as nested ones
 * (`opens`, and for a straight mark the curly ones, `curlies`). A later opening mark of the same style after that
 * last closer and before `stop` sees no closer before `stop` either: when the search gave up at a paragraph's end
 * (`complete`) it fails too; when it gave up at MAX_QUOTATION it goes on from `stop`, with the nested marks after
 * it still open. A long paragraph of opening marks with no closing ones ("He said “… He said “…") is read once, not
 * once per mark.
 */
interface Unclosed {
  from: number;
  stop: number;
  lastCloser: number;
  complete: boolean;
  opens: number[];
  curlies: number[];
}

/**
 * Where the quotation opened by `ch` at `start` closes, or -1: nested quotations of the same style are skipped, and
 * a quotation that runs on opens its next paragraph with the same mark. A straight opening mark may be closed by a
 * curly one ("…them.”), as text pasted from two sources often is, unless a curly quotation nested inside is open.
 * No closing mark is looked for beyond MAX_QUOTATION characters.
 */
function closingMark(text: string, start: number, ch: string, closers: string[], unclosed: Map<string, Unclosed>): number {
  const key = ch + closers.join('');
  const known = unclosed.get(key);
  let j = start;
  let opens: number[] = [];
  let curlies: number[] = [];
  let lastCloser = -1;
  if (known && start > known.from && start > known.lastCloser && start < known.stop) {
    if (known.complete) return -1;
    // Read on from where that search stopped, with the nested marks after this one still open.
    opens = known.opens.filter((at) => at >= start);
    curlies = known.curlies.filter((at) => at >= start);
    j = known.stop;
  }
  let depth = opens.length;
  let curly = curlies.length;
  const from = j;
  const limit = Math.min(text.length, start + MAX_QUOTATION);
  const fail = (stop: number, complete: boolean) => {
    work.scanned += stop - from;
    unclosed.set(key, { from: start, stop, lastCloser, complete, opens, curlies });
    return -1;
  };
  for (; j < limit; j++) {
    const c = text[j]!;
    if (c === '\n' && text[j + 1] === '\n') {
      // A quotation that runs on: the next paragraph opens with the same mark (and this one was not closed).
      if (text[j + 2] === ch) {
        j += 2;
        continue;
      }
      return fail(j, true);
    }
    if (closers.includes(c) || (c === '”' && ch === '"') || (c === '“' && ch === '“' && typedForCloser(text, j))) lastCloser = j;
    // An opening mark typed where the closing one belongs (“It's unusual,“ said …): it follows the words and is
    // followed by a space, where no quotation could open.
    if (c === ch && ch === '“' && depth === 0 && typedForCloser(text, j)) return closed(j, from);
    if (ch === '"' && c === '“') {
      curly++;
      curlies.push(j);
    } else if (ch === '"' && c === '”') {
      if (curly === 0 && depth === 0) return closed(j, from);
      curly = Math.max(0, curly - 1);
    } else if (c === ch && !closers.includes(c) && OPENING_CONTEXT.test(text[j - 1] ?? ' ')) {
      depth++;
      opens.push(j);
    } else if (closers.includes(c)) {
      // An apostrophe inside a word (China’s) does not close a ‘single’ quotation.
      if ((c === '’' || c === "'") && /\p{L}/u.test(text[j + 1] ?? '') && /\p{L}/u.test(text[j - 1] ?? '')) continue;
      // A straight mark standing for a curly closer must close: it follows the words, not a space.
      if (c === '"' && ch !== '"' && /\s/.test(text[j - 1] ?? ' ')) continue;
      if (depth === 0) return closed(j, from);
      depth--;
    }
  }
  // At the text's end, or at the bound, where a later mark may still find its closing one further on.
  return fail(j, limit === text.length);
}

/** A closing mark found: the characters read to it are counted. */
function closed(at: number, from: number): number {
  work.scanned += at - from;
  return at;
}

/** An opening mark “ where a closing one belongs: right after the words, and before a space or punctuation. */
function typedForCloser(text: string, at: number): boolean {
  return /[^\s(“]/.test(text[at - 1] ?? ' ') && /[\s,.;:!?]/.test(text[at + 1] ?? ' ');
}

/**
 * Typewriter quotation marks made of two apostrophes (''…''), as some archives print them: where the closing pair
 * is, or -1. Like the other styles, a quotation that runs over paragraphs reopens each one.
 */
function doubledApostropheQuote(text: string, at: number): number {
  if (!OPENING_CONTEXT.test(at === 0 ? ' ' : text[at - 1]!) || /[\s']/.test(text[at + 2] ?? ' ')) return -1;
  const limit = Math.min(text.length, at + 2 + MAX_QUOTATION);
  for (let j = at + 2; j < limit; j++) {
    if (text[j] === '\n' && text[j + 1] === '\n') {
      if (text.startsWith("''", j + 2)) {
        j += 3;
        continue;
      }
      work.scanned += j - at;
      return -1;
    }
    if (text[j] === "'" && text[j + 1] === "'") {
      work.scanned += j - at;
      return j;
    }
  }
  work.scanned += limit - at;
  return -1;
}

/**
 * Who speaks right next to a quotation, where the attribution leaves no doubt what the words are: a speaker as
 * elsewhere, a name after a description ("Maricopa County Recorder Helen Purcell", "political scientist Christopher
 * Wlezien") or a person described in small letters ("one person", "another leading Supreme Court advocate", "this
 * look-alike", "the 43-year-old"); "it"
 * is a document or an organisation ("…,'' it said"), kept so that the quotation is not given to the last person named.
 */
const QUOTE_SPEAKER = String.raw`(?:it|${SPEAKER}|(?:the|a|an|one|another|his|her|their|this|that|some)[^\S\n]+(?:${DESCRIBING_WORD},?[^\S\n]+){0,4}?(?:\p{Ll}|\d+-)[\p{L}-]+|(?:${DESCRIBING_WORD}[^\S\n]+){1,5}${NAME})`;
/** After the verb ("…,” said another leading advocate, Andrew Pincus, …), the speaker ends the clause or meets a preposition. */
const QUOTE_SPEAKER_AFTER = String.raw`${QUOTE_SPEAKER}(?=\s*(?:[,.;:!?(—–]|$)|\s+(?:in|on|at|during|who|after|before|of|from|to|with|as|while|when|about|outside|inside)${B})`;
/**
 * Where a name's suffix ("Jr."), bracket ("(D-S.C.)"), place or employer ("of the American Enterprise Institute",
 * "of the Center for Policy Studies"),
 * an age or an apposition of up to three parts (", 49,", ", now 81 and retired in Cambridge, Mass.,") and an adverb
 * ("often") may stand.
 */
const SPEAKER_TAIL = String.raw`(?:,?\s+(?:Jr|Sr)\.?)?(?:\s*\([^()]{1,40}\))?(?:\s+(?:of|from|at)\s+(?:the\s+)?${NAME}(?:\s+(?:for|of|on|and)\s+(?:the\s+)?${NAME})?)?(?:,\s*((?:\d{1,3}|${APPOSITION})(?:,\s*[^,;“”"«»]{2,120}?){0,2}),)?\s+(?:(?:also|then|later|often|again|once|still|has|had|have|\p{Ll}+ly)\s+)?`;
/**
 * Verbs that attribute a quotation right after it ("…,” Toomey fumed; "…,” it read) but would read too much into
 * the writer's own sentences as verbs of reported speech ("Trump read the statement", "the crowd began to cheer").
 */
const QUOTE_ONLY_CUES = [
  'read', 'reads', 'fumed', 'fumes', 'started', 'began', 'reacted', 'scoffed', 'scoffs', 'mocked', 'mocks', 'barked',
  'riffed', 'snapped', 'shot back', 'fired back', 'demanded', 'sighed', 'laughed', 'cried', 'gushed', 'marveled',
  'marvelled', 'mused', 'muses', 'groused', 'griped', 'interjected', 'retorted', 'deadpanned', 'chimed in', 'pleaded',
  'screamed', 'bellowed', 'wrote back', 'agreed', 'agrees', 'scolded', 'teased', 'huffed', 'grumbled', 'protested',
  'sniped', 'thundered', 'raged', 'echoed', 'offered', 'explained', 'exulted', 'gloated', 'murmured', 'whispered',
  'prodded', 'pressed', 'persisted', 'went on', 'goes on', 'summed up', 'put it', 'puts it',
];
const QUOTE_CUE = `(?:${CUE}|${alternation(QUOTE_ONLY_CUES)})`;
const AFTER_QUOTE = new RegExp(String.raw`^[,.!?…]?[^\S\n]*[,—–-]*[^\S\n]*(?:(${QUOTE_SPEAKER})${SPEAKER_TAIL}(${QUOTE_CUE})${B}|(${QUOTE_CUE})\s+(${QUOTE_SPEAKER_AFTER})(?:,\s+(${NAME})(?=\s*[,.;:!?(]|\s+(?:of|from|at|who)${B}))?)`, 'u');
const BEFORE_QUOTE = new RegExp(String.raw`(${SPEAKER})(?:,\s*(${APPOSITION}),)?\s+(?:(?:also|then|later|again|once|still|initially|\p{Ll}+ly)\s+)?(${CUE})${B}[^.“”«»"]{0,60}[:,]\s*$`, 'u');

const PARTICIPLE_BEFORE_QUOTE = /(?<![\p{L}])(saying|telling(?:\s+[\p{L}’']+){1,2}|adding|noting|writing|stating|insisting|arguing|warning|explaining|declaring|remarking|replying|responding|answering|recalling|asking|joking|quipping|tweeting|proclaiming|concluding|(?:as if )?to\s+(?:say|state|add|announce|ask|declare|reply)|goes\s+on\s+to\s+say|according\s+to\s+[^,“”"]{1,60})\s*[:,]\s*$/iu;

/** The speaker after "according to" before a quotation: a person or a body, up to the comma. */
const ACCORDING_NAMED = new RegExp(String.raw`^according\s+to\s+(${SPEAKER})(?:\s+(?:of|at|from)\s+[^,“”"]{1,50})?$`, 'iu');

/** Who said a quotation, from the words right after it ("…,” he said) or right before it (Hajiyev said: “…). */
export interface QuoteAttribution {
  mention: string | null;
  cue: string;
  appos: string | null;
  /** Only a sentence ending in a colon introduces the quotation: it may name a source rather than a speaker. */
  introduced?: boolean;
  /** The attribution follows the quotation ("…,” he said). */
  follows?: boolean;
  /** "According to X, “…”": X may be a publication, which is the quotation's source and names no speaker. */
  according?: boolean;
}

export function quoteAttribution(text: string, span: Span): QuoteAttribution | null {
  // One closing mark, or two apostrophes in the typewriter style.
  const afterAt = span.end + (text[span.end + 1] === "'" ? 2 : 1);
  // A stray mark after the closing one (''…,''' said) stands between the quotation and its attribution.
  const after = text.slice(afterAt, span.end + 260).replace(/^['’"”]/, '');
  const a = AFTER_QUOTE.exec(after);
  // “…they don’t like them.” He added, “…”: a new sentence that introduces the next quotation is not this one's.
  const closedSentence = /[.!?…]\s*$/.test(text.slice(span.start, span.end)) && /^\s*\p{Lu}/u.test(after);
  // “…insensitive.” He writes that “…”: a new sentence that goes on after its verb says something of its own.
  if (a && !(closedSentence && introducesNext(after.slice(a[0].length), (a[3] ?? a[4])!))) {
    // "said another leading advocate, Andrew Pincus": the name after the description is who it is.
    const mention = a[6] && /^\p{Ll}/u.test(a[5] ?? '') ? `${a[5]!}, ${a[6]}` : (a[1] ?? a[5])!;
    const cue = (a[3] ?? a[4])!;
    return { mention, cue, appos: a[2] ?? null, follows: true };
  }
  // An epigraph's or a digest's attribution after a dash, on its line or the next ("“…” ¶ —Michelle Marks, Philadelphia").
  const signed = SIGNED.exec(after);
  if (signed) return { mention: signed[1]!, cue: '—', appos: null };
  // No paragraph break before: the paragraph starts the text (lastIndexOf gives -1, not a position to skip from).
  // Looked for within reach: the patterns read 260 characters before the mark, and a break further back changes nothing.
  const paragraphBreak = lastIndexWithin(text, '\n\n', span.start, LOOK_BACK);
  const paragraphStart = paragraphBreak < 0 ? 0 : paragraphBreak + 2;
  let before = text.slice(Math.max(paragraphStart, span.start - 260), span.start - 1).replace(/'$/, '');
  // "Trump said:" ending the paragraph before one that opens with the quotation introduces it.
  if (before.trim() === '' && paragraphBreak > 0 && text[paragraphBreak - 1] === ':') before = text.slice(Math.max(0, paragraphBreak - 260), paragraphBreak);
  // Both patterns below end in a comma or a colon right before the quotation: without one, neither is tried (each tries
  // every starting place in 260 characters, a fifth of all extraction time).
  const handsOver = /[:,]\s*$/.test(before);
  const b = handsOver ? BEFORE_QUOTE.exec(before) : null;
  if (b) return { mention: b[1]!, cue: b[3]!, appos: b[2] ?? null };
  // "…, saying, “…”", "telling them, “…”": the sentence's subject speaks; resolved like a pronoun.
  const c = handsOver ? PARTICIPLE_BEFORE_QUOTE.exec(before) : null;
  if (c) {
    // "According to Paul Sperry of Counter Jihad, “…”": the one named after "according to" speaks, not the subject of
    // the sentence before; the cue stays "according to".
    const according = ACCORDING_NAMED.exec(c[1]!);
    if (according) return { mention: according[1]!, cue: 'according to', appos: null, according: true };
    return { mention: participleSubject(before.slice(0, c.index)), cue: c[1]!.replace(/\s+/g, ' ').toLowerCase(), appos: null };
  }
  // "And Mr. Christie gloated: “…”", "Kasich resisted: “…”": a sentence that ends in a colon hands over to its subject.
  if (/[^\s:]\s*:\s*$/.test(before)) {
    const sentence = lastSentence(before.replace(/\s*:\s*$/, ''));
    const introduced = clause(sentence);
    if (introduced) return { mention: introduced.subject, cue: introduced.verb, appos: null, introduced: true };
    // A transcript's or a debate summary's speaker: "Bush: “…”", "Former secretary of state Hillary Rodham Clinton: “…”",
    // or a digest's author after its headline ("RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “…”").
    const label = LABEL.exec(sentence);
    if (label) return { mention: label[1]!.trim(), cue: ':', appos: null, introduced: true };
    // "As John Cornyn, the No. 2 in the GOP leadership, put it: “…”"
    const putIt = PUT_IT.exec(sentence);
    if (putIt) return { mention: putIt[1]!, cue: 'put it', appos: putIt[2] ?? null, introduced: true };
  }
  // "Ms. Sherry smiled and said, “…”", "Blumenthal was asked, “…”": a verb of speaking and a comma (or colon) right
  // before the quotation hand over to the sentence's subject, however the words between read.
  // Only a passage that ends in the comma or colon is searched, and only its last words: the verb stands close by.
  const tailAt = Math.max(0, before.length - 80);
  const d = /[,:]\s*$/.test(before) ? CUE_THEN_QUOTE.exec(before.slice(tailAt)) : null;
  if (d) {
    const verbEnd = tailAt + d.index + d[1]!.length;
    // "…,” said the Florida senator, “…": the speaker after the verb; otherwise the subject before it. After "told"
    // or "asked" the words are the one addressed ("but told his supporters, “…”"): the subject speaks.
    const inverted = /^(?:told|tells|tell|asked|asks)$/i.test(d[1]!) ? null : INVERTED_SPEAKER.exec(before.slice(verbEnd));
    const mention = inverted ? inverted[1]! : clauseSubject(lastSentence(before.slice(0, verbEnd)));
    return { mention, cue: d[1]!.replace(/\s+/g, ' '), appos: null };
  }
  return null;
}

/** A name after a dash that ends its line or goes on with a comma: the quotation's signature. */
const SIGNED = new RegExp(String.raw`^[.,]?[^\S\n]*(?:\n\s*)?[-—–][^\S\n]*((?:${TITLE}\s+)?${NAME})[^\S\n]*(?:,|\.?[^\S\n]*(?:\n|$))`, 'u');

/** A verb of speaking, a few words that are not a sentence's end, and the comma or colon before a quotation. */
const CUE_THEN_QUOTE = new RegExp(String.raw`(?<![\p{L}])(${CUE})${B}[^.!?“”"«»\n]{0,40}?[,:]\s*$`, 'u');

/** The speaker right after the verb, up to the comma before the quotation ("said an Iowa Democrat, “…”"). */
const INVERTED_SPEAKER = new RegExp(String.raw`^\s+(${QUOTE_SPEAKER})(?:,[^,]{1,60})?\s*,\s*$`, 'u');

/** A speaker's label standing alone before a colon: a name, after a description in small letters. */
const LABEL = new RegExp(String.raw`(?:^|\s[-–—]\s+)((?:\p{Lu}\p{Ll}+\s+(?:\p{Ll}+\s+){0,5})?${NAME}(?:\s+and\s+${NAME})?)$`, 'u');
/** "As Professor Foner put it", "as John Cornyn, the No. 2 in the GOP leadership, put it". */
const PUT_IT = new RegExp(String.raw`(?:^|\s)[Aa]s\s+(${SPEAKER})(?:,\s*(${APPOSITION}),)?\s+(?:once\s+|has\s+|later\s+)?puts?\s+it$`, 'u');

/** The last sentence of a passage. */
function lastSentence(before: string): string {
  const boundary = /(?<!\b(?:Mr|Ms|Mrs|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Prof|Rev|[A-Z]))[.!?…]["”»’]?\s+(?=["“«]?\p{Lu})/gu;
  let start = 0;
  for (const m of before.matchAll(boundary)) start = m.index! + m[0].length;
  return before.slice(start);
}

/** Days and times that may follow a verb of speaking without opening a clause of their own ("Trump said Monday"). */
const WHEN = /^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/u;

/**
 * Whether the words after a verb that follows a closed quotation start something said of its own: “…insensitive.”
 * He writes that “…”, “…” He said he recognizes …. A setting ("said as he launched …", "told Britain's ITV in an
 * interview", "asked reporters rhetorically") closes the quotation's attribution instead.
 */
function introducesNext(rest: string, cue: string): boolean {
  // "Mr. Zahed said: ''…''": a colon hands over to a quotation of the verb's own.
  if (/^\s*[,:]?\s*(?:[“"«„‘]|'')/u.test(rest)) return true;
  if (/^\s*,?\s*(?:that|he|she|they|it|we|I|you|there|this|these|those|the|a|an|his|her|their|its|our|my|if|whether|how|what|why|who|some|many|most|no)(?![\p{L}])/iu.test(rest)) return true;
  // After "told" or "asked" a name is the one addressed; a clause of its own says "that" or quotes before the sentence ends.
  // A comma and a participle go on with this quotation's attribution ("…?'' Mr. Trump asked, repeating a broadside
  // that …"): only a quotation opening after it belongs to what follows, and that was tested above.
  if (/^(?:told|tells|tell|asked|asks)$/i.test(cue)) return !/^\s*,\s*\p{Ll}+ing(?![\p{L}])/u.test(rest) && /^[^.!?;]*?(?:\sthat\s|[“"«„])/u.test(rest);
  return /^\s+\p{Lu}/u.test(rest) && !WHEN.test(rest);
}

/** Who speaks through a participle before a quotation: the subject of its sentence, or null ("he" by resolution). */
function participleSubject(before: string): string | null {
  return clauseSubject(lastSentence(before));
}

/**
 * Whether an unattributed quotation reads as someone's words rather than a phrase in the writer's sentence: long
 * enough, opening its sentence (or after a colon), and not a title in capitals ("The Nightly Show with …").
 */
export function standsAlone(text: string, openAt: number, content: string, count: number): boolean {
  if (count < 6) return false;
  const tokens = content.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (tokens.filter((w) => /^\p{Lu}/u.test(w)).length / Math.max(1, tokens.length) > 0.6) return false;
  const before = text.slice(Math.max(0, openAt - 4), openAt).replace(/'$/, '');
  return openAt <= 0 || /(?:^|\n|[.!?…:]["”»’]?)\s*$/.test(before) || /[:—–]\s*$/.test(before);
}

/** Where the sentence around a position starts: after the last end punctuation before a capital, within its paragraph. */
export function sentenceStart(text: string, at: number): number {
  const paragraph = lastIndexWithin(text, '\n', at - 1, 400) + 1;
  const from = Math.max(paragraph, at - 400);
  return at - lastSentence(text.slice(from, at)).length;
}

/**
 * Whether a quotation opens inside the writer's own sentence ("Still, golf clubs are ''just scratching out a
 * profit,'' Mr. Hedge said"; "Trump said that “…”"): the writer's words before it carry on into the quoted ones, so
 * the statement is the whole clause, reported with a few words quoted, not a quotation of its own. A colon, a comma
 * or a dash hands over to the quotation instead ("he said, “…”").
 */
export function opensMidSentence(text: string, openAt: number): boolean {
  const start = sentenceStart(text, openAt);
  const before = text.slice(start, openAt).replace(/['"“«„‘]+$/, '').trimEnd();
  return /[\p{L}\p{N})]$/u.test(before) && /\p{L}/u.test(before);
}

/** A work's title and its author, as a digest lists them ("—“Pop-up art show opens,” by DNAinfo's Eddie Small"). */
export function titleWithAuthor(text: string, closeAt: number): boolean {
  return /^['"”»’]*,?\s+by\s+(?:the\s+)?\p{Lu}/u.test(text.slice(closeAt, closeAt + 16));
}

/** The index of the first of the (sorted, non-overlapping) quotations that ends after `at`, found by halves. */
export function firstEndingAfter(quotes: Span[], at: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether a span overlaps (or, with `within`, lies inside) one of the quotations. Quotations are sorted and do
 * not overlap, so a binary search finds the only candidates; a long article stays linear.
 */
export function overlapChecker(quotes: Span[]): (start: number, end: number, within: boolean) => boolean {
  return (start, end, within) => {
    const q = quotes[firstEndingAfter(quotes, start)];
    if (!q) return false;
    return within ? q.start <= start && q.end >= end : q.start < end && start < q.end;
  };
}


/** How much of a span lies inside quotations. */
export function quotedShare(quotes: Span[], span: Span): number {
  let inside = 0;
  // From the first quotation that ends inside or after the span, found by halves: the ones before it add nothing.
  for (let i = firstEndingAfter(quotes, span.start); i < quotes.length; i++) {
    const q = quotes[i]!;
    if (q.start >= span.end) break;
    inside += Math.max(0, Math.min(q.end, span.end) - Math.max(q.start, span.start));
  }
  return inside / Math.max(1, span.end - span.start);
}
