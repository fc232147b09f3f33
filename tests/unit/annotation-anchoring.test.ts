// Annotation anchoring: describing a highlight, finding it again after the text changed (exact, moved, fuzzy,
// orphaned), right-to-left and combining-mark text, the bad inputs, the W3C JSON-LD export, and a 5 MB article.
import { describe, expect, it } from 'vitest';
import { anchor, type AnchorResult, approximateSearch, reanchorAll } from '../../electron/annotations/anchor';
import { CONTEXT_LENGTH, describeRange, isGraphemeBoundary } from '../../electron/annotations/selectors';
import { type ExportableAnnotation, toAnnotationCollection, toWebAnnotation } from '../../electron/annotations/web-annotation';

/** Selectors for the first occurrence of `words` in `text` (after `after`, if given). */
function highlight(text: string, words: string, after = 0) {
  const start = text.indexOf(words, after);
  if (start < 0) throw new Error(`test setup: “${words}” is not in the text`);
  return describeRange(text, start, start + words.length);
}

/** The highlighted text a result points at, or the result itself when orphaned. */
function found(text: string, result: AnchorResult): string {
  return result.status === 'orphaned' ? `orphaned: ${result.reason}` : text.slice(result.start, result.end);
}

const ARTICLE = [
  'Parliament met on Monday to debate the spending plan.',
  'The finance minister said the goverment would cut spending by ten percent next year.',
  'Critics called the plan reckless and warned of "deep cuts to schools".',
  'The vote is expected in March.',
].join('\n\n');

describe('anchoring in English', () => {
  it('keeps a highlight whose text did not change: exact, score 1', () => {
    const h = highlight(ARTICLE, 'cut spending by ten percent');
    expect(anchor(ARTICLE, h)).toEqual({ status: 'exact', start: h.position.start, end: h.position.end, score: 1 });
  });

  it('follows a highlight when text is inserted before it: moved', () => {
    const h = highlight(ARTICLE, 'cut spending by ten percent');
    const edited = `UPDATE: This story has been updated with comment from the opposition.\n\n${ARTICLE}`;
    const result = anchor(edited, h);
    expect(result.status).toBe('moved');
    expect(found(edited, result)).toBe('cut spending by ten percent');
    if (result.status !== 'orphaned') expect(result.score).toBe(1);
  });

  it('picks, of the same words occurring twice, the one whose context agrees, even when the other is nearer', () => {
    const before = 'She said budget cuts were needed to balance the books. ' + 'Filler sentence about other matters. '.repeat(8) + 'He denied budget cuts were planned for the hospitals.';
    const second = before.lastIndexOf('budget cuts');
    const h = describeRange(before, second, second + 'budget cuts'.length);
    // New text: the first occurrence now sits exactly where the second one was.
    const intro = 'x'.repeat(second - before.indexOf('budget cuts'));
    const after = intro + 'She said budget cuts were needed to balance the books. He denied budget cuts were planned for the hospitals.';
    expect(after.indexOf('budget cuts')).toBe(h.position.start);
    const result = anchor(after, h);
    expect(result.status).toBe('moved');
    if (result.status === 'orphaned') return;
    expect(result.start).toBe(after.lastIndexOf('budget cuts'));
    expect(after.slice(result.start - 10, result.start)).toBe('He denied ');
  });

  it('between equals without context, keeps the one near the old place and orphans rather than guess between far ones', () => {
    const h = highlight(ARTICLE, 'reckless');
    const rewritten = 'A completely different article. ' + 'z'.repeat(h.position.start - 40) + ' reckless, it said; and later another reckless claim ' + 'q'.repeat(2000) + ' reckless again.';
    const near = anchor(rewritten, h);
    expect(near.status).toBe('moved');
    if (near.status !== 'orphaned') expect(Math.abs(near.start - h.position.start)).toBeLessThan(40);

    const far = 'Something else entirely. ' + 'w'.repeat(3000) + ' a reckless idea ' + 'v'.repeat(3000) + ' so reckless too.';
    const result = anchor(far, h);
    expect(result.status).toBe('orphaned');
    if (result.status === 'orphaned') expect(result.reason).toMatch(/“reckless” now appears 2 times/);
  });

  it('finds a highlight whose typo was fixed: fuzzy, with a score below 1', () => {
    const h = highlight(ARTICLE, 'the goverment would cut spending');
    const fixed = ARTICLE.replace('goverment', 'government');
    const result = anchor(fixed, h);
    expect(result.status).toBe('fuzzy');
    expect(found(fixed, result)).toBe('the government would cut spending');
    if (result.status !== 'orphaned') expect(result.score).toBeGreaterThan(0.9);
    if (result.status !== 'orphaned') expect(result.score).toBeLessThan(1);
  });

  it('finds a highlight after typographic quotes and extra whitespace, and after a word was inserted', () => {
    const h = highlight(ARTICLE, 'warned of "deep cuts to schools"');
    const typeset = ARTICLE.replace('warned of "deep cuts to schools"', 'warned  of “deep cuts to schools”');
    expect(found(typeset, anchor(typeset, h))).toBe('warned  of “deep cuts to schools”');
    expect(anchor(typeset, h).status).toBe('fuzzy');

    const longer = `Breaking.\n\n${ARTICLE.replace('cut spending by ten percent', 'cut public spending by ten percent')}`;
    const moved = anchor(longer, highlight(ARTICLE, 'would cut spending by ten percent next year'));
    expect(found(longer, moved)).toBe('would cut public spending by ten percent next year');
  });

  it('orphans a highlight whose paragraph was deleted, with a reason naming the words', () => {
    const h = highlight(ARTICLE, 'Critics called the plan reckless');
    const shorter = ARTICLE.split('\n\n').filter((p) => !p.startsWith('Critics')).join('\n\n');
    const result = anchor(shorter, h);
    expect(result).toEqual({ status: 'orphaned', reason: 'The highlighted text “Critics called the plan reckless” is no longer in the article.' });
  });

  it('orphans rather than accept a passage that differs by more than the edit budget', () => {
    const h = highlight(ARTICLE, 'The vote is expected in March.');
    const result = anchor(ARTICLE.replace('The vote is expected in March.', 'The poll is slated for May.'), h);
    expect(result.status).toBe('orphaned');
  });

  it('between copies of a duplicated paragraph keeps the one nearest the old place; without a position it will not guess', () => {
    // The highlight's 32 units of context either side lie inside the paragraph, so both copies agree entirely.
    const paragraph = 'Late on Thursday evening, after a long debate, the committee approved the new rules on a narrow vote of seven to six, officials said.';
    const text = `${paragraph}\n\n${'Unrelated reporting fills the middle of the article. '.repeat(40)}\n\n${paragraph}`;
    const h = highlight(text, 'approved the new rules', text.lastIndexOf(paragraph));
    const edited = `Update. ${text}`;
    expect(anchor(edited, h)).toMatchObject({ status: 'moved', start: h.position.start + 'Update. '.length });
    const result = anchor(edited, { quote: h.quote });
    expect(result.status).toBe('orphaned');
    if (result.status === 'orphaned') expect(result.reason).toMatch(/appears 2 times/);
  });

  it('finds an edited paragraph that moved far away, in a short article and in a long one', () => {
    const h = highlight(ARTICLE, 'the goverment would cut spending by ten percent');
    const [first, second, ...rest] = ARTICLE.split('\n\n');
    const short = [first, ...rest, 'Filler. '.repeat(60), second!.replace('goverment', 'government')].join('\n\n');
    expect(found(short, anchor(short, h))).toBe('the government would cut spending by ten percent');
    const long = [first, ...rest, 'Other news of the day, at length. '.repeat(12_000), second!.replace('goverment', 'government')].join('\n\n');
    const result = anchor(long, h);
    expect(result.status).toBe('fuzzy');
    expect(found(long, result)).toBe('the government would cut spending by ten percent');
  });

  it('orphans a near miss whose words and surroundings both changed, and says so', () => {
    const text = 'Alpha beta gamma delta. The cat sat on the mat today. Epsilon zeta eta theta.';
    const h = highlight(text, 'cat sat on the mat');
    const result = anchor('Quite different words open here: bat sit on the map, then other words close.', h);
    expect(result).toEqual({ status: 'orphaned', reason: 'The highlighted text “cat sat on the mat” is no longer in the article (the closest passage differs too much to be sure).' });
  });

  it('works without a stored position', () => {
    const h = highlight(ARTICLE, 'cut spending by ten percent');
    const result = anchor(`Intro.\n${ARTICLE}`, { quote: h.quote });
    expect(found(`Intro.\n${ARTICLE}`, result)).toBe('cut spending by ten percent');
  });
});

describe('right-to-left, combining marks, emoji and Cyrillic', () => {
  it('Arabic: moved after a sentence is inserted before it', () => {
    const text = 'قال الرئيس إن الحكومة ستخفض الضرائب في العام المقبل. وأضاف أن الاقتصاد سينمو بسرعة.';
    const h = highlight(text, 'الحكومة ستخفض الضرائب');
    expect(h.quote.prefix).toBe('قال الرئيس إن ');
    const edited = 'عاجل: بيان جديد من القصر. ' + text;
    const result = anchor(edited, h);
    expect(result.status).toBe('moved');
    expect(found(edited, result)).toBe('الحكومة ستخفض الضرائب');
  });

  it('Hebrew: fuzzy after a word is inserted inside the highlight', () => {
    const text = 'ראש הממשלה אמר כי הממשלה תוריד את המסים בשנה הבאה. השרים הסכימו.';
    const h = highlight(text, 'הממשלה תוריד את המסים בשנה הבאה');
    const edited = text.replace('תוריד את המסים', 'תוריד מיד את המסים');
    const result = anchor(edited, h);
    expect(result.status).toBe('fuzzy');
    expect(found(edited, result)).toBe('הממשלה תוריד מיד את המסים בשנה הבאה');
  });

  it('Arabic, English and numbers in one sentence keep logical-order offsets', () => {
    const text = 'أعلنت شركة Apple عن أرباح بلغت 94.8 مليار دولار في الربع الثالث من 2024، بحسب Reuters.';
    const h = highlight(text, 'Apple عن أرباح بلغت 94.8 مليار');
    expect(h.position.start).toBe(text.indexOf('Apple'));
    expect(h.quote.suffix.startsWith(' دولار في الربع')).toBe(true);
    expect(anchor(text, h).status).toBe('exact');
    const edited = text.replace('94.8', '94.9');
    const result = anchor(edited, h);
    expect(result.status).toBe('fuzzy');
    expect(found(edited, result)).toBe('Apple عن أرباح بلغت 94.9 مليار');
  });

  it('Arabic harakat: a selection is widened to whole letters, and a quote never ends inside a letter’s marks', () => {
    const text = 'كَتَبَ الطَّالِبُ الدَّرْسَ فِي المَدْرَسَةِ.';
    const word = 'الطَّالِبُ';
    const start = text.indexOf(word);
    // The reader's selection stopped after the last letter, before its damma.
    const h = describeRange(text, start, start + word.length - 1);
    expect(h.quote.exact).toBe(word);
    expect(isGraphemeBoundary(text, h.position.start - h.quote.prefix.length)).toBe(true);

    const plain = 'قال محمد إن الاجتماع كان مثمرا.';
    const m = highlight(plain, 'محمد');
    const vocalised = plain.replace('محمد', 'محمدٌ');
    const result = anchor(vocalised, m);
    expect(result.status).toBe('fuzzy');
    expect(found(vocalised, result)).toBe('محمدٌ');
  });

  it('emoji: prefix and suffix never split a surrogate pair or a ZWJ sequence', () => {
    const family = '👨‍👩‍👧';
    const text = `Intro ${family}${'x'.repeat(28)}the quoted words${'y'.repeat(30)}👍🏽 and ${'z'.repeat(31)}😀 end`;
    const h = highlight(text, 'the quoted words');
    expect(h.position.start - 32).toBeGreaterThan(text.indexOf(family));
    expect(h.quote.prefix).toBe('x'.repeat(28));
    expect(h.quote.suffix).toBe('y'.repeat(30));
    const second = describeRange(text, text.indexOf('and'), text.indexOf('and') + 3);
    expect(second.quote.suffix).toBe(` ${'z'.repeat(31)}`);
    expect(second.quote.prefix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
    expect(second.quote.prefix.startsWith('y')).toBe(true);
    // A selection that starts inside the emoji covers all of it.
    const inside = describeRange(text, text.indexOf('👍🏽') + 1, text.indexOf('👍🏽') + 3);
    expect(inside.quote.exact).toBe('👍🏽');
    const result = anchor(`🎉 ${text}`, h);
    expect(found(`🎉 ${text}`, result)).toBe('the quoted words');
    expect(result.status).toBe('moved');
  });

  it('Cyrillic: fuzzy after a typo fix, moved after an insertion', () => {
    const text = 'Президент заявил, что правительсво снизит налоги в следующем году. Оппозиция раскритиковала план.';
    const h = highlight(text, 'правительсво снизит налоги');
    const fixed = text.replace('правительсво', 'правительство');
    expect(found(fixed, anchor(fixed, h))).toBe('правительство снизит налоги');
    const longer = `Новости дня. ${text}`;
    expect(anchor(longer, h)).toMatchObject({ status: 'moved', start: h.position.start + 'Новости дня. '.length });
  });
});

describe('bad input', () => {
  const text = 'Some article text.   And more.';
  it('rejects an empty or reversed range', () => {
    expect(() => describeRange(text, 5, 5)).toThrow(RangeError);
    expect(() => describeRange(text, 5, 5)).toThrow(/at least one character/);
    expect(() => describeRange(text, 6, 2)).toThrow(/at least one character/);
  });
  it('rejects a range outside the text and offsets that are not whole numbers', () => {
    expect(() => describeRange(text, -1, 3)).toThrow(/outside the article's text/);
    expect(() => describeRange(text, 0, text.length + 1)).toThrow(/outside the article's text/);
    expect(() => describeRange(text, 0.5, 3)).toThrow(RangeError);
  });
  it('rejects a whitespace-only range', () => {
    const gap = text.indexOf('   ');
    expect(() => describeRange(text, gap, gap + 3)).toThrow(/only whitespace/);
    expect(() => describeRange('a\u200d\u200f b', 1, 4)).toThrow(/only whitespace/);
  });
  it('orphans an annotation with no quote, and survives a position beyond the new text', () => {
    expect(anchor(text, { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } }).status).toBe('orphaned');
    const h = highlight(text, 'And more');
    expect(found('And more', anchor('And more', h))).toBe('And more');
  });
});

describe('the approximate matcher', () => {
  /** Straightforward dynamic programming: the least edits between the pattern and any substring of the text. */
  function leastEdits(text: string, pattern: string): number {
    let prev = Array.from({ length: pattern.length + 1 }, (_, i) => i);
    let best = prev[pattern.length]!;
    for (const ch of text) {
      const cur = [0];
      for (let i = 1; i <= pattern.length; i++) cur[i] = Math.min(prev[i]! + 1, cur[i - 1]! + 1, prev[i - 1]! + (pattern[i - 1] === ch ? 0 : 1));
      prev = cur;
      best = Math.min(best, cur[pattern.length]!);
    }
    return best;
  }

  it('agrees with plain dynamic programming for quotes of one and several 32-bit blocks', () => {
    let seed = 42;
    const random = (n: number) => {
      // A 32-bit LCG (Math.imul keeps it exact); its high bits, as the low ones repeat with a short period.
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return (seed >>> 8) % n;
    };
    const word = (n: number) => Array.from({ length: n }, () => 'abcd'[random(4)]).join('');
    for (let trial = 0; trial < 300; trial++) {
      const text = word(1 + random(150));
      const pattern = word(1 + random(90));
      const budget = random(pattern.length);
      const least = leastEdits(text, pattern);
      const match = approximateSearch(text, pattern, budget);
      if (least > budget) expect(match).toBeNull();
      else expect(match?.distance).toBe(least);
    }
  });
});

describe('W3C Web Annotation export', () => {
  const text = 'Intro 😀 then the minister said taxes would rise.';
  const start = text.indexOf('taxes would rise');
  const base: ExportableAnnotation = {
    id: '3f1c2a9e-5b7d-4c21-9a8e-0d6f4b2c1e7a',
    articleId: 'art-1',
    start,
    end: start + 'taxes would rise'.length,
    exact: 'taxes would rise',
    prefix: 'then the minister said ',
    suffix: '.',
    color: '#ffe066',
    note: 'Contradicts the March budget.',
    tags: ['economy', 'Tax', 'tax', ' '],
    statementId: 'st-9',
    created: '2024-05-01T10:00:00.000Z',
    modified: '2024-05-02 11:30:00',
    language: 'en',
  };

  it('produces an Annotation with the anno context, a note, tags, the statement link, colour and both selectors', () => {
    const json = JSON.parse(JSON.stringify(toWebAnnotation(base, { id: 'art-1', url: 'https://example.com/news/1', title: 'Taxes', text })));
    expect(json['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json.type).toBe('Annotation');
    expect(json.id).toBe('urn:uuid:3f1c2a9e-5b7d-4c21-9a8e-0d6f4b2c1e7a');
    expect(json.motivation).toBe('commenting');
    expect(json.created).toBe('2024-05-01T10:00:00.000Z');
    expect(json.modified).toBe('2024-05-02T11:30:00.000Z');
    expect(json.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: 'Contradicts the March budget.', format: 'text/plain', language: 'en' },
      { type: 'TextualBody', purpose: 'tagging', value: 'economy' },
      { type: 'TextualBody', purpose: 'tagging', value: 'Tax' },
      { type: 'SpecificResource', purpose: 'linking', source: 'urn:verbatim:statement:st-9' },
    ]);
    expect(json.target.source).toBe('https://example.com/news/1');
    expect(json.target.styleClass).toBe('verbatim-highlight-ffe066');
    expect(json.stylesheet).toEqual({ type: 'CssStylesheet', value: '.verbatim-highlight-ffe066 { background-color: #ffe066; }' });
    expect(json.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'taxes would rise', prefix: 'then the minister said ', suffix: '.' },
      // Code points: the emoji before the highlight is two UTF-16 units but one character.
      { type: 'TextPositionSelector', start: start - 1, end: start - 1 + 'taxes would rise'.length },
    ]);
  });

  it('exports a bare highlight as highlighting, without url as a urn, and an orphan without its position', () => {
    const bare = { ...base, note: null, tags: [], statementId: null, orphaned: true, start: -1, end: -1, color: 'red; } body { x' };
    const json = JSON.parse(JSON.stringify(toWebAnnotation(bare, { id: 'art-1', url: null, title: 'Taxes' })));
    expect(json.motivation).toBe('highlighting');
    expect(json.body).toBeUndefined();
    expect(json.stylesheet).toBeUndefined();
    expect(json.target.source).toBe('urn:verbatim:article:art-1');
    expect(json.target.selector).toEqual([{ type: 'TextQuoteSelector', exact: 'taxes would rise', prefix: 'then the minister said ', suffix: '.' }]);
  });

  it('wraps annotations in an AnnotationCollection with a first AnnotationPage', () => {
    const source = { id: 'art-1', url: null, title: 'Taxes' };
    const json = JSON.parse(
      JSON.stringify(toAnnotationCollection([{ annotation: base, source }, { annotation: { ...base, id: 'not-a-uuid' }, source }], { label: 'Annotations on “Taxes”', id: 'export-1' })),
    );
    expect(json['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json.type).toBe('AnnotationCollection');
    expect(json.id).toBe('urn:verbatim:collection:export-1');
    expect(json.label).toBe('Annotations on “Taxes”');
    expect(json.total).toBe(2);
    expect(json.first.type).toBe('AnnotationPage');
    expect(json.first.startIndex).toBe(0);
    expect(json.first.items).toHaveLength(2);
    expect(json.first.items[0]['@context']).toBeUndefined();
    expect(json.first.items[1].id).toBe('urn:verbatim:annotation:not-a-uuid');
    expect(json.first.items[0].target.selector[1].type).toBe('TextPositionSelector');
    const fresh = JSON.parse(JSON.stringify(toAnnotationCollection([], { label: 'Empty' })));
    expect(fresh.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(fresh.total).toBe(0);
  });
});

describe('a 5 MB article with 1,000 annotations', () => {
  it('re-anchors them all after edits (timing printed, not asserted)', () => {
    let seed = 2024;
    const random = (n: number) => {
      // A 32-bit LCG (Math.imul keeps it exact); its high bits, as the low ones repeat with a short period.
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return (seed >>> 8) % n;
    };
    const syllables = ['ka', 'lo', 'mi', 'ren', 'sta', 'vor', 'ne', 'tu', 'pra', 'dil', 'qui', 'ber', 'son', 'ha', 'wel', 'gor'];
    const vocabulary = Array.from({ length: 3000 }, () => Array.from({ length: 1 + random(3) }, () => syllables[random(syllables.length)]).join(''));
    const sentence = () => {
      const words = Array.from({ length: 6 + random(14) }, () => vocabulary[random(vocabulary.length)]!);
      return `${words.join(' ')}.`;
    };
    const parts: string[] = [];
    let length = 0;
    while (length < 5_000_000) {
      const paragraph = Array.from({ length: 3 + random(5) }, sentence).join(' ');
      parts.push(paragraph);
      length += paragraph.length + 2;
    }
    const text = parts.join('\n\n');

    // One highlight in each 5,000-unit slot, from a word start over 30–150 units to a word end.
    const annotations: Array<{ id: string; position: ReturnType<typeof describeRange>['position']; quote: ReturnType<typeof describeRange>['quote'] }> = [];
    for (let i = 0; i < 1000; i++) {
      const from = text.indexOf(' ', i * 5000 + random(3000)) + 1;
      const to = text.indexOf(' ', from + 30 + random(120));
      annotations.push({ id: `a${i}`, ...describeRange(text, from, to) });
    }

    const t0 = performance.now();
    const unchanged = reanchorAll(text, annotations);
    const t1 = performance.now();
    expect([...unchanged.values()].every((r) => r.status === 'exact')).toBe(true);

    // Edits, from the end backwards so earlier offsets stay valid: every 50th highlight's words are replaced
    // (deleted), every 50th (offset by 25) gets a letter changed inside, and a paragraph is inserted at the top.
    const replacement = 'entirely unrelated replacement words here';
    let edited = text;
    for (let i = annotations.length - 1; i >= 0; i--) {
      const { position } = annotations[i]!;
      if (i % 50 === 0) edited = edited.slice(0, position.start) + replacement + edited.slice(position.end);
      else if (i % 50 === 25) {
        const at = position.start + Math.floor((position.end - position.start) / 2);
        edited = edited.slice(0, at) + (edited[at] === 'x' ? 'y' : 'x') + edited.slice(at + 1);
      }
    }
    const intro = 'EDITOR’S NOTE: this article was corrected after publication.\n\n';
    edited = intro + edited;

    const t2 = performance.now();
    const results = reanchorAll(edited, annotations);
    const t3 = performance.now();
    const one = annotations.map((a) => anchor(edited, a));
    const t4 = performance.now();
    console.log(
      `5 MB, 1,000 annotations: unchanged ${(t1 - t0).toFixed(0)} ms; after edits reanchorAll ${(t3 - t2).toFixed(0)} ms, ` +
        `anchor() one by one ${(t4 - t3).toFixed(0)} ms (text ${(edited.length / 1e6).toFixed(1)} M code units)`,
    );

    const counts = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
    let shift = intro.length;
    annotations.forEach((a, i) => {
      const result = results.get(a.id)!;
      counts[result.status]++;
      expect(one[i]).toEqual(result);
      if (i % 50 === 25) expect(result).toMatchObject({ status: 'fuzzy', start: a.position.start + shift, end: a.position.end + shift });
      else if (i % 50 !== 0) expect(result).toEqual({ status: 'moved', start: a.position.start + shift, end: a.position.end + shift, score: 1 });
      else {
        expect(result.status).toBe('orphaned');
        shift += replacement.length - (a.position.end - a.position.start);
      }
    });
    expect(counts).toEqual({ exact: 0, moved: 960, fuzzy: 20, orphaned: 20 });
  });
});
