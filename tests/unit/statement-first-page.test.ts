// The statements explorer's results first: search.statementPage gives the rows of the combined search.statements
// alone, and search.facets (scope statements) its total and facets, over clips with many statements, in every
// order and for fields as well as words; an explorer request overtaken by a newer one of its box counts nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClipResult, SearchPage, SearchResult, SearchSummary, StatementSearchHit } from '../../electron/api/types';
import { testApp, type TestApp } from '../helpers/app';
import { statementClip } from '../helpers/statement-clips';

const CLIPS = 24;
let app: TestApp;

beforeAll(async () => {
  app = testApp();
  for (let n = 0; n < CLIPS; n++) {
    const clip = statementClip(n);
    await app.call<ClipResult>('clips.fromText', { text: clip.text, outlet: clip.outlet, publishedAt: clip.publishedAt });
  }
}, 120_000);
afterAll(async () => {
  await app.services.close();
  app.library.close();
});

/** The combined search keeps its count and facets for the query; forgotten, the split requests count their own. */
const forget = () => app.services.library.search.forgetResults();

const combined = (query: string, extra: Record<string, unknown>) => app.call<SearchResult<StatementSearchHit>>('search.statements', { query, facets: true, ...extra });
const page = (query: string, extra: Record<string, unknown>) => app.call<SearchPage<StatementSearchHit>>('search.statementPage', { query, ...extra });
const summary = (query: string, extra: Record<string, unknown> = {}) => app.call<SearchSummary>('search.facets', { scope: 'statements', query, ...extra });

const CASES = [
  ['ferry', 'relevance'],
  ['ferry tariff', 'relevance'],
  ['tariff', 'newest'],
  ['customs', 'oldest'],
  ['speakerkind:person', 'newest'],
  ['cargo speakerkind:anonymous', 'relevance'],
  ['kind:reported port', 'oldest'],
  ['', 'newest'],
] as const;

describe('a statement page and its facets asked for apart', () => {
  it('find statements of every kind in the generated clips', async () => {
    const all = await combined('', { limit: 1 });
    expect(all.total).toBeGreaterThanOrEqual(CLIPS * 2);
    const kinds = new Map(all.facets!.speakerKinds.map((k) => [k.value, k.count]));
    expect(kinds.get('person') ?? 0).toBeGreaterThan(0);
    expect(kinds.get('anonymous') ?? 0).toBeGreaterThan(0);
  });

  it('give the combined search’s rows, total and facets, whichever is asked first', async () => {
    for (const [i, [query, sort]] of CASES.entries()) {
      const label = `${query || '(no query)'} ${sort}`;
      const whole = await combined(query, { sort, limit: 7 });
      expect(whole.total, label).toBeGreaterThan(7);
      forget();
      const counted = i % 2 === 0 ? await summary(query) : null;
      const rows = await page(query, { sort, limit: 7, lane: 'explorer' });
      const facets = counted ?? (await summary(query, { lane: 'explorer' }));
      expect(rows.items, label).toEqual(whole.items);
      expect(rows.more, label).toBe(true);
      if (rows.total !== null) expect(rows.total, label).toBe(whole.total);
      expect(facets.superseded, label).toBe(false);
      expect(facets.total, label).toBe(whole.total);
      expect(facets.facets, label).toEqual(whole.facets);
    }
  });

  it('page to the end by `more` alone through every hit the combined search counts, in its order', async () => {
    const ids: string[] = [];
    for (let offset = 0; ; offset += 9) {
      const next = await page('ferry', { sort: 'newest', offset, limit: 9 });
      ids.push(...next.items.map((h) => h.id));
      if (!next.more) break;
    }
    const whole = await combined('ferry', { sort: 'newest', limit: 1000 });
    expect(ids).toEqual(whole.items.map((h) => h.id));
    expect(ids.length).toBe(whole.total);
  });

  it('leave the facets of a query typed over uncounted, and count the newest', async () => {
    const [older, , newer] = await Promise.all([summary('ferry', { lane: 'explorer' }), page('ferry tariff', { lane: 'explorer' }), summary('ferry tariff', { lane: 'explorer' })]);
    expect(older.superseded).toBe(true);
    expect(older.facets).toBeNull();
    expect(newer.superseded).toBe(false);
    forget();
    const whole = await combined('ferry tariff', {});
    expect(newer.total).toBe(whole.total);
    expect(newer.facets).toEqual(whole.facets);
  });
});
