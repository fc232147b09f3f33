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

/** Sources the text does not name: "消息人士", "知情人士", "一位不愿透露姓名的官员". */
const ANONYMOUS = /(?:消息人士|知情人士|匿名人士|业内人士|分析人士|相关人士|不愿透露姓名的\p{Script=Han}{1,4}|匿名官员|消息来源|一位官员|一名官员|有关官员)$/u;
/** The heads of bodies' names: "外交部", "国务院", "中国政府", "新华社". */
const INSTITUTION = /(?:部|院|社|政府|委员会|局|署|办公室|大使馆|使馆|联合国|白宫|克里姆林宫|欧盟|北约|公司|集团|银行|法院|检察院)$/u;
/** What may stand between a body and its verb: a day ("4日"), "今天", "在…上". */
const SETTING = /(?:\d{1,2}日|今天|今日|昨天|昨日|当天|日前|近日|周[一二三四五六日])?(?:在[^，。]{1,20}?上)?$/u;

/** What a Chinese speaker names: an anonymous source, a body, or (by default) a person. */
export function chineseKind(speaker: string): 'person' | 'institution' | 'anonymous' {
  if (ANONYMOUS.test(speaker)) return 'anonymous';
  return INSTITUTION.test(speaker) ? 'institution' : 'person';
}

/**
 * The speaker of a clause without quotation marks ("外交部表示，…", "知情人士说，…"): a titled name, an anonymous
 * source or a body. A short run of characters alone is not taken here: without the marks, it is as often a subject
 * that is no speaker ("双方表示").
 */
function unquotedSpeaker(subject: string): { speaker: string; speakerKind: 'person' | 'institution' | 'anonymous' } | null {
  const bare = subject.replace(SETTING, '');
  // "新华社评论员文章指出": an agency speaking in its own commentary is the body that speaks.
  const commentary = /^(\p{Script=Han}{1,8}社)(?:评论员文章|评论员|评论|社论|声明|文章)$/u.exec(bare);
  if (commentary) return { speaker: commentary[1]!, speakerKind: 'institution' };
  if (ANONYMOUS.test(bare)) return { speaker: bare.replace(/^据/u, ''), speakerKind: 'anonymous' };
  const titled = chineseSpeaker(subject);
  if (titled !== null && titled !== subject) return { speaker: titled, speakerKind: 'person' };
  if (/^\p{Script=Han}{2,10}$/u.test(bare) && INSTITUTION.test(bare)) return { speaker: bare, speakerKind: 'institution' };
  return null;
}

/** The speaker of a quotation typed: the Chinese finder reads bodies and anonymous sources as well as people. */
const typedFind = (span: { start: number; end: number }, speaker: string | null, cue: string): ScriptFind => ({ ...span, kind: 'direct', speaker, cue, speakerKind: speaker === null ? undefined : chineseKind(speaker), outletSpeaks: true });

export function chineseStatements(text: string): ScriptFind[] {
  if (!/\p{Script=Han}/u.test(text)) return [];
  const finds: ScriptFind[] = [];
  for (const [open, close] of [['“', '”'], ['「', '」']] as const) {
    for (const span of quotedSpans(text, open, close)) {
      const lead = text.slice(Math.max(0, span.start - 41), span.start - 1);
      const cueBefore = CUE.exec(lead);
      if (cueBefore) {
        finds.push(typedFind(span, chineseSpeaker(lead.slice(0, cueBefore.index)), cueBefore[1]!));
        continue;
      }
      // “…”，毛宁说。 — the speaker and the cue after the quotation.
      const tail = /^[，,]?(\p{Script=Han}{2,12}?)(表示|指出|强调|说)[。，,]/u.exec(text.slice(span.end + 1, span.end + 20));
      if (tail) finds.push(typedFind(span, chineseSpeaker(tail[1]!), tail[2]!));
    }
  }
  // 据新华社报道，…。 / 据消息人士称，…。: a source that says is the speaker.
  const reported = /据(\p{Script=Han}{2,12}?)(报道|称|透露|说|表示)[，,]([^。！？\n“”「」]{4,300})/gu;
  for (const m of text.matchAll(reported)) {
    const start = m.index + m[0].length - m[3]!.length;
    // What a paper or an agency reports (据环球时报报道) is carried by it, not said by it.
    const speaker = m[2] === '报道' ? null : m[1]!;
    finds.push({ start, end: start + m[3]!.length, kind: 'reported', speaker, cue: `据…${m[2]}`, speakerKind: speaker === null ? undefined : chineseKind(speaker) });
  }
  // 外交部表示，…。 / 知情人士说，…。 / 一位不愿透露姓名的官员表示，…。 — a clause that opens its sentence.
  const unquoted = /(?:^|[。！？\n])\s*([^。！？\n，,、“”「」：:；;]{2,30}?)(表示|指出|强调|透露|称|说)[，,：:]\s*([^。！？\n“”「」]{4,300})/gu;
  for (const m of text.matchAll(unquoted)) {
    if (m[1]!.startsWith('据')) continue;
    const who = unquotedSpeaker(m[1]!);
    if (!who) continue;
    const start = m.index + m[0].length - m[3]!.length;
    finds.push({ start, end: start + m[3]!.length, kind: 'reported', ...who, cue: m[2]!, outletSpeaks: true });
  }
  return finds;
}
