// Results first: a page asked for alone (search.articlePage, search.statementPage) and its total and facets asked
// for apart (search.facets) give exactly what the combined search.articles gives in one answer, whatever order the
// two requests come in; and a facets request that a newer one of the same search box overtook counts nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleSearchHit, ClipResult, SearchPage, SearchResult, SearchSummary, StatementSearchHit } from '../../electron/api/types';
import { testApp, type TestApp } from '../helpers/app';

let combined: TestApp;
let split: TestApp;
beforeEach(() => {
  combined = testApp();
  split = testApp();
});
afterEach(() => {
  combined.library.close();
  split.library.close();
});

/** The same rows in both libraries, with ids that do not depend on the run. */
function insertArticles(count: number): void {
  for (const app of [combined, split]) {
    const insert = app.library.db.prepare(
      `INSERT INTO articles (id, title, text, source_kind, content_hash, clipped_at, updated_at, published_at, language)
       VALUES (?, ?, ?, 'paste', ?, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', ?, ?)`,
    );
    app.library.db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const text = `The ${i % 5 === 0 ? 'ombudsman' : 'minister'} ${'spoke '.repeat(i % 9)}about ports${i % 11 === 0 ? ' and ferries' : ''}, item ${i}.`;
        const published = i % 13 === 0 ? null : `202${3 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;
        insert.run(`5b2d9c4e-0000-4000-8000-${String(i).padStart(12, '0')}`, `Report ${i}`, text, `h${i}`, published, i % 4 === 0 ? 'ru' : 'en');
      }
    })();
  }
}

const old = (query: string, extra: Record<string, unknown>) => combined.call<SearchResult<ArticleSearchHit>>('search.articles', { query, facets: true, ...extra });
const page = (query: string, extra: Record<string, unknown>) => split.call<SearchPage<ArticleSearchHit>>('search.articlePage', { query, ...extra });
const facets = (query: string, extra: Record<string, unknown> = {}) => split.call<SearchSummary>('search.facets', { query, ...extra });

const CASES = [
  ['ombudsman', 'relevance'],
  ['minister', 'relevance'],
  ['minister', 'newest'],
  ['ferries lang:ru', 'relevance'],
  ['minister lang:en after:2024-03', 'oldest'],
  ['lang:ru', 'newest'],
  ['', 'oldest'],
  ['', 'newest'],
  ['"about ports" NOT ferries', 'relevance'],
] as const;

describe('the first page and the facets as two requests', () => {
  beforeEach(() => insertArticles(2600));

  it('give the combined search’s first page, total and facets, the page asked first or the facets first', async () => {
    for (const [i, [query, sort]] of CASES.entries()) {
      const whole = await old(query, { sort, limit: 50 });
      // Alternate the order, since either request can reach the library first.
      const [first, summary] = i % 2 === 0 ? [await page(query, { sort, limit: 50 }), await facets(query)] : [null, await facets(query)];
      const rows = first ?? (await page(query, { sort, limit: 50 }));
      const label = `${query || '(no query)'} ${sort}`;
      expect(rows.items, label).toEqual(whole.items);
      expect(rows.items.length, label).toBe(Math.min(50, whole.total));
      expect(rows.more, label).toBe(whole.total > 50);
      if (rows.total !== null) expect(rows.total, label).toBe(whole.total);
      expect(summary.total, label).toBe(whole.total);
      expect(summary.facets, label).toEqual(whole.facets);
      expect(summary.superseded).toBe(false);
    }
  });

  it('leaves the count to the facets request for words alone, and gives it where the page had to count anyway', async () => {
    expect((await page('minister', { sort: 'relevance' })).total).toBeNull();
    expect((await page('minister lang:en', { sort: 'relevance' })).total).toBe((await old('minister lang:en', {})).total);
    // Once counted, a later page of the same query knows its total.
    const counted = await facets('ombudsman');
    expect((await page('ombudsman', { sort: 'relevance', offset: 100 })).total).toBe(counted.total);
  });

  it('pages to the end by `more` alone and finds every hit the combined search counts', async () => {
    const seen: string[] = [];
    for (let offset = 0; ; offset += 200) {
      const next = await page('ombudsman', { sort: 'relevance', offset, limit: 200 });
      seen.push(...next.items.map((h) => h.id));
      if (!next.more) break;
    }
    const whole = await old('ombudsman', { limit: 1000 });
    expect(seen).toEqual(whole.items.map((h) => h.id));
    expect(new Set(seen).size).toBe(whole.total);
  });

  it('answers a query that does not parse with the same error on both requests', async () => {
    const whole = await old('minister AND (ports', {});
    const rows = await page('minister AND (ports', {});
    const summary = await facets('minister AND (ports');
    expect(whole.error).not.toBeNull();
    expect(rows.error).toEqual(whole.error);
    expect(summary.error).toEqual(whole.error);
    expect(rows.items).toEqual([]);
    expect(summary.facets).toBeNull();
  });
});

describe('a newer keystroke of the same search box', () => {
  beforeEach(() => insertArticles(300));

  it('makes an older facets request moot when it arrives before that one is counted', async () => {
    const [older, , newer] = await Promise.all([facets('minister', { lane: 'library' }), page('ombudsman', { lane: 'library' }), facets('ombudsman', { lane: 'library' })]);
    expect(older.superseded).toBe(true);
    expect(older.facets).toBeNull();
    expect(newer.superseded).toBe(false);
    expect(newer.total).toBe((await old('ombudsman', {})).total);
  });

  it('leaves another box’s requests alone, and requests without a lane', async () => {
    const [own, , laneless] = await Promise.all([facets('minister', { lane: 'library' }), page('ombudsman', { lane: 'explorer' }), facets('minister'), page('ports', {})]);
    expect(own.superseded).toBe(false);
    expect(laneless.superseded).toBe(false);
    expect(own.total).toBe((await old('minister', {})).total);
    expect(laneless.facets).toEqual(own.facets);
  });
});

describe('statements', () => {
  it('give the combined search’s first page and facets through their own two requests', async () => {
    const text = 'Ferry talks in Aktau\n\n“The ferry line will double its capacity next year,” the minister said on Tuesday. He added that the port “is ready for more ships.”';
    for (const app of [combined, split]) await app.call<ClipResult>('clips.fromText', { text, publishedAt: '2024-05-02' });
    const whole = await combined.call<SearchResult<StatementSearchHit>>('search.statements', { query: 'ferry OR port', facets: true });
    const rows = await split.call<SearchPage<StatementSearchHit>>('search.statementPage', { query: 'ferry OR port' });
    const summary = await split.call<SearchSummary>('search.facets', { scope: 'statements', query: 'ferry OR port' });
    expect(whole.total).toBeGreaterThan(0);
    // Ids are drawn afresh in each library; everything else is the same.
    const withoutIds = (hits: StatementSearchHit[]) => hits.map(({ id: _id, articleId: _article, officialId: _official, ...rest }) => rest);
    expect(withoutIds(rows.items)).toEqual(withoutIds(whole.items));
    expect(summary.total).toBe(whole.total);
    expect(summary.facets).toEqual(whole.facets);
  });
});
