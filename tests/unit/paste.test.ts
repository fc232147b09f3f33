import { describe, expect, it } from 'vitest';
import { judgeLine } from '../../electron/clipping/clutter';
import { findDates, findFirstDate } from '../../electron/clipping/dates';
import { contentHash } from '../../electron/clipping/hash';
import { guessLanguage } from '../../electron/clipping/language';
import { looksBinary, normalizeText, splitParagraphs } from '../../electron/clipping/normalize';
import { looksLikeSignature, outletFromAttribution, outletFromDateline } from '../../electron/clipping/outlet';
import { analysePaste } from '../../electron/clipping/paste';
import { titleFromLead } from '../../electron/clipping/title';
import { fixture, seedText } from '../helpers/library';

describe('the seed document (read from ../shared/corpus)', () => {
  const seed = seedText();
  it.skipIf(seed === undefined)('gives News.Az, 2024-03-26, no clutter line, no trailing signature, six paragraphs', () => {
    const result = analysePaste(seed!);
    expect(result.outlet).toBe('News.Az');
    expect(result.publishedAt).toBe('2024-03-26');
    expect(result.language).toBe('en');
    expect(result.text).not.toContain('↺');
    expect(result.text).not.toContain('16 px');
    expect(result.text.endsWith('strategic partnership between China and Azerbaijan,” the presidential aide added.')).toBe(true);
    expect(result.text.split('\n\n')).toHaveLength(6);
    expect(result.removed).toEqual(['date 2024-03-26 + ↺ − 16 px', 'News.Az']);
    expect(result.title).toBe('Cooperation between Azerbaijan and China is characterized by excellent political ties');
    // The attribution inside the lead is the article's own text and stays.
    expect(result.text).toContain('Global Times, News.Az reports.');
  });
});

describe('analysePaste on the project’s own fixtures', () => {
  it('cleans an interview pasted from a news site', () => {
    const result = analysePaste(fixture('pasted-interview.txt'));
    expect(result.outlet).toBe('Kaspi.News');
    expect(result.publishedAt).toBe('2025-02-11');
    expect(result.removed).toEqual(['date 2025-02-11 + ↺ − 16 px', 'Kaspi.News']);
    expect(result.text.split('\n\n')).toHaveLength(4);
    expect(result.text.startsWith('Georgia and Kazakhstan have agreed')).toBe(true);
    expect(result.text.endsWith('connecting the region to European markets.')).toBe(true);
    expect(result.title.length).toBeLessThanOrEqual(111);
    expect(result.titleSource).toBe('lead');
  });

  it('reads a Russian article: share bar and dateline removed, date with time, outlet from «сообщает»', () => {
    const result = analysePaste(fixture('pasted-russian.txt'));
    expect(result.outlet).toBe('Kaspi.News');
    expect(result.publishedAt).toBe('2025-03-12T14:05');
    expect(result.language).toBe('ru');
    expect(result.removed).toEqual(['Поделиться Печать', '12 марта 2025, 14:05']);
    expect(result.title).toBe('Министр транспорта заявил, что строительство нового терминала в порту начнется осенью');
  });

  it('takes a headline line as the title and a wire dateline as the outlet', () => {
    const result = analysePaste(fixture('headline-first.txt'));
    expect(result.title).toBe('Ministers sign transit agreement in Tbilisi');
    expect(result.titleSource).toBe('headline');
    expect(result.outlet).toBe('Caspian Wire');
    expect(result.text.startsWith('TBILISI')).toBe(true);
  });

  it('keeps a short last line that is not a signature', () => {
    const result = analysePaste('The talks ended late on Friday after nine hours.\n\nBoth sides will meet again in May.\n\nTalks continue');
    expect(result.text.endsWith('Talks continue')).toBe(true);
    expect(result.outlet).toBeNull();
  });

  it('returns empty text when the paste is only page furniture', () => {
    expect(analysePaste(' date 2024-03-26 + ↺ − 16 px \n\nShare\nPrint').text).toBe('');
  });
});

describe('clutter lines', () => {
  it.each([
    ['date 2024-03-26 + ↺ − 16 px', '2024-03-26'],
    ['+ ↺ − 16 px', undefined],
    ['Share  Tweet  Print', undefined],
    ['Поделиться', undefined],
    ['26 March 2024', '2024-03-26'],
    ['Published: 26.03.2024 10:45', '2024-03-26T10:45'],
  ])('%s is clutter', (line, date) => {
    expect(judgeLine(line)).toEqual(date ? { clutter: true, date } : { clutter: true });
  });

  it.each(['Please share your views on the agreement.', 'He said the print edition would close.', '“Read more about it,” he said.'])(
    'a sentence is never clutter: %s',
    (line) => {
      expect(judgeLine(line).clutter).toBe(false);
    },
  );
});

describe('dates', () => {
  it.each([
    ['2024-03-26T09:30:00+04:00', '2024-03-26T09:30:00+04:00'],
    ['26 March 2024', '2024-03-26'],
    ['March 26, 2024', '2024-03-26'],
    ['Mar. 6, 2024 at 10:15 GMT', '2024-03-06T10:15Z'],
    ['26 марта 2024 г.', '2024-03-26'],
    ['26 mart 2024', '2024-03-26'],
    ['26. März 2024', '2024-03-26'],
    ['26 de marzo de 2024', '2024-03-26'],
    ['26.03.2024', '2024-03-26'],
    ['03/26/2024', '2024-03-26'],
  ])('%s → %s', (text, iso) => {
    expect(findFirstDate(`Posted ${text} by the desk`)?.iso).toBe(iso);
  });

  it('ignores impossible dates and numbers that only look like dates', () => {
    expect(findDates('2024-02-30 and 31.04.2024 and 1-800-555-0199 and 12345-67-89')).toEqual([]);
  });
});

describe('outlets, titles, language, text', () => {
  it('finds the outlet in an attribution, a dateline and a signature', () => {
    expect(outletFromAttribution('… in an interview with Global Times, News.Az reports.')).toBe('News.Az');
    expect(outletFromAttribution('He made the remarks on Monday.')).toBeUndefined();
    expect(outletFromDateline('BAKU, March 26 (Reuters) - Azerbaijan said')).toBe('Reuters');
    expect(looksLikeSignature('News.Az')).toBe(true);
    expect(looksLikeSignature('He said so.')).toBe(false);
  });

  it('cuts a long lead at a clause and drops the attribution to the outlet', () => {
    expect(titleFromLead('Short lead sentence here. Second sentence.')).toBe('Short lead sentence here');
    const long = titleFromLead(`${'word '.repeat(40)}end.`);
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(111);
  });

  it('guesses languages by script and by function words', () => {
    expect(guessLanguage('The minister said that the talks with the delegation were productive and that the next round is in May.')).toBe('en');
    expect(guessLanguage('Министр заявил, что переговоры с делегацией были продуктивными и что следующий раунд пройдет в мае.')).toBe('ru');
    expect(guessLanguage('Nazir bildirib ki, nümayəndə heyəti ilə danışıqlar səmərəli olub və növbəti raund may ayında keçiriləcək. Bu görüş üçün hazırlıq davam edir.')).toBe('az');
    expect(guessLanguage('阿塞拜疆总统助理表示，阿中两国关系发展良好，双方在贸易、交通和能源领域合作密切。')).toBe('zh');
    expect(guessLanguage('قال الوزير إن المحادثات مع الوفد كانت مثمرة وإن الجولة المقبلة ستعقد في مايو.')).toBe('ar');
    expect(guessLanguage('Too short')).toBeNull();
  });

  it('normalizes line ends, invisible characters and spaces, and splits paragraphs', () => {
    expect(normalizeText('\uFEFFOne\u00A0two\r\n\r\n\r\n\r\nthree\u200B four  ')).toBe('One two\n\nthree four');
    expect(splitParagraphs('a\n\nb\n\nc')).toEqual(['a', 'b', 'c']);
    expect(splitParagraphs('line one\nline two')).toEqual(['line one', 'line two']);
  });

  it('recognises binary input', () => {
    expect(looksBinary('PK\u0003\u0004\u0000\u0000')).toBe(true);
    expect(looksBinary('Plain article text with “quotes” and ünïcödé.')).toBe(false);
  });

  it('hashes the same article identically across clipboard differences', () => {
    expect(contentHash('The minister said: “Yes.”\n\nNext paragraph.')).toBe(contentHash('the minister said  “yes.”\r\nnext paragraph'));
    expect(contentHash('One text')).not.toBe(contentHash('Another text'));
  });
});
