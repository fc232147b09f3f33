// Dates in the user's locale. A date without a time is a calendar day and must not shift with the time zone.
// A time with an offset is shown as the outlet's clock showed it, with the offset; a time without one as written.
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const wallClockFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

function offsetLabel(zone: string): string {
  if (zone === 'Z' || zone === '+00:00') return 'UTC';
  const [, sign, hh, mm] = /^([+-])(\d{2}):(\d{2})$/.exec(zone) ?? [];
  return `UTC${sign}${Number(hh)}${mm && mm !== '00' ? `:${mm}` : ''}`;
}

export function formatPublished(iso: string | null): string {
  // An unknown publication date is said as such, never replaced by the time the clip was imported (issue 13).
  if (!iso) return 'Undated';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return dayFormat.format(new Date(`${iso}T00:00:00Z`));
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(iso);
  if (!m) return iso;
  // The wall-clock time as written, formatted as if it were UTC so the viewer's own zone does not shift it.
  const wall = new Date(`${m[1]}Z`);
  if (Number.isNaN(wall.getTime())) return iso;
  return m[2] ? `${wallClockFormat.format(wall)} ${offsetLabel(m[2])}` : wallClockFormat.format(wall);
}

/** The date of a clip for a list: its publication date, or "Undated" with the import time labelled as such. */
export function formatClipDate(publishedAt: string | null, clippedAt: string): string {
  return publishedAt ? formatPublished(publishedAt) : `Undated (clipped on ${dayFormat.format(new Date(clippedAt))})`;
}

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(undefined, { type: 'language' });
  } catch {
    return undefined;
  }
})();

export function languageName(code: string | null): string | null {
  if (!code) return null;
  return languageNames?.of(code) ?? code;
}

const countFormat = new Intl.NumberFormat();
export function formatCount(n: number): string {
  return countFormat.format(n);
}

/** A count with its noun in the number it needs: "1 statement", "2 statements". */
export function countOf(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

export function paragraphsOf(text: string): string[] {
  return text.split(/\n{2,}/).filter((p) => p.trim() !== '');
}
