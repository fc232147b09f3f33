// Chinese statements: “…” or 「…」 next to 表示 / 说 / 指出 / 强调, and 据…称 / 据…报道. Chinese has no spaces, so a
// speaker is the name after a title (外交部发言人毛宁) or the few characters before the cue (王毅说).

import { quotedSpans, type ScriptFind } from './found';

const CUE = /(表示|指出|强调|说)[，,:：]?\s*$/u;
const TITLES = /(发言人|国家主席|副主席|主席|总理|副总理|部长|外长|总统|大使|主任|总书记|书记|委员长|局长|市长|省长|司令|秘书长|代表)$/u;
// Characters that end a name in running text: a place, a time, a preposition, a verb.
const AFTER_NAME = new Set('在于对向就今昨日月时也还则称已曾同当表说指强4567890123'.split(''));

/** The speaker in the characters before a cue: a name after a title, or a short run of characters. */
export function chineseSpeaker(before: string): string | null {
  const clause = before.split(/[，。；！？\n,;:：”」]/u).pop()!.trim();
  if (!clause) return null;
  for (let i = clause.length - 1; i > 0; i--) {
    if (!TITLES.test(clause.slice(0, i))) continue;
    let name = '';
    for (const ch of clause.slice(i)) {
      if (AFTER_NAME.has(ch) || !/\p{Script=Han}/u.test(ch) || name.length >= 3) break;
      name += ch;
    }
    if (name.length >= 2) return name;
  }
  return /^\p{Script=Han}{2,4}$/u.test(clause) && !/^(?:他|她|我|我们|他们|有人)$/u.test(clause) ? clause : null;
}

export function chineseStatements(text: string): ScriptFind[] {
  if (!/\p{Script=Han}/u.test(text)) return [];
  const finds: ScriptFind[] = [];
  for (const [open, close] of [['“', '”'], ['「', '」']] as const) {
    for (const span of quotedSpans(text, open, close)) {
      const lead = text.slice(Math.max(0, span.start - 41), span.start - 1);
      const cueBefore = CUE.exec(lead);
      if (cueBefore) {
        finds.push({ ...span, kind: 'direct', speaker: chineseSpeaker(lead.slice(0, cueBefore.index)), cue: cueBefore[1]! });
        continue;
      }
      // “…”，毛宁说。 — the speaker and the cue after the quotation.
      const tail = /^[，,]?(\p{Script=Han}{2,12}?)(表示|指出|强调|说)[。，,]/u.exec(text.slice(span.end + 1, span.end + 20));
      if (tail) finds.push({ ...span, kind: 'direct', speaker: chineseSpeaker(tail[1]!), cue: tail[2]! });
    }
  }
  // 据新华社报道，…。 / 据消息人士称，…。
  const reported = /据(\p{Script=Han}{2,12}?)(报道|称)[，,]([^。！？\n]{4,300})/gu;
  for (const m of text.matchAll(reported)) {
    const start = m.index + m[0].length - m[3]!.length;
    finds.push({ start, end: start + m[3]!.length, kind: 'reported', speaker: m[1]!, cue: `据…${m[2]}`, institution: m[2] === '报道' });
  }
  return finds;
}
