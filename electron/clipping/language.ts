// A quick guess of an article's language: by script for scripts that belong to one language family, by the
// most frequent function words otherwise. Returns a BCP 47 primary tag, or null when the text is too short.

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'as', 'was', 'on', 'by', 'are', 'we', 'this', 'has'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'que', 'pour', 'qui', 'sur', 'pas', 'du', 'avec', 'au'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'sich', 'ein', 'eine', 'auf', 'für', 'dem'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'en', 'del', 'por', 'con', 'una', 'para', 'es', 'se', 'como'],
  it: ['il', 'la', 'che', 'di', 'e', 'per', 'un', 'una', 'sono', 'della', 'del', 'non', 'con', 'nel', 'gli'],
  pt: ['o', 'a', 'os', 'as', 'e', 'que', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não', 'dos', 'no'],
  nl: ['de', 'het', 'een', 'en', 'van', 'dat', 'niet', 'zijn', 'op', 'voor', 'met', 'ook', 'aan'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'de', 'da', 'olarak', 'daha', 'olan', 'gibi', 'çok', 'ancak', 'değil'],
  az: ['və', 'bir', 'bu', 'üçün', 'ilə', 'də', 'da', 'olan', 'olaraq', 'daha', 'isə', 'deyib', 'edib', 'onun'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'это', 'как', 'из', 'для', 'о', 'к', 'его', 'также'],
  uk: ['і', 'в', 'не', 'на', 'що', 'з', 'та', 'це', 'як', 'до', 'для', 'про', 'його', 'також', 'є'],
};

const SCRIPTS: Array<[RegExp, string]> = [
  [/\p{Script=Hangul}/gu, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Armenian}/gu, 'hy'],
  [/\p{Script=Georgian}/gu, 'ka'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Devanagari}/gu, 'hi'],
];

export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 20000);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < 20) return null;
  for (const [pattern, lang] of SCRIPTS) {
    const n = (sample.match(pattern) ?? []).length;
    // Japanese text mixes kana with Han; a little kana is enough to tell it from Chinese.
    if ((lang === 'ja' && n / letters > 0.05) || n / letters > 0.3) return lang;
  }
  const words = sample.toLocaleLowerCase().match(/\p{L}+/gu) ?? [];
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best: string | null = null;
  let bestScore = 0;
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const score = list.reduce((sum, w) => sum + (counts.get(w) ?? 0), 0);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return bestScore >= 2 ? best : null;
}
