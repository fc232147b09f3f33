// Statement finding must grow linearly with the text (issue 21, point 3: 200 KB of quotation marks took 13 s, 5 MB
// hung, a 19 MB one-line text overflowed the stack). No wall-clock time is asserted (the machines are shared):
// the work is counted instead, as the characters every regular expression is given to search (RegExp.prototype.exec
// is wrapped, which every test, replace, match, split and search goes through) plus those the hand-written scans
// read (limits.ts's counter), and the work for a text eight times as long must be at most ten times as much.
import { afterAll, describe, expect, it } from 'vitest';
import { extractStatements, findPeople } from '../../electron/statements/extract';
import { work } from '../../electron/statements/limits';

const fill = (unit: (i: number) => string, size: number) => {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const part = unit(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, size);
};

const MARKS = ['“', '”', '"', '«', '»', '„', '‚', '‘', '’', '「', '」', '『', '』', "''"];
const NAMES = ['Hikmet Hajiyev', 'Anna Volkova', 'Steffen Seibert', 'John Smith', 'Maria Petrova', 'Laszlo Bock'];
/** A made-up name for each number, of a first name and a surname of its own: a text naming thousands of people. */
const madeUpName = (i: number) => {
  const word = (n: number) => {
    let w = 'BCDFGHKLMNPRSTVZ'[n % 16]!;
    for (let x = Math.floor(n / 16); w.length < 4 || x > 0; x = Math.floor(x / 5)) w += 'aeiou'[x % 5]! + 'lnrst'[(x + w.length) % 5]!;
    return w;
  };
  return `${word(i * 7 + 3)} ${word(i)}`;
};
/** News prose as Verbatim reads it: attributions before and after quotations, reported speech, appositions. */
const NEWS = `Cooperation between Azerbaijan and China is characterized by excellent political ties, Hikmet Hajiyev, Assistant to the President of Azerbaijan, said in an interview with the Chinese publication Global Times.

“First, I would like to see more Chinese companies in Azerbaijan. We are expecting more as Azerbaijan diversifies its economy,” Hajiyev said.

He stressed that the Middle Corridor would shorten the route between Europe and Asia. According to the ministry, freight along the route doubled last year.

The talks, Steffen Seibert told reporters on Monday, were “constructive and open.” Anna Volkova, a spokeswoman for the ministry, added that a new round would start in Baku, saying: “The next step is ours.”`;

const HOSTILE: Record<string, (size: number) => string> = {
  'quotation marks of every style': (size) => fill((i) => MARKS[i % MARKS.length]!, size),
  'quotation marks and spaces': (size) => fill((i) => `${MARKS[i % MARKS.length]!} `, size),
  'quotation marks and words': (size) => fill((i) => `${MARKS[i % MARKS.length]!}word${i % 7} `, size),
  'one paragraph without full stops': (size) => fill((i) => `the minister ${NAMES[i % 6]} said that the deal, he added, is good, ${NAMES[(i + 1) % 6]} told reporters, according to officials, saying “it works” and `, size),
  'unbalanced opening marks': (size) => fill((i) => `He said “the talks on item ${i} will go on `, size),
  'unbalanced opening marks in sentences': (size) => fill((i) => `He said “the talks on item ${i} will go on. `, size),
  'short paragraphs with a quotation and "he said"': (size) => fill((i) => `“This is statement number ${i} of the day,” he said.\n\n`, size),
  'one sentence of "said" repeated': (size) => `He ${fill(() => 'said ', size - 3)}`,
  '"saying that" repeated': (size) => `He spoke${fill(() => ', saying that it works', size - 8)}`,
  'capitalised words': (size) => fill((i) => `${NAMES[i % 6]} `, size),
  'names and appositions': (size) => fill((i) => `${NAMES[i % 6]}, Assistant to the President of Azerbaijan, `, size),
  'thousands of different people': (size) => fill((i) => `Minister ${madeUpName(i)} said the plan is good. She said “we will see how it goes,” he added. `, size),
  'very long words': (size) => fill((i) => `${(i % 2 ? 'a' : 'Б').repeat(50_000)} `, size),
  'long words of mixed case': (size) => fill(() => `${'Ab'.repeat(10_000)} said, `, size),
  'a label and one long line': (size) => `Anna Volkova: ${fill((i) => `the talks on item ${i} will go on `, size - 14)}`,
  'news repeated': (size) => fill(() => `${NEWS}\n\n`, size),
  'news on one line': (size) => fill(() => `${NEWS.replace(/\s+/g, ' ')} `, size),
};

const nativeExec = RegExp.prototype.exec;

/** The work of finding statements and people in a text: what its regular expressions and its own scans read. */
const workFor = (text: string) => {
  let regexWork = 0;
  // The characters a regular expression reads to find its match or to fail: from where a global one goes on to its
  // match's end (or the string's); a sticky one reads only where it stands.
  RegExp.prototype.exec = function exec(this: RegExp, s: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = nativeExec.call(this, s);
    regexWork += this.sticky ? (m ? m[0].length + 1 : 1) : m ? m.index + m[0].length - from : s.length - from;
    return m;
  };
  work.scanned = 0;
  try {
    extractStatements(text);
    findPeople(text);
  } finally {
    RegExp.prototype.exec = nativeExec;
  }
  return regexWork + work.scanned;
};

const SMALL = 64_000;
const LARGE = 8 * SMALL;

describe('statement finding scales linearly', () => {
  const ratios = new Map<string, number>();
  afterAll(() => {
    console.log(`statements scale: ${ratios.size} hostile texts tried at ${SMALL / 1000} KB and ${LARGE / 1000} KB, work ratio at 8× size: ${[...ratios].map(([n, r]) => `${n} ${r.toFixed(1)}`).join(', ')}`);
  });

  // Each text on its own, with a time limit only as a guard against a hang.
  it.each(Object.keys(HOSTILE))('does at most ten times the work on %s eight times as long', (name) => {
    const make = HOSTILE[name]!;
    const ratio = workFor(make(LARGE)) / workFor(make(SMALL));
    ratios.set(name, ratio);
    expect(ratio).toBeLessThanOrEqual(10);
  }, 120_000);

  it('finishes 5 MB of quotations and finds them', () => {
    const marks = HOSTILE['quotation marks of every style']!(5_000_000);
    expect(extractStatements(marks)).toEqual([]);
    const quoted = fill((i) => `“This is statement number ${i} of the day,” he said. `, 5_000_000);
    const found = extractStatements(quoted);
    // Every quotation but a last one cut off by the size is found, with its words.
    const count = quoted.split('“').length - 1;
    expect(found.filter((s) => s.kind === 'direct').length).toBeGreaterThanOrEqual(count - 1);
    expect(found.every((s) => quoted.slice(s.start, s.end) === s.text)).toBe(true);
  }, 120_000);

  it('finishes a 19 MB text on one line without overflowing the stack', () => {
    // A label opens the line ("Name: …"): the pattern for labelled lines read all of it with a lazy repetition.
    const text = `Anna Volkova: ${fill((i) => (i % 20 === 0 ? `“We will build the road to the port,” ${NAMES[i % 6]} said. ` : 'the road from the port to the city runs along the coast and '), 19_000_000)}`;
    const found = extractStatements(text);
    expect(found.length).toBeGreaterThan(1000);
    expect(found.every((s) => text.slice(s.start, s.end) === s.text && s.end <= text.length)).toBe(true);
    expect(findPeople(text)).toBeInstanceOf(Array);
  }, 120_000);
});
