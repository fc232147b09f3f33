// Syndication: near-duplicates from other outlets grouped (MinHash + LSH), with the threshold as a setting.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../db/connection';
import type { ArticlePage, ClipResult, JobInfo, SyndicationGroup } from '../../electron/api/types';
import { shingles, signature, similarity } from '../../electron/clipping/minhash';
import { createServices, type AppServices } from '../../electron/services';
import { testApp, type TestApp } from '../helpers/app';
import { syndicationCatchUp } from '../../electron/library/syndication-job';
import { tempLibraryPath } from '../helpers/library';

const STORY = [
  'Kazakhstan and Azerbaijan signed an agreement on Friday to double the number of ferries crossing the Caspian Sea between Aktau and Alat.',
  'Both governments describe the step as central to the Middle Corridor trade route linking China and Europe.',
  '“This agreement gives shippers what they have asked us for: regular sailings and a single customs window,” the transport minister said.',
  'The port of Aktau expects to handle four million tonnes of transit cargo this year, up from 2.8 million last year.',
  'Officials said a new container terminal would open in the autumn, with cranes ordered from a Chinese manufacturer.',
  'Analysts said the agreement could shorten delivery times between western China and the Black Sea by up to a week.',
  'Freight forwarders welcomed the news but warned that ice in the northern Caspian still disrupts winter sailings.',
];

const original = `${STORY.join('\n\n')}\n\nSteppe Herald`;
const republished = `ASTANA, Feb. 14 — ${STORY.slice(0, 6).join('\n\n')}\n\nThe agreement was signed in Aktau in the presence of both prime ministers.`;
const unrelated = 'The national football team won its qualifying match on Saturday, scoring twice in the second half before a crowd of thirty thousand in Baku. The coach praised the defence and said the team would travel to Oslo next week.';

let app: TestApp;
let services: AppServices;
beforeEach(() => {
  app = testApp();
  services = app.services;
});
afterEach(() => app.library.close());

const call = <T>(name: string, input: unknown) => app.call<T>(name, input);

describe('MinHash', () => {
  it('estimates overlap: near 1 for a republished copy, near 0 for another story', () => {
    expect(similarity(signature(original), signature(original))).toBe(1);
    expect(similarity(signature(original), signature(republished))).toBeGreaterThan(0.6);
    expect(similarity(signature(original), signature(unrelated))).toBeLessThan(0.1);
    expect(shingles('one two').size).toBe(1);
    expect(shingles('阿塞拜疆总统助理').size).toBeGreaterThan(3);
  });
});

describe('syndication groups', () => {
  it('groups a republished story with the original, shows the group’s size and its representative', async () => {
    const first = await call<ClipResult>('clips.fromText', { text: original, outlet: 'Steppe Herald', publishedAt: '2025-02-14' });
    const second = await call<ClipResult>('clips.fromText', { text: republished, outlet: 'Caspian Wire', publishedAt: '2025-02-15' });
    const third = await call<ClipResult>('clips.fromText', { text: unrelated, outlet: 'Daily Ledger' });
    expect(second.article.syndicationGroup).toBe(first.article.id);
    expect(third.article.syndicationGroup).toBeNull();
    const page = await call<ArticlePage>('articles.list', {});
    expect(Object.fromEntries(page.items.map((a) => [a.outlet, a.syndicationSize]))).toEqual({ 'Steppe Herald': 2, 'Caspian Wire': 2, 'Daily Ledger': 1 });
    const group = await call<SyndicationGroup>('articles.syndication', { id: second.article.id });
    expect(group.representative?.outlet).toBe('Steppe Herald');
    expect(group.members.map((m) => m.outlet)).toEqual(['Steppe Herald', 'Caspian Wire']);
    // A member in the trash no longer counts.
    await call('articles.trash', { ids: [first.article.id] });
    expect((await call<SyndicationGroup>('articles.syndication', { id: second.article.id })).members).toHaveLength(1);
  });

  it('regroups the library when the threshold changes', async () => {
    await call('clips.fromText', { text: original, outlet: 'Steppe Herald' });
    const copy = await call<ClipResult>('clips.fromText', { text: republished, outlet: 'Caspian Wire' });
    expect((await call<{ syndicationThreshold: number }>('settings.get', {})).syndicationThreshold).toBe(0.6);
    const { job } = await call<{ job: JobInfo }>('settings.update', { syndicationThreshold: 0.95 });
    expect(await services.jobs.finished(job.id)).toMatchObject({ state: 'done', message: '0 clips in 0 syndication groups.' });
    expect(services.library.get(copy.article.id).syndicationGroup).toBeNull();
    const back = await call<{ job: JobInfo }>('settings.update', { syndicationThreshold: 0.5 });
    await services.jobs.finished(back.job.id);
    expect(services.library.get(copy.article.id).syndicationGroup).not.toBeNull();
    await expect(call('settings.update', { syndicationThreshold: 0.1 })).rejects.toThrow(/Below 0.3/);
  });

  it('indexes and groups clips from a library written before syndication existed', async () => {
    const file = tempLibraryPath();
    const old = openLibrary(file, { upTo: 4 });
    const insert = old.db.prepare("INSERT INTO articles (id, title, text, source_kind, content_hash, clipped_at, updated_at) VALUES (?, ?, ?, 'paste', ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')");
    insert.run('00000000-0000-4000-8000-000000000001', 'Ferries', original, 'h1');
    insert.run('00000000-0000-4000-8000-000000000002', 'Ferries again', republished, 'h2');
    old.close();
    const upgraded = openLibrary(file);
    const upgradedServices = createServices(upgraded);
    const job = syndicationCatchUp(upgradedServices.jobs, upgradedServices.library);
    expect(job).not.toBeNull();
    expect(await upgradedServices.jobs.finished(job!.id)).toMatchObject({ state: 'done', message: '2 clips in 1 syndication groups (2 older clips indexed first).' });
    expect(upgradedServices.library.get('00000000-0000-4000-8000-000000000002').syndicationGroup).toBe('00000000-0000-4000-8000-000000000001');
    expect(syndicationCatchUp(upgradedServices.jobs, upgradedServices.library)).toBeNull();
    upgraded.close();
  });
});
