// Azerbaijani and Turkish statements. Both are verb-final: "Bayramov, “…” dedi.", "“…”, deyə Bayramov bildirib.",
// "Fidan, “…” diye vurguladı." The speaker stands before the quotation or between it and the verb.

import { mayBeTurkic, quotedSpans, type ScriptFind } from './found';

const CUE = '(dedi|deyib|bildirib|qeyd edib|vurğulayıb|söyləyib|açıkladı|belirtti|vurguladı|söyledi|ifade etti)';
const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,4}";
// After the quotation: an optional "deyə"/"diye", an optional speaker, and the cue ending the clause.
const AFTER = new RegExp(`^[,.]?\\s*(?:(?:deyə|diye)\\s+)?(${NAME}\\s+)?${CUE}(?=[\\s.,!?]|$)`, 'u');
// Before the quotation: the name (after any title) and a comma.
const BEFORE = new RegExp(`(${NAME})\\s*,?\\s*$`, 'u');
const TITLE = /^(?:Nazir|Prezident|Prezidenti|Müşaviri|Nümayəndəsi|Səfiri|Büyükelçisi|Valisi|Başçısı|Rəisi|Müdürü|Direktoru|Sekreteri|Katibi|Milletvekili|Deputatı|Bakan|Bakanı|Dışişleri|Xarici|İşlər|Cumhurbaşkanı|Başbakan|Sözcüsü|Sözçüsü|Naziri|Sədri|Başkanı|Müavini|Yardımcısı|Köməkçisi|Rəhbəri)$/u;

/** A name with the titles before it taken off: "Xarici İşlər Naziri Ceyhun Bayramov" → "Ceyhun Bayramov". */
export function turkicName(words: string): string | null {
  const all = words.trim().split(/\s+/u);
  // "Ticaret Bakanı Selin Aydemir": the name follows the last title, whatever the title's own words ("Ticaret").
  const lastTitle = all.findLastIndex((w) => TITLE.test(w));
  const parts = lastTitle >= 0 && lastTitle < all.length - 1 ? all.slice(lastTitle + 1) : all.filter((w) => !TITLE.test(w));
  return parts.length > 0 ? parts.join(' ') : null;
}

export function turkicStatements(text: string): ScriptFind[] {
  // Whole words only: "dedicated" is no "dedi".
  if (!mayBeTurkic(text) || !/(?<![\p{L}])(?:dedi|deyib|bildirib|qeyd edib|vurğulayıb|söyləyib|açıkladı|belirtti|vurguladı|söyledi|ifade etti)(?![\p{L}])/u.test(text)) return [];
  const finds: ScriptFind[] = [];
  for (const [open, close] of [['“', '”'], ['«', '»'], ['"', '"']] as const) {
    for (const span of quotedSpans(text, open, close)) {
      const after = AFTER.exec(text.slice(span.end + 1, span.end + 80));
      if (!after) continue;
      let speaker = after[1] ? turkicName(after[1]) : null;
      if (speaker === null) {
        const lead = text.slice(Math.max(0, span.start - 81), span.start - 1).split(/[.!?\n]/u).pop()!;
        const before = BEFORE.exec(lead);
        if (before) speaker = turkicName(before[1]!);
      }
      finds.push({ ...span, kind: 'direct', speaker, cue: after[2]! });
    }
  }
  return finds;
}
