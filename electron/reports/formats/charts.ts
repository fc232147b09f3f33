// The report's charts as inline SVG: drawn by us so that they print crisply, need no script, and look the same in
// the HTML, the PDF printed from it and the preview.
import type { Count, ReportFigures } from '../model';
import { bucketLabel, bucketsOf, crossesYear, type TimeBucket, type TimeUnit, toneBucketsOf, toneUnitFor, unitFor } from '../timeline';
import { escapeHtml } from './escape';

const INK = '#1f2933';
const MUTED = '#7b8794';
const BAR = '#3e6e9c';
const SPIKE = '#c2410c';
const TONE = { positive: '#2f855a', neutral: '#a0aec0', negative: '#c53030' };
const FONT = 'font-family="Inter, Segoe UI, Helvetica, Arial, sans-serif"';

function frame(width: number, height: number, title: string, body: string): string {
  return `<figure class="chart"><svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg">${body}</svg><figcaption>${escapeHtml(title)}</figcaption></figure>`;
}

/** Tick labels for an axis of buckets: about seven, the first and last always; years named where the period crosses one. */
function axisLabels(buckets: readonly TimeBucket[], unit: TimeUnit, x: (i: number) => number, y: number): string {
  const years = crossesYear(buckets) && unit !== 'year';
  const every = Math.max(1, Math.ceil(buckets.length / 7));
  let lastYear = '';
  return buckets
    .map((b, i) => {
      // The last tick is skipped when it would crowd the regular one just before it.
      const regular = i % every === 0;
      const last = i === buckets.length - 1 && (buckets.length - 1) % every > every / 2;
      if (!regular && !last) return '';
      const year = b.start.slice(0, 4);
      const label = bucketLabel(b.start, unit, years && year !== lastYear);
      lastYear = year;
      return `<text x="${x(i).toFixed(1)}" y="${y}" font-size="9" text-anchor="middle" fill="${MUTED}" ${FONT}>${escapeHtml(label)}</text>`;
    })
    .join('');
}

/** Clips per day, week, month or year (whichever the period's length calls for), spikes marked. */
export function volumeChart(perDay: ReportFigures['perDay']): string {
  if (perDay.length === 0) return '';
  const unit = unitFor(perDay.length);
  const buckets = bucketsOf(perDay, unit);
  const width = 680;
  const height = 180;
  const left = 30;
  const bottom = 24;
  const max = Math.max(1, ...buckets.map((d) => d.count));
  const step = (width - left - 10) / buckets.length;
  const bars = buckets
    .map((d, i) => {
      const h = ((height - bottom - 16) * d.count) / max;
      const x = left + i * step;
      const bar = `<rect x="${x.toFixed(1)}" y="${(height - bottom - h).toFixed(1)}" width="${Math.max(1, step - 1).toFixed(1)}" height="${h.toFixed(1)}" fill="${d.spike ? SPIKE : BAR}"><title>${escapeHtml(bucketLabel(d.start, unit, true))}: ${d.count}</title></rect>`;
      const label = d.spike ? `<text x="${(x + step / 2).toFixed(1)}" y="${(height - bottom - h - 4).toFixed(1)}" font-size="9" text-anchor="middle" fill="${SPIKE}" ${FONT}>${d.count}</text>` : '';
      return bar + label;
    })
    .join('');
  const ticks = axisLabels(buckets, unit, (i) => left + i * step + step / 2, height - 8);
  const axis = `<line x1="${left}" y1="${height - bottom}" x2="${width - 10}" y2="${height - bottom}" stroke="${MUTED}" stroke-width="0.5"/><text x="${left - 4}" y="20" font-size="9" text-anchor="end" fill="${MUTED}" ${FONT}>${max}</text>`;
  const spikes = buckets.some((d) => d.spike);
  return frame(width, height, `Clips per ${unit}${spikes ? ` (${unit === 'day' ? 'spikes' : `${unit}s with a spike`} in orange)` : ''}`, axis + bars + ticks);
}

/** Horizontal bars for a ranking (outlets, officials, topics). */
export function rankingChart(title: string, counts: readonly Count[], limit = 8): string {
  const rows = counts.slice(0, limit);
  if (rows.length === 0) return '';
  const width = 330;
  const row = 20;
  const labelWidth = 130;
  const height = rows.length * row + 8;
  const max = Math.max(1, ...rows.map((r) => r.count));
  const body = rows
    .map((r, i) => {
      const y = 4 + i * row;
      const w = ((width - labelWidth - 40) * r.count) / max;
      const label = r.label.length > 24 ? `${r.label.slice(0, 23)}…` : r.label;
      return `<text x="${labelWidth - 6}" y="${y + 13}" font-size="10" text-anchor="end" fill="${INK}" ${FONT}>${escapeHtml(label)}</text><rect x="${labelWidth}" y="${y + 3}" width="${w.toFixed(1)}" height="${row - 7}" fill="${BAR}"/><text x="${(labelWidth + w + 4).toFixed(1)}" y="${y + 13}" font-size="10" fill="${MUTED}" ${FONT}>${r.count}</text>`;
    })
    .join('');
  return frame(width, height, title, body);
}

/** Tone by week, or by month or year when the period is long, as stacked bars labelled on their axis. */
export function toneChart(weeks: ReportFigures['toneByWeek'], periodDays: number, firstDay?: string): string {
  if (weeks.length === 0) return '';
  const unit = toneUnitFor(periodDays);
  const rows = toneBucketsOf(weeks, unit, firstDay);
  const width = 330;
  const height = 164;
  const bottom = 34;
  const max = Math.max(1, ...rows.map((w) => w.positive + w.neutral + w.negative));
  const step = (width - 20) / rows.length;
  const body = rows
    .map((w, i) => {
      let y = height - bottom;
      const x = 10 + i * step;
      return (['negative', 'neutral', 'positive'] as const)
        .map((tone) => {
          const h = ((height - bottom - 10) * w[tone]) / max;
          y -= h;
          return h > 0 ? `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(1, step - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="${TONE[tone]}"><title>${escapeHtml(bucketLabel(w.start, unit, true))} ${tone}: ${w[tone]}</title></rect>` : '';
        })
        .join('');
    })
    .join('');
  const buckets = rows.map((r) => ({ start: r.start, count: 0, spike: false }));
  const ticks = axisLabels(buckets, unit, (i) => 10 + i * step + step / 2, height - bottom + 11);
  const legend = (['positive', 'neutral', 'negative'] as const)
    .map((tone, i) => `<rect x="${10 + i * 80}" y="${height - 12}" width="8" height="8" fill="${TONE[tone]}"/><text x="${22 + i * 80}" y="${height - 4}" font-size="9" fill="${MUTED}" ${FONT}>${tone}</text>`)
    .join('');
  return frame(width, height, `Tone by ${unit}`, body + ticks + legend);
}
