import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../electron/clipping/decode';
import { extractFromHtml } from '../../electron/clipping/html/extract';
import { dateFromUrl, normalizeDateTime } from '../../electron/clipping/html/dates';
import { findOriginalPublication } from '../../electron/clipping/original-publication';
import { articlesFromBytes } from '../../electron/clipping/sources/from-bytes';
import { urlKey } from '../../electron/clipping/url-key';
import { FIXTURES } from '../helpers/library';

const PAGE = fs.readFileSync(path.join(FIXTURES, 'pages', 'news-article.html'), 'utf8');

describe('a news page', () => {
  const article = extractFromHtml(PAGE);

  it('finds the metadata: title without the site, byline, outlet, date with its offset, language, canonical address', () => {
    expect(article).toMatchObject({
      title: 'Caspian ferry deal signed in Aktau',
      titleProvisional: false,
      byline: 'Aigerim Sadykova',
      outlet: 'Steppe Herald',
      publishedAt: '2025-02-14T09:30:00+05:00',
      language: 'en',
      canonicalUrl: 'https://steppe-herald.example/news/2025/02/14/caspian-ferry-deal?utm_source=rss',
      originalPublication: 'Caspian Courier',
    });
  });

  it('keeps the article’s paragraphs, headings and list items, and nothing of the page around it', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^Kazakhstan and Azerbaijan signed an agreement on Friday/);
    expect(paragraphs).toContain('Ports prepare for more cargo');
    expect(paragraphs).toContain('A joint timetable published a month in advance.');
    expect(paragraphs).toContain('“Digital paperwork will cut the waiting time at the port from days to hours,” he said.');
    for (const furniture of ['Most read', 'Advertisement', 'All rights reserved', 'Subscribe', 'Share', 'By Aigerim Sadykova']) {
      expect(article.text).not.toContain(furniture);
    }
  });

  it('keeps sanitized HTML: structure and absolute links, no scripts, styles, handlers, frames or images', () => {
    const html = article.html!;
    expect(html).toContain('<h2>Ports prepare for more cargo</h2>');
    expect(html).toContain('<li>');
    expect(html).toContain('href="https://steppe-herald.example/news/2025/01/ice"');
    expect(html).toContain('target="_blank"');
    for (const hostile of ['<script', 'onclick', '<iframe', '<style', 'tracker.example', 'class=', '<img']) expect(html).not.toContain(hostile);
  });

  it('still extracts a page cut off half way', () => {
    const truncated = extractFromHtml(PAGE.slice(0, PAGE.indexOf('What the deal covers')));
    expect(truncated.title).toBe('Caspian ferry deal signed in Aktau');
    expect(truncated.text).toContain('The port of Aktau expects to handle four million tonnes');
  });

  it('keeps right-to-left text and its direction', () => {
    const arabic = extractFromHtml(
      `<html lang="ar" dir="rtl"><head><title>اتفاق جديد للعبارات في بحر قزوين</title></head><body><article><h1>اتفاق جديد للعبارات في بحر قزوين</h1>${'<p>وقعت كازاخستان وأذربيجان يوم الجمعة اتفاقا لمضاعفة عدد العبارات التي تعبر بحر قزوين بين أكتاو وألات، وهي خطوة تصفها الحكومتان بأنها أساسية لطريق التجارة.</p>'.repeat(4)}</article></body></html>`,
    );
    expect(arabic).toMatchObject({ dir: 'rtl', language: 'ar', title: 'اتفاق جديد للعبارات في بحر قزوين' });
    expect(arabic.text).toContain('وقعت كازاخستان وأذربيجان');
  });
});

describe('encodings', () => {
  const samples: Array<[string, string, string]> = [
    ['windows-1251', 'ru', 'Министр транспорта заявил, что строительство нового терминала в порту Актау начнется осенью, а первая очередь будет готова через два года.'],
    ['koi8-r', 'ru', 'Министр транспорта заявил, что строительство нового терминала в порту Актау начнется осенью, а первая очередь будет готова через два года.'],
    ['gbk', 'zh', '阿塞拜疆总统助理表示，阿中两国关系发展良好，双方在贸易、交通和能源领域合作密切，中国企业在阿塞拜疆的投资不断增加。'],
    ['gb18030', 'zh', '阿塞拜疆总统助理表示，阿中两国关系发展良好，双方在贸易、交通和能源领域合作密切，中国企业在阿塞拜疆的投资不断增加。'],
    ['big5', 'zh', '阿塞拜疆總統助理表示，阿中兩國關係發展良好，雙方在貿易、交通和能源領域合作密切，中國企業在阿塞拜疆的投資不斷增加。'],
    ['shift_jis', 'ja', 'アゼルバイジャン大統領補佐官は、中国との関係は良好であり、貿易、運輸、エネルギーの分野で緊密に協力していると述べた。'],
    ['iso-8859-2', 'pl', 'Minister transportu powiedział, że budowa nowego terminalu w porcie rozpocznie się jesienią, a pierwszy etap będzie gotowy za dwa lata. Żegluga promowa się rozwija.'],
  ];

  it.each(samples)('reads %s with a declared charset', (encoding, _lang, sentence) => {
    const html = `<html><head><meta charset="${encoding}"><title>Test</title></head><body><article>${`<p>${sentence}</p>`.repeat(5)}</article></body></html>`;
    const { text, source } = decodeBytes(iconv.encode(html, encoding), { html: true });
    expect(source).toBe('meta');
    expect(text).toContain(sentence);
  });

  it.each(samples.filter(([e]) => e !== 'gb18030' && e !== 'iso-8859-2'))('guesses %s without a declaration', (encoding, _lang, sentence) => {
    const body = `${sentence}\n\n`.repeat(6);
    const { text } = decodeBytes(iconv.encode(body, encoding));
    expect(text).toContain(sentence);
  });

  it('reads UTF-16 with and without a byte-order mark, and trusts valid UTF-8 over a wrong declaration', () => {
    const sentence = 'Hikmət Hacıyev — Хикмет Гаджиев — 希克梅特';
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sentence, 'utf16le')])).text).toBe(sentence);
    expect(decodeBytes(Buffer.from(`${sentence} `.repeat(10), 'utf16le')).text).toContain(sentence);
    const lying = Buffer.from(`<html><head><meta charset="windows-1251"></head><body><p>${sentence}</p></body></html>`, 'utf8');
    expect(decodeBytes(lying, { html: true }).text).toContain(sentence);
  });

  it('clips a windows-1251 page through the file path, Cyrillic intact', async () => {
    const html = `<html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Паромы - Вестник</title></head><body><article>${`<p>${samples[0]![2]}</p>`.repeat(5)}</article></body></html>`;
    const [article] = await articlesFromBytes('vestnik.html', iconv.encode(html, 'windows-1251'));
    expect(article!.text).toContain('Министр транспорта заявил');
    expect(article!.language).toBe('ru');
  });
});

describe('dates, addresses and original publications', () => {
  it.each([
    ['2015-07-24T05:36:09+01:00', '2015-07-24T05:36:09+01:00'],
    ['2015-07-24T05:36:09+0100', '2015-07-24T05:36:09+01:00'],
    ['2015-07-24T04:36:09.000Z', '2015-07-24T04:36:09Z'],
    ['2015-07-24 05:36', '2015-07-24T05:36:00'],
    ['Fri, 24 Jul 2015 05:36:09 +0100', '2015-07-24T05:36:09+01:00'],
    ['Fri, 24 Jul 2015 04:36:09 GMT', '2015-07-24T04:36:09Z'],
    ['1437712569', '2015-07-24T04:36:09Z'],
    ['24 July 2015', '2015-07-24'],
  ])('normalizes %s', (raw, iso) => {
    expect(normalizeDateTime(raw)).toBe(iso);
  });

  it('reads dates out of addresses', () => {
    expect(dateFromUrl('https://x.example/news/2024/03/26/story')).toBe('2024-03-26');
    expect(dateFromUrl('https://x.example/2024-03-26-story')).toBe('2024-03-26');
    expect(dateFromUrl('https://x.example/archive/20240326/story')).toBe('2024-03-26');
    expect(dateFromUrl('https://x.example/story-2024')).toBeUndefined();
  });

  it('recognises one article at two addresses', () => {
    expect(urlKey('https://www.steppe-herald.example/news/a/?utm_source=rss&id=4#comments')).toBe(urlKey('http://steppe-herald.example/news/a?id=4'));
    expect(urlKey('https://x.example/a?b=2&a=1')).toBe(urlKey('https://x.example/a?a=1&b=2'));
    expect(urlKey('https://x.example/a')).not.toBe(urlKey('https://x.example/b'));
    expect(urlKey('mailto:someone@example.org')).toBeUndefined();
  });

  it('finds the publication a statement was given to', () => {
    expect(findOriginalPublication('said in an interview with the Chinese publication Global Times, News.Az reports.')).toBe('Global Times');
    expect(findOriginalPublication('the minister told the Financial Times on Monday')).toBe('Financial Times');
    expect(findOriginalPublication('Министр заявил в интервью газете «Коммерсантъ», что…')).toBe('Коммерсантъ');
    expect(findOriginalPublication('He told reporters in Baku that talks continue.')).toBeUndefined();
  });
});
