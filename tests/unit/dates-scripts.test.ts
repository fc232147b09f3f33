// Dates in Chinese, Arabic, Azerbaijani and Turkish (issue 13, point 5), and the rule that a date is never
// invented: a day and month without a year are a date only when the text itself gives the year. The texts are
// written for these tests.
import { describe, expect, it } from 'vitest';
import { findDates, findFirstDate, findYearlessDates, yearFromText } from '../../electron/clipping/dates';
import { analysePaste } from '../../electron/clipping/paste';

describe('full dates in four more scripts and styles', () => {
  it.each([
    // Chinese
    ['发布时间：2025年3月12日', '2025-03-12'],
    ['2025年03月12日 14:30 来源：本报', '2025-03-12T14:30'],
    ['2025年3月12日14时05分', '2025-03-12T14:05'],
    ['2025年3月12日 下午2:30', '2025-03-12T14:30'],
    ['2025年3月12日 14:30:05', '2025-03-12T14:30:05'],
    ['２０２５年３月１２日', '2025-03-12'],
    ['2025 年 3 月 12 日', '2025-03-12'],
    ['2025/3/12', '2025-03-12'],
    // Arabic: Egyptian and Gulf names, Levantine names, both together, Arabic-Indic digits
    ['الأربعاء 12 مارس 2025', '2025-03-12'],
    ['١٢ مارس ٢٠٢٥', '2025-03-12'],
    ['12 آذار 2025', '2025-03-12'],
    ['12 آذار/مارس 2025', '2025-03-12'],
    ['١٢ آذار (مارس) ٢٠٢٥م', '2025-03-12'],
    ['3 كانون الثاني 2025', '2025-01-03'],
    ['20 تشرين الأول 2024', '2024-10-20'],
    ['5 أغسطس 2024 الساعة 09:15', '2024-08-05T09:15'],
    ['۱۲ يونيو ۲۰۲۵', '2025-06-12'],
    // Azerbaijani
    ['12 mart 2025', '2025-03-12'],
    ['12 Mart 2025-ci il', '2025-03-12'],
    ['2025-ci il 12 mart', '2025-03-12'],
    ['2025-ci il martın 12-si', '2025-03-12'],
    ['1 İyun 2024', '2024-06-01'],
    ['30 avqust 2024, 18:40', '2024-08-30T18:40'],
    // Turkish
    ['12 Mart 2025', '2025-03-12'],
    ['12.03.2025', '2025-03-12'],
    ['12 Mart 2025 Çarşamba', '2025-03-12'],
    ['4 Ağustos 2024 saat 11:20', '2024-08-04T11:20'],
    ['29 Ekim 2024', '2024-10-29'],
  ])('%s → %s', (text, iso) => {
    expect(findFirstDate(`x ${text} x`)?.iso).toBe(iso);
  });

  it('keeps each date at its place in the text, whatever digits it is written in', () => {
    const text = 'نشر في ١٢ مارس ٢٠٢٥ ثم عدل';
    const [date] = findDates(text);
    expect(text.slice(date!.index, date!.index + date!.length)).toBe('١٢ مارس ٢٠٢٥');
    const chinese = '发布于2025年3月12日 09:05 \n    正文';
    const [withTime] = findDates(chinese);
    expect(chinese.slice(withTime!.index, withTime!.index + withTime!.length)).toBe('2025年3月12日 09:05');
  });

  it('refuses days that do not exist and Hijri dates it cannot convert', () => {
    expect(findDates('2025年2月30日 and ٣١ أبريل ٢٠٢٥ and 31 iyun 2025 and 12 رمضان 1446')).toEqual([]);
  });
});

describe('a day and month without a year', () => {
  it('are found apart from the full dates', () => {
    expect(findYearlessDates('新华社北京3月12日电 会议于2025年3月11日开幕')).toEqual([{ month: 3, day: 12, index: 5, length: 5 }]);
    expect(findYearlessDates('МОСКВА, 12 марта. /ТАСС/.').map((d) => [d.month, d.day])).toEqual([[3, 12]]);
  });

  it('take a year only from the same day and month written with one, and with one year only', () => {
    expect(yearFromText({ month: 3, day: 12 }, '3月12日电 …… 2025年3月12日')).toBe(2025);
    expect(yearFromText({ month: 3, day: 12 }, '3月12日电 …… 2025年3月11日')).toBeUndefined();
    expect(yearFromText({ month: 3, day: 12 }, '3月12日电 …… 2024年3月12日 …… 2025年3月12日')).toBeUndefined();
  });
});

describe('the publication date of a pasted text', () => {
  it('reads a Chinese date line and time', () => {
    const pasted = '港口扩建工程正式启动\n\n2025年3月12日 14:30\n\n新的集装箱码头将于明年投入使用，当地官员表示项目进展顺利。';
    expect(analysePaste(pasted).publishedAt).toBe('2025-03-12T14:30');
  });

  it('leaves a Xinhua-style dateline without a year undated, even with another date in the lead', () => {
    const pasted = '新华社北京3月12日电 两国代表团在北京举行会谈，双方回顾了2024年5月签署的合作协议，并讨论了下一阶段的工作安排。';
    expect(analysePaste(pasted).publishedAt).toBeNull();
  });

  it('dates the dateline when the text gives its year further on', () => {
    const body = '两国代表团在北京举行会谈，双方讨论了下一阶段的港口合作。'.repeat(12);
    const pasted = `新华社北京3月12日电 ${body}\n\n（2025年3月12日）`;
    expect(analysePaste(pasted).publishedAt).toBe('2025-03-12');
  });

  it('leaves a Russian wire dateline without a year undated rather than take a date the story mentions', () => {
    const pasted = 'МОСКВА, 12 марта. /ТАСС/. Стороны обсудили итоги встречи, состоявшейся 5 января 2025 года, и план работы на весну.';
    expect(analysePaste(pasted).publishedAt).toBeNull();
  });

  it('reads Arabic, Azerbaijani and Turkish dates at the head of a text', () => {
    expect(analysePaste('أبوظبي في ١٢ مارس ٢٠٢٥ / وام / أعلنت الوزارة عن افتتاح المعرض الدولي للكتاب في دورته الجديدة.').publishedAt).toBe('2025-03-12');
    expect(analysePaste('Bakı, 12 mart 2025-ci il. Nazirlik yeni sərgi mərkəzinin açılışını elan edib və ilk tədbirlərin tarixini açıqlayıb.').publishedAt).toBe('2025-03-12');
    expect(analysePaste('Ankara, 12.03.2025 - Bakanlık, yeni fuar merkezinin açılışını duyurdu ve ilk etkinliklerin takvimini paylaştı.').publishedAt).toBe('2025-03-12');
  });
});
