// Finds a publication date in free text: ISO dates, numeric dates (day first, or year first), and written months in
// the languages our users read: English, Russian, Azerbaijani, Turkish, French, German, Spanish, Arabic (both the
// Levantine and the Egyptian and Gulf month names, Arabic-Indic digits) and Chinese (2025年3月12日 14:30).
//
// A date is never invented: a day and month without a year ("3月12日", "12 марта") is a date only when the text
// itself says which year (see findYearlessDates); otherwise it is no date at all.

export interface FoundDate {
  /** ISO 8601: YYYY-MM-DD, or YYYY-MM-DDTHH:MM with the offset when the text gives one. */
  iso: string;
  index: number;
  length: number;
}

/** A day and month written without a year: a dateline's "3月12日" or "12 марта". */
export interface YearlessDate {
  month: number;
  day: number;
  index: number;
  length: number;
}

const MONTHS: Record<string, number> = {};
const monthNames: Array<[number, string[]]> = [
  [1, ['january', 'jan', 'января', 'январь', 'yanvar', 'yanvarın', 'ocak', 'janvier', 'januar', 'jänner', 'enero']],
  [2, ['february', 'feb', 'февраля', 'февраль', 'fevral', 'fevralın', 'şubat', 'subat', 'février', 'fevrier', 'februar', 'febrero']],
  [3, ['march', 'mar', 'марта', 'март', 'mart', 'martın', 'mars', 'märz', 'marz', 'marzo']],
  [4, ['april', 'apr', 'апреля', 'апрель', 'aprel', 'aprelin', 'nisan', 'avril', 'abril']],
  [5, ['may', 'мая', 'май', 'mayın', 'mayıs', 'mayis', 'mai', 'mayo']],
  [6, ['june', 'jun', 'июня', 'июнь', 'iyun', 'iyunun', 'İyun', 'haziran', 'juin', 'juni', 'junio']],
  [7, ['july', 'jul', 'июля', 'июль', 'iyul', 'iyulun', 'İyul', 'temmuz', 'juillet', 'juli', 'julio']],
  [8, ['august', 'aug', 'августа', 'август', 'avqust', 'avqustun', 'ağustos', 'agustos', 'août', 'aout', 'agosto']],
  [9, ['september', 'sep', 'sept', 'сентября', 'сентябрь', 'sentyabr', 'sentyabrın', 'eylül', 'eylul', 'septembre', 'septiembre']],
  [10, ['october', 'oct', 'октября', 'октябрь', 'oktyabr', 'oktyabrın', 'ekim', 'octobre', 'oktober', 'octubre']],
  [11, ['november', 'nov', 'ноября', 'ноябрь', 'noyabr', 'noyabrın', 'kasım', 'kasim', 'novembre', 'noviembre']],
  [12, ['december', 'dec', 'декабря', 'декабрь', 'dekabr', 'dekabrın', 'aralık', 'aralik', 'décembre', 'decembre', 'dezember', 'diciembre']],
];

/**
 * Arabic month names: the Levantine and Iraqi (Syriac) names, the Egyptian and Gulf ones taken from the Latin, and
 * the Maghreb's. Papers often give both: "آذار/مارس", "مارس (آذار)".
 */
const ARABIC_MONTHS: Array<[number, string[]]> = [
  [1, ['كانون الثاني', 'يناير', 'جانفي']],
  [2, ['شباط', 'فبراير', 'فيفري']],
  [3, ['آذار', 'اذار', 'مارس']],
  [4, ['نيسان', 'أبريل', 'ابريل', 'إبريل', 'أفريل', 'افريل']],
  [5, ['أيار', 'ايار', 'مايو', 'ماي']],
  [6, ['حزيران', 'يونيو', 'يونيه', 'جوان']],
  [7, ['تموز', 'يوليو', 'يوليه', 'جويلية', 'يوليوز']],
  [8, ['آب', 'اب', 'أغسطس', 'اغسطس', 'أوت', 'غشت']],
  [9, ['أيلول', 'ايلول', 'سبتمبر', 'شتنبر']],
  [10, ['تشرين الأول', 'تشرين الاول', 'أكتوبر', 'اكتوبر']],
  [11, ['تشرين الثاني', 'نوفمبر', 'نونبر']],
  [12, ['كانون الأول', 'كانون الاول', 'ديسمبر', 'دجنبر']],
];

/** Month names compare without case; the dotted capital İ of Azerbaijani and Turkish lowercases to a plain i. */
function monthKey(name: string): string {
  return name.replace(/İ/g, 'i').toLowerCase().replace(/\s+/g, ' ');
}

for (const [month, names] of [...monthNames, ...ARABIC_MONTHS]) for (const name of names) MONTHS[monthKey(name)] = month;

const alternation = (names: string[]) =>
  [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/ /g, String.raw`\s+`))
    .join('|');
const MONTH_ALT = alternation(monthNames.flatMap(([, names]) => names));
const ARABIC_MONTH_ALT = alternation(ARABIC_MONTHS.flatMap(([, names]) => names));

const monthOf = (name: string | undefined): number => (name === undefined ? 0 : (MONTHS[monthKey(name)] ?? 0));

/** A time after a date: "14:30", ", at 10:15 GMT", "в 12:05", "saat 14:30", "الساعة 14:30". */
const TIME = String.raw`(?:[,،\s]+(?:at\s+|в\s+|saat\s+|الساعة\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT))?)?`;
/** A Chinese time: "14:30", "14时30分", "下午2:30" (afternoon). */
const CHINESE_TIME = String.raw`(?:[ \t\u3000]*(上午|早上|凌晨|中午|下午|晚上)?[ \t\u3000]*(\d{1,2})[ \t]*[:：时][ \t]*(\d{2})(?:[ \t]*分|[:：](\d{2}))?)?`;
/** Azerbaijani and Turkish ordinal suffix on a year: "2025-ci il", "2025-ci ilin", "2025 yılı". */
const YEAR_SUFFIX = String.raw`(?:\s*(?:г\.|года|yılı|(?:-(?:ci|cı|cu|cü))?\s*il(?:in|i)?(?![\p{L}])))?`;

interface Parts {
  y: number;
  mo: number;
  d: number;
  h?: number | undefined;
  min?: number | undefined;
  s?: number | undefined;
  zone?: string | undefined;
}

interface Pattern {
  regex: RegExp;
  parts: (m: RegExpExecArray) => Parts;
}

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : +s);
/** The time groups of TIME, starting at group `at`. */
const timeAt = (m: RegExpExecArray, at: number) => ({ h: num(m[at]), min: num(m[at + 1]), s: num(m[at + 2]), zone: m[at + 3] });

function chineseHour(period: string | undefined, hour: number): number {
  if ((period === '下午' || period === '晚上') && hour < 12) return hour + 12;
  if (period === '中午' && hour < 11) return hour + 12;
  return hour;
}

const PATTERNS: Pattern[] = [
  {
    // 2024-03-26, 2024-03-26T10:45:00+04:00
    regex: new RegExp(String.raw`(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?(?![\d-])`, 'gu'),
    parts: (m) => ({ y: +m[1]!, mo: +m[2]!, d: +m[3]!, ...timeAt(m, 4) }),
  },
  {
    // 2025年3月12日, 2025年03月12日 14:30, 2025年3月12日下午2时30分
    regex: new RegExp(String.raw`(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]${CHINESE_TIME}`, 'gu'),
    parts: (m) => {
      const hour = num(m[5]);
      return { y: +m[1]!, mo: +m[2]!, d: +m[3]!, h: hour === undefined ? undefined : chineseHour(m[4], hour), min: num(m[6]), s: num(m[7]) };
    },
  },
  {
    // 12 مارس 2025, ١٢ آذار/مارس ٢٠٢٥م, 12 مارس (آذار) 2025 الساعة 14:30
    regex: new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})\s+(${ARABIC_MONTH_ALT})(?:\s*[/(]\s*(?:${ARABIC_MONTH_ALT})\s*\)?)?\s*[،,]?\s*(\d{4})(?:\s*م(?![\p{L}]))?${TIME}(?![\p{L}\d])`, 'gu'),
    parts: (m) => ({ y: +m[3]!, mo: monthOf(m[2]), d: +m[1]!, ...timeAt(m, 4) }),
  },
  {
    // 26 March 2024, 26 марта 2024 г., 26. März 2024, 26 de marzo de 2024, 12 mart 2025-ci il, 12 Mart 2025 Çarşamba
    regex: new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})\.?\s+(?:de\s+)?(${MONTH_ALT})\.?,?\s+(?:de\s+)?(\d{4})${YEAR_SUFFIX}${TIME}(?![\p{L}\d])`, 'giu'),
    parts: (m) => ({ y: +m[3]!, mo: monthOf(m[2]), d: +m[1]!, ...timeAt(m, 4) }),
  },
  {
    // 2025-ci il 12 mart, 2025-ci il martın 12-si (Azerbaijani: the year first, the day with its case ending)
    regex: new RegExp(
      String.raw`(?<![\p{L}\d])(\d{4})-(?:ci|cı|cu|cü)\s+il(?:in)?\s+(?:(\d{1,2})\s+(${MONTH_ALT})|(${MONTH_ALT})\s+(\d{1,2})(?:-(?:si|sı|su|sü|də|da|dək|nə|ə|a))?)${TIME}(?![\p{L}\d])`,
      'giu',
    ),
    parts: (m) => ({ y: +m[1]!, mo: monthOf(m[3] ?? m[4]), d: +(m[2] ?? m[5])!, ...timeAt(m, 6) }),
  },
  {
    // March 26, 2024 / Mar. 26 2024
    regex: new RegExp(String.raw`(?<![\p{L}\d])(${MONTH_ALT})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}(?![\p{L}\d])`, 'giu'),
    parts: (m) => ({ y: +m[3]!, mo: monthOf(m[1]), d: +m[2]!, ...timeAt(m, 4) }),
  },
  {
    // 2025/3/12, 2025.03.12 (year first: the order is then always year, month, day)
    regex: new RegExp(String.raw`(?<![\d./])(\d{4})([./])(\d{1,2})\2(\d{1,2})${TIME}(?![\d./])`, 'gu'),
    parts: (m) => ({ y: +m[1]!, mo: +m[3]!, d: +m[4]!, ...timeAt(m, 5) }),
  },
  {
    // 26.03.2024, 26/03/2024 (day first, as in most of the world; month first only when the day cannot be a month)
    regex: new RegExp(String.raw`(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{4})${TIME}(?![\d./])`, 'gu'),
    parts: (m) => {
      const a = +m[1]!;
      const b = +m[3]!;
      const time = timeAt(m, 5);
      return b > 12 && a <= 12 ? { y: +m[4]!, mo: a, d: b, ...time } : { y: +m[4]!, mo: b, d: a, ...time };
    },
  },
];

/** Days and months without a year: "3月12日" (not part of "2025年3月12日"), "12 марта", "March 12", "12 مارس". */
const YEARLESS: Array<{ regex: RegExp; parts: (m: RegExpExecArray) => { mo: number; d: number } }> = [
  { regex: /(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/gu, parts: (m) => ({ mo: +m[1]!, d: +m[2]! }) },
  { regex: new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})\s+(${ARABIC_MONTH_ALT})(?![\p{L}])`, 'gu'), parts: (m) => ({ mo: monthOf(m[2]), d: +m[1]! }) },
  { regex: new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})\.?\s+(${MONTH_ALT})(?![\p{L}])`, 'giu'), parts: (m) => ({ mo: monthOf(m[2]), d: +m[1]! }) },
  { regex: new RegExp(String.raw`(?<![\p{L}\d])(${MONTH_ALT})\.?\s+(\d{1,2})(?![\p{L}\d])`, 'giu'), parts: (m) => ({ mo: monthOf(m[1]), d: +m[2]! }) },
];

/**
 * Arabic-Indic (٠١٢…), Eastern Arabic-Indic (۰۱۲…) and full-width (０１２…) digits as ASCII ones. Each is one UTF-16
 * unit, as its ASCII twin is, so an index into the result is an index into the text.
 */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/g, (c) => {
    const code = c.charCodeAt(0);
    const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - zero);
  });
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isRealDate(y: number, mo: number, d: number): boolean {
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function offsetOf(zone: string | undefined): string {
  if (!zone) return '';
  if (zone === 'Z' || zone === 'UTC' || zone === 'GMT') return 'Z';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3)}`;
}

function toIso({ y, mo, d, h, min, s, zone }: Parts): string | undefined {
  if (!isRealDate(y, mo, d)) return undefined;
  let iso = `${y}-${pad(mo)}-${pad(d)}`;
  if (h !== undefined && min !== undefined && h < 24 && min < 60 && (s === undefined || s < 60)) {
    iso += `T${pad(h)}:${pad(min)}${s !== undefined ? `:${pad(s)}` : ''}${offsetOf(zone)}`;
  }
  return iso;
}

const overlapsAny = (spans: ReadonlyArray<{ index: number; length: number }>, index: number, length: number) =>
  spans.some((f) => index < f.index + f.length && f.index < index + length);

/** Every date in the text that gives its year, in the order they appear. */
export function findDates(raw: string): FoundDate[] {
  const text = asciiDigits(raw);
  const found: FoundDate[] = [];
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let m = pattern.regex.exec(text); m; m = pattern.regex.exec(text)) {
      const iso = toIso(pattern.parts(m));
      if (iso && !overlapsAny(found, m.index, m[0].length)) found.push({ iso, index: m.index, length: m[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

export function findFirstDate(text: string): FoundDate | undefined {
  return findDates(text)[0];
}

/** Every day and month written without a year, outside the full dates, in the order they appear. */
export function findYearlessDates(raw: string): YearlessDate[] {
  const text = asciiDigits(raw);
  const taken: Array<{ index: number; length: number }> = findDates(raw);
  const found: YearlessDate[] = [];
  for (const pattern of YEARLESS) {
    pattern.regex.lastIndex = 0;
    for (let m = pattern.regex.exec(text); m; m = pattern.regex.exec(text)) {
      const { mo, d } = pattern.parts(m);
      // Any year will do to check the day: 2024 has a 29 February.
      if (!isRealDate(2024, mo, d) || overlapsAny(taken, m.index, m[0].length)) continue;
      taken.push({ index: m.index, length: m[0].length });
      found.push({ month: mo, day: d, index: m.index, length: m[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The year of a day and month written without one, when the text says it: the same day and month appear with a
 * year elsewhere in it, and with one year only. Anything less (another day of the same year, a year named in
 * passing, the day the clip was made) does not say which year is meant, and the date stays unknown.
 */
export function yearFromText(date: Pick<YearlessDate, 'month' | 'day'>, text: string): number | undefined {
  const years = new Set(
    findDates(text)
      .map((f) => f.iso)
      .filter((iso) => +iso.slice(5, 7) === date.month && +iso.slice(8, 10) === date.day)
      .map((iso) => +iso.slice(0, 4)),
  );
  return years.size === 1 ? [...years][0] : undefined;
}
