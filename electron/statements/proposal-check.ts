import { ORGANISATION_WORDS, PUBLICATION_WORDS } from './lexicon';
import { ArticleFacts, classifySpeaker } from './speaker-kind';

/** Names judged by the lexicons alone, with no article to give clues. */
const NO_FACTS = new ArticleFacts('', new Set());

/**
 * Whether an apposition ("Hikmet Hajiyev, Assistant to the President of Azerbaijan, said") may propose an official.
 * The apposition pattern also matches places ("Cape Canaveral, Florida, said"), people followed by another person
 * ("Andrew Shearer, Justin Bassi, said") and journalists followed by their outlet ("Jon Sopel, BBC News, said"):
 * a proposal needs a name that looks like a person's and a role that looks like an office.
 */
export type ProposalVerdict = { ok: true } | { ok: false; reason: string };

/** Words that open or close a place name, never a person's. */
const PLACE_HEADS = new Set(['Cape', 'Mount', 'Mt.', 'Lake', 'Port', 'Fort', 'Gulf', 'Bay', 'Isle', 'New', 'North', 'South', 'East', 'West', 'Upper', 'Lower', 'Greater', 'San', 'Santa', 'Los', 'Las', 'Costa', 'Sierra', 'Puerto']);
const PLACE_TAILS = new Set(['City', 'County', 'Island', 'Islands', 'Valley', 'Street', 'Avenue', 'Square', 'Province', 'Region', 'Strait', 'Ocean', 'River', 'Mountains', 'Airport', 'Base', 'Station', 'Park', 'Bridge', 'Canal', 'Peninsula', 'District', 'State', 'Oblast', 'Krai', 'Beach', 'Harbor', 'Harbour', 'Coast', 'Desert', 'Heights']);

/** Words that name an office in the languages the app reads; a role must hold one, or say "of/to/for" a body. */
const OFFICE_WORDS = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${[
    'minister', 'president', 'vice-president', 'secretary', 'ambassador', 'assistant', 'adviser', 'advisor', 'aide', 'spokesperson', 'spokesman', 'spokeswoman',
    'head', 'chief', 'director', 'chairman', 'chairwoman', 'chair', 'governor', 'mayor', 'senator', 'deputy', 'representative', 'envoy', 'commissioner',
    'premier', 'leader', 'general', 'commander', 'officer', 'official', 'member', 'speaker', 'counsellor', 'counselor', 'consul', 'attaché', 'attache',
    'king', 'queen', 'prince', 'emir', 'sheikh', 'chancellor', 'prosecutor', 'judge', 'justice', 'mp', 'mep', 'congressman', 'congresswoman', 'lawmaker',
    'ombudsman', 'ceo', 'executive', 'founder', 'rector', 'dean', 'coordinator', 'negotiator', 'delegate', 'mufti', 'patriarch',
    'министр', 'президент', 'посол', 'помощник', 'глава', 'председатель', 'пресс-секретарь', 'заместитель', 'руководитель', 'советник', 'губернатор', 'депутат', 'спикер', 'мэр',
    'nazir', 'prezident', 'səfir', 'köməkçi', 'rəhbər', 'sədr', 'müavin', 'sözçü', 'bakan', 'cumhurbaşkanı', 'büyükelçi', 'başkan', 'danışman', 'milletvekili',
  ].join('|')})`,
  'iu',
);
/** Offices of the scripts that do not separate words by spaces (Chinese) or attach articles (Arabic). */
const UNSPACED_OFFICE_WORDS = /部长|主席|总统|总理|发言人|大使|外长|助理|主任|وزير|رئيس|سفير|متحدث|مستشار|أمين/u;
/** Who reports on officials is not one of them. */
const JOURNALIST_WORDS = /(?:^|[^\p{L}])(?:correspondent|reporter|journalist|editor|columnist|presenter|anchor|commentator|корреспондент|журналист|обозреватель|редактор)/iu;
const TO_A_BODY = /(?:^|\s)(?:of|to|for|at)\s+(?:the\s+)?\p{Lu}/u;

const NAME_PARTICLES = new Set(['de', 'da', 'di', 'del', 'der', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'oglu', 'oğlu', 'qizi', 'qızı']);
const CAPITALISED_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const HAS_CASE = /[\p{Lu}\p{Ll}]/u;

/** Why a name is not a person's, or null when it looks like one: 2–4 capitalised words, or a name in an uncased script. */
export function nameProblem(name: string): string | null {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  if (words.length < 2 || words.length > 4) {
    const uncased = words.length <= 4 && !HAS_CASE.test(name) && /^\p{L}[\p{L}\p{M}·・\s-]{1,24}$/u.test(name.trim());
    if (!uncased) return 'a person’s name has two to four words';
  }
  if (HAS_CASE.test(name)) {
    const namesWords = words.filter((w) => !NAME_PARTICLES.has(w.toLowerCase()));
    if (namesWords.length < 2 || !namesWords.every((w) => CAPITALISED_WORD.test(w))) return 'every word of a name is capitalised';
    if (PLACE_HEADS.has(words[0]!) || PLACE_TAILS.has(words.at(-1)!)) return 'the name is a place';
  }
  if (ORGANISATION_WORDS.test(name) || PUBLICATION_WORDS.test(name)) return 'the name is an organisation or an outlet';
  // "Supreme Court", "United Nations": a body the speaker lexicons know, whatever its words.
  if (classifySpeaker(name, NO_FACTS) === 'institution') return 'the name is an organisation or an outlet';
  return null;
}

/** Why a role is not an office, or null when it is one. */
export function roleProblem(role: string): string | null {
  const text = role.trim();
  if (text === '') return 'no role';
  if (JOURNALIST_WORDS.test(text)) return 'a journalist is not an official';
  if (OFFICE_WORDS.test(text) || UNSPACED_OFFICE_WORDS.test(text)) return null;
  if (PUBLICATION_WORDS.test(text)) return 'the role is an outlet';
  if (TO_A_BODY.test(text)) return null;
  if (nameProblem(text) === null) return 'the role is another person’s name';
  return 'the role names no office';
}

/** Whether a person found with a role apposition may be proposed as an official (or given that role). */
export function checkProposal(name: string, role: string | null): ProposalVerdict {
  const problem = nameProblem(name) ?? (role === null ? 'a proposal needs a role or a title' : roleProblem(role));
  return problem === null ? { ok: true } : { ok: false, reason: problem };
}
