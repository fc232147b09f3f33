// Report periods as the definition holds them: calendar days (YYYY-MM-DD, both ends inclusive) in the user's own
// time zone, since "yesterday" means the reader's yesterday, not UTC's.

export interface Period {
  from: string | null;
  to: string | null;
}

export type QuickPeriod = 'yesterday' | 'last7' | 'thisMonth' | 'lastMonth';

export const QUICK_PERIODS: Array<[QuickPeriod, string]> = [
  ['yesterday', 'Yesterday'],
  ['last7', 'Last 7 days'],
  ['thisMonth', 'This month'],
  ['lastMonth', 'Last month'],
];

function day(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local dates built from parts: adding days this way stays right across daylight-saving changes. */
export function quickPeriod(which: QuickPeriod, today = new Date()): Period {
  const y = today.getFullYear();
  const m = today.getMonth();
  const d = today.getDate();
  switch (which) {
    case 'yesterday': {
      const yesterday = day(new Date(y, m, d - 1));
      return { from: yesterday, to: yesterday };
    }
    case 'last7':
      return { from: day(new Date(y, m, d - 6)), to: day(today) };
    case 'thisMonth':
      return { from: day(new Date(y, m, 1)), to: day(today) };
    case 'lastMonth':
      return { from: day(new Date(y, m - 1, 1)), to: day(new Date(y, m, 0)) };
  }
}

/** The day after an ISO day, for `before:` (which excludes its own day). */
export function dayAfter(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return day(new Date(y, m - 1, d + 1));
}

/** The period as query clauses, exactly as the report builder adds them to the query. */
export function periodClauses({ from, to }: Period): string {
  return [from ? `after:${from}` : '', to ? `before:${dayAfter(to)}` : ''].filter(Boolean).join(' ');
}

export function periodError({ from, to }: Period): string | null {
  return from && to && from > to ? 'The period ends before it starts.' : null;
}
