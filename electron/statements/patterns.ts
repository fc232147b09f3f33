// The building blocks of the statement patterns: reporting cues, role nouns, names, titles, speakers and
// appositions, in English and Russian, as regular-expression sources shared by the quotation, reported-speech
// and speaker modules.
import { EN_CUES, ROLE_NOUNS, RU_CUES, RU_ROLE_NOUNS } from './lexicon';

export const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
/** The end of a word in any script (\\b knows only ASCII letters, even in Unicode mode). */
export const B = String.raw`(?![\p{L}\p{N}])`;

export const CUE = `(?:${alternation([...EN_CUES, ...RU_CUES])})`;
export const ROLE = `(?:${alternation([...ROLE_NOUNS, ...RU_ROLE_NOUNS])})`;
// A capitalised word, or an initial ("J."); a full stop after a whole word ends the sentence, not the name.
export const NAME_TOKEN = String.raw`\p{Lu}(?:\.|[\p{L}\p{M}'’-]*)`;
export const NAME = String.raw`${NAME_TOKEN}(?:\s+(?:(?:van|von|de|del|der|da|bin|al|ibn|el|la|le|ben)\s+)?${NAME_TOKEN}){0,3}`;
export const TITLE = String.raw`(?:(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Minister|President|Ambassador|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Governor|Mayor|Senator|Secretary|Director|Adviser|Advisor|Assistant|Envoy|Premier|Chancellor|King|Queen|Prince|Sheikh|General|Judge|Professor|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)|(?:[Зз]аместитель|[Мм]инистр|[Пп]резидент|[Пп]осол|[Гг]лава|[Пп]омощник|[Пп]редседатель|[Гг]убернатор|[Мм]эр|[Зз]амминистра|[Сс]пикер)(?:\s+\p{Ll}+){0,3})`;
export const FULL_NAME = String.raw`\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*){1,2}`;
/** A speaker: a pronoun, a role noun phrase ("the presidential aide", "Azerbaijan's foreign minister"), or a name. */
export const SPEAKER = String.raw`(?:he|she|they|I|we|он|она|они|я|мы|(?:(?:the|a|an|this|that|his|her|their|его|её)\s+)?(?:[\p{L}’'-]+\s+){0,3}?${ROLE}${B}(?:\s+(?:for|of|at|from|with)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}|\s+${NAME})?|${NAME}(?:’s|'s)\s+(?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*|(?:${TITLE}\s+)?${NAME})`;
/** An apposition after a name: ", Assistant to the President of Azerbaijan - Head of …," */
export const APPOSITION = String.raw`[^,;“”"«»]{3,220}?`;

export interface Span {
  start: number;
  end: number;
}

export function words(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

export function trimEnd(s: string, from: number, to: number, trailing = /[\s.!?…;:]/): number {
  let end = to;
  while (end > from && trailing.test(s[end - 1]!)) end--;
  return end;
}
