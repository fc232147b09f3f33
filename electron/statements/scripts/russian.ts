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
  // The phrase is in the genitive when its head is ("по словам министра …", "сказал министра …"): the head is the
  // first word of the phrase, not a title's complement ("пресс-секретарь президента Мария Захарова" is nominative).
  const head = [...context.split(/\s+/u), ...words.slice(0, -take)].find((w) => w !== '')?.toLocaleLowerCase() ?? '';
  const genitive = GENITIVE_HEAD.test(head) || /(?:ой|ых|ого)$/u.test(name[name.length - 1]!);
  return genitive ? name.map(nominative).join(' ') : name.join(' ');
}

/** Titles in the genitive, and "словам", that make the name after them genitive too. */
const GENITIVE_HEAD = /^(?:словам|министра|замминистра|президента|вице-президента|премьера|премьер-министра|вице-премьера|посла|главы|представителя|помощника|председателя|спикера|губернатора|мэра|эксперта|дипломата|советника|депутата|аналитика|пресс-секретаря|секретаря|генсека|руководителя|директора|заместителя|лидера|начальника|командующего|официального|источника)$/u;

/** One name's word from the genitive: Байрамова → Байрамов, Сергея → Сергей, Захаровой → Захарова, Марии → Мария, Ирины → Ирина. */
export function nominative(word: string): string {
  if (/(?:ой|ей)$/u.test(word) && word.length > 4 && /(?:ов|ев|ин|ск|цк)..$/u.test(word)) return word.replace(/(?:ой|ей)$/u, /ск|цк/u.test(word.slice(-4)) ? 'ая' : 'а');
  if (/ии$/u.test(word)) return word.replace(/ии$/u, 'ия');
  if (/ьи$/u.test(word)) return word.replace(/и$/u, 'я');
  if (/[бвдзлмнпрстфц]ы$/u.test(word)) return word.replace(/ы$/u, 'а');
  if (/[кгх]и$/u.test(word)) return word.replace(/и$/u, 'а');
  if (/[аеиоуэюя]я$/u.test(word)) return word.replace(/я$/u, 'й');
  if (/ого$/u.test(word)) return word.replace(/ого$/u, 'ий');
  if (/[бвгджзклмнпрстфхцчшщ]а$/u.test(word)) return word.slice(0, -1);
  if (/ля$/u.test(word)) return word.replace(/я$/u, 'ь');
  return word;
}
