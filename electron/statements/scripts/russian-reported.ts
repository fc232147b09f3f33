// Russian reported speech the general rules read badly or not at all: "По словам X, …" with X in the genitive,
// "Как заявил X, …", "X сообщил ТАСС, что …" (the one told is not what was said), an anonymous source ("источник в
// правительстве сообщил, что …") and "…, — сказал X." without quotation marks. Speakers come out in the nominative.

import { mayHaveCyrillic, sentencesOf, spanOf, type ScriptFind, type Sentence } from './found';
import { nominative, russianName } from './russian';

const CUE = 'заявил|заявила|заявили|сообщил|сообщила|сообщили|сказал|сказала|сказали|отметил|отметила|отметили|подчеркнул|подчеркнула|подчеркнули|пояснил|пояснила|пояснили|рассказал|рассказала|рассказали|уточнил|уточнила|уточнили|добавил|добавила|добавили|указал|указала|напомнил|напомнила|признал|признала|сообщает|передает|передаёт|пишет';
const B = '(?![\\p{L}])';
/** An opening word that is not part of the form: "Однако, по словам …", "Ранее источник …". */
const LEAD = '(?:(?:Однако|Ранее|Также|Кроме того|При этом|Вместе с тем|Между тем|Впрочем|Тем временем)\\s*,?\\s+)?';

const ACCORDING = new RegExp(`^${LEAD}[Пп]о\\s+словам\\s+([^,]{3,120}),\\s+(.{8,})$`, 'u');
const AS_SAID = new RegExp(`^${LEAD}[Кк]ак\\s+(${CUE})${B}((?:\\s+(?:ранее|журналистам|накануне|сегодня|вчера|в\\s+понедельник|во\\s+вторник|в\\s+среду|в\\s+четверг|в\\s+пятницу))*)\\s+([^,]{2,120}),\\s+(.{8,})$`, 'iu');
const ANONYMOUS_SUBJECT = new RegExp(`^${LEAD}((?:[Ии]сточник|[Ии]сточники|[Сс]обеседник|[Сс]обеседники)(?:,\\s+[^,]{3,80},|(?:\\s+[^,\\s]+){0,6}?))\\s+(${CUE})${B}(?:\\s+[^,\\s]+){0,3}?\\s*,\\s+что\\s+(.{8,})$`, 'u');
/** "X сообщил ТАСС, что …", "X рассказал журналистам, что …": a recipient between the verb and "что". */
const TOLD_THAT = new RegExp(`^${LEAD}((?:[^,\\s]+\\s+){1,8}?)(${CUE})${B}\\s+((?:[^,\\s]+\\s+){0,3}?[^,\\s]+),\\s+что\\s+(.{8,})$`, 'u');
const RECIPIENT = /^(?:журналистам|агентству|изданию|газете|телеканалу|радиостанции|корреспонденту|в\s+интервью|в\s+беседе)(?![\p{L}])/u;
/** "Переговоры продолжатся, — сказал Сергей Лавров." */
const DASH_AFTER = new RegExp(`^(.{8,}?),?\\s+[—–-]\\s+(${CUE})${B}\\s+([^,]{3,120})$`, 'u');

/** A name of up to three words in marks after a space, with no dash after it (which would make it a quotation). */
const NAME_IN_MARKS = /(?<=\s)«\p{Lu}[^«»\s]*(?:\s+[^«»\s]+){0,2}»(?!\s*,?\s*[—–-])/gu;
/** Words in the genitive that open an anonymous source, a body or a role, with their nominative. */
const ANONYMOUS_GENITIVE: Record<string, string> = { источника: 'источник', источников: 'источники', собеседника: 'собеседник', собеседников: 'собеседники' };
const INSTITUTION_GENITIVE: Record<string, string> = { кремля: 'Кремль', правительства: 'правительство', министерства: 'министерство', ведомства: 'ведомство', посольства: 'посольство', администрации: 'администрация' };
const ACRONYM = /^\p{Lu}{2,}$/u;
const ANONYMOUS_HEAD = /^(?:источник|источники|собеседник|собеседники)$/u;

/** "…источник, знакомый с ситуацией, …" / "источника, близкого к …": what describes a source, not what it said. */
const SOURCE_PARTICIPLE = /^[\p{Ll}-]+(?:ого|его|щего|шего|ных|щих|ших|ый|ий|ой|щий|вший)(?:\s+[^,]+)?,\s+/u;

interface Speaker {
  speaker: string | null;
  speakerKind?: 'person' | 'institution' | 'anonymous';
}

/**
 * Who a Russian speaker phrase names. `genitive` when it stands after "по словам". A role alone ("министра",
 * "министр") names no one here: the general rules resolve a role to the person the text introduced.
 */
export function russianSpeaker(phrase: string, genitive: boolean): Speaker | null {
  const words = phrase.trim().replace(/^в\s+/u, '').split(/\s+/u).filter(Boolean);
  const first = words[0];
  if (first === undefined) return null;
  // "источник в правительстве", "РБК источник, знакомый с …": an anonymous source wherever its noun stands.
  const anonymousAt = words.findIndex((w) => ANONYMOUS_GENITIVE[w.toLocaleLowerCase()] !== undefined || ANONYMOUS_HEAD.test(w.toLocaleLowerCase()));
  if (anonymousAt >= 0) {
    const head = words[anonymousAt]!.toLocaleLowerCase();
    return { speaker: [ANONYMOUS_GENITIVE[head] ?? head, ...words.slice(anonymousAt + 1)].join(' '), speakerKind: 'anonymous' };
  }
  const lower = first.toLocaleLowerCase();
  if (INSTITUTION_GENITIVE[lower] !== undefined) return { speaker: [INSTITUTION_GENITIVE[lower], ...words.slice(1)].join(' '), speakerKind: 'institution' };
  const name = russianName(words.join(' '), genitive ? 'словам' : '');
  const nameWords = name.split(/\s+/u);
  const capitalised = nameWords.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w));
  // "Геннадий Орлов", "министра … Парвиза Шахбазова", "РБК Геннадий Орлов" (the outlet told before the name).
  if (capitalised && nameWords.length <= 3 && (name !== words.join(' ') || !ACRONYM.test(first))) return { speaker: nameWords.length === 1 && genitive ? nominative(name) : name, speakerKind: 'person' };
  // "МИД России", "ТАСС": an acronym names a body (an outlet's is taken off later, see outlets.ts).
  if (ACRONYM.test(first)) return { speaker: words.join(' '), speakerKind: 'institution' };
  return null;
}

function find(sentence: Sentence, contentAt: number, contentEnd: number, who: Speaker, cue: string): ScriptFind {
  return { ...spanOf(sentence, contentAt, contentEnd), kind: 'reported', speaker: who.speaker, speakerKind: who.speakerKind, cue };
}

/** Where a group's text starts in the sentence: the last occurrence, as the groups above end the sentence. */
const tail = (s: string, group: string) => s.length - group.length;

export function russianReported(text: string): ScriptFind[] {
  if (!mayHaveCyrillic(text)) return [];
  const finds: ScriptFind[] = [];
  for (const sentence of sentencesOf(text)) {
    // "рассказал «Вестнику» источник": an outlet's name in marks inside the sentence is blanked out (the offsets stay).
    const s = sentence.text.replace(NAME_IN_MARKS, (m) => ' '.repeat(m.length));
    // Quotations are the quotation rules' ("«…», — сказал X" is read there).
    if (!/\p{Script=Cyrillic}/u.test(s) || /[«»“”"]/u.test(s)) continue;
    const according = ACCORDING.exec(s);
    if (according) {
      const who = russianSpeaker(according[1]!, true);
      // "По словам источника, знакомого с ситуацией, …": the participle is the source's, not what was said.
      const content = who?.speakerKind === 'anonymous' ? according[2]!.replace(SOURCE_PARTICIPLE, '') : according[2]!;
      if (who) finds.push(find(sentence, tail(s, content), s.length, who, 'по словам'));
      continue;
    }
    const asSaid = AS_SAID.exec(s);
    if (asSaid) {
      // "Как заявил министр, …": a role alone is left without a speaker rather than given "Как".
      const who = russianSpeaker(asSaid[3]!, false) ?? { speaker: null };
      const content = who.speakerKind === 'anonymous' ? asSaid[4]!.replace(SOURCE_PARTICIPLE, '') : asSaid[4]!;
      finds.push(find(sentence, tail(s, content), s.length, who, asSaid[1]!.toLocaleLowerCase()));
      continue;
    }
    const anonymous = ANONYMOUS_SUBJECT.exec(s);
    if (anonymous) {
      const source = anonymous[1]!.replace(/,\s+/gu, ', ').replace(/,$/u, '');
      finds.push(find(sentence, tail(s, anonymous[3]!), s.length, { speaker: source.charAt(0).toLocaleLowerCase() + source.slice(1), speakerKind: 'anonymous' }, anonymous[2]!));
      continue;
    }
    const told = TOLD_THAT.exec(s);
    if (told && (RECIPIENT.test(told[3]!) || ACRONYM.test(told[3]!.split(/\s+/u)[0]!))) {
      const who = russianSpeaker(told[1]!, false);
      if (who) finds.push(find(sentence, tail(s, told[4]!), s.length, who, told[2]!));
      continue;
    }
    const dash = DASH_AFTER.exec(s);
    if (dash) {
      const who = russianSpeaker(dash[3]!, false);
      if (who) finds.push(find(sentence, 0, dash[1]!.length, who, dash[2]!));
    }
  }
  return finds;
}
