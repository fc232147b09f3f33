// Clips with several statements each, of named people, officials by role and anonymous sources, written from a
// small vocabulary so that a word finds many statements and two words fewer: for the statement search tests.
const WORDS = 'ferry tariff port customs cargo corridor transit border freight pipeline budget treaty summit terminal'.split(' ');
const PEOPLE = ['Leyla Mammadova', 'Arman Sadykov', 'Daniyar Omarov', 'Nigar Aliyeva'];
const OUTLETS = ['Caspian Wire', 'Steppe Herald', 'Daily Ledger'];

/** Eight words chosen by n and salt: the same every run, and different from clip to clip. */
function phrase(n: number, salt: number): string {
  let x = (n * 2654435761 + salt * 40503) >>> 0;
  const words: string[] = [];
  for (let i = 0; i < 8; i++) {
    x = (Math.imul(x ^ (x >>> 15), 2246822519) + i) >>> 0;
    words.push(WORDS[x % WORDS.length]!);
  }
  return words.join(' ');
}

export interface StatementClip {
  text: string;
  outlet: string;
  publishedAt: string;
}

export function statementClip(n: number): StatementClip {
  const person = PEOPLE[n % PEOPLE.length]!;
  const text = [
    `Talks on the ${phrase(n, 0).split(' ').slice(0, 2).join(' ')} question, round ${n}`,
    `“The ${phrase(n, 1)} plan will go ahead,” ${person} said on Tuesday.`,
    `The minister said that the ${phrase(n, 2)} rules would change next year.`,
    `“We expect the ${phrase(n, 3)} figures soon,” an official who asked not to be named told reporters.`,
  ].join('\n\n');
  const day = String(1 + (n % 28)).padStart(2, '0');
  const month = String(1 + (n % 12)).padStart(2, '0');
  return { text, outlet: OUTLETS[n % OUTLETS.length]!, publishedAt: `202${3 + (n % 2)}-${month}-${day}` };
}
