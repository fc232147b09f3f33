// Search through the routes: the query language over clips and statements in every script, fields resolved through
// the registry and the taxonomy, facets, ranking, and saved searches that flag new clips as they arrive.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  ArticleSearchHit, ClipResult, OfficialSummary, SavedSearch, SearchResult, StatementInfo, StatementSearchHit, TopicRecord,
} from '../../electron/api/types';
import { testApp, type TestApp } from '../helpers/app';
import { openLibrary, type Library } from '../../db/connection';
import { seedText, tempLibraryPath } from '../helpers/library';

let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.library.close());

const call = <T>(name: string, input: unknown) => app.call<T>(name, input);
const clip = async (text: string, extra: Record<string, unknown> = {}) => (await call<ClipResult>('clips.fromText', { text, ...extra })).article;
const articles = (query: string, extra: Record<string, unknown> = {}) => call<SearchResult<ArticleSearchHit>>('search.articles', { query, ...extra });
const statements = (query: string, extra: Record<string, unknown> = {}) => call<SearchResult<StatementSearchHit>>('search.statements', { query, ...extra });
const titles = async (query: string) => (await articles(query, { sort: 'oldest' })).items.map((h) => h.title);

const EN = 'Ferries across the Caspian\n\nGeorgia and Kazakhstan agreed to expand ferry capacity on the Middle Corridor, officials said on Tuesday.';
const RU = 'Паромы через Каспий\n\nМинистр транспорта Марат Карабаев заявил, что строительство терминала в порту Актау начнется осенью.';
const AZ = 'Orta Dəhliz genişlənir\n\nHikmət Hacıyev bildirib ki, Azərbaycan Orta Dəhlizin inkişafına böyük töhfə verir və bu layihə regionu birləşdirir.';
const ZH = '一带一路与中间走廊\n\n阿塞拜疆总统助理表示，一带一路倡议与中间走廊相互补充，将促进地区互联互通。';
const AR = 'ممر النقل\n\nقَالَ الوَزِيرُ إن الممر الأوسط سيربط آسيا بأوروبا خلال السنوات المقبلة.';

describe('the query language over clips', () => {
  beforeEach(async () => {
    await clip(EN, { publishedAt: '2024-01-15' });
    await clip(RU, { publishedAt: '2024-02-10' });
    await clip(AZ, { publishedAt: '2024-03-05' });
    await clip(ZH, { publishedAt: '2024-03-20' });
    await clip(AR, { publishedAt: '2024-04-02' });
  });

  it('finds words, phrases, prefixes and NEAR, with AND, OR and NOT', async () => {
    expect(await titles('ferry')).toEqual(['Ferries across the Caspian']);
    expect(await titles('"Middle Corridor"')).toEqual(['Ferries across the Caspian']);
    expect(await titles('"corridor middle"')).toEqual([]);
    expect(await titles('ferr*')).toEqual(['Ferries across the Caspian']);
    expect(await titles('Georgia NEAR/3 ferry')).toEqual([]);
    expect(await titles('Georgia NEAR/8 ferry')).toEqual(['Ferries across the Caspian']);
    expect((await titles('Caspian OR Каспий')).length).toBe(2);
    expect(await titles('ferry NOT Tuesday')).toEqual([]);
    expect((await titles('-ferry')).length).toBe(4);
  });

  it('finds every script as people type it: diacritics, Azerbaijani letters, Cyrillic, Arabic, and one or two Chinese characters', async () => {
    expect(await titles('Hikmet Haciyev')).toEqual(['Orta Dəhliz genişlənir']);
    expect(await titles('Hikmət Hacıyev')).toEqual(['Orta Dəhliz genişlənir']);
    expect(await titles('dehliz*')).toEqual(['Orta Dəhliz genişlənir']);
    expect(await titles('Актау')).toEqual(['Паромы через Каспий']);
    expect(await titles('терминал*')).toEqual(['Паромы через Каспий']);
    expect(await titles('الوزير')).toEqual(['ممر النقل']);
    expect(await titles('一带')).toEqual(['一带一路与中间走廊']);
    expect(await titles('走')).toEqual(['一带一路与中间走廊']);
    expect(await titles('"中间走廊"')).toEqual(['一带一路与中间走廊']);
    expect(await titles('路走')).toEqual([]);
  });

  it('filters by language, date and outlet, and counts facets', async () => {
    expect(await titles('lang:ru')).toEqual(['Паромы через Каспий']);
    expect(await titles('after:2024-03 before:2024-04')).toEqual(['Orta Dəhliz genişlənir', '一带一路与中间走廊']);
    const all = await articles('', { facets: true });
    expect(all.total).toBe(5);
    expect(all.facets!.months.map((m) => [m.value, m.count])).toEqual([
      ['2024-01', 1],
      ['2024-02', 1],
      ['2024-03', 2],
      ['2024-04', 1],
    ]);
    expect(all.facets!.languages.find((l) => l.value === 'ru')?.count).toBe(1);
  });

  it('marks the matched words in the snippet and the title', async () => {
    const [hit] = (await articles('capacity OR Caspian')).items;
    const [s, e] = hit!.highlights[0]!;
    expect(hit!.snippet.slice(s, e)).toBe('capacity');
    const [ts, te] = hit!.titleHighlights[0]!;
    expect(hit!.title.slice(ts, te)).toBe('Caspian');
  });

  it('answers a query that does not parse with an error at its place and no results', async () => {
    const result = await articles('ferry AND (Caspian');
    expect(result.error).toMatchObject({ position: expect.any(Number) });
    expect(result.error!.message).toMatch(/parenthes/i);
    expect(result.items).toEqual([]);
    const field = await articles('speakr:Hajiyev');
    expect(field.error!.message).toMatch(/speaker/);
  });

  it('leaves the trash out and follows an edited text', async () => {
    const [hit] = (await articles('Актау')).items;
    await call('articles.trash', { ids: [hit!.id] });
    expect(await titles('Актау')).toEqual([]);
    await call('articles.restore', { ids: [hit!.id] });
    await call('articles.updateText', { id: hit!.id, text: 'Паромы пойдут из Баку ежедневно, сообщил министр.' });
    expect(await titles('Актау')).toEqual([]);
    expect(await titles('Баку')).toEqual(['Паромы через Каспий']);
  });
});

describe('statements by official and topic', () => {
  it('finds what an official said under any spelling of his name, by topic, kind and period', async () => {
    const seed = seedText();
    if (!seed) return;
    await clip(seed);
    const [proposal] = await call<OfficialSummary[]>('officials.list', { status: 'proposed' });
    await call('officials.accept', { id: proposal!.id });
    await call('officials.addAlias', { id: proposal!.id, alias: 'Хикмет Гаджиев' });
    for (const spelling of ['"Hikmet Hajiyev"', '"Хикмет Гаджиев"', 'Hajiyev', '"Hikmət Hacıyev"']) {
      expect((await statements(`official:${spelling}`)).total, spelling).toBe(7);
    }
    expect((await statements('official:Hajiyev kind:reported')).total).toBe(3);
    expect((await statements('speaker:Hajiyev "Middle Corridor"')).total).toBeGreaterThan(0);
    const { job } = await call<{ job: { id: string } }>('topics.installStarter', {});
    await app.services.jobs.finished(job.id);
    const topics = await call<TopicRecord[]>('topics.list', {});
    expect(topics.some((t) => t.name === 'Middle Corridor')).toBe(true);
    const corridor = await statements('official:"Hikmet Hajiyev" topic:"Middle Corridor"', { facets: true });
    expect(corridor.total).toBeGreaterThan(0);
    expect(corridor.items.every((s) => s.official === 'Hikmet Hajiyev' && s.topics.includes('Middle Corridor'))).toBe(true);
    expect(corridor.facets!.officials).toEqual([{ value: 'Hikmet Hajiyev', label: 'Hikmet Hajiyev', count: corridor.total }]);
    // A parent topic takes in its subtopics.
    const parent = topics.find((t) => t.id === topics.find((x) => x.name === 'Middle Corridor')!.parentId)!;
    expect((await statements(`topic:"${parent.name}"`)).total).toBeGreaterThanOrEqual(corridor.total);
    // Clips by who is quoted in them.
    expect((await articles('official:Hajiyev')).total).toBe(1);
  });

  it('follows a clip into the trash and back, a rejected statement, and a corrected date (statements keep their clip’s facts)', async () => {
    const article = await clip('Ports expand\n\n“We will open the terminal in April,” said Marat Karabayev. Nino Beridze said that the ferries would run every day.', { publishedAt: '2024-03-10' });
    expect((await statements('terminal OR ferries')).total).toBe(2);
    await call('articles.trash', { ids: [article.id] });
    expect((await statements('terminal OR ferries')).total).toBe(0);
    expect((await statements('terminal OR ferries', { sort: 'newest' })).total).toBe(0);
    await call('articles.restore', { ids: [article.id] });
    const [first] = await call<StatementInfo[]>('statements.list', { articleId: article.id });
    await call('statements.correct', { id: first!.id, status: 'rejected' });
    expect((await statements('terminal OR ferries')).total).toBe(1);
    expect((await statements('after:2024-03 before:2024-04')).total).toBe(1);
    await call('articles.update', { id: article.id, publishedAt: '2024-05-02' });
    expect((await statements('after:2024-03 before:2024-04')).total).toBe(0);
    expect((await statements('after:2024-05')).total).toBe(1);
  });

  it('searches statements by their words and tags, and mixes fields with OR and NOT', async () => {
    const article = await clip('Ports expand\n\n“We will open the terminal in April,” said Marat Karabayev. Nino Beridze said that the ferries would run every day.');
    const found = await call<StatementInfo[]>('statements.list', { articleId: article.id });
    expect(found).toHaveLength(2);
    await call('tags.apply', { targets: [{ kind: 'statement', id: found[0]!.id }], add: ['ports'] });
    expect((await statements('terminal')).items.map((s) => s.speaker)).toEqual(['Marat Karabayev']);
    expect((await statements('tag:ports')).total).toBe(1);
    expect((await statements('tag:ports OR speaker:Beridze')).total).toBe(2);
    expect((await statements('NOT tag:ports')).items.map((s) => s.speaker)).toEqual(['Nino Beridze']);
    expect((await statements('kind:direct')).total).toBe(1);
  });
});

describe('saved searches as watchlists', () => {
  it('counts clips that match when they arrive, flags them, and clears the count when opened', async () => {
    await clip(EN);
    const saved = await call<SavedSearch>('savedSearches.create', { name: 'Corridor', query: '"Middle Corridor" OR "Orta Dəhliz"' });
    expect(saved.newCount).toBe(0);
    const arrived = await clip(AZ);
    await clip(RU);
    const [listed] = await call<SavedSearch[]>('savedSearches.list', {});
    expect(listed!.newCount).toBe(1);
    const results = await articles(listed!.query, { savedSearchId: listed!.id, sort: 'newest' });
    expect(results.items.map((h) => [h.id === arrived.id, h.isNew])).toEqual([
      [true, true],
      [false, false],
    ]);
    expect((await call<SavedSearch>('savedSearches.markSeen', { id: listed!.id })).newCount).toBe(0);
    expect((await app.fails('savedSearches.create', { name: 'corridor', query: 'x' })).code).toBe('SAVED_SEARCH_EXISTS');
    expect((await app.fails('savedSearches.create', { name: 'Broken', query: 'a AND' })).code).toBe('INVALID_QUERY');
  });

  it('watches statements too', async () => {
    const saved = await call<SavedSearch>('savedSearches.create', { name: 'Karabayev', query: 'speaker:Karabayev', scope: 'statements' });
    await clip('Ports expand\n\n“We will open the terminal in April,” said Marat Karabayev.');
    expect((await call<SavedSearch[]>('savedSearches.list', {})).find((s) => s.id === saved.id)!.newCount).toBe(1);
  });
});

// A clip with one quotation written straight into an old library: today's services write today's columns.
function seedOldClip(db: Library['db'], { trashed }: { trashed: boolean }): { id: string } {
  const id = '7f1c2a8e-0000-4000-8000-000000000041';
  const text = 'Ports expand\n\n“We will open the terminal in April,” said Marat Karabayev.';
  const quote = 'We will open the terminal in April';
  db.prepare(
    `INSERT INTO articles (id, title, text, source_kind, content_hash, published_at, clipped_at, updated_at, deleted_at)
     VALUES (?, 'Ports expand', ?, 'paste', 'h-old', '2024-03-10', '2024-04-01T00:00:00Z', '2024-04-01T00:00:00Z', ?)`,
  ).run(id, text, trashed ? '2024-04-02T00:00:00Z' : null);
  db.prepare(
    `INSERT INTO statements (id, article_id, start_offset, end_offset, text, kind, speaker_name, created_at, updated_at)
     VALUES ('7f1c2a8e-0000-4000-8000-000000000042', ?, ?, ?, ?, 'direct', 'Marat Karabayev', 'now', 'now')`,
  ).run(id, text.indexOf(quote), text.indexOf(quote) + quote.length, quote);
  return { id };
}

describe('a library from before statements carried their clip’s facts (schema 10)', () => {
  it('fills them in for the statements it holds', async () => {
    const file = tempLibraryPath();
    const seeded = openLibrary(file, { upTo: 10 });
    const article = seedOldClip(seeded.db, { trashed: true });
    seeded.close();
    const upgraded = testApp(openLibrary(file));
    try {
      expect(upgraded.library.db.prepare('SELECT live, substr(sort_at, 1, 10) AS day FROM statements').all()).toEqual([{ live: 0, day: '2024-03-10' }]);
      await upgraded.call('articles.restore', { ids: [article.id] });
      expect((await upgraded.call<SearchResult<StatementSearchHit>>('search.statements', { query: 'terminal after:2024-03' })).total).toBe(1);
    } finally {
      upgraded.library.close();
    }
  });
});

describe('statements’ search rows (migration 12)', () => {
  const mirror = () =>
    app.library.db
      .prepare('SELECT s.id, s.kind, s.live, s.sort_at AS sortAt, s.official_id AS officialId FROM statements s ORDER BY s.rowid')
      .all();
  const rows = () =>
    app.library.db
      .prepare('SELECT r.id, r.kind, r.live, r.sort_at AS sortAt, r.official_id AS officialId FROM statement_search_rows r ORDER BY r.seq')
      .all();

  it('stay in step with the statements through corrections, rejection, the trash, date edits and deletion', async () => {
    const article = await clip('Ports expand\n\n“We will open the terminal in April,” said Marat Karabayev. Karabayev stressed that the ferries would run daily.', { publishedAt: '2024-03-10' });
    const [first, second] = await call<StatementInfo[]>('statements.list', { articleId: article.id });
    expect(rows()).toEqual(mirror());
    expect(rows()).toHaveLength(2);
    await call('statements.correct', { id: first!.id, kind: 'reported', speaker: 'Hikmet Hajiyev' });
    await call('statements.correct', { id: second!.id, status: 'rejected' });
    expect(rows()).toEqual(mirror());
    expect(rows().map((r) => (r as { live: number }).live)).toEqual([1, 0]);
    expect((await statements('kind:reported terminal')).total).toBe(1);
    await call('articles.trash', { ids: [article.id] });
    expect(rows()).toEqual(mirror());
    expect((await statements('terminal')).total).toBe(0);
    await call('articles.restore', { ids: [article.id] });
    await call('articles.update', { id: article.id, publishedAt: '2023-12-01' });
    expect(rows()).toEqual(mirror());
    expect((await statements('terminal before:2024-01-01')).total).toBe(1);
    await call('statements.correct', { id: second!.id, status: 'confirmed' });
    await call('articles.trash', { ids: [article.id] });
    await call('articles.purge', { ids: [article.id] });
    expect(mirror()).toEqual([]);
    expect(rows()).toEqual([]);
  });

  it('list each topic’s statements by rowid through assignment, removal, re-extraction and deletion', async () => {
    const topicRows = () => app.library.db.prepare('SELECT topic_id AS topic, statement_seq AS seq FROM statement_topic_rows ORDER BY 1, 2').all();
    const assigned = () =>
      app.library.db
        .prepare("SELECT x.topic_id AS topic, s.rowid AS seq FROM statement_topics x JOIN statements s ON s.id = x.statement_id WHERE x.status <> 'removed' ORDER BY 1, 2")
        .all();
    const { topic } = await call<{ topic: TopicRecord }>('topics.create', { name: 'Ports', rule: 'terminal OR ferries' });
    const article = await clip('Ports expand\n\n“We will open the terminal in April,” said Marat Karabayev. Nino Beridze said that the ferries would run every day.');
    const [first, second] = await call<StatementInfo[]>('statements.list', { articleId: article.id });
    expect(topicRows()).toHaveLength(2);
    expect(topicRows()).toEqual(assigned());
    await call('topics.assign', { targets: [{ kind: 'statement', id: first!.id }], topicId: topic.id, status: 'removed' });
    expect(topicRows()).toEqual(assigned());
    expect((await statements('topic:Ports')).items.map((h) => h.id)).toEqual([second!.id]);
    await call('topics.assign', { targets: [{ kind: 'statement', id: first!.id }], topicId: topic.id, status: 'confirmed' });
    expect(topicRows()).toHaveLength(2);
    const { id: job } = await call<{ id: string }>('statements.reextract', { articleIds: [article.id] });
    await app.services.jobs.finished(job);
    expect(topicRows()).toEqual(assigned());
    await call('articles.trash', { ids: [article.id] });
    await call('articles.purge', { ids: [article.id] });
    expect(topicRows()).toEqual([]);
    // A statement that takes a deleted one's rowid does not inherit its topics.
    await clip('Rail news\n\nAigerim Sadykova said that the new line would open in May.');
    expect(topicRows()).toEqual(assigned());
    expect((await statements('topic:Ports')).total).toBe(0);
  });

  it('are filled in for a library from schema 11', async () => {
    const file = tempLibraryPath();
    const seeded = openLibrary(file, { upTo: 11 });
    seedOldClip(seeded.db, { trashed: false });
    seeded.close();
    const upgraded = testApp(openLibrary(file));
    try {
      expect(upgraded.library.db.prepare('SELECT kind, live, substr(sort_at, 1, 10) AS day FROM statement_search_rows').all()).toEqual([{ kind: 'direct', live: 1, day: '2024-03-10' }]);
      expect((await upgraded.call<SearchResult<StatementSearchHit>>('search.statements', { query: 'terminal kind:direct' })).total).toBe(1);
    } finally {
      upgraded.library.close();
    }
  });
});

describe('a library from before search (schema 7)', () => {
  it('indexes the clips it already holds on the first search, Azerbaijani letters folded', async () => {
    const file = tempLibraryPath();
    const old = openLibrary(file, { upTo: 7 });
    old.db
      .prepare(
        `INSERT INTO articles (id, title, text, source_kind, content_hash, clipped_at, updated_at)
         VALUES ('7f1c2a8e-0000-4000-8000-000000000021', 'Orta Dəhliz', 'Hikmət Hacıyev danışıb.', 'paste', 'h1', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`,
      )
      .run();
    old.close();
    const upgraded = testApp(openLibrary(file));
    try {
      expect(upgraded.services.library.search.index.pending()).toBe(1);
      const result = await upgraded.call<SearchResult<ArticleSearchHit>>('search.articles', { query: 'hikmet hacıyev' });
      expect(result.items.map((h) => h.title)).toEqual(['Orta Dəhliz']);
      expect(upgraded.services.library.search.index.pending()).toBe(0);
    } finally {
      upgraded.library.close();
    }
  });
});

/** Many clips at once, straight into the table (the search index picks them up as dirty rows). */
function insertArticles(count: number, make: (i: number) => { text: string; published: string; language: string }): void {
  const db = app.library.db;
  const insert = db.prepare(
    `INSERT INTO articles (id, title, text, source_kind, content_hash, clipped_at, updated_at, published_at, language)
     VALUES (?, ?, ?, 'paste', ?, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const { text, published, language } = make(i);
      insert.run(`7f1c2a8e-0000-4000-8000-${String(i).padStart(12, '0')}`, `Report ${i}`, text, `h${i}`, published, language);
    }
  })();
}

describe('a large result set', () => {
  it('counts facets on a sample, says so, and stays close to the exact counts; totals match either way', async () => {
    insertArticles(6000, (i) => ({ text: `The minister spoke about ports, item ${i}.`, published: `2024-0${1 + (i % 3)}-15`, language: i % 4 === 0 ? 'ru' : 'en' }));
    const ranked = await articles('minister', { facets: true });
    const newest = await articles('minister', { facets: true, sort: 'newest' });
    expect(ranked.total).toBe(6000);
    expect(newest.total).toBe(6000);
    expect(ranked.facets!.approximate).toBe(true);
    const ru = ranked.facets!.languages.find((l) => l.value === 'ru')!.count;
    expect(Math.abs(ru - 1500) / 1500).toBeLessThan(0.2);
    expect(ranked.items).toHaveLength(100);
    expect(ranked.items[0]!.score).toBeGreaterThan(0);
    // A narrow query is counted exactly.
    const narrow = await articles('minister lang:ru after:2024-02 before:2024-03', { facets: true });
    expect(narrow.facets!.approximate).toBe(false);
    expect(narrow.total).toBe(narrow.facets!.languages.find((l) => l.value === 'ru')!.count);
  });

  it('pages through a result set the same whether its total and facets were already known or not', async () => {
    insertArticles(300, (i) => ({
      text: `The minister ${'spoke '.repeat(i % 7)}about ports, item ${i}.`,
      published: `2024-${String(1 + (i % 12)).padStart(2, '0')}-15`,
      language: i % 3 === 0 ? 'ru' : 'en',
    }));
    for (const [query, sort] of [['minister', 'relevance'], ['minister lang:en', 'relevance'], ['minister lang:en', 'oldest'], ['lang:ru', 'newest'], ['', 'newest']] as const) {
      const first = await articles(query, { sort, limit: 50, offset: 0, facets: true });
      const again = await articles(query, { sort, limit: 50, offset: 50, facets: true });
      const pages: string[] = [];
      for (let offset = 0; offset < first.total; offset += 50) pages.push(...(await articles(query, { sort, limit: 50, offset })).items.map((h) => h.id));
      // One read of everything, for comparison.
      const whole = (await articles(query, { sort, limit: 1000 })).items.map((h) => h.id);
      expect(pages, `${query} ${sort}`).toEqual(whole);
      expect(new Set(whole).size).toBe(first.total);
      expect(again.total).toBe(first.total);
      expect(again.facets).toEqual(first.facets);
    }
  });

  it('orders by date after a words-only query was scrolled in relevance order (its hits gathered without dates)', async () => {
    insertArticles(400, (i) => ({ text: `The minister ${'spoke '.repeat(i % 5)}about ports, item ${i}.`, published: `2024-${String(1 + ((i * 5) % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, language: 'en' }));
    const first = await articles('minister', { limit: 100, offset: 0 });
    const second = await articles('minister', { limit: 100, offset: 100 });
    expect(second.items.map((h) => h.id)).not.toEqual(first.items.map((h) => h.id));
    expect(second.items[0]!.score!).toBeLessThanOrEqual(first.items.at(-1)!.score!);
    const newest = await articles('minister', { sort: 'newest', limit: 400, offset: 0 });
    const dates = newest.items.map((h) => h.publishedAt!);
    expect(newest.total).toBe(400);
    expect(dates).toEqual([...dates].sort().reverse());
    const oldestNext = await articles('minister', { sort: 'oldest', limit: 100, offset: 100 });
    expect(oldestNext.items.map((h) => h.publishedAt!)).toEqual([...dates].reverse().slice(100, 200));
  });

  it('counts again as soon as the library changes', async () => {
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push((await clip(`Port news ${i}\n\nThe minister opened terminal ${i} in Aktau.`)).id);
    const before = await articles('minister lang:en', { facets: true });
    expect(before.total).toBe(4);
    await call('articles.trash', { ids: [ids[0]] });
    const after = await articles('minister lang:en', { facets: true, offset: 0 });
    expect(after.total).toBe(3);
    expect(after.facets!.languages.find((l) => l.value === 'en')?.count).toBe(3);
    expect(after.items.map((h) => h.id)).not.toContain(ids[0]);
    expect((await articles('minister', { facets: true })).total).toBe(3);
    await clip('Port news 9\n\nThe minister closed the old terminal.');
    expect((await articles('minister', { facets: true })).total).toBe(4);
    expect((await articles('minister lang:en')).total).toBe(4);
  });
});

describe('snippets', () => {
  it('marks every match inside the passage, also when the first one is far into a long clip', async () => {
    const filler = 'Nothing to see in this sentence at all. '.repeat(80);
    await clip(`Long report\n\n${filler}The ferry left port and another ferry followed. ${filler}`);
    const [hit] = (await articles('ferry')).items;
    const marked = hit!.highlights.map(([s, e]) => hit!.snippet.slice(s, e));
    expect(marked).toEqual(['ferry', 'ferry']);
    expect(hit!.snippet.startsWith('…')).toBe(true);
  });
});

describe('broad queries ranked by worker threads', () => {
  it('gives the page, the scores and the total that one thread gives, at every offset', async () => {
    // Term counts and lengths vary, so scores spread; every seventh clip repeats another's text, so ties occur too.
    insertArticles(1200, (i) => ({
      text: `The minister ${'spoke about ports '.repeat(1 + ((i % 7 === 0 ? i - 1 : i) % 5))}and rail ${'freight '.repeat((i * 7) % 11)}item.`,
      published: `2024-${String(1 + (i % 12)).padStart(2, '0')}-15`,
      language: 'en',
    }));
    const trashed = app.library.db.prepare<[], string>("SELECT id FROM articles WHERE title IN ('Report 3', 'Report 500')").pluck().all();
    await call('articles.trash', { ids: trashed });
    const { SearchService } = await import('../../electron/search/service');
    const one = new SearchService(app.library.db, { workers: 0 });
    for (const workers of [1, 3]) {
      const shared = new SearchService(app.library.db, { file: app.library.path, workers, parallelFrom: 1 });
      try {
        for (const query of ['minister', 'freight', '"spoke about"', 'port*', 'freight OR rail', 'NEAR(minister freight, 3)']) {
          for (const offset of [0, 100, 1100]) {
            const params = { query, sort: 'relevance' as const, offset, limit: 100, facets: false };
            const expected = one.articles(params);
            one.forgetResults();
            const got = shared.articles(params);
            shared.forgetResults();
            expect(got.total, `${query} @${offset}`).toBe(expected.total);
            expect(got.items.map((h) => [h.id, h.score]), `${query} @${offset}, ${workers} workers`).toEqual(expected.items.map((h) => [h.id, h.score]));
          }
        }
        expect(shared.rangesRankedByWorkers).toBeGreaterThan(0);
      } finally {
        shared.close();
      }
    }
    expect(one.articles({ query: 'minister', sort: 'relevance', offset: 0, limit: 2000, facets: false }).items.map((h) => h.id)).not.toContain(trashed[0]);
  });

  it('ranks in this thread when a worker cannot open the library', async () => {
    insertArticles(300, (i) => ({ text: `The minister ${'spoke '.repeat(i % 9)}about ports.`, published: '2024-03-01', language: 'en' }));
    const { SearchService } = await import('../../electron/search/service');
    const broken = new SearchService(app.library.db, { file: `${app.library.path}.missing`, workers: 1, parallelFrom: 1 });
    const one = new SearchService(app.library.db, { workers: 0 });
    try {
      const params = { query: 'minister', sort: 'relevance' as const, offset: 0, limit: 50, facets: false };
      expect(broken.articles(params).items.map((h) => h.id)).toEqual(one.articles(params).items.map((h) => h.id));
      broken.forgetResults();
      expect(broken.articles({ ...params, offset: 50 }).items).toHaveLength(50);
      expect(broken.rangesRankedByWorkers).toBe(0);
    } finally {
      broken.close();
    }
  });
});
