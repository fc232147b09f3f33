// The report's time axis at the scale its period calls for: a few weeks read by day, a few months by week, a few
// years by month, longer by year. Charts, the XLSX summary and the DOCX figures all count by the same unit, so a
// ten-year library is not a row (or a bar) per day.
import type { ReportFigures } from './model';

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

export interface TimeBucket {
  /** The first day of the bucket (YYYY-MM-DD): the day, the Monday of the week, the 1st of the month or of January. */
  start: string;
  count: number;
  /** A day marked as a spike lies in the bucket. */
  spike: boolean;
}

const DAY = 86_400_000;

/** The unit for a period of this many days: at most about 60 bars whatever the length. */
export function unitFor(days: number): TimeUnit {
  if (days <= 62) return 'day';
  if (days <= 366) return 'week';
  if (days <= 366 * 5) return 'month';
  return 'year';
}

/** The Monday of a date's ISO week. */
export function mondayOf(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - weekday * DAY).toISOString().slice(0, 10);
}

export function bucketStart(day: string, unit: TimeUnit): string {
  if (unit === 'day') return day;
  if (unit === 'week') return mondayOf(day);
  if (unit === 'month') return `${day.slice(0, 7)}-01`;
  return `${day.slice(0, 4)}-01-01`;
}

/** The period's days (every one, quiet ones included) counted by the unit its length calls for. */
export function bucketsOf(perDay: ReportFigures['perDay'], unit: TimeUnit = unitFor(perDay.length)): TimeBucket[] {
  const buckets: TimeBucket[] = [];
  for (const d of perDay) {
    const start = bucketStart(d.day, unit);
    const last = buckets.at(-1);
    if (last && last.start === start) {
      last.count += d.count;
      last.spike ||= d.spike;
    } else buckets.push({ start, count: d.count, spike: d.spike });
  }
  return buckets;
}

/** The ISO week number of the week starting on this Monday, and the year it belongs to. */
export function isoWeek(monday: string): { year: number; week: number } {
  // The Thursday of the week decides its year (ISO 8601).
  const thursday = new Date(Date.parse(`${monday}T00:00:00Z`) + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return { year, week };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A bucket's label, short enough for an axis: "4 Mar", "W10", "Mar", "2024". With the year ("4 Mar 2024",
 * "W10 2024", "Mar 2024") when asked, which an axis does wherever a period crosses a year.
 */
export function bucketLabel(start: string, unit: TimeUnit, withYear: boolean): string {
  const year = start.slice(0, 4);
  const month = MONTHS[Number(start.slice(5, 7)) - 1] ?? '';
  if (unit === 'year') return year;
  if (unit === 'month') return withYear ? `${month} ${year}` : month;
  if (unit === 'week') {
    const w = isoWeek(start);
    return withYear ? `W${w.week} ${w.year}` : `W${w.week}`;
  }
  const day = `${Number(start.slice(8, 10))} ${month}`;
  return withYear ? `${day} ${year}` : day;
}

/** Whether the buckets span more than one calendar year (then the axis names the years). */
export function crossesYear(buckets: readonly TimeBucket[]): boolean {
  return buckets.length > 0 && buckets[0]!.start.slice(0, 4) !== buckets.at(-1)!.start.slice(0, 4);
}


export interface ToneBucket {
  start: string;
  positive: number;
  neutral: number;
  negative: number;
}

/** The unit tone is counted by: the week for a short period (a day would be too few clips), else the volume's unit. */
export function toneUnitFor(periodDays: number): TimeUnit {
  const unit = unitFor(periodDays);
  return unit === 'day' ? 'week' : unit;
}

/**
 * Tone by week summed into months or years when the period is long (a week counts in the month of its Monday). A
 * first week whose Monday falls before the period counts in the period's first bucket, so a period starting on
 * 1 October has no September bar.
 */
export function toneBucketsOf(weeks: ReportFigures['toneByWeek'], unit: TimeUnit, firstDay?: string): ToneBucket[] {
  const byStart = new Map<string, ToneBucket>();
  const first = firstDay === undefined ? null : bucketStart(firstDay, unit);
  for (const w of weeks) {
    const own = bucketStart(w.week, unit);
    const start = first !== null && own < first ? first : own;
    const sum = byStart.get(start) ?? { start, positive: 0, neutral: 0, negative: 0 };
    sum.positive += w.positive;
    sum.neutral += w.neutral;
    sum.negative += w.negative;
    byStart.set(start, sum);
  }
  // Quiet weeks, months or years between keep their place on the axis, so the bars stand where their time is.
  const starts = [...byStart.keys()].sort();
  const out: ToneBucket[] = [];
  for (let start = starts[0], end = starts.at(-1); start !== undefined && end !== undefined && start <= end; start = nextStart(start, unit)) {
    out.push(byStart.get(start) ?? { start, positive: 0, neutral: 0, negative: 0 });
  }
  return out;
}

/** The first day of the bucket after the one starting on `start`. */
function nextStart(start: string, unit: TimeUnit): string {
  const t = Date.parse(`${start}T00:00:00Z`);
  if (unit === 'day') return new Date(t + DAY).toISOString().slice(0, 10);
  if (unit === 'week') return new Date(t + 7 * DAY).toISOString().slice(0, 10);
  const d = new Date(t);
  if (unit === 'month') return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
  return `${d.getUTCFullYear() + 1}-01-01`;
}
