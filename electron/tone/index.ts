// The tone suggestion's public face: the scorer, its types and the lexicons it reads.
export { EN_LEXICON } from './lexicon-en';
export { RU_LEXICON } from './lexicon-ru';
export { NEUTRAL_BAND, suggestTone, type CueGroup, type Tone, type ToneEvidence, type ToneLanguage, type ToneLexicon, type ToneSuggestion } from './score';
