// Direct quotations: where they are (every common style, quotations over several paragraphs, nested ones), who
// said each (the attribution right after or right before it), and which unattributed ones still count.
import { APPOSITION, B, CUE, DESCRIBING_WORD, NAME, SPEAKER, type Span } from './patterns';
import { clauseSubject } from './speakers';

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

/**
 * Typewriter quotation marks made of two apostrophes (''…''), as some archives print them: where the closing pair
 * is, or -1. Like the other styles, a quotation that runs over paragraphs reopens each one.
 */
function doubledApostropheQuote(text: string, at: number): number {
  if (!OPENING_CONTEXT.test(at === 0 ? ' ' : text[at - 1]!) || /[\s']/.test(text[at + 2] ?? ' ')) return -1;
  for (let j = at + 2; j < text.length; j++) {
    if (text[j] === '\n' && text[j + 1] === '\n') {
      if (text.startsWith("''", j + 2)) {
        j += 3;
        continue;
      }
      return -1;
    }
    if (text[j] === "'" && text[j + 1] === "'") return j;
  }
  return -1;
}

/**
 * Who speaks right next to a quotation, where the attribution leaves no doubt what the words are: a speaker as
 * elsewhere, a name after a description ("Maricopa County Recorder Helen Purcell", "political scientist Christopher
 * Wlezien") or a person described in small letters ("one person", "another leading Supreme Court advocate").
 */
const QUOTE_SPEAKER = String.raw`(?:${SPEAKER}|(?:the|a|an|one|another)[ \t]+(?:${DESCRIBING_WORD},?[ \t]+){0,4}?\p{Ll}[\p{L}-]+|(?:${DESCRIBING_WORD}[ \t]+){1,5}${NAME})`;
/** After the verb ("…,” said another leading advocate, Andrew Pincus, …), the speaker ends the clause or meets a preposition. */
const QUOTE_SPEAKER_AFTER = String.raw`${QUOTE_SPEAKER}(?=\s*(?:[,.;:!?(—–]|$)|\s+(?:in|on|at|during|who|after|before|of|from|to|with|as|while|when|about|outside|inside)${B})`;
/** Where a name's bracket ("(D-S.C.)"), an apposition (", 49,", ", a member of …,") and an adverb ("often") may stand. */
const SPEAKER_TAIL = String.raw`(?:\s*\([^()]{1,40}\))?(?:,\s*(${APPOSITION}),)?\s+(?:(?:also|then|later|often|again|once|still|has|had|have|\p{Ll}+ly)\s+)?`;
const AFTER_QUOTE = new RegExp(String.raw`^[,.!?…]?[ \t]*[,—–-]*[ \t]*(?:(${QUOTE_SPEAKER})${SPEAKER_TAIL}(${CUE})${B}|(${CUE})\s+(${QUOTE_SPEAKER_AFTER})(?:,\s+(${NAME})(?=\s*[,.;:!?(]|\s+(?:of|from|at|who)${B}))?)`, 'u');
const BEFORE_QUOTE = new RegExp(String.raw`(${SPEAKER})(?:,\s*(${APPOSITION}),)?\s+(?:(?:also|then|later|again|once|still|initially|\p{Ll}+ly)\s+)?(${CUE})${B}[^.“”«»"]{0,60}[:,]\s*$`, 'u');

const PARTICIPLE_BEFORE_QUOTE = /(?<![\p{L}])(saying|telling(?:\s+[\p{L}’']+){1,2}|adding|noting|writing|stating|insisting|arguing|warning|explaining|declaring|remarking|replying|responding|answering|recalling|asking|joking|quipping|tweeting|proclaiming|concluding|(?:as if )?to\s+(?:say|state|add|announce|ask|declare|reply)|goes\s+on\s+to\s+say|according\s+to\s+[^,“”"]{1,60})\s*[:,]\s*$/iu;

/** Who said a quotation, from the words right after it ("…,” he said) or right before it (Hajiyev said: “…). */
export function quoteAttribution(text: string, span: Span): { mention: string | null; cue: string; appos: string | null } | null {
  // One closing mark, or two apostrophes in the typewriter style.
  const after = text.slice(span.end + 1, span.end + 260).replace(/^'/, '');
  const a = AFTER_QUOTE.exec(after);
  // “…they don’t like them.” He added, “…”: a new sentence that introduces the next quotation is not this one's.
  const closedSentence = /[.!?…]\s*$/.test(text.slice(span.start, span.end)) && /^\s*\p{Lu}/u.test(after);
  // “…insensitive.” He writes that “…”: a new sentence that goes on after its verb says something of its own.
  const introducesNext = a !== null && (/^\s*,?\s*[“"«„‘]/u.test(after.slice(a[0].length)) || /^\s*,?\s*(?:that\s+)?[\p{L}“"«„‘]/u.test(after.slice(a[0].length)));
  if (a && !(closedSentence && introducesNext)) {
    // "said another leading advocate, Andrew Pincus": the name after the description is who it is.
    const mention = a[6] && /^\p{Ll}/u.test(a[5] ?? '') ? `${a[5]!}, ${a[6]}` : (a[1] ?? a[5])!;
    const cue = (a[3] ?? a[4])!;
    return { mention, cue, appos: a[2] ?? null };
  }
  // No paragraph break before: the paragraph starts the text (lastIndexOf gives -1, not a position to skip from).
  const paragraphBreak = text.lastIndexOf('\n\n', span.start);
  const paragraphStart = paragraphBreak < 0 ? 0 : paragraphBreak + 2;
  let before = text.slice(Math.max(paragraphStart, span.start - 260), span.start - 1).replace(/'$/, '');
  // "Trump said:" ending the paragraph before one that opens with the quotation introduces it.
  if (before.trim() === '' && paragraphBreak > 0 && text[paragraphBreak - 1] === ':') before = text.slice(Math.max(0, paragraphBreak - 260), paragraphBreak);
  const b = BEFORE_QUOTE.exec(before);
  if (b) return { mention: b[1]!, cue: b[3]!, appos: b[2] ?? null };
  // "…, saying, “…”", "telling them, “…”": the sentence's subject speaks; resolved like a pronoun.
  const c = PARTICIPLE_BEFORE_QUOTE.exec(before);
  if (c) return { mention: participleSubject(before.slice(0, c.index)), cue: c[1]!.replace(/\s+/g, ' ').toLowerCase(), appos: null };
  return null;
}

/** Who speaks through a participle before a quotation: the subject of its sentence, or null ("he" by resolution). */
function participleSubject(before: string): string | null {
  const boundary = /(?<!\b(?:Mr|Ms|Mrs|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Prof|Rev|[A-Z]))[.!?…]["”»’]?\s+(?=["“«]?\p{Lu})/gu;
  let start = 0;
  for (const m of before.matchAll(boundary)) start = m.index! + m[0].length;
  return clauseSubject(before.slice(start));
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

/**
 * Whether a span overlaps (or, with `within`, lies inside) one of the quotations. Quotations are sorted and do
 * not overlap, so a binary search finds the only candidates; a long article stays linear.
 */
export function overlapChecker(quotes: Span[]): (start: number, end: number, within: boolean) => boolean {
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


/** How much of a span lies inside quotations. */
export function quotedShare(quotes: Span[], span: Span): number {
  let inside = 0;
  for (const q of quotes) {
    if (q.start >= span.end) break;
    inside += Math.max(0, Math.min(q.end, span.end) - Math.max(q.start, span.start));
  }
  return inside / Math.max(1, span.end - span.start);
}
