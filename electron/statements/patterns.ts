// The building blocks of the statement patterns: reporting cues, role nouns, names, titles, speakers and
// appositions, in English and Russian, as regular-expression sources shared by the quotation, reported-speech
// and speaker modules.
import { EN_CUES, ROLE_NOUNS, RU_CUES, RU_ROLE_NOUNS } from './lexicon';

export const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
/**
 * The same alternation grouped by first letter ("a(?:ccused|dded)|b(?:lamed)"): a long list of cues tried at every
 * position of every sentence costs one test per letter instead of one per cue. Longest first within each group.
 */
export const prefixAlternation = (words: string[]) => {
  const groups = new Map<string, string[]>();
  for (const w of words) {
    const first = w[0]!.toLocaleLowerCase();
    groups.set(first, [...(groups.get(first) ?? []), w.slice(1)]);
  }
  return [...groups].map(([first, rest]) => `${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:${alternation(rest)})`).join('|');
};
/** The end of a word in any script (\\b knows only ASCII letters, even in Unicode mode). */
export const B = String.raw`(?![\p{L}\p{N}])`;

export const CUE = `(?:${alternation([...EN_CUES, ...RU_CUES])})`;
export const ROLE = `(?:${alternation([...ROLE_NOUNS, ...RU_ROLE_NOUNS])})`;
// A capitalised word, or an initial ("J."); a full stop after a whole word ends the sentence, not the name.
export const NAME_TOKEN = String.raw`\p{Lu}(?:\.|[\p{L}\p{M}'’-]*)`;
/**
 * Where a NAME may start in an unanchored search: where a word starts, at the first capital of a word (as in
 * "McCain" read from "Mc…", or "iPhone" from "P"), or at an initial before its full stop ("…ABSTRACT.\n\nElizabeth
 * Warren" from "T."). Those are the only places where a NAME not tried there could still be found, since a name's
 * first word runs to the end of the word it starts in. Without it a search tries every capital of a long word and
 * reads the rest of the word from each: 19 s for 25 KB of "ББББ…". The look back is read only at a capital, and
 * stops at the word's previous one.
 */
export const NAME_START = String.raw`(?=\p{Lu})(?:(?=\p{Lu}\.)|(?<=(?:^|[^\p{L}\p{M}'’-])[\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{M}'’-]*))`;
// The words of a name stand on one line: "Biodiversity\nThe …" is a heading and a sentence, not a name.
export const NAME = String.raw`${NAME_TOKEN}(?:[^\S\n]+(?:(?:van|von|de|del|der|da|bin|al|ibn|el|la|le|ben)[^\S\n]+)?${NAME_TOKEN}){0,3}`;
export const TITLE = String.raw`(?:(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Minister|President|Ambassador|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Governor|Mayor|Senator|Secretary|Director|Adviser|Advisor|Assistant|Envoy|Premier|Chancellor|King|Queen|Prince|Sheikh|General|Judge|Professor|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|(?:Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev|Adm|Amb|Atty|Cmdr|Maj)\.)|(?:[Зз]аместитель|[Мм]инистр|[Пп]резидент|[Пп]осол|[Гг]лава|[Пп]омощник|[Пп]редседатель|[Гг]убернатор|[Мм]эр|[Зз]амминистра|[Сс]пикер)(?:\s+\p{Ll}+){0,3})`;
export const FULL_NAME = String.raw`\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:[^\S\n]+\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*){1,2}`;
/**
 * A speaker: a pronoun, a role noun phrase ("the presidential aide", "Azerbaijan's foreign minister", "Ms. Merkel's
 * chief human resources officer"), or a name.
 */
export const SPEAKER = String.raw`(?:he|she|they|I|we|он|она|они|я|мы|(?:(?:the|a|an|this|that|his|her|their|его|её)\s+)?(?:[\p{L}’'-]+\s+){0,3}?${ROLE}${B}(?:\s+(?:for|of|at|from|with)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}|\s+${NAME})?|(?:${TITLE}\s+)?${NAME}(?:’s|'s)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*|(?:${TITLE}\s+)?${NAME})`;
/** A word of a description before a name ("state Sen.", "political scientist"): not a conjunction, a verb ("…,” said Vilsack") or a preposition. */
export const DESCRIBING_WORD = String.raw`(?!(?:and|but|or|nor|that|which|who|whom|whose|when|where|while|until|unless|since|as|if|because|than|like|of|is|was|were|are|be|has|had|have|to|in|on|at|for|with|by|from|about|over|into|after|before|it|this|there|then|so|not|said|says|told|tells|added|adds|wrote|writes|asked|asks)${B})(?:[\p{L}\p{N}][\p{L}\p{N}’'-]*|\p{Lu}\p{L}{0,3}\.(?:\p{Lu}\.)*)`;
/** An apposition after a name: ", Assistant to the President of Azerbaijan - Head of …," */
export const APPOSITION = String.raw`[^,;“”"«»]{3,220}?`;

export interface Span {
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** How many words (runs of letters and digits) a text has; counted in place, with no array of them made. */
export function words(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let letter: boolean;
    if (c < 128) letter = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    else if (c >= 0xdc00 && c <= 0xdfff) letter = inWord;
    else letter = WORD_CHAR.test(c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i]!);
    if (letter && !inWord) count++;
    inWord = letter;
  }
  return count;
}

export function trimEnd(s: string, from: number, to: number, trailing = /[\s.!?…;:]/): number {
  let end = to;
  while (end > from && trailing.test(s[end - 1]!)) end--;
  return end;
}
