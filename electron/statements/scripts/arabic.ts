// Arabic statements: «…», “…” or "…" with قال / أكد / أضاف / صرح (and their feminine forms, and و before them), the
// verb before the speaker and the quotation ("قال الوزير أحمد الصفدي: «…»") or after the quotation ("«…»، قال الصفدي").

import { mayHaveArabic, quotedSpans, type ScriptFind } from './found';

const VERB = '(?:و)?(?:قالت|قال|أكدت|أكد|أضافت|أضاف|صرحت|صرّحت|صرح|صرّح)';
const BEFORE = new RegExp(`(${VERB})\\s+((?:\\S+\\s+){0,7}?\\S+)\\s*[:：،,]?\\s*$`, 'u');
const AFTER = new RegExp(`^\\s*[،,.]?\\s*(${VERB})\\s+((?:[^\\s.،,:]+\\s+){0,5}?[^\\s.،,:]+)\\s*[.،,\\n]`, 'u');
// Words that say what a speaker is, not who: taken off the front of the speaker so the name remains.
const TITLE = new Set(['وزير', 'وزيرة', 'الخارجية', 'الدفاع', 'الداخلية', 'رئيس', 'رئيسة', 'الرئيس', 'الوزراء', 'المتحدث', 'المتحدثة', 'الناطق', 'باسم', 'السفير', 'الأمين', 'العام', 'الملك', 'الأمير', 'النائب', 'الدولة', 'مجلس', 'الحكومة', 'وزارة', 'في', 'تصريح', 'بيان', 'محافظ', 'المحافظ', 'مدير', 'المدير', 'قائد', 'القائد', 'عضو', 'مبعوث', 'المبعوث', 'مستشار', 'المستشار', 'الوزيرة', 'السفيرة']);

/** An outlet told, named in marks after "لـ": "لـ«الشرق الأوسط»". */
export const TOLD_OUTLET = /لـ?\s*«[^«»]{1,40}»/gu;

/** Whether a phrase holds a title ("وزير", "المتحدث"): Arabic has no capitals, so a title is what marks a person. */
export const hasArabicTitle = (words: readonly string[]) => words.some((w) => TITLE.has(w) || TITLE.has(w.replace(/^ال/u, '')));

/** The speaker named between the verb and the quotation: the words after the titles, or the whole phrase. */
export function arabicSpeaker(phrase: string): string | null {
  const words = phrase.replace(/[:：،,]+$/u, '').replace(/\s+(?:إن|ان|أن)$/u, '').split(/\s+/u).filter(Boolean);
  if (words.length === 0 || /^(?:إن|ان|أن|إنه|إنها|إنهم)$/u.test(words[0]!)) return null;
  let first = 0;
  while (first < words.length - 1 && TITLE.has(words[first]!)) first++;
  // A title followed by a country adjective ("وزير الخارجية الأردني أيمن الصفدي"): the name is the last two words.
  const rest = words.slice(first);
  if (rest.length <= 2) return rest.join(' ');
  // "عبد الفتاح السيسي", "محمد بن سلمان": a particle binds the word after it, and "بن" the word before it too.
  let from = rest.length - 2;
  while (from > 0 && rest.length - from < 5 && (BINDS_NEXT.test(rest[from - 1]!) || BINDS_BOTH.test(rest[from]!))) from--;
  return rest.slice(from).join(' ');
}
const BINDS_NEXT = /^(?:عبد|أبو|أبي)$/u;
const BINDS_BOTH = /^(?:بن|ابن|بنت|آل)$/u;

export function arabicStatements(text: string): ScriptFind[] {
  if (!mayHaveArabic(text)) return [];
  const finds: ScriptFind[] = [];
  for (const [open, close] of [['«', '»'], ['“', '”'], ['"', '"']] as const) {
    for (const span of quotedSpans(text, open, close)) {
      if (!/\p{Script=Arabic}/u.test(text.slice(span.start, span.end))) continue;
      // "لـ«الشرق الأوسط»": the outlet someone spoke to, named in marks, is no quotation.
      if (/لـ?\s*$/u.test(text.slice(Math.max(0, span.start - 4), span.start - 1)) && span.end - span.start <= 40) continue;
      const lead = text.slice(Math.max(0, span.start - 121), span.start - 1).split(/[.!?؟\n]/u).pop()!;
      const before = BEFORE.exec(lead.replace(TOLD_OUTLET, ' '));
      const after = before ? null : AFTER.exec(text.slice(span.end + 1, span.end + 100));
      const m = before ?? after;
      if (!m) continue;
      finds.push({ ...span, kind: 'direct', speaker: arabicSpeaker(m[2]!), cue: m[1]!.replace(/^و(?=[قأص])/u, '') });
    }
  }
  return finds;
}
