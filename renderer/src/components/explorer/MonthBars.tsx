// A compact bar per month: how often an official spoke, at a glance. The months are named in the label and in
// each bar's tooltip, so the bars are never the only way to read the numbers.
import type { FacetCount } from '../../../../electron/api/types';

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthName = (ym: string) => monthFormat.format(new Date(`${ym}-01T00:00:00Z`));

/** Every month from the first to the last, so that silent months show as gaps. */
function fillMonths(months: readonly FacetCount[]): Array<{ month: string; count: number }> {
  if (months.length === 0) return [];
  const counts = new Map(months.map((m) => [m.value, m.count]));
  const sorted = [...counts.keys()].sort();
  const [y0, m0] = sorted[0]!.split('-').map(Number) as [number, number];
  const [y1, m1] = sorted.at(-1)!.split('-').map(Number) as [number, number];
  const out: Array<{ month: string; count: number }> = [];
  for (let y = y0, m = m0; (y < y1 || (y === y1 && m <= m1)) && out.length < 240; m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month: key, count: counts.get(key) ?? 0 });
  }
  return out;
}

export function MonthBars({ months }: { months: readonly FacetCount[] }) {
  const filled = fillMonths(months);
  if (filled.length === 0) return null;
  const max = Math.max(...filled.map((m) => m.count));
  const label = `By month: ${filled.filter((m) => m.count > 0).map((m) => `${monthName(m.month)} ${m.count}`).join(', ')}`;
  return (
    <figure className="month-bars" role="img" aria-label={label}>
      <div className="month-bars-row">
        {filled.map((m) => (
          <span key={m.month} className="month-bar" title={`${monthName(m.month)}: ${m.count}`}>
            <span style={{ height: `${Math.max(m.count > 0 ? 12 : 0, (m.count / max) * 100)}%` }} />
          </span>
        ))}
      </div>
      <figcaption>
        <span>{monthName(filled[0]!.month)}</span>
        {filled.length > 1 && <span>{monthName(filled.at(-1)!.month)}</span>}
      </figcaption>
    </figure>
  );
}
