// Organizing through the routes: topics with rules (on import, as a job, removals kept), tags (many at once,
// rename, merge), annotations (created from a selection, re-anchored or orphaned when the text changes, exported
// as W3C Web Annotations) and tone (suggested, then set by a person).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  AnnotationPage, AnnotationRecord, ArticleOrganization, ClipResult, JobInfo, RulePreview, StatementInfo, TagRecord, TextUpdateResult, ToneState, TopicRecord,
} from '../../electron/api/types';
import { testApp, type TestApp } from '../helpers/app';
import { fixture, seedText } from '../helpers/library';

let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.library.close());

const call = <T>(name: string, input: unknown) => app.call<T>(name, input);
const clip = async (text: string) => (await call<ClipResult>('clips.fromText', { text })).article;
const organization = (articleId: string) => call<ArticleOrganization>('organize.article', { articleId });

const CORRIDOR = `Ferries across the Caspian

Georgia and Kazakhstan agreed on Tuesday to expand ferry capacity on the Middle Corridor, the trade route that links China to Europe.

“The Trans-Caspian International Transport Route is ready to take more cargo,” the minister said.

The delegation will travel to Aktau in May.`;

describe('topics', () => {
  it('refuses a rule that does not parse, saying where, and keeps nothing', async () => {
    const error = await app.fails('topics.create', { name: 'Middle Corridor', rule: '"Middle Corridor" OR (' });
    expect(error.code).toBe('INVALID_QUERY');
    expect(error.message).toMatch(/at character \d+/);
    expect(await call<TopicRecord[]>('topics.list', {})).toEqual([]);
  });

  it('previews a rule while it is written, with the matched words marked', async () => {
    await clip(CORRIDOR);
    const preview = await call<RulePreview>('topics.preview', { rule: '"Middle Corridor" OR "Trans-Caspian International Transport Route"' });
    expect(preview).toMatchObject({ error: null, articleCount: 1, statementCount: 1, scannedArticles: 1 });
    const statementHit = preview.hits.find((h) => h.kind === 'statement')!;
    const [s, e] = statementHit.highlights[0]!;
    expect(statementHit.text.slice(s, e)).toMatch(/Trans/);
    const broken = await call<RulePreview>('topics.preview', { rule: 'corridor NEAR/' });
    expect(broken.error).toMatchObject({ position: expect.any(Number) });
    expect(broken.hits).toEqual([]);
  });

  it('applies a new rule to the library as a job and to clips that arrive later; a removal survives re-running', async () => {
    const first = await clip(CORRIDOR);
    const { topic: connectivity } = await call<{ topic: TopicRecord }>('topics.create', { name: 'Connectivity' });
    const { topic, job } = await call<{ topic: TopicRecord; job: JobInfo }>('topics.create', { name: 'Middle Corridor', parentId: connectivity.id, rule: '"Middle Corridor" OR "Trans-Caspian International Transport Route"' });
    expect(topic.path).toBe('Connectivity > Middle Corridor');
    expect(await app.services.jobs.finished(job.id)).toMatchObject({ state: 'done' });
    const org = await organization(first.id);
    expect(org.topics).toEqual([expect.objectContaining({ path: 'Connectivity > Middle Corridor', origin: 'rule', status: 'suggested' })]);
    const [statementId] = Object.keys(org.statements);
    expect(org.statements[statementId!]!.topics.map((t) => t.name)).toEqual(['Middle Corridor']);

    // A person removes it from the article; the rules run again; it stays removed.
    await call('topics.assign', { targets: [{ kind: 'article', id: first.id }], topicId: topic.id, status: 'removed' });
    const again = await call<JobInfo>('topics.apply', {});
    await app.services.jobs.finished(again.id);
    expect((await organization(first.id)).topics).toEqual([expect.objectContaining({ status: 'removed', origin: 'rule' })]);
    expect((await call<TopicRecord[]>('topics.list', {})).find((t) => t.id === topic.id)).toMatchObject({ articleCount: 0, statementCount: 1 });

    // A clip that arrives later gets the topic at once, without a job.
    const later = await clip('Rail freight on the Middle Corridor doubled this year, the railway said in a statement on Monday.');
    expect((await organization(later.id)).topics.map((t) => t.name)).toEqual(['Middle Corridor']);
  });

  it('counts a parent’s clips over its subtopics, each clip once, and sums the rules’ job in distinct clips', async () => {
    const ferry = await clip(CORRIDOR);
    await clip('Rail freight on the Middle Corridor doubled this year, the railway said in a statement on Monday.');
    await clip('Farmers in the valley expect a good harvest after the spring rains.');
    const { topic: parent } = await call<{ topic: TopicRecord }>('topics.create', { name: 'Connectivity' });
    const { job: first } = await call<{ job: JobInfo }>('topics.create', { name: 'Middle Corridor', parentId: parent.id, rule: '"Middle Corridor"' });
    const { job: second } = await call<{ job: JobInfo }>('topics.create', { name: 'Ferries', parentId: parent.id, rule: 'ferry OR ferries' });
    await app.services.jobs.finished(first!.id);
    await app.services.jobs.finished(second!.id);
    const byName = (list: TopicRecord[], name: string) => list.find((t) => t.name === name);
    const listed = await call<TopicRecord[]>('topics.list', {});
    expect(byName(listed, 'Middle Corridor')).toMatchObject({ articleCount: 2 });
    expect(byName(listed, 'Ferries')).toMatchObject({ articleCount: 1 });
    // The ferry clip is under both subtopics: the parent holds two clips, not three.
    expect(byName(listed, 'Connectivity')).toMatchObject({ articleCount: 2 });

    const all = await call<JobInfo>('topics.apply', {});
    const done = await app.services.jobs.finished(all.id);
    expect(done.message).toMatch(/^2 clips and \d+ statements? match;/);

    const one = await call<JobInfo>('topics.apply', { topicIds: [byName(listed, 'Ferries')!.id] });
    expect((await app.services.jobs.finished(one.id)).message).toMatch(/^1 clip and /);

    // A clip in the trash leaves the counts.
    await call('articles.trash', { ids: [ferry.id] });
    expect(byName(await call<TopicRecord[]>('topics.list', {}), 'Connectivity')).toMatchObject({ articleCount: 1 });
  });

  it('keeps a confirmed topic when its rule changes and no longer matches, and withdraws the rest', async () => {
    const a = await clip(CORRIDOR);
    const b = await clip('The Middle Corridor carried more containers in March, officials in Baku said on Friday.');
    const { topic, job } = await call<{ topic: TopicRecord; job: JobInfo }>('topics.create', { name: 'Corridor', rule: '"Middle Corridor"' });
    await app.services.jobs.finished(job.id);
    await call('topics.assign', { targets: [{ kind: 'article', id: a.id }], topicId: topic.id, status: 'confirmed' });
    const changed = await call<{ job: JobInfo }>('topics.update', { id: topic.id, rule: 'Aktau' });
    await app.services.jobs.finished(changed.job.id);
    expect((await organization(a.id)).topics).toEqual([expect.objectContaining({ status: 'confirmed' })]);
    expect((await organization(b.id)).topics).toEqual([]);
  });

  it('refuses a topic moved under its own subtopic and a name used twice among siblings', async () => {
    const { topic: parent } = await call<{ topic: TopicRecord }>('topics.create', { name: 'Energy' });
    const { topic: child } = await call<{ topic: TopicRecord }>('topics.create', { name: 'Renewables', parentId: parent.id });
    expect((await app.fails('topics.update', { id: parent.id, parentId: child.id })).message).toMatch(/under itself/);
    expect((await app.fails('topics.create', { name: 'energy' })).code).toBe('TOPIC_EXISTS');
  });

  it('installs the starter taxonomy once, and the seed’s statements land in its topics', async () => {
    const seed = seedText();
    if (seed) await clip(seed);
    const { created, job } = await call<{ created: number; job: JobInfo | null }>('topics.installStarter', {});
    expect(created).toBeGreaterThan(30);
    // The empty tree's offer names this number: it is what installing creates, not a round figure.
    expect(await call<{ topics: number }>('topics.starterSize', {})).toEqual({ topics: created });
    if (job) await app.services.jobs.finished(job.id);
    expect((await call<{ created: number }>('topics.installStarter', {})).created).toBe(0);
    if (!seed) return;
    const topics = await call<TopicRecord[]>('topics.list', {});
    for (const name of ['Belt and Road Initiative', 'Middle Corridor', 'Digital transformation', 'Green growth', 'Electric vehicles']) {
      const topic = topics.find((t) => t.name.toLocaleLowerCase() === name.toLocaleLowerCase());
      expect(topic, name).toBeDefined();
      expect(topic!.statementCount, name).toBeGreaterThan(0);
    }
  });
});

describe('tags', () => {
  it('tags many things at once, renames, merges and refuses a clashing name', async () => {
    const a = await clip(CORRIDOR);
    const b = await clip(fixture('pasted-interview.txt'));
    const statements = await call<StatementInfo[]>('statements.list', { articleId: b.id });
    await call('tags.apply', { targets: [{ kind: 'article', id: a.id }, { kind: 'article', id: b.id }, { kind: 'statement', id: statements[0]!.id }], add: ['Caspian', 'for the digest'] });
    let tags = await call<TagRecord[]>('tags.list', {});
    expect(tags.map((t) => [t.name, t.articleCount, t.statementCount])).toEqual([
      ['Caspian', 2, 1],
      ['for the digest', 2, 1],
    ]);
    const [caspian, digest] = tags as [TagRecord, TagRecord];
    expect((await app.fails('tags.update', { id: digest.id, name: 'CASPIAN' })).code).toBe('TAG_EXISTS');
    await call('tags.update', { id: digest.id, name: 'Digest', color: '#123456' });
    await call('tags.merge', { fromId: caspian.id, intoId: digest.id });
    tags = await call<TagRecord[]>('tags.list', {});
    expect(tags).toEqual([expect.objectContaining({ name: 'Digest', color: '#123456', articleCount: 2, statementCount: 1 })]);
    expect((await organization(a.id)).tags.map((t) => t.name)).toEqual(['Digest']);
    expect((await app.fails('tags.apply', { targets: [{ kind: 'article', id: a.id }], add: ['   '] })).code).toBe('INVALID_INPUT');
  });
});

describe('annotations', () => {
  it('highlights a selection with a note and tags, finds notes by search, and exports W3C Web Annotations', async () => {
    const article = await clip(CORRIDOR);
    const start = article.text.indexOf('expand ferry capacity');
    const created = await call<AnnotationRecord>('annotations.create', { articleId: article.id, start, end: start + 'expand ferry capacity'.length, note: 'Check the tonnage figures', tags: ['follow-up'] });
    expect(created).toMatchObject({ exact: 'expand ferry capacity', anchorStatus: 'exact', tags: [expect.objectContaining({ name: 'follow-up' })] });
    const found = await call<AnnotationPage>('annotations.list', { search: 'tonnage' });
    expect(found.items.map((a) => a.id)).toEqual([created.id]);
    const exported = (await call<Record<string, unknown>>('annotations.export', { articleId: article.id })) as { '@context': unknown; first: { items: Array<Record<string, unknown>> } };
    expect(JSON.stringify(exported['@context'])).toContain('http://www.w3.org/ns/anno.jsonld');
    const item = JSON.stringify(exported.first.items[0]);
    expect(item).toContain('TextQuoteSelector');
    expect(item).toContain('expand ferry capacity');
    expect(item).toContain('Check the tonnage figures');
    expect(item).toContain('follow-up');
  });

  it('re-anchors highlights when the text is edited: kept, moved, or orphaned and listed, never lost', async () => {
    const article = await clip(CORRIDOR);
    const at = (words: string) => ({ articleId: article.id, start: article.text.indexOf(words), end: article.text.indexOf(words) + words.length });
    const kept = await call<AnnotationRecord>('annotations.create', at('Georgia and Kazakhstan agreed'));
    const moved = await call<AnnotationRecord>('annotations.create', at('travel to Aktau in May'));
    const doomed = await call<AnnotationRecord>('annotations.create', at('links China to Europe'));
    const edited = article.text.replace('the trade route that links China to Europe', 'a new trade route').replace('The delegation', 'Early next year the delegation');
    const result = await call<TextUpdateResult>('articles.updateText', { id: article.id, text: edited });
    expect(result.annotations).toEqual({ kept: 1, moved: 1, orphaned: 1 });
    const after = await call<AnnotationPage>('annotations.list', { articleId: article.id });
    const byId = new Map(after.items.map((a) => [a.id, a]));
    expect(byId.get(kept.id)).toMatchObject({ anchorStatus: 'exact', start: 0 });
    const m = byId.get(moved.id)!;
    expect(edited.slice(m.start!, m.end!)).toBe('travel to Aktau in May');
    expect(byId.get(doomed.id)).toMatchObject({ anchorStatus: 'orphaned', start: null, exact: 'links China to Europe' });
    expect((await call<AnnotationPage>('annotations.list', { orphanedOnly: true })).items.map((a) => a.id)).toEqual([doomed.id]);
    // A person places the orphan again.
    const place = edited.indexOf('a new trade route');
    expect(await call<AnnotationRecord>('annotations.place', { id: doomed.id, start: place, end: place + 5 })).toMatchObject({ anchorStatus: 'exact', exact: 'a new' });
  });

  it('highlights right-to-left text and attaches a note to a statement', async () => {
    const text = 'قال وزير الخارجية إن المحادثات كانت مثمرة.\n\n«نحن مستعدون لتوسيع التعاون في مجال النقل»، قال الوزير.';
    const article = await clip(text);
    const words = 'المحادثات كانت مثمرة';
    const start = article.text.indexOf(words);
    const highlight = await call<AnnotationRecord>('annotations.create', { articleId: article.id, start, end: start + words.length, color: '#a5d8ff' });
    expect(article.text.slice(highlight.start!, highlight.end!)).toBe(words);
    const edited = await call<TextUpdateResult>('articles.updateText', { id: article.id, text: `عاجل: ${article.text}` });
    expect(edited.annotations).toEqual({ kept: 0, moved: 1, orphaned: 0 });
    const [after] = (await call<AnnotationPage>('annotations.list', { articleId: article.id })).items;
    expect(edited.article.text.slice(after!.start!, after!.end!)).toBe(words);
  });

  it('refuses an empty or whitespace-only selection and a statement from another article', async () => {
    const article = await clip(CORRIDOR);
    expect((await app.fails('annotations.create', { articleId: article.id, start: 5, end: 5 })).code).toBe('INVALID_INPUT');
    const space = article.text.indexOf('\n\n');
    expect((await app.fails('annotations.create', { articleId: article.id, start: space, end: space + 2 })).code).toBe('INVALID_INPUT');
    const other = await clip(fixture('pasted-interview.txt'));
    const [statement] = await call<StatementInfo[]>('statements.list', { articleId: other.id });
    expect((await app.fails('annotations.create', { articleId: article.id, start: 0, end: 7, statementId: statement!.id })).message).toMatch(/not in this article/);
  });
});

describe('tone', () => {
  it('suggests a tone on arrival and keeps a person’s choice apart from the suggestion', async () => {
    const article = await clip('Talks collapse\n\nThe ministry condemned the provocation and warned of new sanctions after the attack on the border post.');
    const org = await organization(article.id);
    expect(org.tone).toMatchObject({ tone: null, suggested: 'negative' });
    expect(await call<ToneState>('tone.set', { kind: 'article', id: article.id, tone: 'neutral' })).toMatchObject({ tone: 'neutral', suggested: 'negative' });
    expect((await app.fails('tone.set', { kind: 'statement', id: article.id, tone: 'neutral' })).code).toBe('NOT_FOUND');
  });
});
