// Finds a publication date in free text: ISO dates, numeric day-first dates, and written months in the languages
// our users read (English, Russian, Azerbaijani, Turkish, French, German, Spanish).

export interface FoundDate {
  /** ISO 8601: YYYY-MM-DD, or YYYY-MM-DDTHH:MM with the offset when the text gives one. */
  iso: string;
  index: number;
  length: number;
}

const MONTHS: Record<string, number> = {};
const monthNames: Array<[number, string[]]> = [
  [1, ['january', 'jan', 'января', 'январь', 'yanvar', 'ocak', 'janvier', 'januar', 'jänner', 'enero']],
  [2, ['february', 'feb', 'февраля', 'февраль', 'fevral', 'şubat', 'subat', 'février', 'fevrier', 'februar', 'febrero']],
  [3, ['march', 'mar', 'марта', 'март', 'mart', 'mars', 'märz', 'marz', 'marzo']],
  [4, ['april', 'apr', 'апреля', 'апрель', 'aprel', 'nisan', 'avril', 'abril']],
  [5, ['may', 'мая', 'май', 'may', 'mayıs', 'mayis', 'mai', 'mayo']],
  [6, ['june', 'jun', 'июня', 'июнь', 'iyun', 'haziran', 'juin', 'juni', 'junio']],
  [7, ['july', 'jul', 'июля', 'июль', 'iyul', 'temmuz', 'juillet', 'juli', 'julio']],
  [8, ['august', 'aug', 'августа', 'август', 'avqust', 'ağustos', 'agustos', 'août', 'aout', 'agosto']],
  [9, ['september', 'sep', 'sept', 'сентября', 'сентябрь', 'sentyabr', 'eylül', 'eylul', 'septembre', 'septiembre']],
  [10, ['october', 'oct', 'октября', 'октябрь', 'oktyabr', 'ekim', 'octobre', 'oktober', 'octubre']],
  [11, ['november', 'nov', 'ноября', 'ноябрь', 'noyabr', 'kasım', 'kasim', 'novembre', 'noviembre']],
  [12, ['december', 'dec', 'декабря', 'декабрь', 'dekabr', 'aralık', 'aralik', 'décembre', 'decembre', 'dezember', 'diciembre']],
];
for (const [month, names] of monthNames) for (const name of names) MONTHS[name] = month;

const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const TIME = String.raw`(?:[,\s]+(?:at\s+|в\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT))?)?`;

interface Pattern {
  regex: RegExp;
  parts: (m: RegExpExecArray) => { y: number; mo: number; d: number; time?: number };
}

const PATTERNS: Pattern[] = [
  {
    // 2024-03-26, 2024-03-26T10:45:00+04:00
    regex: new RegExp(String.raw`(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?(?![\d-])`, 'gu'),
    parts: (m) => ({ y: +m[1]!, mo: +m[2]!, d: +m[3]!, time: 4 }),
  },
  {
    // 26 March 2024, 26 марта 2024 г., 26. März 2024, 26 de marzo de 2024
    regex: new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})\.?\s+(?:de\s+)?(${MONTH_ALT})\.?,?\s+(?:de\s+)?(\d{4})(?:\s*(?:г\.|года|il|yılı))?${TIME}(?![\p{L}\d])`, 'giu'),
    parts: (m) => ({ y: +m[3]!, mo: MONTHS[m[2]!.toLowerCase()] ?? 0, d: +m[1]!, time: 4 }),
  },
  {
    // March 26, 2024 / Mar. 26 2024
    regex: new RegExp(String.raw`(?<![\p{L}\d])(${MONTH_ALT})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}(?![\p{L}\d])`, 'giu'),
    parts: (m) => ({ y: +m[3]!, mo: MONTHS[m[1]!.toLowerCase()] ?? 0, d: +m[2]!, time: 4 }),
  },
  {
    // 26.03.2024, 26/03/2024 (day first, as in most of the world; month first only when the day cannot be a month)
    regex: new RegExp(String.raw`(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{4})${TIME}(?![\d./])`, 'gu'),
    parts: (m) => {
      const a = +m[1]!;
      const b = +m[3]!;
      return b > 12 && a <= 12 ? { y: +m[4]!, mo: a, d: b, time: 5 } : { y: +m[4]!, mo: b, d: a, time: 5 };
    },
  },
];

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

function toIso(m: RegExpExecArray, p: Pattern): string | undefined {
  const { y, mo, d, time } = p.parts(m);
  if (!isRealDate(y, mo, d)) return undefined;
  let iso = `${y}-${pad(mo)}-${pad(d)}`;
  if (time !== undefined && m[time] !== undefined) {
    const h = +m[time]!;
    const min = +m[time + 1]!;
    const s = m[time + 2] !== undefined ? +m[time + 2]! : undefined;
    if (h < 24 && min < 60 && (s === undefined || s < 60)) {
      iso += `T${pad(h)}:${pad(min)}${s !== undefined ? `:${pad(s)}` : ''}${offsetOf(m[time + 3])}`;
    }
  }
  return iso;
}

/** Every date in the text, in the order they appear. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let m = pattern.regex.exec(text); m; m = pattern.regex.exec(text)) {
      const iso = toIso(m, pattern);
      if (!iso) continue;
      const overlaps = found.some((f) => m!.index < f.index + f.length && f.index < m!.index + m![0].length);
      if (!overlaps) found.push({ iso, index: m.index, length: m[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

export function findFirstDate(text: string): FoundDate | undefined {
  return findDates(text)[0];
}
