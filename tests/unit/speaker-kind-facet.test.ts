// The speaker's kind as a query field (speakerkind:) and as a facet of statement search: parsed, compiled, and run
// against a library whose statements have each kind of speaker.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleSearchHit, ClipResult, SearchResult, StatementInfo, StatementSearchHit } from '../../electron/api/types';
import { compileMatcher, parseQuery, QUERY_HELP, QueryError, tryParseQuery } from '../../electron/query';
import { QueryCompiler } from '../../electron/search/compile';
import { FieldResolver } from '../../electron/search/resolve';
import { testApp, type TestApp } from '../helpers/app';

describe('speakerkind: in the query language', () => {
  it('reads each of the four kinds, in any case, as a field with the value in lower case', () => {
    for (const kind of ['person', 'institution', 'anonymous', 'unknown']) {
      expect(parseQuery(`speakerkind:${kind.toUpperCase()}`)).toMatchObject({ kind: 'field', field: 'speakerkind', value: kind, prefix: false });
    }
    const both = parseQuery('ferry speakerKind:institution');
    expect(both.kind === 'and' ? both.children[1] : null).toMatchObject({ field: 'speakerkind', value: 'institution', span: { start: 6, end: 29 } });
  });

  it('refuses another value, naming the valid ones and pointing at the value', () => {
    const parsed = tryParseQuery('ferry speakerkind:ministry');
    expect(parsed).toEqual({ ok: false, error: { message: 'speakerkind: takes person, institution, anonymous or unknown', position: 18, length: 8 } });
    expect(() => parseQuery('speakerkind:pers*')).toThrow(QueryError);
    expect(tryParseQuery('speakerkind:')).toMatchObject({ ok: false, error: { message: expect.stringContaining('speakerkind:institution') } });
  });

  it('is explained in the help with an example that parses', () => {
    const entry = QUERY_HELP.find((h) => h.syntax.startsWith('speakerkind:'));
    expect(entry?.meaning).toMatch(/person.*institution.*anonymous.*unknown/);
    expect(tryParseQuery(entry?.example ?? '').ok).toBe(true);
  });

  it('matches a document in memory by its speaker kind (topic rules)', () => {
    const matcher = compileMatcher(parseQuery('speakerkind:anonymous'));
    expect(matcher({ text: 'x', fields: { speakerkind: ['anonymous'] } })).toBe(true);
    expect(matcher({ text: 'x', fields: { speakerkind: ['person'] } })).toBe(false);
  });
});

let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.library.close());

const call = <T>(name: string, input: unknown) => app.call<T>(name, input);

describe('speakerkind: compiled to SQL', () => {
  const compile = (scope: 'articles' | 'statements', query: string) => new QueryCompiler(scope, new FieldResolver(app.library.db)).compile(parseQuery(query));

  it('asks the statements for their speaker kind, with the value as a parameter', () => {
    expect(compile('statements', 'speakerkind:institution')).toEqual({ sql: 's.speaker_kind = ?', params: ['institution'] });
    const articles = compile('articles', 'speakerkind:anonymous');
    expect(articles.sql).toContain('s2.speaker_kind = ?');
    expect(articles.sql).toContain("s2.status <> 'rejected'");
    expect(articles.params).toEqual(['anonymous']);
  });
});

// Plain sentences without a reporting verb, so that the extractor finds nothing and every statement below is one a
// person marked, with the kind of speaker they chose.
const TEXT = [
  'The ferry timetable for the spring season is out.',
  'Berths two and three reopen in April after repairs.',
  'Freight rates stay where they were last winter.',
  'The night crossing is cancelled until further notice.',
  'Passengers may book online from Monday.',
].join('\n\n');

async function markAll(): Promise<{ articleId: string }> {
  const { article } = await call<ClipResult>('clips.fromText', { text: TEXT, title: 'Ferry timetable', publishedAt: '2026-03-02' });
  expect(await call<StatementInfo[]>('statements.list', { articleId: article.id })).toEqual([]);
  const mark = async (words: string, speaker: string | null, speakerKind?: 'institution' | 'anonymous') => {
    const start = TEXT.indexOf(words);
    const added = await call<StatementInfo>('statements.add', { articleId: article.id, start, end: start + words.length, speaker, kind: 'reported' });
    return speakerKind ? call<StatementInfo>('statements.correct', { id: added.id, speakerKind }) : added;
  };
  expect((await mark('The ferry timetable for the spring season is out', 'Leyla Hasanova')).speakerKind).toBe('person');
  expect((await mark('Berths two and three reopen in April', 'Nino Beridze')).speakerKind).toBe('person');
  expect((await mark('Freight rates stay where they were', 'the port authority', 'institution')).speakerKind).toBe('institution');
  expect((await mark('The night crossing is cancelled', 'a source at the port', 'anonymous')).speakerKind).toBe('anonymous');
  expect((await mark('Passengers may book online', null)).speakerKind).toBe('unknown');
  return { articleId: article.id };
}

const statements = (query: string) => call<SearchResult<StatementSearchHit>>('search.statements', { query, facets: true });
const counts = (result: SearchResult<StatementSearchHit>) => Object.fromEntries((result.facets?.speakerKinds ?? []).map((f) => [f.value, f.count]));

describe('speakerkind: in search and the speaker kind facet', () => {
  it('finds exactly the statements whose speaker is of that kind', async () => {
    await markAll();
    const words = async (query: string) => (await statements(query)).items.map((hit) => hit.text).sort();
    expect(await words('speakerkind:person')).toEqual(['Berths two and three reopen in April', 'The ferry timetable for the spring season is out']);
    expect(await words('speakerkind:institution')).toEqual(['Freight rates stay where they were']);
    expect(await words('speakerkind:anonymous')).toEqual(['The night crossing is cancelled']);
    expect(await words('speakerkind:unknown')).toEqual(['Passengers may book online']);
    expect(await words('April speakerkind:person')).toEqual(['Berths two and three reopen in April']);
    expect(await words('April speakerkind:institution')).toEqual([]);
    expect(await words('speakerkind:institution OR speakerkind:anonymous')).toEqual(['Freight rates stay where they were', 'The night crossing is cancelled']);
    expect((await statements('-speakerkind:person')).total).toBe(3);
  });

  it('finds the clips that have a statement by such a speaker', async () => {
    const { articleId } = await markAll();
    const clips = (query: string) => call<SearchResult<ArticleSearchHit>>('search.articles', { query });
    expect((await clips('speakerkind:anonymous')).items.map((hit) => hit.id)).toEqual([articleId]);
    const [anonymous] = (await call<StatementInfo[]>('statements.list', { articleId })).filter((s) => s.speakerKind === 'anonymous');
    await call('statements.correct', { id: anonymous!.id, status: 'rejected' });
    expect((await clips('speakerkind:anonymous')).total).toBe(0);
  });

  it('counts the results by speaker kind, for the current query', async () => {
    await markAll();
    expect(counts(await statements(''))).toEqual({ person: 2, institution: 1, anonymous: 1, unknown: 1 });
    expect(counts(await statements('April OR Freight'))).toEqual({ person: 1, institution: 1 });
    expect(counts(await statements('speakerkind:institution'))).toEqual({ institution: 1 });
    // The largest group first.
    expect((await statements('')).facets?.speakerKinds[0]).toEqual({ value: 'person', label: 'person', count: 2 });
  });

  it('counts a rejected statement nowhere', async () => {
    const { articleId } = await markAll();
    const [institution] = (await call<StatementInfo[]>('statements.list', { articleId })).filter((s) => s.speakerKind === 'institution');
    await call('statements.correct', { id: institution!.id, status: 'rejected' });
    expect(counts(await statements(''))).toEqual({ person: 2, anonymous: 1, unknown: 1 });
  });

  it('counts the clips by the kinds of their speakers in clip search', async () => {
    await markAll();
    await call<ClipResult>('clips.fromText', { text: 'A second note on the timetable, with nothing said in it.', title: 'Second note', publishedAt: '2026-03-03' });
    const result = await call<SearchResult<ArticleSearchHit>>('search.articles', { query: 'timetable', facets: true });
    expect(result.total).toBe(2);
    expect(Object.fromEntries((result.facets?.speakerKinds ?? []).map((f) => [f.value, f.count]))).toEqual({ person: 1, institution: 1, anonymous: 1, unknown: 1 });
  });
});
