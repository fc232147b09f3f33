// What a speaker phrase names: a person, an institution, an anonymous source, or something that cannot speak (a
// document or a law, a place, a quantifier, a common noun). Read from the phrase's own words (its head noun, its
// determiner, its case) and from a few facts about the article it stands in ("in Israel", "Israeli"; "security" in
// small letters elsewhere), with no gazetteer: a press officer's reading, not a lookup.
import { PUBLICATION_WORDS, RU_ROLE_NOUNS } from './lexicon';
import { isLetter } from './speakers';
import type { SpeakerKind } from './types';

/** What a phrase names: the three kinds of speaker, and the four kinds of thing that are never one. */
export type MentionClass = 'person' | 'institution' | 'anonymous' | 'document' | 'place' | 'quantifier' | 'common';

/** The kind a resolved speaker is given; 'unknown' exactly when there is none. */
export function speakerKindOf(speaker: string | null, facts?: ArticleFacts): SpeakerKind {
  if (speaker === null) return 'unknown';
  return asSpeakerKind(classifySpeaker(speaker, facts)) ?? 'unknown';
}

/** The speaker kind of a class, or null for a class that never speaks. */
export function asSpeakerKind(found: MentionClass): Exclude<SpeakerKind, 'unknown'> | null {
  return found === 'person' || found === 'institution' || found === 'anonymous' ? found : null;
}

const words = (s: string) => s.split(/\s+/).filter((w) => w !== '');
const set = (list: string) => new Set(list.split(/\s+/).filter((w) => w !== ''));

/** Words that only count or hedge ("some", "many", "few"), and the phrases that are nothing else. */
const QUANTIFIERS = set(`two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
  hundreds thousand thousands dozen dozens millions some many few most several others other all both none anyone someone everyone everybody nobody
  somebody anybody each either neither half majority minority more less fewer plenty lots a an one no any another
  некоторые многие немногие большинство все каждый кто-то`);
const SHARE = /^(?:(?:about|around|nearly|almost|roughly|only|just|fully|some|a\s+full|more\s+than|less\s+than|over|under)\s+)?(?:\d[\d.,]*\s*(?:%|percent|per\s+cent|in\s+\d+)|[\p{L}-]+\s+(?:percent|per\s+cent|in\s+(?:10|ten|\d+))|half|a\s+third|a\s+quarter|two-thirds|three-quarters|a\s+majority|majorities|\d[\d.,]*)(?![\p{L}])/iu;

/** The nouns of writings, records and laws: what a text cites, never who speaks. */
const DOCUMENTS = set(`report reports paper papers poll polls survey surveys study studies tally analysis analyses review
  reviews account records record document documents results result tracker article articles interview post posts data
  figures estimate estimates count filing filings transcript transcripts memo memos email emails letter letters book
  books message messages tweet tweets video videos footnote footnotes summary cable cables complaint lawsuit indictment
  ruling rulings law laws bill bills act acts constitution constitución constitution treaty treaties resolution
  resolutions decree decrees charter convention accord agreement agreements code statute statutes regulation
  regulations directive ordinance amendment amendments notes note census statistics findings investigation
  audit numbers statement statements release communique communiqué declaration manifesto platform proposal proposals
  plan plans budget draft petition order orders guidance guidelines policy page website site blog newsletter column
  editorial op-ed essay thesis theorem model models scans scan map maps chart charts graph table list index
  закон законопроект доклад отчет отчёт опрос исследование документ заявление указ конституция постановление
  резолюция договор соглашение статья письмо`);

/** The heads of institutions' names: bodies that speak through their officers. */
const INSTITUTIONS = set(`ministry ministries department departments government governments administration agency
  agencies office offices council committee committees commission parliament senate congress assembly court courts
  tribunal party parties company companies corporation corp inc ltd llc plc co firm firms bank banks university
  universities institute institutes foundation association union unions organization organisation organizations
  organisations police army military navy embassy embassies consulate authority authorities campaign cabinet
  presidency secretariat board bureau service services center centre group groups team club federation alliance
  coalition league chamber fund network industry regime junta kremlin pentagon whitehall élysée elysee mission
  delegation newspaper newspapers magazine outlet broadcaster channel secretary-general's prosecutor's prosecutors' command staff headquarters directorate inspectorate
  regulator watchdog forum movement front brigade brigades forces police
  министерство мид правительство администрация ведомство агентство служба комитет совет парламент дума сенат суд
  партия компания банк кремль посольство управление прокуратура полиция минобороны минфин центр фонд`);
/** Institutions named by a phrase of several words ("the State Department", "the White House", "Downing Street"). */
const INSTITUTION_PHRASES = /(?:^|\s)(?:white\s+house|state\s+department|downing\s+street|foreign\s+office|quai\s+d['’]orsay|blue\s+house|european\s+union|united\s+nations|security\s+council|federal\s+reserve)$/i;

/** Nouns for a person, one or many, that a phrase may be headed by when it names no one ("a senior diplomat"). */
const PEOPLE = set(`source sources official officials diplomat diplomats insider insiders aide aides adviser advisers
  advisor advisors person people man men woman women spokesman spokeswoman spokesperson spokespeople representative
  representatives member members critic critics supporter supporters opponent opponents voter voters resident residents
  expert experts analyst analysts observer observers witness witnesses lawmaker lawmakers legislator legislators
  politician politicians leader leaders activist activists protester protesters protestors demonstrator demonstrators
  investigator investigators prosecutor prosecutors officer officers soldier soldiers worker workers employee employees
  staffer staffers student students teacher teachers doctor doctors lawyer lawyers attorney attorneys friend friends
  neighbour neighbours neighbor neighbors participant participants customer customers fan fans user users respondent
  respondents reader readers viewer viewers citizen citizens scientist scientists researcher researchers economist
  economists historian historians strategist strategists pollster pollsters elder elders minister ministers official
  executive executives director directors chief chiefs head heads governor governors mayor mayors senator senators
  judge judges ambassador ambassadors envoy envoys commander commanders general generals president presidents
  chairman chairwoman chair secretary secretaries deputy deputies candidate candidates nominee nominees founder
  founders owner owners developer developers programmer programmers writer writers author authors reporter reporters
  journalist journalists editor editors host hosts guest guests victim victims survivor survivors parent parents
  mother father son daughter wife husband brother sister child children family families crowd crowds
  одна один источник источники чиновник чиновники дипломат дипломаты эксперт эксперты аналитик аналитики собеседник`);
/** Agent-noun endings that name a person ("respondent", "programmer", "activist"); checked after the lexicons. */
const PERSON_ENDING = /(?:ist|ian|eer|ee|ant|(?<!m)ent|[^aeiou]er|(?:ct|at|it|ss|nd|rv|ns)or)s?$/i;
/** Common words that end as agent nouns do and name no one. */
const NOT_AGENTS = set(`however whatever whenever wherever never ever other others another rather whether either neither
  together after under over later paper papers water power number numbers order orders matter matters letter letters
  center centre computer computers server servers browser browsers folder filter layer layers cover border corner
  chapter character theater theatre weather winter summer answer manner quarter dinner river silver finger butter
  content event events moment point element component percent`);

/** The last words of companies' names ("Coresight Research", "ZeniMax Media", "Silego Technology"). */
const COMPANY_TAILS = set(`research labs systems media technologies technology partners capital holdings motors airlines
  energy international global solutions studios games pharmaceuticals consulting entertainment communications
  associates brands foods airways group`);

/** Heads of place names ("Cape Canaveral", "Lake Baikal", "Fifth Avenue", "Orange County"). */
const PLACE_WORDS = set(`cape mount mountain mountains lake river island islands bay street avenue road square province
  county city town village states emirates islands valley coast gulf sea ocean peninsula region district airport station beach canal strait
  desert state oblast krai republic kingdom capital port harbour harbor border
  город область край республика район улица`);

/** Words that open a clause, never a speaker's name. */
const CONNECTIVES = set(`although though while because if when and but or however whereas since unless until as so yet
  although whether than then`);
/** The first words of a place's name ("South Africa", "Los Angeles", "New Zealand"). */
const PLACE_OPENERS = set(`north south east west northern southern eastern western central upper lower greater los las
  san santa são new`);

/** Words that open a phrase and say only which: "the", "a", "this", "his". */
const DETERMINER = /^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|one|another|such)\s+/i;
/** A pronoun, or a pronoun's contraction glued to a verb ("He’d", "We're"): never a name. */
const PRONOUN_FORM = /^(?:I|we|you|he|she|it|they|me|us|him|them)(?:['’](?:d|s|re|ve|ll|m))?$/i;

/**
 * Facts about an article that tell a place or a common noun from a name: the capitalised words it uses as places
 * ("in Israel", "across Sudan", "Israeli") and the words it also writes in small letters ("security"). Read once
 * per article, and only when a phrase needs them.
 */
export class ArticleFacts {
  private places: Set<string> | undefined;

  constructor(
    private readonly text: string,
    /** Names the article gives people with a first name, a title or an apposition: never places or common nouns. */
    private readonly people: ReadonlySet<string> = new Set(),
  ) {}

  isPerson(name: string): boolean {
    return this.people.has(name);
  }

  /** Whether the article uses a name as a place: after "in", "across", "throughout", or by its demonym. */
  isPlace(name: string): boolean {
    if (this.places === undefined) {
      this.places = new Set();
      const pattern = /(?<![\p{L}])(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Nn]ear|[Oo]utside|[Ii]nside)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})(?!\s*['’])(?![\p{L}’'-])/gu;
      // "in Los Angeles County" makes "Los Angeles" a place too.
      // "in Los Angeles County" makes "Los Angeles" a place too; "in Trump Tower" says nothing of Trump.
      for (const m of this.text.matchAll(pattern)) {
        this.places.add(m[1]!);
        const found = words(m[1]!);
        if (found.length > 1 && PLACE_WORDS.has(found.at(-1)!.toLocaleLowerCase())) this.places.add(found.slice(0, -1).join(' '));
      }
    }
    if (this.places.has(name)) return true;
    // "Israel" beside "Israeli", "Tunisia" beside "Tunisian", "Sudan" beside "Sudanese", "China" beside "Chinese".
    if (/\s/.test(name) || name.length < 4) return false;
    const stem = name.replace(/a$/, '');
    return [`${name}i`, `${name}n`, `${name}ese`, `${stem}ese`].some((demonym) => this.hasWord(demonym));
  }

  /** Whether the article treats a name as a company: "Amazon’s chief executive", "Uber Inc.", "the retailer Amazon". */
  isCompany(name: string): boolean {
    if (/\s/.test(name) || name.length < 2) return false;
    let found = this.companies.get(name);
    if (found !== undefined) return found;
    found = false;
    // Only the places where the name stands are read, a few words either side: a pattern per name run over the whole
    // text made an article naming thousands of people quadratic.
    for (let at = this.text.indexOf(name); at >= 0 && !found; at = this.text.indexOf(name, at + name.length)) {
      if (isLetter(this.text[at - 1]) || isLetter(this.text[at + name.length])) continue;
      const after = this.text.slice(at + name.length, at + name.length + 40);
      const before = this.text.slice(Math.max(0, at - 20), at);
      found = COMPANY_AFTER.test(after) || COMPANY_BEFORE.test(before);
    }
    this.companies.set(name, found);
    return found;
  }
  private readonly companies = new Map<string, boolean>();

  /** Whether the article writes a word in small letters ("security" beside a sentence opening "Security"). */
  writesInSmall(word: string): boolean {
    return this.textWords().small.has(word.toLocaleLowerCase());
  }

  private hasWord(word: string): boolean {
    return this.textWords().all.has(word);
  }

  /** Every word of the text as written, and those in small letters: one pass, read on first use. */
  private wordSets: { all: Set<string>; small: Set<string> } | undefined;
  private textWords(): { all: Set<string>; small: Set<string> } {
    if (this.wordSets === undefined) {
      const all = new Set<string>();
      const small = new Set<string>();
      for (const m of this.text.matchAll(/(?<![\p{L}’'-])\p{L}[\p{L}’'-]*/gu)) {
        all.add(m[0]);
        // "Israeli-backed": the word before a hyphen or apostrophe stands as a word too, as a letter boundary finds it.
        if (/[’'-]/.test(m[0])) for (const part of m[0].split(/[’'-]+/)) all.add(part);
        if (/^\p{Ll}/u.test(m[0])) small.add(m[0]);
      }
      this.wordSets = { all, small };
    }
    return this.wordSets;
  }
}

/** After a company's name: "’s chief executive", " Inc." */
const COMPANY_AFTER = /^(?:['’]s\s+(?:CEO|chief\s+executive|founder|co-founder|shares|stock|board|employees|app|website|platform|stores|headquarters|spokes(?:man|woman|person))|\s+(?:Inc|Corp|Ltd|LLC|Co))(?![\p{L}])/u;
/** Before a company's name: "the retailer ", "start-up ". */
const COMPANY_BEFORE = /(?:^|[^\p{L}])(?:company|firm|start-?up|giant|maker|retailer|platform|service)\s+$/u;

/** The noun a phrase is about: its last word before "of", "for", "at", "from", "who", "close to" and the like. */
function headNoun(phrase: string): string {
  const core = phrase.replace(/\s+(?:of|for|at|from|with|in|on|to|close|familiar|who|which|that|whose|by|under|between|among|speaking)(?:\s.*)?$/i, '');
  return (words(core).at(-1) ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}’'-]+$/gu, '').toLocaleLowerCase().replace(/['’]s$/, '');
}

/** Whether a noun names a person (one or many) by the lexicon or by an agent ending. */
function namesPeople(noun: string): boolean {
  return PEOPLE.has(noun) || RU_ROLE_NOUNS.includes(noun) || (PERSON_ENDING.test(noun) && !NOT_AGENTS.has(noun) && !DOCUMENTS.has(noun) && !INSTITUTIONS.has(noun));
}

/**
 * What a speaker phrase names. `phrase` is the words at the statement or the name they resolved to ("the Kremlin",
 * "Anna Volkova", "a source close to the talks", "the report", "38 percent of voters", "Security").
 */
export function classifySpeaker(phrase: string, facts?: ArticleFacts): MentionClass {
  // "'' Mr. Biden": marks and a title around a name are not part of what it names.
  const trimmed = phrase.trim().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}’'.)]+$|[.,;:!?]+$/gu, '');
  if (trimmed === '') return 'common';
  // "The Washington Post", "the Post": a publication is a body that speaks through what it prints.
  const named = trimmed.replace(/^the\s+/i, '');
  if (/^\p{Lu}/u.test(named) && PUBLICATION_WORDS.test(named)) return 'institution';
  const all = words(trimmed);
  // "Few", "some", "many of them", "38 percent", "six in 10 voters": a count of people, not a speaker.
  if (all.every((w) => QUANTIFIERS.has(w.toLocaleLowerCase())) || /^(?:many|some|most|few|all|none|several|both)\s+of\s+(?:them|us|those|these)$/i.test(trimmed) || SHARE.test(trimmed)) return 'quantifier';
  if (PRONOUN_FORM.test(trimmed)) return 'common';
  // "Although no group", "and", "however": a clause's opening word read as a subject.
  if (CONNECTIVES.has(all[0]!.toLocaleLowerCase())) return 'common';
  // "Trump's": the name the possessive is of.
  if (/\p{L}['’]s$/u.test(trimmed)) return classifySpeaker(trimmed.slice(0, -2), facts);
  const bare = trimmed.replace(DETERMINER, '').replace(/^(?:some|many|most|few|several|other|both|all|certain)\s+/i, '');
  const head = headNoun(bare);
  const capitalised = /^\p{Lu}/u.test(bare);
  if (INSTITUTION_PHRASES.test(bare.replace(/\s+(?:of|for|at|from|in)\s.*$/i, ''))) return 'institution';
  // "La Constitución", "British Bill", "the Affordable Care Act", "the explanatory notes of …": writings and laws.
  const core = bare.replace(/\s+(?:of|for|at|from|in|by)\s.*$/i, '');
  const lastCore = (words(core).at(-1) ?? '').toLocaleLowerCase();
  // Russian puts the head first and its complement after it in the genitive: "Министерство транспорта", "доклад ООН".
  const russianHead = /[а-яё]/iu.test(bare) ? (words(bare)[0] ?? '').toLocaleLowerCase() : '';
  if (DOCUMENTS.has(russianHead)) return 'document';
  if (INSTITUTIONS.has(russianHead)) return 'institution';
  if (DOCUMENTS.has(head) || DOCUMENTS.has(lastCore)) return 'document';
  if (INSTITUTIONS.has(head) || INSTITUTIONS.has(lastCore)) return 'institution';
  // "FBI", "NASA", "W3C": an acronym names a body, not a person.
  if (/^\p{Lu}[\p{Lu}\p{N}&-]{1,6}$/u.test(bare) && /\p{Lu}.*\p{Lu}/u.test(bare)) return 'institution';
  // A lone word in small letters is a person noun or nothing ("basically", "sfoster").
  if (all.length === 1 && /^\p{Ll}/u.test(trimmed)) return PEOPLE.has(head) || RU_ROLE_NOUNS.includes(head) || (/s$/.test(head) && namesPeople(head)) ? 'anonymous' : 'common';
  // "a source close to the talks", "officials who spoke on condition of anonymity", "a senior diplomat", "critics".
  // A capitalised head is a person noun only by the lexicon or as a plural of belonging ("Salafists", "Tunisians"):
  // "Werner" and "Brian" end as agent nouns do.
  const headWord = words(core).at(-1) ?? '';
  const personNoun = /^\p{Lu}/u.test(headWord)
    ? (all.length === 1 && PEOPLE.has(head)) || /(?:ians|ists|ans|ese)$/.test(head)
    : namesPeople(head);
  if (personNoun) return 'anonymous';
  if (capitalised && all.length > 1 && COMPANY_TAILS.has(lastCore)) return 'institution';
  if (capitalised && facts?.isCompany(bare)) return 'institution';
  const capitalWords = all.filter((w) => /^\p{Lu}/u.test(w));
  if (capitalised && capitalWords.length >= 1) {
    const first = (capitalWords[0] ?? '').toLocaleLowerCase();
    // "Cape Canaveral", "Lake Baikal", "Orange County".
    if ((PLACE_WORDS.has(first) && all.length === 2) || PLACE_WORDS.has(lastCore)) return all.length > 1 ? 'place' : 'common';
    if (all.length === 2 && PLACE_OPENERS.has(first) && !facts?.isPerson(bare)) return 'place';
    if (facts?.isPerson(bare)) return 'person';
    if (facts?.isPlace(bare)) return 'place';
    // "Notes Some", "Kuhn The", "Was Bartleby": a heading or a verb read into a name.
    if (all.length > 1 && (/^(?:The|A|An|Some|We|I|In|After|What|This|That|Our|Its|It)$/.test(all.at(-1)!) || /^(?:Was|Is|Were|Are|Has|Had)$/.test(all[0]!))) return 'common';
    if (all.length === 1) {
      // "Security", "Frequently", "Business", "Don’t": a word that opens a sentence, not a name.
      // Endings that surnames share (Hannity, Pence, Sperling, King) count only on a long word.
      if (/['’]t$/.test(bare) || /(?:ally|ently|antly|ously|ingly|edly|ively|fully|lessly|ately|ness|tion|sion|ment|ism|ship|hood)$/.test(bare) || (bare.length >= 9 && /(?:ity|ety|ance|ence|ogy|ics|ing|ible|able)$/.test(bare)) || /^(?:Please|Thanks|Sorry|Yes|Okay|Hello|Welcome)$/.test(bare)) return 'common';
      if (facts?.writesInSmall(bare)) return 'common';
    }
    // A capitalised word with words in small letters after it that are not particles is a phrase, not a name.
    if (all.some((w, i) => i > 0 && /^\p{Ll}/u.test(w) && !/^(?:van|von|de|del|der|da|di|du|bin|al|ibn|el|la|le|ben|dos|das|y)$/.test(w))) return namesPeople(head) ? 'anonymous' : 'common';
    return 'person';
  }
  // A phrase in small letters that names no person and no body: "the cocaine", "a new skin patch", "basically".
  return 'common';
}
