// Topics: the starter taxonomy's rules are valid queries that file the seed interview's statements where an analyst
// would, and key-phrase suggestions find what recurs across a multilingual collection.
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../electron/query/match';
import { parseQuery } from '../../electron/query/parse';
import { extractStatements } from '../../electron/statements/extract';
import { STARTER_TAXONOMY, flattenStarter } from '../../electron/topics/starter';
import { STOPWORDS } from '../../electron/topics/stopwords';
import { TopicSuggester, suggestTopics, type SuggestDocument, type TopicSuggestion } from '../../electron/topics/suggest';
import { seedText } from '../helpers/library';

const topics = flattenStarter();

function matcherFor(name: string): (text: string) => boolean {
  const topic = topics.find((t) => t.name === name);
  if (!topic?.rule) throw new Error(`no rule for ${name}`);
  const match = compileMatcher(parseQuery(topic.rule));
  return (text) => match({ text });
}

/** Whether any rule in the topic's subtree matches. */
function subtreeMatches(name: string, text: string): boolean {
  return topics.filter((t) => t.path.includes(name) && t.rule !== null).some((t) => compileMatcher(parseQuery(t.rule as string))({ text }));
}

describe('the starter taxonomy', () => {
  it('has two levels, the top-level topics of diplomacy and public affairs, and 40–70 topics in all', () => {
    expect(STARTER_TAXONOMY.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Bilateral relations', 'Multilateral diplomacy', 'Trade & investment', 'Energy', 'Transport & connectivity', 'Digital', 'Climate & environment', 'Security & defence', 'Migration', 'Health', 'Media & information']),
    );
    expect(topics.length).toBeGreaterThanOrEqual(40);
    expect(topics.length).toBeLessThanOrEqual(70);
    expect(topics.every((t) => t.path.length <= 2 && t.path[t.path.length - 1] === t.name)).toBe(true);
    expect(new Set(topics.map((t) => t.name)).size).toBe(topics.length);
    for (const leaf of topics.filter((t) => t.path.length === 2)) {
      expect(leaf.rule, leaf.name).not.toBeNull();
      const parent = topics.findIndex((t) => t.path.length === 1 && t.name === leaf.path[0]);
      expect(parent).toBeGreaterThanOrEqual(0);
      expect(parent).toBeLessThan(topics.indexOf(leaf));
    }
    expect(topics.find((t) => t.name === 'Transport & connectivity')?.rule).not.toBeNull();
  });

  it('writes every rule in the search language', () => {
    const broken: string[] = [];
    for (const topic of topics) {
      if (topic.rule === null) continue;
      try {
        parseQuery(topic.rule);
      } catch (error) {
        broken.push(`${topic.name}: ${(error as Error).message}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('catches names in every language and inflection, and not the ordinary words around them', () => {
    const middle = matcherFor('Middle Corridor');
    for (const text of ['growth along the Middle Corridor', 'развитие Среднего коридора', 'по Среднему коридору', 'Orta Dəhlizin imkanları', 'Orta Koridor’da yük taşımacılığı', 'Trans-Caspian International Transport Route', '中间走廊建设']) {
      expect(middle(text), text).toBe(true);
    }
    expect(middle('in the middle of the corridor')).toBe(false);
    expect(middle('средний возраст участников коридора')).toBe(false);

    const belt = matcherFor('Belt and Road Initiative');
    expect(belt('共建“一带一路”倡议')).toBe(true);
    expect(belt('в рамках инициативы «Пояс и путь»')).toBe(true);
    expect(belt('the road to the belt')).toBe(false);

    const ev = matcherFor('Electric vehicles');
    expect(ev('рынок электромобилей растёт')).toBe(true);
    expect(ev('elektrikli araç satışları')).toBe(true);
    expect(ev('Yeni ev aldı, ev çok güzel.')).toBe(false);

    const green = matcherFor('Green growth');
    expect(green('переход к зелёной экономике')).toBe(true);
    expect(green('yaşıl artım strategiyası')).toBe(true);
    expect(green('a green light for the road project')).toBe(false);

    expect(matcherFor('United Nations')('Un, şeker ve yağ fiyatları arttı.')).toBe(false);
    expect(matcherFor('Digital transformation')('Rəqəmsal transformasiya prioritetdir')).toBe(true);
  });
});

describe('the seed interview (read from ../shared/corpus)', () => {
  const seed = seedText();

  it.skipIf(seed === undefined)('files each statement under the topics it talks about, and no other statement', () => {
    const statements = extractStatements(seed as string, { outlet: 'News.Az', originalPublication: 'Global Times' }).map((s) => s.text);
    expect(statements).toHaveLength(7);
    const expected: Array<[string, RegExp]> = [
      ['Belt and Road Initiative', /Belt and Road|\bBRI\b/],
      ['Middle Corridor', /Middle Corridor/],
      ['Digital transformation', /Digital transformation/i],
      ['Green growth', /green growth|green transition/i],
      ['Electric vehicles', /electric (?:automobile|buses)/i],
    ];
    for (const [name, marker] of expected) {
      const match = matcherFor(name);
      const filed = statements.filter((s) => match(s));
      expect(filed.length, name).toBeGreaterThan(0);
      expect(filed, name).toEqual(statements.filter((s) => marker.test(s)));
    }
    // The same wordings, checked on the quotations themselves.
    expect(matcherFor('Green growth')('we are expecting more as Azerbaijan moves toward green growth')).toBe(true);
    expect(matcherFor('Electric vehicles')('Currently, we are purchasing electric buses and other equipment from China.')).toBe(true);
    expect(matcherFor('Belt and Road Initiative')('This aligns well with the BRI and underscores the strategic partnership')).toBe(true);
  });

  it.skipIf(seed === undefined)('does not file the interview under topics it does not discuss', () => {
    for (const name of ['Nuclear energy', 'Migration', 'Health', 'Security & defence', 'Conflict & peace process', 'Human rights & rule of law', 'Media & information']) {
      expect(subtreeMatches(name, seed as string), name).toBe(false);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// Suggestions

/** Words that occur nowhere else in the corpus ("qbaf", "qbag", …), so that filler never makes a phrase recur. */
function fillerWords(): () => string {
  let n = 0;
  return () => {
    n += 1;
    let word = '';
    for (let k = n + 702; k > 0; k = Math.floor(k / 26)) word = String.fromCharCode(97 + (k % 26)) + word;
    return `q${word}`;
  };
}

function corpus(): SuggestDocument[] {
  const next = fillerWords();
  const filler = (words: number): string => Array.from({ length: words }, (_, i) => (i % 3 === 1 ? 'of the' : next())).join(' ');
  const sentence = (...parts: string[]): string => `${parts.join(' ')}.`;
  const docs: SuggestDocument[] = [];
  const en = (i: number, body: string[]): void => {
    docs.push({ id: `en${i}`, text: [`${next()} ${next()}`, ...body, sentence(filler(8)), 'Press Service Bulletin.'].join(' '), language: i % 2 === 0 ? 'en' : null });
  };
  en(1, [
    sentence('Officials met to discuss the Middle Corridor', filler(4)),
    sentence('They said the Middle Corridor and the', next(), 'grew'),
    sentence('Cargo on the Middle Corridor, digital transformation of customs', filler(3)),
    sentence('The Trans-Caspian International Transport Route is', filler(3)),
  ]);
  en(2, [sentence('Investment in the Middle Corridor', filler(5)), sentence('The green growth agenda', filler(4)), sentence('The Trans-Caspian International Transport Route carries', filler(3))]);
  en(3, [sentence('the middle corridor was', filler(3)), sentence('A green growth agenda for', filler(4)), sentence('The Council of Heads of State met', filler(2)), sentence('Trans-Caspian International Transport Route tariffs', filler(2))]);
  en(4, [sentence('Tariffs on the Middle Corridor', filler(3)), sentence('Council of Heads of State decided', filler(2)), sentence('digital transformation of ports', filler(2)), sentence('Trans-Caspian International Transport Route', filler(2))]);
  en(5, [sentence('The Middle Corridor links', filler(4)), sentence('The Belt and Road Initiative', filler(3))]);
  en(6, [sentence('Middle Corridor freight', filler(3)), sentence('Belt and Road Initiative projects', filler(2)), sentence('Green growth targets', filler(3))]);
  en(7, [sentence('On the Middle Corridor', filler(3)), sentence('The Belt and Road Initiative', filler(2)), sentence('The Council of Heads of State', filler(2)), sentence('Digital transformation', filler(3))]);
  en(8, [sentence('Middle Corridor volumes', filler(3)), sentence('Belt and Road Initiative loans', filler(2))]);
  en(9, [sentence('The Belt and Road Initiative', filler(4)), sentence('pursuing green growth', filler(3))]);
  en(10, [sentence('Belt and Road Initiative ports', filler(4))]);
  en(11, [sentence('Plans for green growth', filler(4))]);
  en(12, [sentence('The digital transformation of', filler(4))]);

  const ru = (i: number, body: string[], language: string | null): void => {
    docs.push({ id: `ru${i}`, text: [...body, 'Press Service Bulletin.'].join(' '), language });
  };
  const word = (): string => `ж${next()}`;
  ru(1, ['Маршрут Средний коридор и', word(), 'растёт.'], 'ru');
  ru(2, ['Вопрос о том, что Средний коридор', word(), 'важен.', 'Цифровая трансформация', word(), word(), 'идёт.'], null);
  ru(3, ['По словам министра, Средний коридор', word(), 'открыт.'], 'ru-RU');
  ru(4, ['Средний коридор', word(), word(), '— это', word(), '.', 'Это цифровая трансформация', word(), '.'], null);
  ru(5, ['Для нас Средний коридор', word(), 'и', word(), '.'], 'ru');
  ru(6, ['Цифровая трансформация и', word(), word(), '.'], null);

  const az = (i: number, body: string): void => {
    docs.push({ id: `az${i}`, text: `${body} Press Service Bulletin.`, language: null });
  };
  az(1, `Bu gün Orta Dəhliz və ${next()} haqqında danışdıq. Yaşıl artım ${next()}.`);
  az(2, `Orta Dəhliz ${next()} ${next()} üçün vacibdir.`);
  az(3, `${next()} Orta Dəhliz ilə ${next()}. Yaşıl artım da ${next()}.`);
  return docs;
}

function find(list: TopicSuggestion[], phrase: string): TopicSuggestion | undefined {
  return list.find((s) => s.phrase.toLowerCase() === phrase.toLowerCase());
}

describe('topic suggestions', () => {
  const docs = corpus();
  const all = suggestTopics(docs, { limit: 500 });
  const phrases = all.map((s) => s.phrase.toLowerCase());

  it('finds recurring phrases and counts documents, not just occurrences', () => {
    expect(find(all, 'Middle Corridor')).toMatchObject({ phrase: 'Middle Corridor', documents: 8, occurrences: 10 });
    expect(find(all, 'Middle Corridor')?.sampleIds).toEqual(['en1', 'en2', 'en3']);
    expect(find(all, 'green growth')).toMatchObject({ documents: 5, occurrences: 5 });
    expect(find(all, 'digital transformation')).toMatchObject({ documents: 4 });
    // A capitalised name longer than the n-grams.
    expect(find(all, 'Council of Heads of State')).toMatchObject({ phrase: 'Council of Heads of State', documents: 3 });
    // Nothing that occurs in one document only.
    expect(all.every((s) => s.documents >= 2)).toBe(true);
  });

  it('shows the spelling most documents use', () => {
    expect(find(all, 'middle corridor')?.phrase).toBe('Middle Corridor');
    expect(find(all, 'belt and road initiative')?.phrase).toBe('Belt and Road Initiative');
  });

  it('finds Russian and Azerbaijani phrases, with or without a language given', () => {
    expect(find(all, 'Средний коридор')).toMatchObject({ phrase: 'Средний коридор', documents: 5 });
    expect(find(all, 'цифровая трансформация')).toMatchObject({ documents: 3 });
    expect(find(all, 'Orta Dəhliz')).toMatchObject({ documents: 3 });
    expect(find(all, 'Yaşıl artım')).toMatchObject({ documents: 2 });
  });

  it('never starts or ends a phrase with a stopword, and never runs across clause punctuation', () => {
    const stop = (word: string): boolean => Object.values(STOPWORDS).some((list) => list.has(word.toLowerCase()));
    for (const s of all) {
      const words = s.phrase.split(' ');
      expect(stop(words[0] as string), s.phrase).toBe(false);
      expect(stop(words[words.length - 1] as string), s.phrase).toBe(false);
    }
    expect(phrases).not.toContain('the middle corridor');
    expect(phrases).not.toContain('middle corridor and the');
    expect(phrases.some((p) => p.includes('corridor digital'))).toBe(false);
    expect(phrases).toContain('press service bulletin');
    expect(phrases.some((p) => /\bq[a-z]+ press/.test(p))).toBe(false);
  });

  it('folds a shorter phrase into the longer one it almost always belongs to', () => {
    expect(find(all, 'Trans-Caspian International Transport Route')).toMatchObject({ documents: 4, occurrences: 4 });
    for (const inner of ['International Transport Route', 'Trans-Caspian International Transport', 'Transport Route', 'International Transport']) {
      expect(phrases, inner).not.toContain(inner.toLowerCase());
    }
    expect(find(all, 'Belt and Road Initiative')).toMatchObject({ documents: 6 });
    expect(phrases).not.toContain('belt and road');
    expect(phrases).not.toContain('road initiative');
    // "green growth" stands without "agenda" in most documents, so both stay.
    expect(find(all, 'green growth agenda')).toMatchObject({ documents: 2 });
    expect(find(all, 'green growth')).toBeDefined();
  });

  it('ranks specific recurring phrases above boilerplate found in every document', () => {
    const boilerplate = find(all, 'Press Service Bulletin');
    expect(boilerplate?.documents).toBe(docs.length);
    expect(all.indexOf(find(all, 'Middle Corridor') as TopicSuggestion)).toBeLessThan(all.indexOf(boilerplate as TopicSuggestion));
    expect(all.indexOf(find(all, 'Middle Corridor') as TopicSuggestion)).toBeLessThan(all.indexOf(find(all, 'green growth') as TopicSuggestion));
    // Longer phrases win ties in document count.
    expect((find(all, 'Trans-Caspian International Transport Route')?.score ?? 0) > (find(all, 'digital transformation')?.score ?? 0)).toBe(true);
  });

  it('drops phrases the caller excludes, such as those existing topic rules already match', () => {
    const mentionsCorridor = suggestTopics(docs, { limit: 500, exclude: (p) => /corridor|коридор/i.test(p) });
    expect(mentionsCorridor.some((s) => /corridor|коридор/i.test(s.phrase))).toBe(false);
    expect(find(mentionsCorridor, 'Belt and Road Initiative')).toBeDefined();

    const rules = topics.filter((t) => t.rule !== null).map((t) => compileMatcher(parseQuery(t.rule as string)));
    const uncovered = suggestTopics(docs, { limit: 500, exclude: (phrase) => rules.some((match) => match({ text: phrase })) });
    const left = uncovered.map((s) => s.phrase);
    for (const covered of ['Middle Corridor', 'Средний коридор', 'Orta Dəhliz', 'Belt and Road Initiative', 'green growth', 'цифровая трансформация', 'Trans-Caspian International Transport Route']) {
      expect(left.map((p) => p.toLowerCase()), covered).not.toContain(covered.toLowerCase());
    }
    expect(left).toContain('Council of Heads of State');
  });

  it('honours minDocuments and limit', () => {
    const frequent = suggestTopics(docs, { minDocuments: 6, limit: 500 });
    expect(frequent.every((s) => s.documents >= 6)).toBe(true);
    expect(frequent.map((s) => s.phrase)).toEqual(expect.arrayContaining(['Middle Corridor', 'Belt and Road Initiative']));
    expect(suggestTopics(docs, { limit: 3 })).toHaveLength(3);
    expect(suggestTopics([], {})).toEqual([]);
  });

  it('keeps a bounded table over a long stream and still finds what recurs', () => {
    const next = fillerWords();
    const suggester = new TopicSuggester({ maxCandidates: 2000 });
    let largest = 0;
    for (let i = 0; i < 600; i += 1) {
      const words = Array.from({ length: 60 }, () => next()).join(' ');
      const planted = i % 5 === 0 ? ' Caspian Sea Ports Authority reported.' : '';
      suggester.add({ id: `d${i}`, text: `${words}.${planted}` });
      largest = Math.max(largest, suggester.trackedPhrases);
    }
    expect(largest).toBeLessThanOrEqual(2000);
    const found = find(suggester.suggestions({ limit: 20 }), 'Caspian Sea Ports Authority');
    expect(found?.documents).toBeGreaterThanOrEqual(100);
    expect(found?.documents).toBeLessThanOrEqual(120);
  });

  it('streams a large collection (timing printed, not asserted)', () => {
    const next = fillerWords();
    const common = Array.from({ length: 2000 }, () => next());
    let seed = 7;
    const random = (): number => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const stops = ['the', 'of', 'and', 'in', 'to', 'a', 'for', 'on', 'with', 'that', 'is', 'was'];
    const count = 5000;
    function* stream(): Generator<SuggestDocument> {
      for (let d = 0; d < count; d += 1) {
        const parts: string[] = [];
        let length = 0;
        while (length < 3000) {
          const r = random();
          const w = r < 0.4 ? (stops[Math.floor(random() * stops.length)] as string) : r < 0.7 ? (common[Math.floor(random() ** 2 * common.length)] as string) : next();
          const piece = w + (random() < 0.07 ? '.' : random() < 0.05 ? ',' : '');
          parts.push(piece);
          length += piece.length + 1;
        }
        if (d % 10 === 0) parts.push('on the Middle Corridor.');
        yield { id: `d${d}`, text: parts.join(' ') };
      }
    }
    const started = process.cpuUsage();
    const result = suggestTopics(stream(), { limit: 20 });
    const used = process.cpuUsage(started);
    const seconds = (used.user + used.system) / 1e6;
    console.log(`topic suggestions: ${count} documents of ~3,000 characters in ${seconds.toFixed(2)} s CPU (${Math.round(count / seconds)} documents/s)`);
    expect(find(result, 'Middle Corridor')?.documents).toBeGreaterThan(0);
  });
});
