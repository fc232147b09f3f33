// Turkish and Azerbaijani reported speech, verb-final: "Fidan, müzakerelerin başlayacağını söyledi.", "Bayramov sülh
// prosesinin davam etdiyini bildirib.", "Erdoğan, Türkiye boyun eğmeyecek, dedi." and "Fidan'a göre …" /
// "Bayramovun sözlərinə görə, …". The speaker opens the sentence; what was said runs up to the verb.

import { mayBeTurkic, sentencesOf, spanOf, type ScriptFind } from './found';
import { turkicName } from './turkic';

const CUES = 'söyledi|belirtti|açıkladı|vurguladı|ifade etti|kaydetti|bildirdi|dile getirdi|dedi|bildirib|qeyd edib|vurğulayıb|deyib|söyləyib|açıqlayıb|bəyan edib|qeyd etdi|vurğuladı|bildirdi';
const WORD = "\\p{Lu}[\\p{L}-]*";
const NAME_RUN = `${WORD}(?:\\s+${WORD}){0,5}`;
/** The speaker, a comma or not, what was said, and the verb that ends the sentence. */
const SAID = new RegExp(`^(${NAME_RUN})(,?)\\s+(.{6,}?),?\\s+(${CUES})$`, 'du');
/** "Bayramov jurnalistlərə bildirib ki, …": the verb, "ki" and what was said after it; the speaker is before the verb. */
const KI = new RegExp(`(?<![\\p{L}])(bildirib|qeyd edib|vurğulayıb|deyib|söyləyib|açıqlayıb|bəyan edib|əlavə edib|qeyd etdi|vurğuladı|bildirdi|söyledi|belirtti|açıkladı|ifade etti)\\s+ki\\s*,?\\s+(.{6,})$`, 'u');
/** The last names before the verb, with at most three words in small letters after them ("jurnalistlərə"). */
const NAME_BEFORE = new RegExp(`(?<![\\p{L}'’-])(${NAME_RUN})(?:\\s+\\p{Ll}[\\p{L}'’-]*){0,3}\\s*$`, 'u');
/**
 * "AA muhabirine açıklama yapan Bakan Fidan, …", "APA-ya müsahibə verən Bayramov …": a participle that says to whom or
 * how the speaker spoke opens the sentence; the form starts after it.
 */
const PARTICIPLE_LEAD = /^[^,]{0,100}?\s(?:konuşan|açıklama\s+yapan|açıklamalarda\s+bulunan|değerlendiren|bilgi\s+veren|konuşma\s+yapan|danışan|açıqlama\s+verən|müsahibə\s+verən|çıxış\s+edən|məlumat\s+verən)\s+(?=\p{Lu})/u;
/** What was said, turned into a noun in the accusative: "başlayacağını", "etdiyini", "olduğunu", "gerektiğini". */
const ACCUSATIVE = /(?:n[ıiuü]|[ıiuü]n[ıiuü])$/u;
const ACCORDING = new RegExp(`^(${NAME_RUN})['’](?:a|e|ya|ye|na|ne)\\s+göre\\s*,?\\s+(.{6,})$`, 'u');
const IN_WORDS = new RegExp(`^(${NAME_RUN}?)['’-]?(?:in|ın|un|ün|nin|nın|nun|nün)\\s+(?:sözlərinə\\s+görə|sözlerine\\s+göre)\\s*,?\\s+(.{6,})$`, 'u');
/** The heads of bodies' names: the whole name is the speaker, titles and all. */
const INSTITUTION = /(?:Bakanlığı|Nazirliyi|Bakanlık|Hükümeti|Hökuməti|Hükümet|Hökumət|Başkanlığı|Administrasiyası|Komitəsi|Komitesi|Meclisi|Məclisi|Ofisi|Sözcülüğü|Ordusu|Qüvvələri|Bankası|Bankı|Şirkəti|Şirketi|Partiyası|Partisi|İdarəsi|Xidməti|Kurumu|Birliyi|Birliği|Səfirliyi|Büyükelçiliği)$/u;
/** What the verb-final form may open with that names no one: laws, reports, places of a dateline. */
const NOT_SPEAKERS = /^(?:Anayasa|Konstitusiya|Kanun|Qanun|Yasa|Rapor|Hesabat|Plan|Anlaşma|Saziş|Araştırma|Bu|Bunu|Bunun|Ancak|Ama|Lakin|Ayrıca|Həmçinin|Daha|O|Onun|Biz|Ben|Mən)$/u;

/** A text with none of the verbs or "göre" has none of these forms ("dedicated" is no "dedi"). */
const GATE = new RegExp(`(?<![\\p{L}])(?:göre|görə|sözlərinə|${CUES})(?![\\p{L}])`, 'u');

function speakerOf(run: string): Pick<ScriptFind, 'speaker' | 'speakerKind'> | null {
  const words = run.trim().split(/\s+/u);
  if (NOT_SPEAKERS.test(words[0]!)) return null;
  if (INSTITUTION.test(words.at(-1)!)) return { speaker: words.join(' '), speakerKind: 'institution' };
  const name = turkicName(run);
  return name === null ? null : { speaker: name, speakerKind: /^\p{Lu}{2,}$/u.test(name) ? 'institution' : 'person' };
}

export function turkicReported(text: string): ScriptFind[] {
  if (!mayBeTurkic(text) || !GATE.test(text)) return [];
  const finds: ScriptFind[] = [];
  for (const whole of sentencesOf(text)) {
    // Quotations are the quotation rules' (turkic.ts).
    if (/[“”«»"]/u.test(whole.text)) continue;
    const ki = KI.exec(whole.text);
    if (ki) {
      const named = NAME_BEFORE.exec(whole.text.slice(0, ki.index));
      const who = named ? speakerOf(named[1]!) : null;
      if (who) finds.push({ ...spanOf(whole, whole.text.length - ki[2]!.length), kind: 'reported', ...who, cue: ki[1]! });
      continue;
    }
    const lead = PARTICIPLE_LEAD.exec(whole.text)?.[0].length ?? 0;
    const sentence = { start: whole.start + lead, text: whole.text.slice(lead) };
    const s = sentence.text;
    const said = SAID.exec(s);
    if (said) {
      const content = said[3]!;
      const plain = /^(?:dedi|deyib)$/u.test(said[4]!);
      // "dedi" follows the words as said, after a comma; the other verbs take them as a noun in the accusative.
      const shaped = plain ? said[2] === ',' : ACCUSATIVE.test(content.trim().split(/\s+/u).at(-1)!);
      // Without a comma the name may have run into what was said: "Əliyev Azərbaycanın …" starts with a genitive.
      const run = said[2] === '' ? said[1]!.replace(/\s+\p{Lu}[\p{L}-]*(?:n[ıiuü]n|[ıiuü]n)$/u, '') : said[1]!;
      const who = shaped ? speakerOf(run) : null;
      if (who) finds.push({ ...spanOf(sentence, said[2] === '' ? run.length : said.indices![3]![0], said.indices![3]![1]), kind: 'reported', ...who, cue: said[4]! });
      continue;
    }
    const according = ACCORDING.exec(s) ?? IN_WORDS.exec(s);
    if (according) {
      const who = speakerOf(according[1]!);
      if (who) finds.push({ ...spanOf(sentence, s.length - according[2]!.length), kind: 'reported', ...who, cue: /söz/u.test(s.slice(0, s.length - according[2]!.length)) ? 'sözlərinə görə' : 'göre' });
    }
  }
  return finds;
}
