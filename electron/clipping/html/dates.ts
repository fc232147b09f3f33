// Publication dates as pages write them (ISO 8601, RFC 2822, Unix time, or prose) to ISO 8601, keeping the
// UTC offset when the source gives one.
import { findFirstDate } from '../dates';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoFromUtcMillis(ms: number): string {
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}

export function normalizeDateTime(raw: string | null | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;

  // ISO 8601: 2015-07-24, 2015-07-24T05:36:09+01:00, 2015-07-24 05:36:09+0100, 2015-07-24T04:36:09.000Z
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(value);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    if (+mo! < 1 || +mo! > 12 || +d! < 1 || +d! > 31) return undefined;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const offset = zone === undefined ? '' : zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
    return `${y}-${mo}-${d}T${h}:${mi}${s !== undefined ? `:${s}` : ':00'}${offset}`;
  }

  // RFC 2822 (feeds, e-mail, some meta tags): Fri, 24 Jul 2015 05:36:09 +0100
  const rfc = /^(?:\w{3},\s*)?(\d{1,2})\s+(\w{3})\w*\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|GMT|UTC|UT|Z)?/i.exec(value);
  if (rfc) {
    const [, d, mon, y, h, mi, s, zone] = rfc;
    const month = MONTHS.indexOf(mon!.toLowerCase()) + 1;
    if (month > 0) {
      const offset = !zone || /^(GMT|UTC|UT|Z)$/i.test(zone) ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3)}`;
      return `${y}-${pad(month)}-${pad(+d!)}T${h}:${mi}:${s ?? '00'}${offset}`;
    }
  }

  // Unix time in seconds or milliseconds.
  if (/^\d{10}$/.test(value)) return isoFromUtcMillis(Number(value) * 1000);
  if (/^\d{13}$/.test(value)) return isoFromUtcMillis(Number(value));

  return findFirstDate(value)?.iso;
}

/** A date in a URL path: /2024/03/26/, /2024-03-26-, /20240326/. */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const m = /(?:^|\/)((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/-]|$)/.exec(pathname) ?? /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\//.exec(pathname);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}
