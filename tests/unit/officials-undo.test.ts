// Removing and merging officials act at once and can be undone exactly (issue 13, point 4): the same id, every
// spelling in every script, the roles with their dates and source clips, the status, and which statements were
// whose. Through dispatch(), the path both transports take; the texts are written for these tests.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../db/connection';
import type { ClipResult, MergedOfficial, OfficialDetail, RemovedOfficial, RestoredOfficial, StatementInfo } from '../../electron/api/types';
import { testApp, type TestApp } from '../helpers/app';
import { tempLibraryPath } from '../helpers/library';

let app: TestApp;
let file: string;
beforeEach(() => {
  file = tempLibraryPath();
  app = testApp(openLibrary(file));
});
afterEach(() => app.library.close());

const call = <T>(name: string, input: unknown) => app.call<T>(name, input);

const PORT_TEXT =
  'Lankaran quay opens\n\nFarid Gasimli, Director of the Port of Lankaran, said the quay would open in May. “We are ready for the first ships,” Gasimli told reporters. ' +
  '“The ferries to Aktau will follow,” Farid Qasimli added on Tuesday.\n\nPublished 2025-03-12.';
const BRIDGE_TEXT = 'Bridge works\n\n“The bridge will carry trains by autumn,” Leyla Gasimova, Deputy Minister of Transport, said on Friday.\n\nPublished 2025-04-02.';

/** An official with spellings in three scripts, a role from a clip, a dated role by hand, and statements of their own. */
async function farid(): Promise<{ official: OfficialDetail; article: string }> {
  const created = await call<OfficialDetail>('officials.create', {
    name: 'Farid Gasimli',
    aliases: ['Fərid Qasımlı', 'Фарид Гасымлы', 'Farid Qasimli'],
    country: 'Azerbaijan',
    organization: 'Port of Lankaran',
    roles: [{ title: 'Deputy Director of the Port of Lankaran', validFrom: '2018-01-01', validTo: '2021-01-31' }],
  });
  const { article } = await call<ClipResult>('clips.fromText', { text: PORT_TEXT });
  return { official: await call<OfficialDetail>('officials.get', { id: created.id }), article: article.id };
}

async function links(articleId: string): Promise<Array<[string, string | null]>> {
  return (await call<StatementInfo[]>('statements.list', { articleId })).map((s) => [s.id, s.officialId]);
}

describe('removing an official', () => {
  it('acts at once and Undo brings back the same official, spellings, dated and sourced roles, and statements', async () => {
    const { official, article } = await farid();
    expect(official.roles.map((r) => [r.title, r.sourceArticleId])).toEqual([
      ['Deputy Director of the Port of Lankaran', null],
      ['Director of the Port of Lankaran', article],
    ]);
    const before = await links(article);
    expect(before.filter(([, o]) => o === official.id).length).toBeGreaterThanOrEqual(2);

    const removed = await call<RemovedOfficial>('officials.remove', { id: official.id });
    expect(removed.count).toBe(1);
    expect(removed.undoToken).toMatch(/^[0-9a-f-]{36}$/);
    expect((await app.fails('officials.get', { id: official.id })).code).toBe('NOT_FOUND');
    expect((await links(article)).every(([, o]) => o === null)).toBe(true);

    const restored = await call<RestoredOfficial>('officials.restore', { token: removed.undoToken });
    expect(restored.action).toBe('remove');
    expect(restored.official).toEqual(official);
    expect(await links(article)).toEqual(before);
  });

  it('keeps a proposed official proposed after Undo', async () => {
    await call<ClipResult>('clips.fromText', { text: BRIDGE_TEXT });
    const [proposed] = await call<OfficialDetail[]>('officials.list', { status: 'proposed' });
    expect(proposed?.canonicalName).toBe('Leyla Gasimova');
    const { undoToken } = await call<RemovedOfficial>('officials.remove', { id: proposed!.id });
    const { official } = await call<RestoredOfficial>('officials.restore', { token: undoToken });
    expect(official).toMatchObject({ id: proposed!.id, status: 'proposed', canonicalName: 'Leyla Gasimova' });
  });

  it('undoes once: a second Undo is refused in a sentence, and removing nobody gives nothing to undo', async () => {
    const { official } = await farid();
    const { undoToken } = await call<RemovedOfficial>('officials.remove', { id: official.id });
    await call<RestoredOfficial>('officials.restore', { token: undoToken });
    expect(await app.fails('officials.restore', { token: undoToken })).toEqual({
      code: 'NOT_FOUND',
      message: 'That change can no longer be undone: it was undone already, or is more than a day old.',
    });
    const again = await call<RemovedOfficial>('officials.remove', { id: official.id });
    expect(await call<RemovedOfficial>('officials.remove', { id: official.id })).toEqual({ count: 0, undoToken: null });
    await call<RestoredOfficial>('officials.restore', { token: again.undoToken });
    expect((await call<OfficialDetail>('officials.get', { id: official.id })).aliases).toHaveLength(4);
  });

  it('still undoes after the library is closed and opened again (a reloaded page, another window)', async () => {
    const { official, article } = await farid();
    const before = await links(article);
    const { undoToken } = await call<RemovedOfficial>('officials.remove', { id: official.id });
    app.library.close();
    app = testApp(openLibrary(file));
    await call<RestoredOfficial>('officials.restore', { token: undoToken });
    expect(await call<OfficialDetail>('officials.get', { id: official.id })).toEqual(official);
    expect(await links(article)).toEqual(before);
  });
});

describe('merging two officials', () => {
  it('Undo separates them again: each with its own spellings, roles, dates and statements, the survivor as it was', async () => {
    const { official: a, article: portArticle } = await farid();
    const b = await call<OfficialDetail>('officials.create', {
      name: 'F. Gasimli',
      aliases: ['Ф. Гасымлы'],
      organization: 'Caspian Shipping',
      roles: [
        { title: 'Director of the port of Lankaran', validFrom: '2021-02-01' },
        { title: 'Board member of Caspian Shipping', validFrom: '2019-06-01', validTo: '2022-06-30' },
      ],
    });
    const {
      article: { id: second },
    } = await call<ClipResult>('clips.fromText', {
      text: 'Ferry timetable\n\n“Two ferries a week will sail from May,” F. Gasimli said on Monday.\n\nPublished 2025-03-20.',
    });
    const bBefore = await call<OfficialDetail>('officials.get', { id: b.id });
    expect(bBefore.statementCount).toBeGreaterThan(0);
    const before = [...(await links(portArticle)), ...(await links(second))];

    const merged = await call<MergedOfficial>('officials.merge', { fromId: b.id, intoId: a.id });
    expect(merged.aliases.map((x) => x.alias)).toEqual(expect.arrayContaining(['F. Gasimli', 'Ф. Гасымлы', 'Фарид Гасымлы']));
    // The two held one title between them: merged, it is held once, with the date only the other knew.
    expect(merged.roles.filter((r) => r.title.toLowerCase() === 'director of the port of lankaran').map((r) => r.validFrom)).toEqual(['2021-02-01']);
    expect((await links(second)).every(([, o]) => o === a.id)).toBe(true);

    const restored = await call<RestoredOfficial>('officials.restore', { token: merged.undoToken });
    expect(restored).toEqual({ action: 'merge', official: bBefore });
    expect(await call<OfficialDetail>('officials.get', { id: a.id })).toEqual(a);
    expect([...(await links(portArticle)), ...(await links(second))]).toEqual(before);
  });

  it('gives the survivor back a role that folding the two together had dropped in favour of the older copy', async () => {
    // The one merged away was entered first, so its copy of the shared title is the older one and is the one kept.
    const older = await call<OfficialDetail>('officials.create', { name: 'Rauf Tagiyev', roles: [{ title: 'Minister of Ports', validFrom: '2019-01-01' }] });
    const survivor = await call<OfficialDetail>('officials.create', { name: 'R. Tagiev', roles: [{ title: 'minister of ports', organization: 'Cabinet of Ministers' }] });
    const merged = await call<MergedOfficial>('officials.merge', { fromId: older.id, intoId: survivor.id });
    expect(merged.roles.map((r) => [r.id, r.organization, r.validFrom])).toEqual([[older.roles[0]!.id, 'Cabinet of Ministers', '2019-01-01']]);
    await call<RestoredOfficial>('officials.restore', { token: merged.undoToken });
    expect(await call<OfficialDetail>('officials.get', { id: survivor.id })).toEqual(survivor);
    expect(await call<OfficialDetail>('officials.get', { id: older.id })).toEqual(older);
  });

  it('is refused for an official that is not there, with nothing written and no token', async () => {
    const { official } = await farid();
    const error = await app.fails('officials.merge', { fromId: '7f1c2a8e-0000-4000-8000-00000000f00d', intoId: official.id });
    expect(error.code).toBe('NOT_FOUND');
    expect(app.library.db.prepare('SELECT count(*) FROM official_undo').pluck().get()).toBe(0);
  });
});

describe('migration 0018', () => {
  it('brings a schema-17 library with officials to 18, officials untouched and a place for undo records', () => {
    const oldFile = tempLibraryPath();
    const old = openLibrary(oldFile, { upTo: 17 });
    old.db.prepare("INSERT INTO officials (id, canonical_name, status, created_at, updated_at) VALUES ('o1', 'Hikmet Hajiyev', 'accepted', 'now', 'now')").run();
    old.db.prepare("INSERT INTO official_aliases (official_id, alias, folded, skeleton) VALUES ('o1', 'Hikmet Hajiyev', 'hikmet hajiyev', 'hkmt hjv')").run();
    old.close();
    const upgraded = openLibrary(oldFile, { upTo: 18 });
    expect(upgraded.db.prepare('SELECT id, canonical_name AS name FROM officials').all()).toEqual([{ id: 'o1', name: 'Hikmet Hajiyev' }]);
    expect(upgraded.db.prepare('SELECT count(*) FROM official_undo').pluck().get()).toBe(0);
    expect(() => upgraded.db.prepare("INSERT INTO official_undo (token, action, snapshot, created_at) VALUES ('t', 'remove', 'not json', 'now')").run()).toThrow(/CHECK/);
    upgraded.close();
  });
});
