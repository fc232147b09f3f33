// Russian speakers in the nominative and without the words around them: "министра иностранных дел Азербайджана
// Джейхуна Байрамова" gives "Джейхун Байрамов", and "Азербайджана Джейхун Байрамов" gives "Джейхун Байрамов".

const CAPITAL = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const PATRONYMIC = /(?:ович|евич|ич|овна|евна|ична)(?:а|ы)?$/u;
const SURNAME = /(?:ов|ев|ёв|ин|ын|ский|цкий|ова|ева|ёва|ина|ына|ская|цкая|ова|ого|ой|ых|енко|ук|юк|ян|швили|дзе)$/u;

/** The name at the end of a Cyrillic speaker: its last two capitalised words, or three with a patronymic. */
export function russianName(speaker: string, context: string): string {
  const words = speaker.trim().split(/\s+/u);
  let take = 0;
  for (let i = words.length - 1; i >= 0 && CAPITAL.test(words[i]!) && take < 3; i--) take++;
  if (take < 2) return speaker;
  if (take === 3 && !PATRONYMIC.test(words[words.length - 2]!)) take = 2;
  if (take === 2 && !SURNAME.test(words[words.length - 1]!)) return speaker;
  const name = words.slice(-take);
  const lower = [...context.split(/\s+/u), ...words.slice(0, -take)].filter((w) => /^\p{Ll}/u.test(w));
  const head = lower[0] ?? '';
  const genitive = /(?:ра|та|ля|ла|ны|вы|ы|ка|ря|ца|ва|словам)$/u.test(head) || /(?:ой|ых|ого)$/u.test(name[name.length - 1]!);
  return genitive ? name.map(nominative).join(' ') : name.join(' ');
}

/** One name's word from the genitive: Байрамова → Байрамов, Сергея → Сергей, Захаровой → Захарова, Марии → Мария. */
function nominative(word: string): string {
  if (/(?:ой|ей)$/u.test(word) && word.length > 4 && /(?:ов|ев|ин|ск|цк)..$/u.test(word)) return word.replace(/(?:ой|ей)$/u, /ск|цк/u.test(word.slice(-4)) ? 'ая' : 'а');
  if (/ии$/u.test(word)) return word.replace(/ии$/u, 'ия');
  if (/вны$/u.test(word)) return word.replace(/ы$/u, 'а');
  if (/[кгх]и$/u.test(word)) return word.replace(/и$/u, 'а');
  if (/нны$/u.test(word)) return word.replace(/ы$/u, 'а');
  if (/[аеиоуэюя]я$/u.test(word)) return word.replace(/я$/u, 'й');
  if (/ого$/u.test(word)) return word.replace(/ого$/u, 'ий');
  if (/[бвгджзклмнпрстфхцчшщ]а$/u.test(word)) return word.slice(0, -1);
  if (/ля$/u.test(word)) return word.replace(/я$/u, 'ь');
  return word;
}
