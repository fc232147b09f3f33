// The registry of officials kept clean (issue 13, point 4): each role once however often a clip repeats it, officials
// added by hand with every spelling and role, and removal and merging that can be undone. All through dispatch(),
// the path both transports take; the texts are written for these tests.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClipResult, OfficialDetail, OfficialSummary } from '../../electron/api/types';
import { foldRole } from '../../electron/statements/service';
import { testApp, type TestApp } from '../helpers/app';

let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.library.close());

const call = <T>(name: string, input: unknown) => app.call<T>(name, input);

async function officialNamed(name: string): Promise<OfficialDetail> {
  const found = (await call<OfficialSummary[]>('officials.list', {})).find((o) => o.canonicalName === name);
  expect(found, `${name} in the registry`).toBeDefined();
  return call<OfficialDetail>('officials.get', { id: found!.id });
}

describe('roles, each once', () => {
  it('folds case, spacing, punctuation and the copy numbers of repeated text', () => {
    const title = foldRole('Harbour Master of Lankaran');
    for (const variant of ['harbour master of Lankaran', 'Harbour  Master of Lankaran.', 'Harbour Master of Lankaran-91', 'Harbour Master of Lankaran 7', 'HARBOUR MASTER OF LANKARAN']) {
      expect(foldRole(variant), variant).toBe(title);
    }
    expect(foldRole('Deputy Harbour Master of Lankaran')).not.toBe(title);
  });

  it('a paste that repeats one apposition, numbered, gives its official the role once, from the first article', async () => {
    const paragraph = (n: number) =>
      `Orkhan Mirzali, Harbour Master of Lankaran${n > 1 ? `-${n}` : ''}, said the new quay would open in spring. “We are ready,” he told reporters.`;
    const text = `Lankaran quay opens\n\n${Array.from({ length: 40 }, (_, i) => paragraph(i + 1)).join('\n\n')}\n\nPublished 2025-03-12.`;
    const { article } = await call<ClipResult>('clips.fromText', { text });
    const official = await officialNamed('Orkhan Mirzali');
    expect(official.roles.map((r) => [r.title, r.sourceArticleId])).toEqual([['Harbour Master of Lankaran', article.id]]);
    // A second clip with the same title in other spacing and case adds nothing.
    await call<ClipResult>('clips.fromText', { text: 'Quay works\n\nOrkhan Mirzali, harbour master of  Lankaran, said the works were on time. Published 2025-04-02.' });
    const again = await officialNamed('Orkhan Mirzali');
    expect(again.roles.map((r) => [r.title, r.sourceArticleId])).toEqual([['Harbour Master of Lankaran', article.id]]);
  });

  it('a person adding a title the official holds keeps one role, with the dates filled in', async () => {
    const official = await call<OfficialDetail>('officials.create', { name: 'Leyla Gasimova', role: 'Consul General in Tbilisi' });
    const again = await call<OfficialDetail>('officials.addRole', { id: official.id, title: 'consul general in Tbilisi.', validFrom: '2023-05-01' });
    expect(again.roles.map((r) => [r.title, r.validFrom])).toEqual([['Consul General in Tbilisi', '2023-05-01']]);
  });

  it('merging two officials with the same role keeps it once', async () => {
    const a = await call<OfficialDetail>('officials.create', { name: 'Rauf Tagiyev', role: 'Minister of Ports' });
    const b = await call<OfficialDetail>('officials.create', { name: 'R. Tagiev', role: 'Minister of ports-2' });
    const merged = await call<OfficialDetail>('officials.merge', { fromId: b.id, intoId: a.id });
    expect(merged.roles.map((r) => r.title)).toEqual(['Minister of Ports']);
  });
});

describe('an official added by hand', () => {
  it('is accepted at once with every spelling, country, organization and dated roles, and takes up statements', async () => {
    const { article } = await call<ClipResult>('clips.fromText', {
      text: 'Quay works\n\n“The quay will be ready in May,” Farid Qasimli told reporters in Lankaran on Monday. Published 2025-03-10.',
    });
    const created = await call<OfficialDetail>('officials.create', {
      name: 'Farid Gasimli',
      aliases: ['Fərid Qasımlı', 'Фарид Гасымлы', 'Farid Qasimli'],
      country: 'Azerbaijan',
      organization: 'Port of Lankaran',
      roles: [
        { title: 'Director of the Port of Lankaran', validFrom: '2021-02-01' },
        { title: 'Deputy Director of the Port of Lankaran', validFrom: '2018-01-01', validTo: '2021-01-31' },
      ],
    });
    expect(created).toMatchObject({ canonicalName: 'Farid Gasimli', status: 'accepted', country: 'Azerbaijan', organization: 'Port of Lankaran' });
    expect(created.aliases.map((a) => a.alias)).toEqual(['Farid Gasimli', 'Fərid Qasımlı', 'Фарид Гасымлы', 'Farid Qasimli']);
    expect(created.roles.map((r) => [r.title, r.validFrom, r.validTo])).toEqual([
      ['Director of the Port of Lankaran', '2021-02-01', null],
      ['Deputy Director of the Port of Lankaran', '2018-01-01', '2021-01-31'],
    ]);
    // The statement made under one of the spellings is now his.
    const statements = await call<Array<{ officialId: string | null }>>('statements.list', { articleId: article.id });
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((s) => s.officialId === created.id)).toBe(true);
    expect((await call<OfficialDetail>('officials.get', { id: created.id })).statementCount).toBe(statements.length);
  });

  it('is refused, saying who, when a spelling already belongs to someone; nothing is written', async () => {
    await call<OfficialDetail>('officials.create', { name: 'Leyla Gasimova', aliases: ['Лейла Гасымова'] });
    const error = await app.fails('officials.create', { name: 'Leila Gasimova-Aliyeva', aliases: ['Лейла Гасымова'] });
    expect(error).toEqual({ code: 'CONFLICT', message: 'Лейла Гасымова is already in the registry, as a spelling of Leyla Gasimova.' });
    expect((await call<OfficialSummary[]>('officials.list', {})).map((o) => o.canonicalName)).toEqual(['Leyla Gasimova']);
  });

  it('is refused with a sentence for a role that ends before it begins, or a date not in the calendar', async () => {
    const backwards = await app.fails('officials.create', { name: 'Anar Valiyev', roles: [{ title: 'Mayor of Shaki', validFrom: '2024-05-01', validTo: '2023-01-01' }] });
    expect(backwards).toEqual({ code: 'INVALID_INPUT', message: 'roles.0.validTo: A role cannot end before it begins.' });
    const impossible = await app.fails('officials.create', { name: 'Anar Valiyev', roles: [{ title: 'Mayor of Shaki', validFrom: '2024-02-30' }] });
    expect(impossible.message).toMatch(/does not exist in the calendar/);
    expect(await call<OfficialSummary[]>('officials.list', {})).toEqual([]);
  });
});
