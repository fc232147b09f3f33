// Arabic reported speech: "قال X إن …", "أكد X أن …", "صرح X بأن …", "وأضاف أن …" (no one named: the speaker of the
// statement before it goes on), and "وفقا لـ X، …" / "بحسب X، …" (or after the words: "…، بحسب X"). The verb comes
// first in Arabic, so the speaker stands between the verb and the "that" (إن / أن) opening what was said.

import { arabicSpeaker, hasArabicTitle, TOLD_OUTLET } from './arabic';
import { mayHaveArabic, sentencesOf, spanOf, type ScriptFind } from './found';

const VERB = '(?:و|ف)?(?:قال|قالت|أكد|أكدت|أضاف|أضافت|صرح|صرّح|صرحت|صرّحت|أوضح|أوضحت|أشار|أشارت|ذكر|ذكرت|أعلن|أعلنت)';
/** The verb, up to eight words naming the speaker, and the "that" (with "إلى" after أشار, "ب" after صرح). */
const SAID_THAT = new RegExp(`(?:^|\\s)(${VERB})((?:\\s+[^\\s،,.:«»"]+){0,8}?)\\s+(?:إلى\\s+)?(?:إن|أن|بأن|إنه|أنه|بأنه|إنها|أنها|بأنها|إنهم|أنهم|بأنهم|ان|انه)\\s+(.{6,})$`, 'u');
const ACCORDING_OPEN = /^(?:و)?(?:وفقا|وفقاً|طبقا|طبقاً)\s*لـ?\s*|^(?:و)?(?:بحسب|حسب)\s+/u;
const ACCORDING_AFTER = /^(.{8,}?)\s*[،,]\s*(?:وفقا|وفقاً|طبقا|طبقاً|بحسب|حسب)\s*(?:لـ?\s*)?([^،,]{2,80})$/u;

/** Words after the speaker that say where or to whom, not who: "في تصريح", "للصحفيين", "لوكالة الأناضول", "اليوم". */
const SETTING = /^(?:في|خلال|أمام|عقب|بعد|اليوم|أمس|مساء|صباح|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|الاثنين|لل\S*|لوكالة|لقناة|لصحيفة|لموقع|لتلفزيون)$/u;
/** Words that name an outlet: it is where the words were read, not who said them. */
const OUTLET = /^(?:وكالة|الوكالة|صحيفة|الصحيفة|قناة|القناة|موقع|الموقع|تلفزيون|التلفزيون|إذاعة|الإذاعة|وسائل)$/u;
const INSTITUTION = /^(?:وزارة|الوزارة|الحكومة|حكومة|الرئاسة|رئاسة|مجلس|المجلس|الجيش|جيش|الشرطة|السفارة|سفارة|البنك|بنك|هيئة|الهيئة|منظمة|المنظمة|الأمم|الاتحاد|مكتب|المكتب|لجنة|اللجنة|البيت|الديوان|ديوان|القيادة|قيادة|البرلمان|الخارجية)$/u;
const ANONYMOUS = /^(?:مصدر|مصادر|المصدر|المصادر|مسؤول|مسؤولون|مسؤولين|دبلوماسي|دبلوماسيون|دبلوماسيين|شهود|خبراء|محللون|محللين|مراقبون|مراقبين)$/u;
const DOCUMENT = /^(?:بيان|البيان|تقرير|التقرير|دراسة|الدراسة|استطلاع|إحصاءات|بيانات|أرقام|وثيقة|الوثيقة)$/u;
/** A role without a name ("الوزير"): the person named before goes on speaking. */
const ROLE_ONLY = /^(?:الوزير|الوزيرة|الرئيس|الرئيسة|المتحدث|المتحدثة|الناطق|السفير|السفيرة|المسؤول|الأمين|النائب|رئيس|وزير|المبعوث|الملك|الأمير)$/u;

interface Speaker {
  speaker: string | null;
  speakerKind?: 'person' | 'institution' | 'anonymous';
  /** No one is named: the last speaker goes on. */
  carried?: boolean;
  /** Words that show a speaker (a title, a body, a source, an outlet, a document), not only two words. */
  marked?: boolean;
}

/** Who an Arabic speaker phrase names: a person (titles taken off), a body, an anonymous source, an outlet or no one. */
export function arabicSpeakerOf(phrase: string): Speaker {
  const all = phrase.trim().split(/\s+/u).filter(Boolean);
  const cut = all.findIndex((w) => SETTING.test(w));
  const words = cut < 0 ? all : all.slice(0, cut);
  const first = words[0];
  if (first === undefined) return { speaker: null, carried: true };
  if (OUTLET.test(first) || DOCUMENT.test(first)) return { speaker: null, marked: true };
  if (INSTITUTION.test(first)) return { speaker: words.join(' '), speakerKind: 'institution', marked: true };
  if (ANONYMOUS.test(first)) return { speaker: words.join(' '), speakerKind: 'anonymous', marked: true };
  if (words.every((w) => ROLE_ONLY.test(w) || w === 'الخارجية' || w === 'باسم' || w === 'العام' || w === 'الوزراء')) return { speaker: null, carried: true, marked: true };
  return { speaker: arabicSpeaker(words.join(' ')), speakerKind: 'person', marked: hasArabicTitle(words) };
}

/**
 * Arabic reported statements. `before` are the statements found before them in the same text (the quotations):
 * "وأضاف أن …" carries the speaker of the latest of them, or of the latest reported one.
 */
export function arabicReported(text: string, before: readonly ScriptFind[]): ScriptFind[] {
  if (!mayHaveArabic(text)) return [];
  const finds: ScriptFind[] = [];
  const named = before.filter((f) => f.speaker !== null).sort((a, b) => a.start - b.start);
  // Sentences come in order: the latest quotation before each is found by moving one index forward.
  let nextQuoted = 0;
  let lastOwn: ScriptFind | undefined;
  const lastSpeaker = (at: number): ScriptFind | undefined => {
    while (nextQuoted < named.length && named[nextQuoted]!.start < at) nextQuoted++;
    const quoted = named[nextQuoted - 1];
    return lastOwn === undefined ? quoted : quoted === undefined || quoted.start < lastOwn.start ? lastOwn : quoted;
  };
  const push = (found: ScriptFind) => {
    finds.push(found);
    if (found.speaker !== null) lastOwn = found;
  };
  for (const sentence of sentencesOf(text)) {
    // "قال الصفدي لـ«الشرق الأوسط» إن …": the outlet told, in marks, is blanked out (the offsets stay); other marks are
    // the quotation rules'.
    const s = sentence.text.replace(TOLD_OUTLET, (m) => ' '.repeat(m.length));
    if (!/\p{Script=Arabic}/u.test(s) || /[«»]/u.test(s)) continue;
    const said = SAID_THAT.exec(s);
    if (said) {
      const who = arabicSpeakerOf(said[2]!);
      const carried = who.carried ? lastSpeaker(sentence.start) : undefined;
      const speaker = carried ? { speaker: carried.speaker, speakerKind: carried.speakerKind } : who;
      push({ ...spanOf(sentence, s.length - said[3]!.length), kind: 'reported', speaker: speaker.speaker, speakerKind: speaker.speakerKind, cue: said[1]!.replace(/^[وف](?=[قأصذ])/u, '') });
      continue;
    }
    const open = ACCORDING_OPEN.exec(s);
    if (open) {
      const rest = s.slice(open[0].length);
      const comma = rest.search(/[،,]/u);
      if (comma > 1 && comma < 80) {
        const who = arabicSpeakerOf(rest.slice(0, comma));
        // "وفقا للقانون" (the law), "حسب التوقيت المحلي" (local time): after these words only a marked phrase speaks.
        if (!who.marked) continue;
        // "بحسب X، فإن …": the "so that" opens the clause, it is not part of what was said.
        const so = /^\s*(?:فإن|فان|فإنه|فإنها)\s+/u.exec(rest.slice(comma + 1));
        push({ ...spanOf(sentence, open[0].length + comma + 1 + (so?.[0].length ?? 0)), kind: 'reported', speaker: who.speaker, speakerKind: who.speakerKind, cue: open[0].trim() });
      }
      continue;
    }
    const after = ACCORDING_AFTER.exec(s);
    if (after) {
      const who = arabicSpeakerOf(after[2]!);
      if (!who.marked) continue;
      push({ ...spanOf(sentence, 0, after[1]!.length), kind: 'reported', speaker: who.speaker, speakerKind: who.speakerKind, cue: 'بحسب' });
    }
  }
  return finds;
}
