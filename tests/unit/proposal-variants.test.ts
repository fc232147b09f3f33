// Proposals from clipped text: only people with an office, and one proposal for one person under the spellings of
// several scripts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OfficialDetail, OfficialSummary } from '../../electron/api/types';
import { testApp, type TestApp } from '../helpers/app';

let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.library.close());

const call = <T>(name: string, input: unknown) => app.call<T>(name, input);
const clip = (text: string) => call('clips.fromText', { text });

describe('proposals from appositions', () => {
  it('one person under three spellings is one proposal with every spelling', async () => {
    await clip('Baku talks\n\nHikmet Hajiyev, Assistant to the President of Azerbaijan, said the talks went well. Published 2025-03-12.');
    await clip('Bakı danışıqları\n\nHikmət Hacıyev, Prezidentin köməkçisi, dedi ki, danışıqlar yaxşı keçdi. Published 2025-03-13.');
    await clip('Переговоры в Баку\n\nХикмет Гаджиев, Помощник президента Азербайджана, сказал, что переговоры прошли хорошо. Published 2025-03-14.');
    const list = await call<OfficialSummary[]>('officials.list', {});
    const hajiyev = list.filter((o) => /Hajiyev|Hacıyev|Гаджиев/u.test(o.canonicalName));
    expect(hajiyev.map((o) => o.canonicalName)).toEqual(['Hikmet Hajiyev']);
    const detail = await call<OfficialDetail>('officials.get', { id: hajiyev[0]!.id });
    expect(detail.aliases.map((a) => a.alias)).toEqual(expect.arrayContaining(['Hikmet Hajiyev', 'Hikmət Hacıyev', 'Хикмет Гаджиев']));
  });

  it('proposes neither a place, nor a person whose role is another person, nor a journalist with his outlet', async () => {
    await clip(
      'Launch week\n\nCape Canaveral, Florida, said to be ready, hosts the launch. Andrew Shearer, Justin Bassi, said the report was due. ' +
        'Jon Sopel, BBC News, said the mood was calm. Foreign Minister Jeyhun Bayramov arrived later. Published 2025-03-12.',
    );
    const names = (await call<OfficialSummary[]>('officials.list', {})).map((o) => o.canonicalName);
    expect(names).not.toContain('Cape Canaveral');
    expect(names).not.toContain('Andrew Shearer');
    expect(names).not.toContain('Jon Sopel');
  });
});
