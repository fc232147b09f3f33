// Who a role noun names. "The minister said" is not whoever the text named last: it is the person the article
// introduced as a minister ("Foreign Minister Jeyhun Bayramov", "Hikmet Hajiyev, assistant to the President", "his
// Georgian counterpart, Ilia Darchiashvili"). "The ministry said" is the ministry the article named ("the Foreign
// Ministry"). The article's introductions are read once; a role noun is matched by its head word and what describes it.
import { findPeople } from './speakers';
import { alternation, FULL_NAME } from './patterns';
import { COLLECTIVE_NOUNS, nameWithoutOpeners, NOT_NAMES, ORGANISATION_WORDS, PUBLICATION_WORDS, ROLE_NOUNS } from './lexicon';
import type { PersonMention } from './types';
import { ArticleFacts, classifySpeaker } from './speaker-kind';

/** A name judged by the lexicons alone: the article's own clues are not known yet when introductions are read. */
const NO_FACTS = new ArticleFacts('', new Set());
/** What the lexicons said of each name, kept: the same names are introduced in article after article. */
const PERSON_VERDICTS = new Map<string, boolean>();
function readsAsPerson(name: string): boolean {
  let verdict = PERSON_VERDICTS.get(name);
  if (verdict === undefined) {
    verdict = classifySpeaker(name, NO_FACTS) === 'person';
    // Bounded: a process reading millions of articles keeps the last few thousand names.
    if (PERSON_VERDICTS.size > 5000) PERSON_VERDICTS.clear();
    PERSON_VERDICTS.set(name, verdict);
  }
  return verdict;
}

/** Words that introduce a person by their relation to another, used only to read introductions. */
const RELATIONS = ['counterpart', 'colleague', 'deputy', 'successor', 'predecessor', 'rival', 'opponent', 'boss'];
/** Role nouns of one person (not "the ministry", "the campaign"). */
const PERSON_ROLES = [...ROLE_NOUNS.filter((r) => !COLLECTIVE_NOUNS.has(r) && !/s$/.test(r)), ...RELATIONS];
/** Titles written short before a name ("Florida Sen. Marco Rubio"), and the office each stands for. */
const SHORT_TITLES: Record<string, string> = { sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', adm: 'admiral', amb: 'ambassador', sec: 'secretary', atty: 'attorney', lt: 'lieutenant' };
/** Words that describe an office in small letters; a capitalised word may describe one too ("Foreign", "Florida"). */
const OFFICE_DESCRIBERS = ['foreign', 'deputy', 'prime', 'vice', 'presidential', 'press', 'chief', 'senior', 'top', 'former', 'defence', 'defense', 'interior', 'finance', 'economy', 'health', 'justice', 'state', 'national', 'security', 'trade', 'energy', 'transport', 'education', 'agriculture', 'general', 'executive', 'acting', 'assistant', 'under'];
const TITLE_DESCRIBER = String.raw`(?:\p{Lu}[\p{L}-]*|${OFFICE_DESCRIBERS.join('|')})`;

/** The words a role ends in ("minister" of "foreign minister"), in small letters: where an introduction is looked for. */
const ROLE_HEADS = new Set(PERSON_ROLES.map((r) => r.split(' ').at(-1)!));
const LETTER = /[\p{L}’'.-]/u;
/** Role words that, capitalised before a name, are as often an adjective of a thing's name. */
const ADJECTIVE_ROLES = new Set(['general', 'official', 'chief', 'head', 'executive', 'host', 'owner', 'founder', 'deputy', 'speaker', 'source', 'expert', 'chair']);
/** Role heads and short titles, each with the forms it is looked for in a text folded to small letters. */
const LOOKED_FOR = [...ROLE_HEADS, ...Object.keys(SHORT_TITLES).map((t) => `${t}.`)];
/** One pattern of them all, over the folded text: literal words only, which the engine reads fast. */
const HEADS_FOLDED = new RegExp(alternation(LOOKED_FOR), 'g');

/**
 * Where the text has a role word, in small letters or capitalised ("minister", "Minister"), or a short title with its
 * full stop ("Sen."): found by one pattern of literal words in the text folded to small letters, rather than one that
 * tries every role in both cases behind a look-behind at every letter, in the text's order.
 */
function roleWordPlaces(text: string): Array<{ at: number; end: number; word: string }> {
  const folded = text.toLowerCase();
  // Folding that changes a text's length ("İ") would move every place: such a text is read as it is, in small letters only.
  const lower = folded.length === text.length ? folded : text;
  const places: Array<{ at: number; end: number; word: string }> = [];
  for (const m of lower.matchAll(HEADS_FOLDED)) {
    const head = m[0];
    const at = m.index!;
    const short = head.endsWith('.');
    const end = at + head.length;
    if ((at > 0 && LETTER.test(text[at - 1]!)) || (!short && end < text.length && /[\p{L}-]/u.test(text[end]!))) continue;
    const word = text.slice(at, end);
    // As written in small letters, or capitalised as a title is; a short title only capitalised.
    const capitalisedForm = head[0]!.toUpperCase() + head.slice(1);
    if ((short || word !== head) && word !== capitalisedForm) continue;
    // "GNU General Public License", "Official Ethnicity Statistical Standard": capitalised, these are adjectives.
    if (word === capitalisedForm && ADJECTIVE_ROLES.has(head)) continue;
    places.push({ at, end, word });
  }
  return places;
}

/** Up to three words describing the role, right before it: "New Jersey Gov.", "Deputy Foreign Minister". */
const DESCRIBERS_BEFORE = new RegExp(String.raw`(?<![\p{L}’'.-])(?:${TITLE_DESCRIBER}\s+){1,3}$`, 'u');
/** "Foreign Minister Jeyhun Bayramov", "presidential aide Hikmet Hajiyev": a full name right after the role. */
const NAME_AFTER = new RegExp(String.raw`\s+(${FULL_NAME})(?![\p{L}])`, 'uy');
/** "President Obama", "Sen. Cruz": a title in capitals and a surname alone. */
const SURNAME_AFTER = new RegExp(String.raw`\s+(\p{Lu}\p{Ll}[\p{L}’'-]+)(?![\p{L}]|\s+\p{Lu})`, 'uy');
/** "his Georgian counterpart, Ilia Darchiashvili,": a determiner or a possessor before the role … */
const DETERMINER_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:the|his|her|its|their|\p{Lu}[\p{L}-]*(?:’s|'s))\s+(?:[\p{L}-]+\s+){0,4}?$`, 'u');
/** … and after it, the body it serves, a comma and the name. */
const COMMA_NAME_AFTER = new RegExp(String.raw`((?:\s+(?:for|of|to|at)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})?),\s+(${FULL_NAME})(?=\s*[,;)]|\.\s|\s+\p{Ll})`, 'uy');
/** "Maria Lopez, a spokeswoman for the European Commission,": a name, a comma and a determiner before the role … */
const NAME_COMMA_BEFORE = new RegExp(String.raw`(?<![\p{L}’'-])(${FULL_NAME}),\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}’'-]+\s+){0,4}?$`, 'u');
/** What NAME_COMMA_BEFORE needs somewhere before the role, looked for first: a comma and a determiner. */
const COMMA_DETERMINER = /,\s+(?:a|an|the|his|her|its|their)\s/;
/** … and after it, the body it serves, up to a comma, a full stop or a bracket. */
const BODY_AFTER = new RegExp(String.raw`((?:\s+(?:of|for|to|at|in|with)\s+[^,;:.“”"«»()\n]{1,60}?)?)(?=,|\.|\s+\()`, 'uy');
/** How far back the words before a role word are read, for each form: three describing words, a determiner and four, a name and all that. */
const DESCRIBERS_REACH = 48;
const DETERMINER_REACH = 72;
const NAME_REACH = 130;

const ROLE_SET = new Set(PERSON_ROLES.filter((r) => !r.includes(' ')));
const POSSESSIVE = /(?:’s|'s|(?<=s)['’])$/;

/** An initial or a short title before a full stop: "Vermont Sen." is a description, not a name. */
const ENDS_IN_SHORT_TITLE = /(?:^|\s)(?:Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Amb|Dr|Mr|Mrs|Ms|St|Jr|Sr|Prof|Rev)$/;

/** The name without a title before it ("Spokesman Hikmet Hajiyev"), when it is a person's full name; else null. */
function personName(phrase: string, after: string, surnameAlone = false): string | null {
  const name = nameWithoutOpeners(phrase.replace(POSSESSIVE, ''));
  if (name === null || (!surnameAlone && !/\s/.test(name)) || NOT_NAMES.has(name.split(/\s+/)[0]!) || ORGANISATION_WORDS.test(name) || PUBLICATION_WORDS.test(name)) return null;
  if (after === '.' && ENDS_IN_SHORT_TITLE.test(name)) return null;
  // "the Court of Appeal, Supreme Court": a body's or a thing's name is no person's, whatever stands before it.
  if (!readsAsPerson(name)) return null;
  // "Foreign Minister Leyla" read after "Deputy": a role word inside a name is a title that was not taken off.
  if (name.split(/\s+/).slice(0, -1).some((w) => ROLE_SET.has(w.toLowerCase()))) return null;
  return name;
}

/** Whether the line around a position is a headline in title case ("Federal Judge Just Gave Hillary …"). */
function inTitleCaseLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  const to = text.indexOf('\n', at);
  const line = text.slice(from, to < 0 ? Math.min(text.length, from + 400) : Math.min(to, from + 400));
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.length >= 5 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.75 * words.length;
}

/**
 * The people a text introduces with a role: the appositions findPeople reads, a title or role noun right before a
 * name, a role and a comma before a name, and an apposition in small letters after one; in the text's order.
 */
export function introducedPeople(text: string): readonly PersonMention[] {
  // The extraction child asks twice for each text (finding its statements, then the people it proposes): read once.
  if (lastRead?.text === text) return lastRead.people;
  const people = readIntroductions(text);
  lastRead = { text, people };
  return people;
}
let lastRead: { text: string; people: readonly PersonMention[] } | undefined;

function readIntroductions(text: string): PersonMention[] {
  // "Joe Scarborough and Mika Brzezinski, the Democratic presidential candidate said": an apposition closed by its
  // verb rather than a comma is the next clause's subject as often as not; it still proposes, but gives no role.
  const found: PersonMention[] = findPeople(text).map((p) => (p.role !== null && text.startsWith(`${p.role},`, text.indexOf(p.role, p.end)) ? p : { ...p, closedByVerb: true }));
  const add = (phrase: string, role: string, phraseEnd: number, surnameAlone = false) => {
    const name = personName(phrase, text[phraseEnd] ?? '', surnameAlone);
    if (name === null || inTitleCaseLine(text, phraseEnd)) return;
    // The name ends where the words read end: titles are taken off its start only.
    const end = phraseEnd - (phrase.length - phrase.replace(POSSESSIVE, '').length);
    found.push({ name, role: role.replace(/\s+/g, ' ').replace(/^(?:the|a|an)\s+/i, ''), start: end - name.length, end });
  };
  for (const hit of roleWordPlaces(text)) {
    const { at, end: after } = hit;
    const describers = () => DESCRIBERS_BEFORE.exec(text.slice(Math.max(0, at - DESCRIBERS_REACH), at))?.[0] ?? '';
    NAME_AFTER.lastIndex = after;
    const full = NAME_AFTER.exec(text);
    if (full) add(full[1]!, describers() + hit.word, after + full[0].length);
    else if (/^\p{Lu}/u.test(hit.word)) {
      SURNAME_AFTER.lastIndex = after;
      const surname = SURNAME_AFTER.exec(text);
      if (surname) add(surname[1]!, describers() + hit.word, after + surname[0].length, true);
    }
    // A role and a comma before a name, or a name and a comma before its role: without a comma next to the role,
    // neither form is tried.
    const commaAfter = /^(?:\s+(?:for|of|to|at)\s|,)/.test(text.slice(after, after + 6));
    if (commaAfter) {
      const determiner = DETERMINER_BEFORE.exec(text.slice(Math.max(0, at - DETERMINER_REACH), at));
      COMMA_NAME_AFTER.lastIndex = after;
      const named = determiner ? COMMA_NAME_AFTER.exec(text) : null;
      if (determiner && named) add(named[2]!, determiner[0] + hit.word + named[1]!, after + named[0].length);
    }
    const before = text.slice(Math.max(0, at - NAME_REACH), at);
    const introduced = COMMA_DETERMINER.test(before) ? NAME_COMMA_BEFORE.exec(before) : null;
    if (introduced) {
      BODY_AFTER.lastIndex = after;
      const body = BODY_AFTER.exec(text);
      const nameAt = at - before.length + introduced.index;
      if (body) add(introduced[1]!, introduced[0].slice(introduced[0].indexOf(',') + 1).trimStart() + hit.word + body[1]!, nameAt + introduced[1]!.length);
    }
  }
  // One introduction per place: the first form that read it keeps it.
  const seen = new Set<number>();
  return found.filter((p) => !seen.has(p.start) && seen.add(p.start)).sort((a, b) => a.start - b.start);
}

/** Head words that name the same office. */
const SAME_OFFICE: string[][] = [
  ['aide', 'assistant', 'adviser', 'advisor'],
  ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary'],
  ['minister', 'secretary'],
  ['chairman', 'chairwoman', 'chair'],
  ['official', 'officer'],
  ['representative', 'congressman', 'congresswoman', 'lawmaker'],
];
const OFFICE_OF = new Map(SAME_OFFICE.flatMap((group) => group.map((word) => [word, group] as const)));
/** Words that make another office of the same head: a vice president is not the president, nor a former one. */
const OFFICE_CHANGERS = new Set(['vice', 'deputy', 'assistant', 'under', 'former', 'ex', 'acting', 'first']);
const DETERMINERS = /^(?:the|a|an|this|that|his|her|its|their|top|senior|new|then)$/;

interface RoleWords {
  head: string;
  /** The words before the head, folded, without determiners. */
  modifiers: string[];
  /** Every word, folded, short titles spelt out. */
  all: string[];
  /** Capitalised words that are not an office's own ("Florida", "Georgian", "GOP"): who or where the office is of. */
  proper: string[];
  /** Whose the office is: "Carter" in "Carter’s press secretary". */
  possessors: string[];
  /** The body after "of"/"for", its capitalised words: "CloudFlare" in "chief executive of CloudFlare". */
  body: string[];
}

const fold = (w: string) => {
  const word = w.toLowerCase().replace(/\.$/, '');
  return SHORT_TITLES[word] ?? word;
};

function roleWords(phrase: string): RoleWords {
  const tokens = phrase.split(/[^\p{L}’'.-]+/u).filter(Boolean);
  const possessors = tokens.filter((t) => /(?:’s|'s)$/.test(t)).map((t) => fold(t.replace(/(?:’s|'s)$/, '')));
  const clean = tokens.map((t) => t.replace(/(?:’s|'s)$/, '').replace(/^[.'’-]+|[’'-]+$/g, '')).filter(Boolean);
  const tail = clean.findIndex((t, i) => i > 0 && /^(?:for|of|to|at|from|with|in)$/i.test(t));
  const core = tail < 0 ? clean : clean.slice(0, tail);
  const body = tail < 0 ? [] : clean.slice(tail + 1).filter((t) => /^\p{Lu}/u.test(t)).map(fold);
  const modifiers = core.slice(0, -1).map(fold).filter((w) => !DETERMINERS.test(w));
  const proper = core
    .slice(0, -1)
    .filter((t) => /^\p{Lu}/u.test(t) && !/(?:’s|'s)$/.test(t))
    .map(fold)
    .filter((w) => !OFFICE_DESCRIBERS.includes(w) && !DETERMINERS.test(w) && !PERSON_ROLES.includes(w) && !(w in SHORT_TITLES));
  return { head: fold(core.at(-1) ?? ''), modifiers, all: clean.map(fold), proper, possessors, body };
}

const sameWord = (a: string, b: string) => a === b || a === `${b}s` || b === `${a}s`;
/** "presidential" describes a role "assistant to the President"; "foreign" a "Foreign Minister". */
const describes = (modifier: string, word: string) => modifier.length >= 4 && word.length >= 4 && (modifier.startsWith(word) || word.startsWith(modifier));

/** How well a role fits a mention's head and the words describing it; 0 when it cannot be the same office. */
function fit(mention: RoleWords, role: RoleWords): number {
  const heads = OFFICE_OF.get(mention.head) ?? [mention.head];
  const joined = role.all.join(' ');
  if (!heads.some((h) => (h.includes(' ') ? joined.includes(h) : role.all.some((w) => sameWord(w, h))))) return 0;
  // "The former president" is not the vice president named last, and "the president" not a former one.
  for (const word of OFFICE_CHANGERS) if (mention.modifiers.includes(word) !== role.modifiers.includes(word)) return 0;
  // "Carter’s press secretary" is Carter’s; "chief executive of CloudFlare" is CloudFlare’s.
  if (mention.possessors.some((p) => !role.all.includes(p))) return 0;
  if (mention.body.some((b) => !role.all.includes(b))) return 0;
  // "The president" is more likely President Obama than the president of the World Bank.
  const elsewhere = role.body.length > 0 && mention.body.length === 0 && mention.proper.length === 0 ? 0.5 : 0;
  // "The Florida senator" is not the Iowa senator, nor a senator the article does not say is from Florida.
  const unmatched = mention.proper.filter((p) => !role.all.some((w) => describes(p, w) || p === w));
  if (unmatched.length > 0) return 0;
  // The exact head word beats one of the same office ("the aide" is an aide before an assistant).
  const exact = role.all.some((w) => sameWord(w, mention.head)) ? 0.5 : 0;
  return 1 + exact - elsewhere + mention.modifiers.filter((m) => role.all.some((w) => describes(m, w))).length;
}

/** A role read from an apposition that runs past its sentence ("X, the nominee.\n\nThe president left …") says nothing. */
const usableRole = (role: string) => role !== '' && role.split(/\s+/).length <= 12 && !/[.!?]\s|\n/.test(role);

export interface PersonLookup {
  /** The last place before a position where the text names the person, or -1. */
  lastPlaceOf(name: string, before: number): number;
  /** Whether the person may be of the gender (not known to be of the other). */
  mayBe(name: string, gender: 'male' | 'female' | null): boolean;
  /** Who the text's order and sentence subjects point to, without reading roles. */
  lastNamedBefore(at: number, gender: 'male' | 'female' | null): string | null;
}

/** How near before a role noun a person without a role still counts as the one meant. */
const NEAR = 400;

/** The people the article introduced with their roles, and who a role noun names. */
export class RoleBook {
  private readonly introduced: Set<string>;
  private read: Array<{ name: string; at: number; role: RoleWords }> | undefined;

  constructor(
    private readonly people: readonly PersonMention[],
    private readonly canonical: (name: string) => string,
  ) {
    this.introduced = new Set(people.map((p) => canonical(p.name)));
  }

  /** The roles, read when a role noun first asks: most articles have none. */
  private get intros(): Array<{ name: string; at: number; role: RoleWords }> {
    this.read ??= this.people.filter((p) => !p.closedByVerb && usableRole(p.role ?? '')).map((p) => ({ name: this.canonical(p.name), at: p.start, role: roleWords(p.role!) }));
    return this.read;
  }

  /**
   * The person a role noun ("the minister", "the presidential aide", "the spokeswoman") names at a position: of the
   * people introduced before it with a role that fits best, the one the text named last; null when none fits.
   */
  personFor(mention: string, at: number, people: PersonLookup, gender: 'male' | 'female' | null): string | null {
    const words = roleWords(mention);
    // "Protest organizers", "the officials": many people, not one of those introduced.
    if (words.head === '' || (/[^s]s$/.test(words.head) && !OFFICE_OF.has(words.head))) return null;
    let bestScore = 0;
    let best: Array<{ name: string; place: number }> = [];
    for (const intro of this.intros) {
      if (intro.at >= at) break;
      const score = fit(words, intro.role);
      if (score <= 0 || score < bestScore || !people.mayBe(intro.name, gender)) continue;
      if (score > bestScore) {
        bestScore = score;
        best = [];
      }
      best.push({ name: intro.name, place: Math.max(intro.at, people.lastPlaceOf(intro.name, at)) });
    }
    if (best.length === 0) return null;
    // Of people who fit as well, the one the text's order points to ("the senator" of an article about one senator
    // who names another in passing); failing that, the one named last.
    const usual = people.lastNamedBefore(at, gender);
    if (usual !== null && best.some((b) => b.name === usual)) return usual;
    const latest = best.reduce((a, b) => (b.place > a.place ? b : a));
    // Someone the article gave no role, named just before and after everyone who fits ("chants of “Marco!”. The
    // senator …"), is as likely meant: what is not known does not outweigh what is near.
    const usualPlace = usual === null ? -1 : people.lastPlaceOf(usual, at);
    if (usual !== null && !this.introduced.has(usual) && usualPlace > latest.place && at - usualPlace < NEAR) return usual;
    return latest.name;
  }
}

/** The heads of an institution's name, as "the ministry" names it again. */
const INSTITUTION_HEADS = ['Ministry', 'Department', 'Office', 'Agency', 'Commission', 'Council', 'Committee', 'Court', 'Government', 'Embassy', 'Administration', 'Institute', 'Bank', 'Service', 'Parliament', 'Assembly', 'Directorate', 'Cabinet', 'Secretariat', 'Authority', 'Prosecutor’s Office'];
const INSTITUTION_HEAD_WORDS = new Set(INSTITUTION_HEADS.map((h) => h.toLowerCase().split(/\s+/).at(-1)!));
const INSTITUTION = new RegExp(
  String.raw`(?<![\p{L}’'-])((?:\p{Lu}[\p{L}’'-]*\s+){0,4}(?:${INSTITUTION_HEADS.join('|')})(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}’'-]*){0,3})?)(?![\p{L}])`,
  'gu',
);
const OPENERS = /^(?:(?:The|A|An|This|That|But|And|However|Meanwhile|On|In|At)\s+|\p{Lu}[\p{L}-]*(?:’s|'s)\s+)+/u;

/** The institutions an article names ("the Foreign Ministry", "the Ministry of Foreign Affairs"), in its order. */
export class InstitutionBook {
  private read: Array<{ name: string; at: number; words: RoleWords }> | undefined;

  constructor(private readonly text: string) {}

  /** The institutions named, read when "the ministry" first asks. */
  private get named(): Array<{ name: string; at: number; words: RoleWords }> {
    if (this.read) return this.read;
    this.read = [];
    for (const m of this.text.matchAll(INSTITUTION)) {
      const name = m[1]!.replace(OPENERS, '').replace(/\s+/g, ' ');
      // A head word alone ("Ministry") is not a name; a heading's run of capitals is not one either.
      if (!/\s/.test(name)) continue;
      this.read.push({ name, at: m.index!, words: roleWords(name) });
    }
    return this.read;
  }

  /** The institution "the ministry" or "the foreign ministry" names at a position, or null. */
  institutionFor(mention: string, at: number): string | null {
    if (!/^the\s/i.test(mention)) return null;
    const words = roleWords(mention);
    // Only a head an institution's name can end in is looked for ("the campaign", "critics" are not).
    if (!INSTITUTION_HEAD_WORDS.has(words.head)) return null;
    let best: { name: string; score: number } | null = null;
    for (const entry of this.named) {
      if (entry.at >= at) break;
      const head = entry.words.all.includes(words.head);
      if (!head) continue;
      const score = 1 + words.modifiers.filter((m) => entry.words.all.some((w) => describes(m, w))).length;
      // Of equal fits, the one named last.
      if (!best || score >= best.score) best = { name: entry.name, score };
    }
    // Every describing word of the mention must be in the name: "the health ministry" is not the Foreign Ministry.
    return best && best.score === 1 + words.modifiers.length ? best.name : null;
  }
}
