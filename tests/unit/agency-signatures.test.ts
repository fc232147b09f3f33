// Agency and outlet signatures (issue 13, point 5): the built-in table of the region's agencies in the forms their
// texts carry them, and the library's own entries from Settings, which reach the extraction child with each paste.
// The texts are written for these tests.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClipResult, LibrarySettings } from '../../electron/api/types';
import { signatureTable, withSignatureTable } from '../../electron/clipping/agency-signatures';
import { analysePaste } from '../../electron/clipping/paste';
import { testApp, type TestApp } from '../helpers/app';

const BODY = 'The two ministries agreed to open a joint cargo terminal on the coast next spring, officials said after the talks.';

describe('the built-in table', () => {
  it.each([
    ['Baku, March 12 (Trend) - ' + BODY, 'Trend'],
    ['BAKU, Azerbaijan, March 12. /Trend/ ' + BODY, 'Trend'],
    ['МОСКВА, 12 марта. /ТАСС/. Стороны договорились открыть совместный грузовой терминал на побережье весной.', 'TASS'],
    ['МОСКВА, 12 марта. /РИА Новости/. Стороны договорились открыть совместный грузовой терминал весной.', 'RIA Novosti'],
    ['新华社北京3月12日电 两国外交部门在北京举行会谈，双方同意明年春季开通联合货运码头。', 'Xinhua'],
    ['Baku, March 12 (AZERTAC). ' + BODY, 'AZERTAC'],
    ['Baku, March 12, AZERTAC. ' + BODY, 'AZERTAC'],
    ['Bakı, 12 mart, AZƏRTAC. Nazirliklər gələn yaz sahildə birgə yük terminalı açmağa razılaşıblar.', 'AZERTAC'],
    ['Ankara (AA) - Bakanlıklar, gelecek bahar kıyıda ortak bir yük terminali açma konusunda anlaştı.', 'Anadolu Agency'],
    ['أبوظبي في 12 مارس / وام / اتفقت الوزارتان على افتتاح محطة شحن مشتركة على الساحل في الربيع المقبل.', 'WAM'],
    ['WASHINGTON (AP) — ' + BODY, 'AP'],
  ])('names the outlet of %s', (text, outlet) => {
    expect(analysePaste(text).outlet).toBe(outlet);
  });

  it('takes a signature line off the end and names the outlet by its entry', () => {
    for (const last of ['Trend', 'AZERTAC', '— ТАСС', '(APA)', 'Source: Report.az', '新华社']) {
      const result = analysePaste(`${BODY}\n\nA second paragraph follows with more of the story.\n\n${last}`);
      expect(result.outlet, last).toBe(signatureTable().canonical(last.replace(/^[—(]\s*|\)$|^Source: /g, '')));
      expect(result.text.endsWith('more of the story.'), last).toBe(true);
      expect(result.removed, last).toContain(last);
    }
  });

  it('spells an agency as its entry does, whichever signature the text used', () => {
    const table = signatureTable();
    expect(table.canonical('ТАСС')).toBe('TASS');
    expect(table.canonical('azertac')).toBe('AZERTAC');
    expect(table.canonical('Anadolu Ajansı')).toBe('Anadolu Agency');
    expect(table.canonical('Caspian Courier')).toBeUndefined();
  });

  it('does not take a word of the prose for an agency', () => {
    expect(analysePaste('The trend in cargo volumes (up 12 percent) pleased the ministry.\n\nAnother paragraph about the terminal.').outlet).toBeNull();
    expect(analysePaste(`${BODY}\n\nThe report was published on the ministry's website.`).outlet).toBeNull();
    // A photo credit names the agency that took the picture, not the outlet of the text.
    expect(analysePaste(`Port crane at dawn. ALEX NOVAK/AFP/Getty Images\n\n${BODY}`).outlet).toBeNull();
  });
});

describe("the library's own signatures", () => {
  const own = [{ outlet: 'Caspian Courier', signatures: ['CasCour', '卡斯皮信使'], country: 'Kazakhstan', language: null }];

  it('are tried with the built-in ones, and win over them for the same signature', () => {
    const text = `AKTAU, March 12. /CasCour/ ${BODY}`;
    expect(analysePaste(text).outlet).toBeNull();
    expect(withSignatureTable(own, () => analysePaste(text).outlet)).toBe('Caspian Courier');
    // A dateline any name fits is spelled as the entry spells it too.
    expect(withSignatureTable(own, () => analysePaste(`Aktau, March 12 (CasCour) - ${BODY}`).outlet)).toBe('Caspian Courier');
    expect(withSignatureTable(own, () => analysePaste(`${BODY}\n\nMore of the story.\n\n卡斯皮信使`).outlet)).toBe('Caspian Courier');
    const renamed = [{ outlet: 'Anadolu', signatures: ['AA'], country: null, language: null }];
    expect(withSignatureTable(renamed, () => analysePaste('Ankara (AA) - Bakanlıklar ortak bir terminal açma konusunda anlaştı.').outlet)).toBe('Anadolu');
  });
});

describe('settings routes and clipping with them', () => {
  let app: TestApp;
  beforeEach(() => {
    app = testApp();
  });
  afterEach(() => app.library.close());

  it('store the list, show the built-in table, and clip with both (in the extraction child)', async () => {
    const before = await app.call<LibrarySettings>('settings.get', {});
    expect(before.agencySignatures).toEqual([]);
    expect(before.builtInAgencySignatures.map((e) => e.outlet)).toEqual(expect.arrayContaining(['Trend', 'AZERTAC', 'TASS', 'Xinhua', 'Anadolu Agency', 'WAM']));

    const { settings } = await app.call<{ settings: LibrarySettings }>('settings.update', { agencySignatures: [{ outlet: ' Steppe Wire ', signatures: ['StW', 'Степной Телеграф'] }] });
    expect(settings.agencySignatures).toEqual([{ outlet: 'Steppe Wire', signatures: ['StW', 'Степной Телеграф'], country: null, language: null }]);
    expect(settings.syndicationThreshold).toBe(before.syndicationThreshold);

    const signed = await app.call<ClipResult>('clips.fromText', { text: `${BODY}\n\nA second paragraph of the story.\n\nСтепной Телеграф` });
    expect(signed.article.outlet).toBe('Steppe Wire');
    expect(signed.article.text.includes('Степной Телеграф')).toBe(false);
    const xinhua = await app.call<ClipResult>('clips.fromText', { text: '新华社北京3月12日电 两国外交部门在北京举行会谈。\n\n双方同意开通联合货运码头。\n\n（2025年3月12日）' });
    expect(xinhua.article.outlet).toBe('Xinhua');
    expect(xinhua.article.publishedAt).toBe('2025-03-12');
  });

  it('refuse a bad list whole, with a sentence, and keep the stored one', async () => {
    await app.call('settings.update', { agencySignatures: [{ outlet: 'Steppe Wire', signatures: ['StW'] }] });
    const empty = await app.fails('settings.update', { agencySignatures: [{ outlet: 'Steppe Wire', signatures: [] }] });
    expect(empty.message).toMatch(/at least one signature/);
    const twice = await app.fails('settings.update', { agencySignatures: [{ outlet: 'Steppe Wire', signatures: ['StW'] }, { outlet: 'Other Wire', signatures: ['stw'] }] });
    expect(twice.message).toMatch(/already signs Steppe Wire/);
    const nameless = await app.fails('settings.update', { agencySignatures: [{ outlet: '  ', signatures: ['XYZ'] }] });
    expect(nameless.message).toMatch(/Give the outlet a name/);
    expect((await app.call<LibrarySettings>('settings.get', {})).agencySignatures.map((e) => e.outlet)).toEqual(['Steppe Wire']);
  });
});
