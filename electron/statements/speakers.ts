// Who is speaking: whether a mention is a name, a pronoun, a role or a group; the people a text names (after a
// title, as a sentence's subject, or with an apposition); and resolving mentions to those people.
import { COLLECTIVE_NOUNS, NOT_NAMES, ORGANISATION_WORDS, PRONOUNS, PUBLICATION_WORDS } from './lexicon';
import { APPOSITION, B, CUE, DESCRIBING_WORD, FULL_NAME, NAME, NAME_START, ROLE, SPEAKER, TITLE, words } from './patterns';
import { type Gender, guessGender } from './gender';
import type { PersonMention } from './types';
import { work } from './limits';

export interface SourceOptions {
  /** The article's outlet and the publication it was first given to: sources, never speakers. */
  outlet?: string | null | undefined;
  originalPublication?: string | null | undefined;
}

export function isPublication(name: string, options: SourceOptions): boolean {
  const fold = (s: string) => s.toLocaleLowerCase().replace(/[\s.]+/g, ' ').trim();
  if (options.outlet && fold(name).includes(fold(options.outlet))) return true;
  if (options.originalPublication && fold(name).includes(fold(options.originalPublication))) return true;
  return PUBLICATION_WORDS.test(name) || /^[\p{L}\p{N}-]+\.[\p{L}]{2,}$/u.test(name);
}

const ENDS_WITH_ROLE = new RegExp(`(?<![\\p{L}])${ROLE}$`, 'iu');

/** Whether a speaker phrase names a person (a name, not an organisation), as opposed to a pronoun or a role. */
export function kindOfMention(mention: string): 'pronoun' | 'role' | 'name' | 'collective' {
  const first = mention.split(/\s+/)[0] ?? '';
  const head = mention.replace(/\s+(?:for|of|at|from|with)\s+.*$/i, '').split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (COLLECTIVE_NOUNS.has(head)) return 'collective';
  // "Twenty-four percent", "six in 10 voters", "a third": a share of those polled.
  // "Some 62 percent of voters", "only 7 percent", "a full 79 percent": a share after a word that hedges it.
  if (/^(?:(?:about|around|nearly|almost|more than|less than|some|only|just|roughly|fully|a full)\s+)?(?:[\p{L}\d.-]+\s+(?:percent|per cent|in\s+\d+)|\d[\d.,]*\s*%|half|a third|a quarter|two-thirds|three-quarters|a majority|majorities)\b/iu.test(mention)) return 'collective';
  // A description in small letters that ends in no name ("some advocates for stem cell research", "Aides to Clinton").
  const tokens = mention.split(/\s+/);
  const lowerAt = tokens.findIndex((t, i) => i > 0 && /^\p{Ll}/u.test(t) && !/^(?:van|von|de|del|der|da|bin|al|ibn|el|la|le|ben)$/.test(t));
  if (lowerAt > 0 || (lowerAt < 0 && /^\p{Ll}/u.test(first) && tokens.length > 1)) {
    const trailingName = /(?:^|\s)\p{Lu}[\p{L}’'.-]*$/u.test(mention) && !/^(?:of|for|to|in|at|from)$/i.test(tokens.at(-2) ?? '');
    if (!trailingName) return /[^s]s$/.test(head) || COLLECTIVE_NOUNS.has(head) ? 'collective' : 'role';
  }
  if (PRONOUNS.test(mention) || /^(?:I|we|я|мы)$/i.test(mention)) return 'pronoun';
  // "O’Malley’s campaign", "the minister’s spokesman": spoken for by someone named, not a person's name.
  if (/(?:’s|'s)\s/.test(mention)) return 'role';
  if (ENDS_WITH_ROLE.test(mention) && (/^(?:the|a|an|this|that|его|её)\s/i.test(mention) || !/^\p{Lu}/u.test(first))) return 'role';
  return 'name';
}

/** The people a text introduces with an apposition: "Hikmet Hajiyev, Assistant to the President of Azerbaijan, said". */
export function findPeople(text: string): PersonMention[] {
  const people: PersonMention[] = [];
  const pattern = new RegExp(String.raw`${NAME_START}(${NAME}),\s+(${APPOSITION})(?:,|\s+(?:also\s+)?${CUE}${B})`, 'gu');
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
 * People named in the text: after a title ("Transport Minister Marat Karabayev", "министр Марат Карабаев"), or as
 * the subject opening a sentence ("Nino Beridze spoke…"). Organisations, places and publications are left out.
 */
export function namedPeople(text: string): Array<{ name: string; at: number }> {
  const found: Array<{ name: string; at: number }> = [];
  const titled = new RegExp(String.raw`(?<![\p{L}])${TITLE}\s+(${FULL_NAME})`, 'gu');
  for (const m of text.matchAll(titled)) found.push({ name: m[1]!, at: m.index! + m[0].length - m[1]!.length });
  const subject = new RegExp(String.raw`(?:^|[.!?…]\s+|\n)(?:(?:Later|Earlier|Then|Meanwhile|But|And|However),?\s+)?(${FULL_NAME})(?=\s+\p{Ll})`, 'gu');
  for (const m of text.matchAll(subject)) found.push({ name: m[1]!, at: m.index! + m[0].length - m[1]!.length });
  return found.filter(({ name }) => !ORGANISATION_WORDS.test(name) && !PUBLICATION_WORDS.test(name) && !NOT_NAMES.has(name.split(/\s+/)[0]!));
}

const LETTER = /\p{L}/u;
/** Whether a character (one UTF-16 unit) is a letter; ASCII without a regular expression, as the index reads every one. */
export const isLetter = (ch: string | undefined) => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0) | 32;
  return ch.charCodeAt(0) < 128 ? c >= 97 && c <= 122 : LETTER.test(ch);
};

/** The surname guessGender reads a person's gender by: the last word that is not an initial or a title. */
const genderSurname = (name: string) => name.split(/\s+/).filter((w) => !/\.$/.test(w)).at(-1) ?? '';

/**
 * Where words start in a text, for the words that open the names looked for: one pass over the text, so that the
 * places of every name cost one look-up each (an indexOf pass per name made a text naming thousands of people
 * quadratic). A word is a run of letters, as the characters around a name are tested; a name that does not open
 * with a letter is searched for with indexOf.
 */
class WordIndex {
  private readonly places = new Map<string, number[]>();

  constructor(
    private readonly text: string,
    names: string[],
  ) {
    for (const name of names) {
      const first = leadingWord(name);
      if (first !== '') this.places.set(first, []);
    }
    if (this.places.size === 0) return;
    for (let i = 0; i < text.length; i++) {
      if (!isLetter(text[i]) || isLetter(text[i - 1])) continue;
      let end = i + 1;
      while (end < text.length && isLetter(text[end])) end++;
      work.scanned += end - i;
      this.places.get(text.slice(i, end))?.push(i);
      i = end - 1;
    }
  }

  /**
   * Where the name stands at the start of a word, in order; for a name the index was not built for (or one that
   * opens with no letter: its key is empty and never indexed), everywhere it stands.
   */
  placesOf(name: string): number[] {
    if (name === '') return [];
    const places = this.places.get(leadingWord(name));
    if (places) return places.filter((at) => this.text.startsWith(name, at));
    // A name the index was not built for: every place it stands, as indexOf finds them.
    const found: number[] = [];
    for (let at = this.text.indexOf(name); at >= 0; at = this.text.indexOf(name, at + 1)) found.push(at);
    return found;
  }
}

/** The letters a name opens with, up to its first character that is not one. */
function leadingWord(name: string): string {
  let end = 0;
  while (end < name.length && isLetter(name[end])) end++;
  return name.slice(0, end);
}

interface Mention {
  name: string;
  at: number;
  /** Named as the subject opening a sentence, the usual antecedent of a following "he" or "the minister". */
  subject: boolean;
}

/** How far back a sentence's subject still outranks a person named later in passing. */
const SUBJECT_REACH = 600;

/** Resolves mentions to people: a surname to the full name given earlier; a pronoun or a role to the last person named. */
export class SpeakerResolver {
  private readonly fullNames: string[];
  private readonly mentions: Mention[] = [];

  /**
   * `names` are the people the text names; `speakers` the names it gives as speakers of a statement, which count
   * even as one word ("Podesta acknowledged …") when no fuller name of the same person is given.
   */
  constructor(
    private readonly text: string,
    names: string[],
    speakers: string[] = [],
  ) {
    const full = [...new Set(names.filter((n) => n.split(/\s+/).length >= 2))];
    const surnames = new Set(full.map((n) => n.split(/\s+/).at(-1)!));
    const single = speakers.filter((n) => !/\s/.test(n) && !surnames.has(n) && /^\p{Lu}\p{Ll}/u.test(n));
    this.fullNames = [...full, ...new Set(single)];
    this.fullNames.forEach((name, i) => {
      if (!this.byFull.has(name)) this.byFull.set(name, i);
      const surname = name.split(/\s+/).at(-1)!;
      if (!this.bySurname.has(surname)) this.bySurname.set(surname, i);
    });
    const variants = this.fullNames.map((name) => [...new Set([name, name.split(/\s+/).at(-1)!])]);
    // Every place each name and surname (and the surname that gender is told by) stands, from one pass over the text.
    this.words = new WordIndex(text, [...variants.flat(), ...this.fullNames.map(genderSurname)]);
    const subjects = new Map<number, boolean>();
    this.fullNames.forEach((full, i) => {
      for (const variant of variants[i]!) {
        // The places where a word starts as the name does, and a look at the characters after it. Like the indexOf
        // search this replaces, a place that overlaps the one before of the same name is passed over.
        let next = 0;
        for (const at of this.words.placesOf(variant)) {
          if (at < next) continue;
          next = at + variant.length;
          if (!isLetter(text[at - 1]) && !isLetter(text[at + variant.length])) {
            // Read once per place: people who share a surname share its places.
            let subject = subjects.get(at);
            if (subject === undefined) {
              // A full stop ends a sentence, not an abbreviation before a name ("the comment by Dr. Paul Song").
              subject = /(?:^|(?<!\b(?:Dr|Mr|Mrs|Ms|St|Sen|Rep|Gov|Gen|Lt|Col|Prof|Jr|Sr|Rev))[.!?…]["”»’]?\s+|\n\s*|(?:But|And|However|Later|Then|Meanwhile),?\s+)(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u.test(text.slice(Math.max(0, at - 40), at));
              subjects.set(at, subject);
            }
            this.mentions.push({ name: full, at, subject });
          }
        }
      }
    });
    this.mentions.sort((a, b) => a.at - b.at);
    for (const m of this.mentions) {
      const places = this.placesByName.get(m.name);
      if (places) places.push(m.at);
      else this.placesByName.set(m.name, [m.at]);
    }
  }

  /** Where each person is named, in order: for "the minister" resolved to the minister named last. */
  private readonly placesByName = new Map<string, number[]>();

  /** The last place before a position where the text names the person, or -1. */
  lastPlaceOf(name: string, before: number): number {
    const places = this.placesByName.get(name);
    if (!places) return -1;
    let lo = 0;
    let hi = places.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (places[mid]! < before) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? places[lo - 1]! : -1;
  }

  /** The one person of the text whose full name opens with a first name, or null when none or several do. */
  byFirstName(first: string): string | null {
    const found = this.fullNames.filter((n) => n.startsWith(`${first} `));
    return found.length === 1 ? found[0]! : null;
  }

  /** Whether the person may be of the gender: not known to be of the other. */
  mayBe(name: string, gender: Gender | null): boolean {
    return gender === null || this.genderOf(name) !== (gender === 'male' ? 'female' : 'male');
  }

  /** The first of the full names that is the mention or has its surname, by two look-ups instead of a search. */
  named(mention: string): string {
    const surname = mention.split(/\s+/).at(-1)!;
    const at = Math.min(this.byFull.get(mention) ?? Infinity, this.bySurname.get(surname) ?? Infinity);
    return this.fullNames[at] ?? mention;
  }

  private readonly byFull = new Map<string, number>();
  private readonly bySurname = new Map<string, number>();
  private readonly words: WordIndex;

  /**
   * The person last named before a position (preferring a recent sentence subject); failing that, the one named most
   * often. With a gender ("she"), people known to be of the other are passed over, unless no one else is left.
   */
  lastNamedBefore(at: number, gender: Gender | null = null): string | null {
    if (gender) {
      const fitting = this.lastNamed(at, gender);
      if (fitting) return fitting;
    }
    return this.lastNamed(at, null);
  }

  /** The first person named between two positions: the likely subject of a sentence whose grammar was not read. */
  firstNamedIn(from: number, to: number): string | null {
    const m = this.mentions[this.firstFrom(from)];
    return m !== undefined && m.at < to ? m.name : null;
  }

  /** The index of the first mention at or after a position, found by halves. */
  private firstFrom(at: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private readonly genders = new Map<string, Gender | null>();
  private readonly byTitle = new Map<string, Gender | null>();

  private genderOf(name: string): Gender | null {
    let gender = this.genders.get(name);
    if (gender === undefined) {
      gender = guessGender(name, this.text, (word) => this.words.placesOf(word), this.byTitle);
      this.genders.set(name, gender);
    }
    return gender;
  }

  /**
   * For each mention, the last one at or before it whose person may be of the gender (not known to be of the other),
   * or -1: made once per gender asked for, so that "she said" after many men is not a walk back over all of them.
   */
  private readonly fittingUpTo = new Map<Gender, Int32Array>();

  private lastFitting(index: number, gender: Gender | null): number {
    if (gender === null || index < 0) return index;
    let table = this.fittingUpTo.get(gender);
    if (!table) {
      const other = gender === 'male' ? 'female' : 'male';
      table = new Int32Array(this.mentions.length);
      let last = -1;
      for (let i = 0; i < this.mentions.length; i++) {
        if (this.genderOf(this.mentions[i]!.name) !== other) last = i;
        table[i] = last;
      }
      this.fittingUpTo.set(gender, table);
    }
    return table[index]!;
  }

  private lastNamed(at: number, gender: Gender | null): string | null {
    const fits = (name: string) => gender === null || this.genderOf(name) !== (gender === 'male' ? 'female' : 'male');
    // Binary search: the last mention that starts before `at`.
    const lo = this.firstFrom(at);
    const last = this.lastFitting(lo - 1, gender);
    if (last >= 0) {
      // "Ryan criticized Obama. “…,” he said": he is Ryan, the sentence's subject, not Obama, named after him.
      for (let i = last; i >= 0 && at - this.mentions[i]!.at <= SUBJECT_REACH; i--) {
        if (this.mentions[i]!.subject && fits(this.mentions[i]!.name)) return this.mentions[i]!.name;
      }
      return this.mentions[last]!.name;
    }
    if (lo > 0) return null;
    this.mostNamed ??= (() => {
      const counts = new Map<string, number>();
      for (const m of this.mentions) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
      return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    })();
    return this.mostNamed;
  }

  private mostNamed: string | null | undefined;
}

/** A finite verb after a subject, with its auxiliaries and adverbs: "quickly took", "has repeatedly criticized". */
const FINITE_VERB = String.raw`(?:(?:\p{Ll}+ly|also|then|later|again|still|has|have|had|was|were|is|are|would|will|could|did|does|do)\s+)*(?:\p{Ll}+(?:ed|es|s)|took|went|said|told|made|gave|spoke|came|did|got|put|sent|wrote|stood|left|met|ran|began|held|kept|brought|thought|felt|found|saw|became|sat|rose|struck|fought|won|lost|hit|cut|set|let|read|drew|broke|threw|chose|led|paid|meant|heard|sought|bought|caught|taught|fled|spent|built|dealt|knew|grew|blew|flew|shook|sold|swore|wore|hid|spun|swung|hung|rang|sang|sank|stuck|dug|fed|sped|quit|shut|split|spread|cast|rode|drove|arose|froze|woke|stole|ate|laid|overcame|forgot|was|were|is|are)${B}`;
/**
 * The subject opening a sentence's main clause, after a connective or an opening phrase and its comma ("On Tuesday,
 * Mr. McConnell deflected …"): a pronoun, a speaker phrase, a name after its description ("Republican presidential
 * candidate Donald Trump quickly took …"), or a described thing ("The email went on …"). An apposition or a relative
 * clause may follow it ("O'Malley, who signed …, interjected"; "Sen. Mark Kirk, R-Ill., who faces …, rescinded"),
 * and a quotation may open the sentence ("“…,” Trump told a rally, saying …").
 */
const CLAUSE_SUBJECT = new RegExp(
  String.raw`^(?:[“"«‘][^”"»’]{1,400}[”"»’]\s*,?\s*)?(?:(?:But|And|However|Meanwhile|Later|Earlier|Still|Yet|So|Then|Also|Instead)\s*,?\s+)?(?:[^,]{0,80},\s+){0,3}?(${SPEAKER}|(?:${DESCRIBING_WORD}\s+){1,4}?${NAME}|(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Bb]oth|[Oo]ne|[Aa]nother|[Ss]everal|[Mm]any|[Oo]ther)\s+(?:${DESCRIBING_WORD}\s+){0,3}?\p{Ll}[\p{L}-]*)(?:\s*\([^()]{1,40}\))?(?:(?:,\s+[^,]{1,120}){1,2},)?\s+(${FINITE_VERB})`,
  'u',
);

/** The subject of a sentence's main clause, for a second verb or a participle ("…, saying …"), or null. */
export function clauseSubject(sentence: string): string | null {
  return clause(sentence)?.subject ?? null;
}

/** The subject of a sentence's main clause and its verb ("Mr. Christie gloated"), or null. */
export function clause(sentence: string): { subject: string; verb: string } | null {
  const m = CLAUSE_SUBJECT.exec(sentence);
  if (!m) return null;
  const subject = m[1]!;
  const first = subject.split(/\s+/)[0]!;
  // A description is a subject too ("His chief aide doubled down …, saying"): it resolves as a role or a group.
  if (NOT_NAMES.has(first) && !PRONOUNS.test(first) && !/^(?:I|We|The|A|An|His|Her|Their|Its|Both|One|Another|Several|Many|Other)$/.test(first)) return null;
  return { subject, verb: m[2]!.split(/\s+/).at(-1)! };
}
