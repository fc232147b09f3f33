// The registry of officials to and from CSV and JSON (issue 13, point 4): a press office loads its own list of
// officials and spellings, an import never overwrites a person's work, a dry run tells exactly what will happen,
// and what is exported comes back the same. Through dispatch(); the names and files are written for these tests.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClipResult, OfficialDetail, OfficialSummary, RegistryImportReport, StatementInfo } from '../../electron/api/types';
import { testApp, type TestApp } from '../helpers/app';

let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.library.close());

const call = <T>(name: string, input: unknown) => app.call<T>(name, input);
const importCsv = (text: string, dryRun = false) => call<RegistryImportReport>('officials.import', { format: 'csv', text, dryRun });

async function registry(target: TestApp = app): Promise<unknown[]> {
  const list = await target.call<OfficialSummary[]>('officials.list', {});
  const details = await Promise.all(list.map((o) => target.call<OfficialDetail>('officials.get', { id: o.id })));
  // Ids differ between libraries; everything a person entered is compared.
  return details.map((d) => ({
    name: d.canonicalName,
    status: d.status,
    country: d.country,
    organization: d.organization,
    aliases: d.aliases.map((a) => a.alias),
    roles: d.roles.map((r) => [r.title, r.organization, r.validFrom, r.validTo]),
  }));
}

const OFFICE_LIST = [
  'name,spellings,country,organization,roles',
  'Farid Gasimli,Fərid Qasımlı | Фарид Гасымлы | Farid Qasimli,Azerbaijan,Port of Lankaran,Director of the Port of Lankaran ; Port of Lankaran ; 2021-02-01 | Deputy Director ; Port of Lankaran ; 2018-01-01 ; 2021-01-31',
  '"Leyla Gasimova","Лейла Гасымова | 莱拉·加西莫娃",Azerbaijan,,"Deputy Minister of Transport ; ; 2023-05-01"',
  'Nino Beridze,ნინო ბერიძე,Georgia,Ministry of Foreign Affairs,',
].join('\r\n');

describe('importing a CSV list of officials', () => {
  it('adds every official with spellings in several scripts, country, organization and dated roles, accepted', async () => {
    const report = await importCsv(OFFICE_LIST);
    expect(report).toEqual({ dryRun: false, added: 3, merged: 0, conflicts: [], refused: [] });
    expect(await registry()).toEqual([
      {
        name: 'Farid Gasimli',
        status: 'accepted',
        country: 'Azerbaijan',
        organization: 'Port of Lankaran',
        aliases: ['Farid Gasimli', 'Fərid Qasımlı', 'Фарид Гасымлы', 'Farid Qasimli'],
        roles: [
          ['Director of the Port of Lankaran', 'Port of Lankaran', '2021-02-01', null],
          ['Deputy Director', 'Port of Lankaran', '2018-01-01', '2021-01-31'],
        ],
      },
      { name: 'Leyla Gasimova', status: 'accepted', country: 'Azerbaijan', organization: null, aliases: ['Leyla Gasimova', 'Лейла Гасымова', '莱拉·加西莫娃'], roles: [['Deputy Minister of Transport', null, '2023-05-01', null]] },
      { name: 'Nino Beridze', status: 'accepted', country: 'Georgia', organization: 'Ministry of Foreign Affairs', aliases: ['Nino Beridze', 'ნინო ბერიძე'], roles: [] },
    ]);
  });

  it('links statements already clipped under any of the imported spellings', async () => {
    const { article } = await call<ClipResult>('clips.fromText', { text: 'Quay works\n\n“The quay will be ready in May,” Farid Qasimli told reporters in Lankaran on Monday. Published 2025-03-10.' });
    await importCsv(OFFICE_LIST);
    const farid = (await call<OfficialSummary[]>('officials.list', {})).find((o) => o.canonicalName === 'Farid Gasimli')!;
    const statements = await call<StatementInfo[]>('statements.list', { articleId: article.id });
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.map((s) => s.officialId)).toEqual(statements.map(() => farid.id));
  });

  it('a dry run reports exactly what the import then does, and writes nothing', async () => {
    await call<OfficialDetail>('officials.create', { name: 'Nino Beridze', country: 'Georgia' });
    const before = await registry();
    const dry = await importCsv(OFFICE_LIST, true);
    expect(dry).toMatchObject({ dryRun: true, added: 2, merged: 1 });
    expect(await registry()).toEqual(before);
    expect(app.events).toEqual([expect.anything()]);
    const done = await importCsv(OFFICE_LIST);
    expect(done).toEqual({ ...dry, dryRun: false });
  });

  it('merges into who is there by name or any spelling, case and accents aside, keeping what a person entered', async () => {
    const mine = await call<OfficialDetail>('officials.create', { name: 'Fərid Qasımlı', country: 'Azərbaycan', roles: [{ title: 'Director of the Port of Lankaran' }] });
    const report = await importCsv(['name,spellings,country,organization,roles', 'FƏRID QASIMLI,Farid Gasimli,Azerbaijan,Port of Lankaran,Director of the port of Lankaran ; ; 2021-02-01 | Harbour Master ; ; 2016-03-01 ; 2017-12-31'].join('\n'));
    expect(report).toEqual({ dryRun: false, added: 0, merged: 1, conflicts: [], refused: [] });
    const after = await call<OfficialDetail>('officials.get', { id: mine.id });
    // Name and country stay as the person wrote them; the empty organization is filled in; the role they had gains its date.
    expect(after).toMatchObject({ canonicalName: 'Fərid Qasımlı', country: 'Azərbaycan', organization: 'Port of Lankaran' });
    expect(after.aliases.map((a) => a.alias)).toEqual(['Fərid Qasımlı', 'Farid Gasimli']);
    expect(after.roles.map((r) => [r.title, r.validFrom, r.validTo])).toEqual([
      ['Director of the Port of Lankaran', '2021-02-01', null],
      ['Harbour Master', '2016-03-01', '2017-12-31'],
    ]);
  });

  it('accepts an official the clips had only proposed, keeping the role the clip gave', async () => {
    const { article } = await call<ClipResult>('clips.fromText', { text: 'Bridge works\n\n“The bridge will carry trains by autumn,” Orkhan Mirzali, Harbour Master of Lankaran, said on Friday.\n\nPublished 2025-04-02.' });
    const [proposed] = await call<OfficialSummary[]>('officials.list', { status: 'proposed' });
    expect(proposed?.canonicalName).toBe('Orkhan Mirzali');
    expect(await importCsv('name,country\nOrkhan Mirzali,Azerbaijan\n')).toMatchObject({ added: 0, merged: 1 });
    const after = await call<OfficialDetail>('officials.get', { id: proposed!.id });
    expect(after).toMatchObject({ status: 'accepted', country: 'Azerbaijan' });
    expect(after.roles.map((r) => [r.title, r.sourceArticleId])).toEqual([['Harbour Master of Lankaran', article.id]]);
  });

  it('reports a spelling that belongs to another official as a conflict, and does not move it', async () => {
    const leyla = await call<OfficialDetail>('officials.create', { name: 'Leyla Gasimova', aliases: ['L. Gasimova'] });
    const report = await importCsv('name,spellings\nLeila Gasimova-Aliyeva,L. Gasimova | Лейла Гасымова-Алиева\n');
    expect(report.added).toBe(0);
    expect(report.merged).toBe(1);
    expect(report.conflicts).toEqual([]);
    // The row's one matching spelling made it hers: the new spellings joined Leyla Gasimova.
    const after = await call<OfficialDetail>('officials.get', { id: leyla.id });
    expect(after.aliases.map((a) => a.alias)).toEqual(['Leyla Gasimova', 'L. Gasimova', 'Leila Gasimova-Aliyeva', 'Лейла Гасымова-Алиева']);

    const nino = await call<OfficialDetail>('officials.create', { name: 'Nino Beridze', aliases: ['N. Beridze'] });
    const clash = await importCsv('name,spellings\nNino Beridze,N. Beridze | L. Gasimova\n');
    expect(clash.conflicts).toEqual([{ row: 2, name: 'Nino Beridze', spelling: 'L. Gasimova', owner: 'Leyla Gasimova', reason: 'L. Gasimova is a spelling of Leyla Gasimova; it was not added to Nino Beridze.' }]);
    expect((await call<OfficialDetail>('officials.get', { id: nino.id })).aliases.map((a) => a.alias)).toEqual(['Nino Beridze', 'N. Beridze']);
  });

  it('refuses bad rows by number and reason and imports the rest', async () => {
    const report = await importCsv(
      ['name,spellings,country,organization,roles', 'X,,,,', 'Anar Valiyev,,,,Mayor of Shaki ; ; 2024-05-01 ; 2023-01-01', 'Rauf Tagiyev,,,,Minister of Ports ; ; 2024-02-30', 'Samir Huseynov,,Azerbaijan,,'].join('\n'),
    );
    expect(report.added).toBe(1);
    expect(report.refused).toEqual([
      { row: 2, reason: 'name: A name needs at least two letters.' },
      { row: 3, reason: 'roles.0.to: A role cannot end before it begins.' },
      { row: 4, reason: 'roles.0.from: That day does not exist in the calendar.' },
    ]);
    expect((await call<OfficialSummary[]>('officials.list', {})).map((o) => o.canonicalName)).toEqual(['Samir Huseynov']);
  });

  it('refuses a file that is not a registry in one sentence, writing nothing', async () => {
    expect(await app.fails('officials.import', { format: 'csv', text: 'title,url\nPort news,https://example.org\n' })).toEqual({
      code: 'INVALID_INPUT',
      message: 'The column “title” is not one Verbatim reads; the columns are name, spellings, country, organization, roles.',
    });
    expect((await app.fails('officials.import', { format: 'csv', text: 'name,spellings\n"Farid Gasimli,broken\n' })).message).toMatch(/^The file is not readable CSV/);
    expect((await app.fails('officials.import', { format: 'json', text: '{"officials": [' })).message).toMatch(/^The file is not readable JSON/);
    expect((await app.fails('officials.import', { format: 'json', text: '{"format": "verbatim-report", "officials": []}' })).message).toBe(
      'The file says it is “verbatim-report”, not a registry of officials (“verbatim-officials”).',
    );
    expect(await call<OfficialSummary[]>('officials.list', {})).toEqual([]);
  });
});

describe('exporting the registry', () => {
  it('round-trips through CSV and through JSON into an empty library, the same registry', async () => {
    await importCsv(OFFICE_LIST);
    // A role with an organization and no dates, and a name whose first character a spreadsheet would read as a formula.
    await call<OfficialDetail>('officials.create', { name: '@Hajiyev Press Office', roles: [{ title: 'Spokesperson', organization: 'Presidential Administration' }] });
    const expected = await registry();
    for (const format of ['csv', 'json'] as const) {
      const text = await call<string>('officials.export', { format });
      const other = testApp();
      try {
        const report = await other.call<RegistryImportReport>('officials.import', { format, text });
        expect(report, format).toEqual({ dryRun: false, added: 4, merged: 0, conflicts: [], refused: [] });
        expect(await registry(other), format).toEqual(expected);
      } finally {
        other.library.close();
      }
    }
  });

  it('writes the documented columns, spellings and roles, and leaves out what was only proposed', async () => {
    await importCsv(OFFICE_LIST);
    await call<ClipResult>('clips.fromText', { text: 'Bridge works\n\n“The bridge will carry trains by autumn,” Orkhan Mirzali, Harbour Master of Lankaran, said on Friday.\n\nPublished 2025-04-02.' });
    expect((await call<OfficialSummary[]>('officials.list', { status: 'proposed' })).map((o) => o.canonicalName)).toEqual(['Orkhan Mirzali']);
    const csv = await call<string>('officials.export', { format: 'csv' });
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('name,spellings,country,organization,roles');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(
      'Farid Gasimli,Fərid Qasımlı | Фарид Гасымлы | Farid Qasimli,Azerbaijan,Port of Lankaran,Director of the Port of Lankaran ; Port of Lankaran ; 2021-02-01 | Deputy Director ; Port of Lankaran ; 2018-01-01 ; 2021-01-31',
    );
    const json = JSON.parse(await call<string>('officials.export', { format: 'json' })) as { format: string; officials: Array<{ name: string; roles: unknown[] }> };
    expect(json.format).toBe('verbatim-officials');
    expect(json.officials.map((o) => o.name)).toEqual(['Farid Gasimli', 'Leyla Gasimova', 'Nino Beridze']);
    expect(json.officials[1]!.roles).toEqual([{ title: 'Deputy Minister of Transport', organization: null, from: '2023-05-01', to: null }]);
  });
});
