// The search query language: parsing, errors and where they point, the in-memory matcher, highlights, and FTS5
// strings checked against a real FTS5 table.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  compileMatcher,
  matchPositions,
  parseQuery,
  QUERY_HELP,
  QueryError,
  tryParseQuery,
  FIELD_NAMES,
  type FieldNode,
  type MatchDocument,
  type QueryNode,
} from '../../electron/query';
import { ftsOf, QueryCompiler } from '../../electron/search/compile';
import { FieldResolver } from '../../electron/search/resolve';
import { indexForms } from '../../electron/search/search-index';

/** The query's structure in a compact form: and(a, or(b, "c d")), not(x), near/5(a, b), topic:x. */
function shape(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
      return node.value + (node.prefix ? '*' : '');
    case 'phrase':
      return `"${node.value}"${node.prefixLast ? '*' : ''}`;
    case 'near':
      return `near/${node.distance}(${shape(node.left)}, ${shape(node.right)})`;
    case 'field':
      return `${node.field}:${node.value}${node.prefix ? '*' : ''}`;
    case 'not':
      return `not(${shape(node.child)})`;
    case 'and':
    case 'or':
      return `${node.kind}(${node.children.map(shape).join(', ')})`;
  }
}

const s = (input: string): string => shape(parseQuery(input));

function errorOf(input: string): QueryError {
  try {
    parseQuery(input);
  } catch (error) {
    if (error instanceof QueryError) return error;
    throw error;
  }
  throw new Error(`expected ${input} to fail`);
}

const matches = (query: string, doc: MatchDocument | string): boolean => compileMatcher(parseQuery(query))(typeof doc === 'string' ? { text: doc } : doc);

/** The highlighted substrings, for readable assertions. */
const highlights = (query: string, text: string): string[] => matchPositions(parseQuery(query), text).map(([a, b]) => text.slice(a, b));

describe('parsing', () => {
  it('reads words, phrases in every kind of quotes, and implicit AND', () => {
    expect(s('corridor')).toBe('corridor');
    expect(s('Middle corridor')).toBe('and(Middle, corridor)');
    expect(s('"Middle Corridor"')).toBe('"Middle Corridor"');
    expect(s('“Middle Corridor”')).toBe('"Middle Corridor"');
    expect(s('«Средний коридор»')).toBe('"Средний коридор"');
    expect(s('„grüne Energie“')).toBe('"grüne Energie"');
    expect(s('"a b"c')).toBe('and("a b", c)');
  });

  it('gives NOT precedence over AND, and AND over OR', () => {
    expect(s('a b OR c')).toBe('or(and(a, b), c)');
    expect(s('a OR b c')).toBe('or(a, and(b, c))');
    expect(s('a AND b OR c AND d')).toBe('or(and(a, b), and(c, d))');
    expect(s('NOT a b')).toBe('and(not(a), b)');
    expect(s('NOT a OR b')).toBe('or(not(a), b)');
    expect(s('a NOT b')).toBe('and(a, not(b))');
    expect(s('(a OR b) c')).toBe('and(or(a, b), c)');
    expect(s('NOT (a OR b)')).toBe('not(or(a, b))');
    expect(s('NOT energy NEAR/3 deal')).toBe('not(near/3(energy, deal))');
  });

  it('treats lower-case and, or, not, near as words', () => {
    expect(s('rock and roll')).toBe('and(rock, and, roll)');
    expect(s('this or that not near')).toBe('and(this, or, that, not, near)');
    expect(s('Not OR Near')).toBe('or(Not, Near)');
  });

  it('reads the minus shorthand on words, phrases, fields and groups, but not inside words or as punctuation', () => {
    expect(s('pipeline -"Nord Stream"')).toBe('and(pipeline, not("Nord Stream"))');
    expect(s('-gas')).toBe('not(gas)');
    expect(s('sport -tone:negative')).toBe('and(sport, not(tone:negative))');
    expect(s('-(a OR b) c')).toBe('and(not(or(a, b)), c)');
    expect(s('e-mail')).toBe('e-mail');
    expect(s('Baku - Tbilisi')).toBe('and(Baku, Tbilisi)');
    expect(s('Baku – Tbilisi & Kars')).toBe('and(Baku, Tbilisi, Kars)');
    expect(s('gas -')).toBe('gas');
  });

  it('reads prefixes on words and on the last word of a phrase', () => {
    expect(s('transport*')).toBe('transport*');
    expect(s('"green grow*"')).toBe('"green grow"*');
    expect(s('"green grow"*')).toBe('"green grow"*');
  });

  it('reads NEAR with and without a distance', () => {
    expect(s('energy NEAR/5 deal')).toBe('near/5(energy, deal)');
    expect(s('energy NEAR deal')).toBe('near/10(energy, deal)');
    expect(s('"gas deal" NEAR/0 Baku')).toBe('near/0("gas deal", Baku)');
    expect(s('a NEAR/100 b')).toBe('near/100(a, b)');
  });

  it('reads fields, quoted values and normalises typed values', () => {
    expect(s('speaker:Aliyev')).toBe('speaker:Aliyev');
    expect(s('official:"Hikmət Hajiyev"')).toBe('official:Hikmət Hajiyev');
    expect(s('Tone:Negative kind:DIRECT has:Note')).toBe('and(tone:negative, kind:direct, has:note)');
    expect(s('speaker:Ali*')).toBe('speaker:Ali*');
    const field = parseQuery('topic:"Connectivity > Middle Corridor"') as FieldNode;
    expect(field.value).toBe('Connectivity > Middle Corridor');
    expect(field.valueSpan).toEqual({ start: 6, end: 38 });
  });

  it('turns after/before into date ranges', () => {
    const range = (q: string) => (parseQuery(q) as FieldNode).range;
    expect(range('after:2024')).toEqual({ start: '2024-01-01' });
    expect(range('after:2024-03')).toEqual({ start: '2024-03-01' });
    expect(range('after:2024-3-5')).toEqual({ start: '2024-03-05' });
    expect(range('before:2024-03')).toEqual({ end: '2024-03-01' });
    expect(range('before:2024-03-26')).toEqual({ end: '2024-03-26' });
    expect(range('before:"2024-02-29"')).toEqual({ end: '2024-02-29' });
  });

  it('treats URLs and a word with a trailing colon as text', () => {
    expect(s('https://example.com/news')).toBe('https://example.com/news');
    expect(s('http:example')).toBe('http:example');
    expect(s('Reuters: deal')).toBe('and(Reuters:, deal)');
    expect(s('10:30 Москва:Баку')).toBe('and(10:30, Москва:Баку)');
    expect(matches('Москва:Баку', 'рейс Москва — Баку')).toBe(true);
    expect(s('"foo:bar"')).toBe('"foo:bar"');
    expect(matches('https://example.com/news', 'Read it at https://example.com/news today')).toBe(true);
    expect(matches('https://example.com/news', 'example news')).toBe(false);
  });

  it('keeps spans that point into the input', () => {
    const q = parseQuery('gas -"Nord Stream" OR topic:Energy');
    expect(q.span).toEqual({ start: 0, end: 34 });
    const or = q.kind === 'or' ? q : null;
    const and = or?.children[0];
    const not = and?.kind === 'and' ? and.children[1] : null;
    expect(not?.span).toEqual({ start: 4, end: 18 });
    expect(not?.kind === 'not' ? not.child.span : null).toEqual({ start: 5, end: 18 });
    expect(or?.children[1]?.span).toEqual({ start: 22, end: 34 });
    const near = parseQuery('x energy NEAR/5 deal');
    expect(near.kind === 'and' ? near.children[1]?.span : null).toEqual({ start: 2, end: 20 });
  });

  it('exports the field names', () => {
    expect(FIELD_NAMES).toEqual(['official', 'speaker', 'topic', 'tag', 'outlet', 'country', 'lang', 'tone', 'kind', 'speakerkind', 'after', 'before', 'has']);
  });
});

describe('errors', () => {
  const cases: [string, string, number, number][] = [
    ['', 'Type something to search for', 0, 0],
    ['   ', 'Type something to search for', 0, 0],
    ['& —', 'Nothing to search for: the query has no letters or digits', 0, 3],
    ['gas (oil OR coal', 'Expected a closing parenthesis for the one opened at 5', 4, 1],
    ['gas ((oil) OR coal', 'Expected a closing parenthesis for the one opened at 5', 4, 1],
    ['gas )', 'A closing parenthesis with no opening one', 4, 1],
    ['a () b', 'Empty parentheses: put something to search for inside', 2, 2],
    ['( )', 'Empty parentheses: put something to search for inside', 0, 3],
    ['OR gas', 'OR at the start: nothing to its left', 0, 2],
    ['AND gas', 'AND at the start: nothing to its left', 0, 3],
    ['(OR gas)', 'OR right after an opening parenthesis: nothing to its left', 1, 2],
    ['gas OR', 'OR at the end: nothing to its right', 4, 2],
    ['(gas OR) oil', 'OR before a closing parenthesis: nothing to its right', 5, 2],
    ['gas AND OR oil', 'Nothing between AND and OR', 4, 6],
    ['gas NOT', 'NOT at the end: nothing to exclude', 4, 3],
    ['(gas NOT) oil', 'NOT before a closing parenthesis: nothing to exclude', 5, 3],
    ['gas NOT OR oil', 'NOT before OR: nothing to exclude', 4, 3],
    ['energy NEAR', 'NEAR needs a word or phrase on both sides', 7, 4],
    ['NEAR/5 deal', 'NEAR needs a word or phrase on both sides', 0, 6],
    ['(a OR b) NEAR c', 'NEAR needs a word or phrase on both sides', 9, 4],
    ['a NEAR/3 topic:Energy', 'NEAR needs a word or phrase on both sides', 2, 6],
    ['a NEAR/3 -b', 'NEAR needs a word or phrase on both sides', 2, 6],
    ['a NEAR b NEAR c', 'NEAR joins two words or phrases; to chain, write a NEAR b AND b NEAR c', 9, 4],
    ['a NEAR/999 b', 'NEAR/999 is too far: the distance must be from 0 to 100', 7, 3],
    ['a NEAR/x b', 'NEAR/ takes a number of words, as in NEAR/5', 7, 1],
    ['a NEAR/ b', 'NEAR/ takes a number of words, as in NEAR/5', 7, 0],
    ['say "Middle Corridor', 'Unclosed quotation mark', 4, 1],
    ['«Middle Corridor', 'Unclosed quotation mark', 0, 1],
    ['a "" b', 'Nothing to search for between the quotation marks', 2, 2],
    ['"green* grow"', 'Inside quotation marks only the last word can end with a star, as in "green grow*"', 6, 1],
    ['tr*nsport', 'A star can only end a word, as in transport*', 2, 1],
    ['gas *', 'A star needs letters or digits before it, as in transport*', 4, 1],
    ['speakr:Aliyev', "Unknown field 'speakr:' — did you mean speaker:? (to search for the text itself, put it in quotation marks)", 0, 7],
    ['x Tpoic:Energy', "Unknown field 'Tpoic:' — did you mean topic:? (to search for the text itself, put it in quotation marks)", 2, 6],
    ['speaker: Aliyev', 'speaker: needs a value right after the colon, as in speaker:Aliyev', 0, 8],
    ['tone:angry', 'tone: takes positive, neutral or negative', 5, 5],
    ['kind:quoted', 'kind: takes direct or reported', 5, 6],
    ['has:video', 'has: takes annotation, statement, note or tag', 4, 5],
    ['tone:neg*', 'A star does not work with tone:', 5, 4],
    ['gas after:March', 'A date looks like 2024, 2024-03 or 2024-03-26', 10, 5],
    ['before:24-03-2024', 'A date looks like 2024, 2024-03 or 2024-03-26', 7, 10],
    ['after:2024-13', 'There is no such date as 2024-13', 6, 7],
    ['after:2023-02-29', 'There is no such date as 2023-02-29', 6, 10],
    ['speaker:"&"', 'Nothing to search for between the quotation marks', 8, 3],
    ['-NOT gas', "Nothing to exclude after '-'", 0, 1],
  ];

  it.each(cases)('%j → %s at %i (+%i)', (input, message, position, length) => {
    const error = errorOf(input);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe(message);
    expect(error.position).toBe(position);
    expect(error.length).toBe(length);
  });

  it('lists the fields when a mistyped name is not close to any', () => {
    const error = errorOf('colour:red');
    expect(error.message).toMatch(/^Unknown field 'colour:'\. Fields are official: speaker: .* has:/);
    expect(error.position).toBe(0);
  });

  it('points a caret at the place, under wide and accented characters too', () => {
    expect(errorOf('gas (oil OR coal').pointer()).toBe('gas (oil OR coal\n    ^');
    expect(errorOf('tone:angry').pointer()).toBe('tone:angry\n     ^^^^^');
    expect(errorOf('中国 OR').pointer()).toBe('中国 OR\n     ^^');
    expect(errorOf('Hikme\u0301t OR').pointer()).toBe('Hikme\u0301t OR\n       ^^');
    expect(errorOf('').pointer()).toBe('\n^');
  });

  it('gives live UIs a plain result instead of throwing', () => {
    const bad = tryParseQuery('gas (oil');
    expect(bad).toEqual({ ok: false, error: { message: 'Expected a closing parenthesis for the one opened at 5', position: 4, length: 1 } });
    expect(JSON.parse(JSON.stringify(bad))).toEqual(bad);
    const good = tryParseQuery('gas oil');
    expect(good.ok && shape(good.query)).toBe('and(gas, oil)');
  });
});

describe('matching text', () => {
  it('matches whole folded words, not parts of words', () => {
    expect(matches('corridor', 'The Middle CORRIDOR opens.')).toBe(true);
    expect(matches('corridor', 'corridors of power')).toBe(false);
    expect(matches('gas oil', 'gas and oil')).toBe(true);
    expect(matches('gas oil', 'gas only')).toBe(false);
    expect(matches('gas OR oil', 'oil only')).toBe(true);
  });

  it('folds case, accents, ı and ə both ways', () => {
    expect(matches('Hikmet', 'Hikmət Hacıyev said')).toBe(true);
    expect(matches('Hikmət', 'HIKMET HACIYEV said')).toBe(true);
    expect(matches('haciyev', 'Hikmət Hacıyev said')).toBe(true);
    expect(matches('zurich', 'Talks in Zürich')).toBe(true);
    expect(matches('istanbul', 'İSTANBUL and Istanbul')).toBe(true);
    expect(matches('Hikme\u0301t', 'Hikmet')).toBe(true);
  });

  it('matches Cyrillic and Arabic words, with Arabic vowel marks ignored', () => {
    expect(matches('коридор', 'Средний КОРИДОР через Каспий')).toBe(true);
    expect(matches('коридор', 'коридоры')).toBe(false);
    expect(matches('коридор*', 'коридоры')).toBe(true);
    expect(matches('"средний коридор"', 'Средний коридор')).toBe(true);
    expect(matches('الطاقة', 'وقّع الوزير اتفاقية الطاقة')).toBe(true);
    expect(matches('كتاب', 'هذا كِتَابٌ جديد')).toBe(true);
    expect(matches('اتفاقية', 'وقّع الوزير')).toBe(false);
  });

  it('matches Chinese, Japanese and Korean as substrings, one or two characters included', () => {
    const zh = '中华人民共和国与阿塞拜疆签署能源协议';
    expect(matches('能', zh)).toBe(true);
    expect(matches('能源', zh)).toBe(true);
    expect(matches('石油', zh)).toBe(false);
    expect(matches('协议 阿塞拜疆', zh)).toBe(true);
    expect(matches('東京', '会議は東京で開かれた')).toBe(true);
    expect(matches('ガス', '天然ガスの供給')).toBe(true);
    expect(matches('カス', '天然ガスの供給')).toBe(false);
    expect(matches('에너지', '에너지 협정을 체결했다')).toBe(true);
    expect(matches('baku', '巴库Baku会议')).toBe(true);
  });

  it('matches phrases as consecutive tokens, across punctuation', () => {
    expect(matches('"middle corridor"', 'the Middle-Corridor route')).toBe(true);
    expect(matches('"middle corridor"', 'the middle of the corridor')).toBe(false);
    expect(matches('"corridor middle"', 'middle corridor')).toBe(false);
    expect(matches('covid-19', 'COVID 19 cases')).toBe(true);
    expect(matches('covid-19', 'covid cases 19')).toBe(false);
  });

  it('matches prefixes at the start of words only', () => {
    expect(matches('transport*', 'Transportation links')).toBe(true);
    expect(matches('transport*', 'transport')).toBe(true);
    expect(matches('transport*', 'intransport')).toBe(false);
    expect(matches('"green grow*"', 'green growth')).toBe(true);
    expect(matches('"green grow*"', 'green energy growth')).toBe(false);
    expect(matches('"gree grow"', 'green grow')).toBe(false);
  });

  it('counts NEAR distance as the tokens between, in either order', () => {
    const text = 'energy ministers agreed a new deal'; // four tokens between energy and deal
    expect(matches('energy NEAR/4 deal', text)).toBe(true);
    expect(matches('energy NEAR/3 deal', text)).toBe(false);
    expect(matches('deal NEAR/4 energy', text)).toBe(true);
    expect(matches('energy NEAR/0 deal', 'deal energy')).toBe(true);
    expect(matches('energy NEAR/0 deal', 'energy, deal')).toBe(true);
    expect(matches('energy NEAR/0 deal', 'energy x deal')).toBe(false);
    expect(matches('"new deal" NEAR/3 energy', text)).toBe(true);
    expect(matches('"new deal" NEAR/2 energy', text)).toBe(false);
    expect(matches('energy NEAR deal', `energy ${'x '.repeat(10)}deal`)).toBe(true);
    expect(matches('energy NEAR deal', `energy ${'x '.repeat(11)}deal`)).toBe(false);
  });

  it('applies NOT, including queries that are only negative', () => {
    expect(matches('pipeline -"Nord Stream"', 'the TAP pipeline')).toBe(true);
    expect(matches('pipeline -"Nord Stream"', 'the Nord Stream pipeline')).toBe(false);
    expect(matches('-sport', 'energy news')).toBe(true);
    expect(matches('-sport', 'sport news')).toBe(false);
    expect(matches('gas OR NOT oil', 'nothing')).toBe(true);
    expect(matches('gas OR NOT oil', 'oil')).toBe(false);
  });
});

describe('matching fields and dates', () => {
  const doc: MatchDocument = {
    text: 'Hikmət Hajiyev spoke about the corridor.',
    fields: {
      official: ['Hikmət Hajiyev'],
      speaker: ['Hikmet Hajiyev'],
      topic: ['Connectivity > Middle Corridor', 'Energy'],
      tag: ['urgent'],
      outlet: ['APA'],
      country: ['Azerbaijan'],
      lang: ['en'],
      tone: ['neutral'],
      kind: ['direct'],
      has: ['statement', 'tag'],
    },
    date: '2024-03-15T09:30:00Z',
  };

  it('compares field values folded and whole', () => {
    expect(matches('official:"hikmet hajiyev"', doc)).toBe(true);
    expect(matches('speaker:"Hikmət Hacıyev"', doc)).toBe(false);
    expect(matches('speaker:"Hikmət Hajiyev"', doc)).toBe(true);
    expect(matches('speaker:Hajiyev', doc)).toBe(false);
    expect(matches('speaker:Hikm*', doc)).toBe(true);
    expect(matches('outlet:apa country:AZERBAIJAN lang:EN', doc)).toBe(true);
    expect(matches('tone:neutral kind:direct', doc)).toBe(true);
    expect(matches('tone:negative', doc)).toBe(false);
    expect(matches('-tone:negative corridor', doc)).toBe(true);
    expect(matches('outlet:Reuters', { text: 'x' })).toBe(false);
  });

  it('matches a topic or tag by its path and by any parent', () => {
    expect(matches('topic:Connectivity', doc)).toBe(true);
    expect(matches('topic:"Connectivity > Middle Corridor"', doc)).toBe(true);
    expect(matches('topic:"connectivity>middle corridor"', doc)).toBe(true);
    expect(matches('topic:"Middle Corridor"', doc)).toBe(false);
    expect(matches('topic:Connect', doc)).toBe(false);
    expect(matches('topic:energy', doc)).toBe(true);
    expect(matches('tag:urgent', doc)).toBe(true);
    expect(matches('tag:Urgent', { text: '', fields: { tag: ['Urgent > Today'] } })).toBe(true);
    expect(matches('tag:Today', { text: '', fields: { tag: ['Urgent > Today'] } })).toBe(false);
  });

  it('checks has:', () => {
    expect(matches('has:statement', doc)).toBe(true);
    expect(matches('has:annotation', doc)).toBe(false);
    expect(matches('has:note OR has:tag', doc)).toBe(true);
  });

  it('compares dates as ranges: after is inclusive, before is exclusive', () => {
    const on = (date: string | null) => ({ text: '', date });
    expect(matches('after:2024-03', on('2024-03-01'))).toBe(true);
    expect(matches('after:2024-03', on('2024-02-29'))).toBe(false);
    expect(matches('before:2024-03', on('2024-02-29'))).toBe(true);
    expect(matches('before:2024-03', on('2024-03-01'))).toBe(false);
    expect(matches('after:2024-03-15', on('2024-03-15T23:59:59Z'))).toBe(true);
    expect(matches('before:2024-03-15', on('2024-03-15T00:00:00Z'))).toBe(false);
    expect(matches('after:2024 before:2025', on('2024-12-31'))).toBe(true);
    expect(matches('after:2024 before:2025', on('2025-01-01'))).toBe(false);
    expect(matches('after:2024', on(null))).toBe(false);
    expect(matches('after:2024', { text: '' })).toBe(false);
    expect(matches('-before:2024', on(null))).toBe(true);
  });

  it('combines fields with text under OR and NOT', () => {
    expect(matches('corridor AND (topic:Trade OR tag:urgent)', doc)).toBe(true);
    expect(matches('pipeline OR topic:Energy', doc)).toBe(true);
    expect(matches('NOT (topic:Energy AND corridor)', doc)).toBe(false);
  });

  it('lets the caller decide a field', () => {
    const matcher = compileMatcher(parseQuery('official:42'), {
      fieldMatcher: (node, values) => (node.field === 'official' ? values.includes(`id:${node.value}`) : undefined),
    });
    expect(matcher({ text: '', fields: { official: ['id:42'] } })).toBe(true);
    expect(matcher({ text: '', fields: { official: ['42'] } })).toBe(false);
  });
});

describe('highlight positions', () => {
  it('points at words in the original text, with diacritics, Cyrillic and Arabic', () => {
    const text = 'Hikmət Hacıyev: the Middle-Corridor, Средний коридор; الطاقة';
    expect(highlights('hikmet "middle corridor" коридор الطاقة', text)).toEqual(['Hikmət', 'Middle-Corridor', 'коридор', 'الطاقة']);
    const decomposed = 'Zu\u0308rich talks';
    expect(matchPositions(parseQuery('zurich'), decomposed)).toEqual([[0, 7]]);
  });

  it('points at the matched characters inside CJK runs, every time they occur', () => {
    const text = 'Baku: 中国与阿塞拜疆签署能源协议，能源合作';
    expect(highlights('能源', text)).toEqual(['能源', '能源']);
    expect(matchPositions(parseQuery('能源'), text)).toEqual([
      [15, 17],
      [20, 22],
    ]);
    expect(highlights('𠀀', 'x 𠀀𠀁 y')).toEqual(['𠀀']);
    expect(highlights('ガス', 'ｶﾞｽの供給')).toEqual(['ｶﾞｽ']);
  });

  it('highlights both sides of NEAR and nothing that NOT excludes; merges overlaps', () => {
    expect(highlights('energy NEAR/0 deal -gas', 'energy deal, gas deal, far away energy')).toEqual(['energy', 'deal']);
    expect(highlights('energy NEAR/1 deal', 'energy x deal and then energy y z deal')).toEqual(['energy', 'deal']);
    expect(highlights('transport* "transport links"', 'transport links')).toEqual(['transport links']);
    expect(highlights('topic:Energy gas', 'gas')).toEqual(['gas']);
  });
});

describe('FTS5, through the search engine\'s compiler', () => {
  const rows = [
    'Hikmət Hacıyev spoke about the Middle Corridor and transport links.',
    'Energy deal signed: the energy ministers agreed a new gas deal in Baku.',
    'Транспортный коридор через Каспий: министры обсудили энергетику.',
    'وقّع الوزير اتفاقية الطاقة في باكو',
    'Zürich hosts talks on green growth and greenery; İstanbul next.',
    'COVID-19 cases fell, the e-mail said; deal energy.',
    'Nothing relevant here at all.',
    'Gas pipeline: Nord Stream and TAP; transportation of gas.',
    '中华人民共和国与阿塞拜疆签署能源协议 Baku',
  ];

  // The same index the library keeps (folded words, CJK one character at a time) under the same name, so that the
  // compiler's SQL runs here as it runs on a library.
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE articles_search USING fts5(title, body, cjk, tokenize='unicode61 remove_diacritics 2'); CREATE TABLE docs (seq INTEGER PRIMARY KEY)");
  rows.forEach((text, i) => {
    const forms = indexForms(text);
    db.prepare('INSERT INTO articles_search (rowid, title, body, cjk) VALUES (?, ?, ?, ?)').run(i + 1, '', forms.words, forms.cjk);
    db.prepare('INSERT INTO docs (seq) VALUES (?)').run(i + 1);
  });
  // Text-only queries name no field, so nothing is resolved against a library.
  const compiler = new QueryCompiler('articles', new FieldResolver(db));

  function viaFts(query: string): number[] {
    const where = compiler.compile(parseQuery(query));
    return (db.prepare(`SELECT a.seq AS id FROM docs a WHERE ${where.sql} ORDER BY a.seq`).all(...where.params) as { id: number }[]).map((r) => r.id);
  }

  function viaMatcher(query: string): number[] {
    const test = compileMatcher(parseQuery(query));
    return rows.flatMap((text, i) => (test({ text }) ? [i + 1] : []));
  }

  const queries: [string, number[]][] = [
    ['hikmet', [1]],
    ['HACIYEV', [1]],
    ['"middle corridor"', [1]],
    ['“Middle Corridor” transport', [1]],
    ['transport*', [1, 8]],
    ['energy deal', [2, 6]],
    ['energy NEAR/0 deal', [2, 6]],
    ['energy NEAR/3 deal', [2, 6]],
    ['"new gas" NEAR/2 baku', [2]],
    ['"new gas" NEAR/1 baku', []],
    ['energy OR коридор', [2, 3, 6]],
    ['коридор министры', [3]],
    ['энерг*', [3]],
    ['الطاقة', [4]],
    ['zurich "green grow*"', [5]],
    ['istanbul', [5]],
    ['covid-19', [6]],
    ['e-mail', [6]],
    ['gas -"nord stream"', [2]],
    ['gas NOT pipeline', [2]],
    ['(energy OR gas) -deal', [8]],
    ['deal AND (energy -gas)', [6]],
    ['baku -energy', [9]],
    ['-deal', [1, 3, 4, 5, 7, 8, 9]],
    ['NOT gas NOT energy', [1, 3, 4, 5, 7, 9]],
    ['NOT (gas OR energy)', [1, 3, 4, 5, 7, 9]],
    ['and or not near', []],
    ['"AND" OR "NEAR"', [1, 5, 8]],
    ['https://example.com', []],
    ['NOT (a b)', [1, 2, 3, 4, 5, 6, 7, 8, 9]],
    ['能源 baku', [9]],
    ['baku (能源 OR energy)', [2, 9]],
  ];

  it.each(queries)('%s: FTS5 and the matcher return the same rows', (query, expected) => {
    expect(viaMatcher(query)).toEqual(expected);
    expect(viaFts(query)).toEqual(expected);
  });

  it('agrees with the matcher on thousands of generated queries, every string accepted by FTS5', () => {
    const parts = ['energy', 'deal', 'gas', 'baku', 'AND', 'OR', 'NOT', 'NEAR', 'NEAR/0', 'NEAR/2', '(', ')', '"gas deal"', '"new gas"*', '-', 'trans*', 'Hikmət', 'e-mail', 'коридор', '能源'];
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let compared = 0;
    for (let i = 0; i < 3000; i += 1) {
      const words = Array.from({ length: 1 + next(7) }, () => parts[next(parts.length)] ?? '');
      const input = words.join(' ');
      if (!tryParseQuery(input).ok) continue;
      expect(viaFts(input), input).toEqual(viaMatcher(input));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('emits quoted, folded terms', () => {
    const q = (input: string) => ftsOf(parseQuery(input));
    expect(q('Hikmət transport* "green grow*"')).toBe('("hikmet" AND "transport"* AND "green grow"*)');
    expect(q('energy NEAR/5 "gas deal"')).toBe('NEAR("energy" "gas deal", 5)');
    expect(q('a b OR c')).toBe('(("a" AND "b") OR "c")');
    expect(q('a -b -"c d"')).toBe('("a" NOT ("b" OR "c d"))');
    expect(q('能源 baku')).toBe('({cjk} : "能 源" AND "baku")');
    // FTS5 has no "everything": a purely negative query is left to SQL's NOT, and fields to their tables.
    expect(q('-b')).toBeNull();
    expect(q('corridor topic:Connectivity')).toBeNull();
  });
});

describe('help', () => {
  it('covers every field and operator with an example that parses', () => {
    const syntax = QUERY_HELP.map((h) => h.syntax).join(' ');
    for (const field of FIELD_NAMES) expect(syntax).toContain(`${field}:`);
    for (const op of ['OR', 'AND', 'NOT', 'NEAR/n', '"exact phrase"', 'word*', '-a', '( … )']) expect(syntax).toContain(op);
    for (const entry of QUERY_HELP) {
      expect(entry.meaning.length).toBeGreaterThan(0);
      expect(tryParseQuery(entry.example).ok).toBe(true);
    }
  });
});

describe('speed', () => {
  it('runs a compiled matcher over many long documents', () => {
    const words = 'the energy deal corridor Baku Hikmət Hacıyev transport pipeline gas oil Europe Caspian minister agreed talks railway Zürich İstanbul коридор министр'.split(' ');
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pool = Array.from({ length: 200 }, (_, d) => {
      const parts: string[] = [];
      for (let length = 0; length < 3000; ) {
        const word = words[next(words.length)] ?? '';
        parts.push(word);
        length += word.length + 1;
      }
      return `${parts.join(next(8) === 0 ? '. ' : ' ')} doc${d}`;
    });
    const test = compileMatcher(parseQuery('(energy NEAR/3 deal OR "middle corridor") -doc7 hikmet*'));
    const count = 20_000;
    const started = performance.now();
    let hits = 0;
    for (let i = 0; i < count; i += 1) if (test({ text: pool[i % pool.length] ?? '' })) hits += 1;
    const ms = performance.now() - started;
    console.log(`query matcher: ${count} documents of ~3,000 characters in ${Math.round(ms)} ms (~${Math.round((ms * 100_000) / count / 1000)} s per 100,000)`);
    expect(hits).toBeGreaterThan(0);
    expect(hits).toBeLessThan(count);
  });
});
