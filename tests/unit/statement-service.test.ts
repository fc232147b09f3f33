// Statements in the library: found on clipping, linked to the registry of officials, corrected by people, and
// the corrections kept when statements are found again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../db/connection';
import type { ClipResult, JobInfo, OfficialDetail, OfficialSummary, StatementInfo, TimelineEntry } from '../../electron/api/types';
import { foldName, nameSkeleton } from '../../electron/statements/names';
import { createServices, type AppServices } from '../../electron/services';
import { testApp, type TestApp } from '../helpers/app';
import { fixture, seedText, tempLibraryPath } from '../helpers/library';

let app: TestApp;
let services: AppServices;
beforeEach(() => {
  app = testApp();
  services = app.services;
});
afterEach(() => app.library.close());

const call = <T>(name: string, input: unknown) => app.call<T>(name, input);

const interview = () => fixture('pasted-interview.txt');

describe('names across spellings and scripts', () => {
  it.each([
    ['Hikmet Hajiyev', 'Hikmət Hacıyev'],
    ['Hikmet Hajiyev', 'Хикмет Гаджиев'],
    ['Ilham Aliyev', 'İlham Əliyev'],
    ['Ilham Aliyev', 'Ильхам Алиев'],
    ['Mukhtar Babayev', 'Muxtar Babayev'],
    ['Jeyhun Bayramov', 'Джейхун Байрамов'],
  ])('%s = %s', (a, b) => {
    expect(nameSkeleton(a)).toBe(nameSkeleton(b));
  });

  it('folds case and diacritics, and keeps different people apart', () => {
    expect(foldName('HİKMƏT  Hacıyev')).toBe('hikmet haciyev');
    expect(nameSkeleton('Hikmet Hajiyev')).not.toBe(nameSkeleton('Ilham Aliyev'));
  });
});

describe('statements on clipping', () => {
  it('stores the interview’s statements and proposes the deputy minister with her role', async () => {
    const { article } = await call<ClipResult>('clips.fromText', { text: interview() });
    const statements = await call<StatementInfo[]>('statements.list', { articleId: article.id });
    expect(statements.map((s) => [s.kind, s.speakerName, s.status])).toEqual([
      ['reported', 'Nino Beridze', 'found'],
      ['direct', 'Nino Beridze', 'found'],
      ['reported', 'Nino Beridze', 'found'],
      ['direct', 'Nino Beridze', 'found'],
      ['reported', 'Nino Beridze', 'found'],
    ]);
    for (const s of statements) expect(article.text.slice(s.start, s.end)).toBe(s.text);
    const [proposed] = await call<OfficialSummary[]>('officials.list', { status: 'proposed' });
    expect(proposed).toMatchObject({ canonicalName: 'Nino Beridze', role: 'Deputy Minister of Economy and Sustainable Development of Georgia', statementCount: 5 });
    expect(statements.every((s) => s.officialId === proposed!.id && s.official === 'Nino Beridze')).toBe(true);
  });

  it.skipIf(seedText() === undefined)('proposes Hikmet Hajiyev with his full title from the seed, with his seven statements', async () => {
    const { article } = await call<ClipResult>('clips.fromText', { text: seedText()! });
    const [official] = await call<OfficialSummary[]>('officials.list', {});
    expect(official).toMatchObject({ canonicalName: 'Hikmet Hajiyev', status: 'proposed', statementCount: 7, role: 'Assistant to the President of Azerbaijan - Head of the Foreign Policy Affairs Department of the Presidential Administration' });
    expect((await call<StatementInfo[]>('statements.list', { articleId: article.id })).filter((s) => s.speakerName === 'Hikmet Hajiyev')).toHaveLength(7);
  });
});

describe('people correct the machine', () => {
  it('keeps rejections, speaker changes, span changes and added statements when statements are found again', async () => {
    const { article } = await call<ClipResult>('clips.fromText', { text: interview() });
    const [first, second, third, fourth] = await call<StatementInfo[]>('statements.list', { articleId: article.id });
    await call('statements.correct', { id: first!.id, status: 'rejected' });
    const corrected = await call<StatementInfo>('statements.correct', { id: second!.id, speaker: 'Marat Karabayev' });
    expect(corrected).toMatchObject({ status: 'corrected', speakerName: 'Marat Karabayev', officialId: null });
    const narrowed = await call<StatementInfo>('statements.correct', { id: third!.id, end: third!.end - 10 });
    expect(narrowed.text).toBe(article.text.slice(third!.start, third!.end - 10).trimEnd());
    await call('statements.correct', { id: fourth!.id, status: 'confirmed' });
    const closing = article.text.indexOf('Beridze also underlined');
    const added = await call<StatementInfo>('statements.add', { articleId: article.id, start: closing, end: closing + 23, speaker: 'Nino Beridze', kind: 'reported' });
    expect(added).toMatchObject({ origin: 'person', status: 'confirmed', text: 'Beridze also underlined' });

    const job = await call<JobInfo>('statements.reextract', { articleIds: [article.id] });
    expect(await services.jobs.finished(job.id)).toMatchObject({ state: 'done' });
    const after = await call<StatementInfo[]>('statements.list', { articleId: article.id });
    expect(after.find((s) => s.id === first!.id)).toMatchObject({ status: 'rejected' });
    expect(after.find((s) => s.id === second!.id)).toMatchObject({ speakerName: 'Marat Karabayev', status: 'corrected' });
    expect(after.find((s) => s.id === third!.id)).toMatchObject({ end: narrowed.end });
    expect(after.find((s) => s.id === added.id)).toBeDefined();
    // No machine finding came back on top of anything a person handled.
    const machine = after.filter((s) => s.origin === 'machine' && s.status === 'found');
    for (const m of machine) for (const p of after.filter((s) => s.status !== 'found' || s.origin === 'person')) expect(Math.min(m.end, p.end) - Math.max(m.start, p.start)).toBeLessThan(0.5 * Math.min(m.end - m.start, p.end - p.start));
  });

  it('splits and merges statements, and refuses spans outside the text', async () => {
    const { article } = await call<ClipResult>('clips.fromText', { text: interview() });
    const statements = await call<StatementInfo[]>('statements.list', { articleId: article.id });
    const direct = statements.find((s) => s.kind === 'direct')!;
    const at = direct.start + direct.text.indexOf(' What we need');
    const [a, b] = await call<StatementInfo[]>('statements.split', { id: direct.id, at });
    expect(a!.text).toBe('Our ports at Poti and Batumi are ready to take more cargo from Central Asia.');
    expect(b!.text.startsWith('What we need now is predictability')).toBe(true);
    const merged = await call<StatementInfo>('statements.merge', { ids: [a!.id, b!.id] });
    expect(merged.text).toBe(direct.text);
    await expect(call('statements.add', { articleId: article.id, start: 10, end: 100_000 })).rejects.toThrow(/within the text/);
    await expect(call('statements.split', { id: merged.id, at: merged.start })).rejects.toThrow(/inside it/);
  });
});

describe('the registry of officials', () => {
  it('accepts a proposal, adds aliases in other scripts, and links statements made under them', async () => {
    await call('clips.fromText', { text: interview() });
    const [proposed] = await call<OfficialSummary[]>('officials.list', { status: 'proposed' });
    const accepted = await call<OfficialDetail>('officials.accept', { id: proposed!.id });
    expect(accepted.status).toBe('accepted');
    await call('officials.addAlias', { id: proposed!.id, alias: 'Нино Беридзе' });
    const { article } = await call<ClipResult>('clips.fromText', { text: 'Заместитель министра экономики Грузии Нино Беридзе заявила, что порты готовы принять больше грузов из Центральной Азии.' });
    const [statement] = await call<StatementInfo[]>('statements.list', { articleId: article.id });
    expect(statement).toMatchObject({ speakerName: 'Нино Беридзе', officialId: proposed!.id, official: 'Nino Beridze' });
    const timeline = await call<TimelineEntry[]>('officials.timeline', { id: proposed!.id });
    expect(timeline).toHaveLength(6);
    expect(timeline[0]).toMatchObject({ articleTitle: expect.any(String) });
  });

  it('renames an official (the old name stays a spelling), and keeps roles with dates', async () => {
    await call('clips.fromText', { text: interview() });
    const [proposed] = await call<OfficialSummary[]>('officials.list', {});
    const renamed = await call<OfficialDetail>('officials.update', { id: proposed!.id, canonicalName: 'Nino Beridze-Kapanadze', country: 'Georgia' });
    expect(renamed).toMatchObject({ canonicalName: 'Nino Beridze-Kapanadze', country: 'Georgia' });
    expect(renamed.aliases.map((a) => a.alias)).toEqual(['Nino Beridze', 'Nino Beridze-Kapanadze']);
    const withRole = await call<OfficialDetail>('officials.addRole', { id: proposed!.id, title: 'Minister of Economy', validFrom: '2026-01-15' });
    const role = withRole.roles.find((r) => r.title === 'Minister of Economy')!;
    expect(role).toMatchObject({ validFrom: '2026-01-15', validTo: null });
    const ended = await call<OfficialDetail>('officials.updateRole', { id: proposed!.id, roleId: role.id, validTo: '2026-06-30' });
    expect(ended.roles.find((r) => r.id === role.id)).toMatchObject({ validTo: '2026-06-30' });
    await expect(call('officials.addRole', { id: proposed!.id, title: 'Adviser', validFrom: '2026-02-30' })).rejects.toThrow(/does not exist/);
    const removed = await call<OfficialDetail>('officials.removeRole', { id: proposed!.id, roleId: role.id });
    expect(removed.roles.map((r) => r.title)).toEqual(['Deputy Minister of Economy and Sustainable Development of Georgia']);
    // Statements made under the old name stay with her.
    expect((await call<TimelineEntry[]>('officials.timeline', { id: proposed!.id })).length).toBe(5);
  });

  it('merges two officials into one and splits a namesake off again', async () => {
    const a = await call<OfficialDetail>('officials.create', { name: 'Hikmet Hajiyev', role: 'Assistant to the President of Azerbaijan' });
    await expect(call('officials.create', { name: 'Hikmət Hacıyev', role: null })).rejects.toThrow(/already in the registry/);
    const b = await call<OfficialDetail>('officials.create', { name: 'H. Hajiyev', role: null });
    const merged = await call<OfficialDetail>('officials.merge', { fromId: b.id, intoId: a.id });
    expect(merged.aliases.map((x) => x.alias)).toEqual(['Hikmet Hajiyev', 'H. Hajiyev']);
    const split = await call<OfficialDetail>('officials.splitAlias', { aliasId: merged.aliases[1]!.id });
    expect(split.canonicalName).toBe('H. Hajiyev');
    expect((await call<OfficialDetail>('officials.get', { id: a.id })).aliases).toHaveLength(1);
  });
});

describe('migration', () => {
  it('brings a schema-5 library with clips to 6, and finding statements then works on the old clips', async () => {
    const file = tempLibraryPath();
    const old = openLibrary(file, { upTo: 5 });
    old.db
      .prepare("INSERT INTO articles (id, title, text, source_kind, content_hash, clipped_at, updated_at) VALUES (?, 'Old clip', ?, 'paste', 'h', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')")
      .run('00000000-0000-4000-8000-0000000000aa', 'Nino Beridze stressed that the ports would be ready before the summer season.');
    old.close();
    const upgraded = openLibrary(file);
    const s = createServices(upgraded);
    const job = s.jobs.start('statements', 'test', async () => ({ message: String(upgraded.db.transaction(() => s.library.statements.extractFor('00000000-0000-4000-8000-0000000000aa'))()) }));
    expect(await s.jobs.finished(job.id)).toMatchObject({ message: '1' });
    expect(s.library.statements.forArticle('00000000-0000-4000-8000-0000000000aa')[0]).toMatchObject({ speakerName: 'Nino Beridze', cue: 'stressed' });
    upgraded.close();
  });
});
