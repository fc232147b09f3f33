// The headline figures of a report and the executive summary written from them: volume per day with its spikes,
// outlets, officials quoted, topics, languages and tone (overall and by week).
import type { Count, ReportClip, ReportFigures } from './model';
import { mondayOf } from './timeline';

const DAY = 86_400_000;
/** A century of days: bounded, and charts and tables count them by week, month or year, never one by one. */
const MAX_DAYS = 36_600;
const dayOf = (date: string) => date.slice(0, 10);
const top = (counts: Map<string, number>, limit = 10): Count[] =>
  [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([label, count]) => ({ label, count }));
const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

export function figuresOf(clips: readonly ReportClip[], from: string | null, to: string | null): ReportFigures {
  const perDayCount = new Map<string, number>();
  const outlets = new Map<string, number>();
  const officials = new Map<string, number>();
  const topics = new Map<string, number>();
  const languages = new Map<string, number>();
  const tone = { positive: 0, neutral: 0, negative: 0, unset: 0 };
  const weeks = new Map<string, { positive: number; neutral: number; negative: number }>();
  let statementCount = 0;
  const speakerKinds = { person: 0, institution: 0, anonymous: 0, unknown: 0 };
  let annotationCount = 0;
  let undatedCount = 0;
  for (const clip of clips) {
    // An undated clip counts everywhere but on the time axis: no day, no week.
    const day = clip.date ? dayOf(clip.date) : null;
    if (day) bump(perDayCount, day);
    else undatedCount++;
    if (clip.outlet) bump(outlets, clip.outlet);
    if (clip.language) bump(languages, clip.language);
    for (const topic of clip.topics) bump(topics, topic);
    for (const s of clip.statements) {
      statementCount++;
      speakerKinds[s.speakerKind]++;
      const who = s.official ?? s.speaker;
      if (who) bump(officials, who);
    }
    annotationCount += clip.annotations.length;
    if (clip.tone) {
      tone[clip.tone]++;
      if (day) {
        const week = mondayOf(day);
        const w = weeks.get(week) ?? { positive: 0, neutral: 0, negative: 0 };
        w[clip.tone]++;
        weeks.set(week, w);
      }
    } else tone.unset++;
  }
  // Every day of the period, quiet ones included, so the chart's time axis is honest.
  const days = [...perDayCount.keys()].sort();
  const first = from?.slice(0, 10) ?? days[0];
  const last = to?.slice(0, 10) ?? days.at(-1);
  const perDay: ReportFigures['perDay'] = [];
  if (first && last) {
    for (let t = Date.parse(`${first}T00:00:00Z`), end = Date.parse(`${last}T00:00:00Z`); t <= end && perDay.length < MAX_DAYS; t += DAY) {
      const day = new Date(t).toISOString().slice(0, 10);
      perDay.push({ day, count: perDayCount.get(day) ?? 0, spike: false });
    }
  }
  // A spike: at least three clips and more than the mean plus two standard deviations.
  const mean = perDay.reduce((n, d) => n + d.count, 0) / Math.max(1, perDay.length);
  const sd = Math.sqrt(perDay.reduce((n, d) => n + (d.count - mean) ** 2, 0) / Math.max(1, perDay.length));
  for (const d of perDay) d.spike = d.count >= 3 && d.count > mean + 2 * sd;
  return {
    clipCount: clips.length,
    outletCount: outlets.size,
    statementCount,
    officialCount: officials.size,
    speakerKinds,
    annotationCount,
    undatedCount,
    perDay,
    outlets: top(outlets),
    officials: top(officials),
    topics: top(topics),
    languages: top(languages),
    tone,
    toneByWeek: [...weeks.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([week, w]) => ({ week, ...w })),
  };
}

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
const longDate = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const percent = (n: number, of: number) => `${Math.round((100 * n) / Math.max(1, of))}%`;

/** "1 undated clip", "3 undated clips": said wherever a period is, so the period is not read as covering them. */
export function undatedNote(n: number): string {
  return `${n.toLocaleString('en')} undated clip${n === 1 ? '' : 's'}`;
}

/**
 * " (9 by people, 2 by institutions, 1 from an anonymous source)": said only when not every statement is a person's,
 * so that a body speaking or a source without a name is never counted as a person quoted.
 */
function kindsNote(kinds: ReportFigures['speakerKinds'], total: number): string {
  if (kinds.person === total) return '';
  const parts = [
    kinds.person > 0 ? `${kinds.person.toLocaleString('en')} by ${kinds.person === 1 ? 'a person' : 'people'}` : null,
    kinds.institution > 0 ? `${kinds.institution.toLocaleString('en')} by ${kinds.institution === 1 ? 'an institution' : 'institutions'}` : null,
    kinds.anonymous > 0 ? `${kinds.anonymous.toLocaleString('en')} from ${kinds.anonymous === 1 ? 'an anonymous source' : 'anonymous sources'}` : null,
    kinds.unknown > 0 ? `${kinds.unknown.toLocaleString('en')} without a known speaker` : null,
  ].filter((p): p is string => p !== null);
  return ` (${parts.join(', ')})`;
}

export function summaryOf(f: ReportFigures, period: { from: string | null; to: string | null }): string[] {
  const lines: string[] = [];
  const when = period.from && period.to ? (period.from === period.to ? ` on ${longDate(period.from)}` : ` between ${longDate(period.from)} and ${longDate(period.to)}`) : '';
  const undated = f.undatedCount > 0 ? ` (${undatedNote(f.undatedCount)})` : '';
  // Clips whose outlet nobody knows are not "from 0 outlets".
  const from = f.outletCount > 0 ? ` from ${plural(f.outletCount, 'outlet')}` : '';
  lines.push(`${plural(f.clipCount, 'clip')}${from}${when}${undated}.`);
  const busiest = [...f.perDay].sort((a, b) => b.count - a.count)[0];
  if (busiest && f.perDay.length > 1) {
    const spikes = f.perDay.filter((d) => d.spike);
    lines.push(`Busiest day: ${longDate(busiest.day)} (${plural(busiest.count, 'clip')})${spikes.length > 0 ? `; ${plural(spikes.length, 'spike')} in coverage` : ''}.`);
  }
  if (f.outlets.length > 0) lines.push(`Most coverage: ${f.outlets.slice(0, 3).map((o) => `${o.label} (${o.count})`).join(', ')}.`);
  if (f.officials.length > 0) {
    lines.push(`${plural(f.statementCount, 'statement')} by ${plural(f.officialCount, 'speaker')}${kindsNote(f.speakerKinds, f.statementCount)}; most quoted: ${f.officials.slice(0, 3).map((o) => `${o.label} (${o.count})`).join(', ')}.`);
  }
  const rated = f.tone.positive + f.tone.neutral + f.tone.negative;
  if (rated > 0) {
    lines.push(`Tone: ${percent(f.tone.positive, rated)} positive, ${percent(f.tone.neutral, rated)} neutral, ${percent(f.tone.negative, rated)} negative${f.tone.unset > 0 ? ` (${plural(f.tone.unset, 'clip')} without a tone)` : ''}.`);
  }
  if (f.topics.length > 0) lines.push(`Leading topics: ${f.topics.slice(0, 4).map((t) => `${t.label} (${t.count})`).join(', ')}.`);
  if (f.annotationCount > 0) lines.push(`${plural(f.annotationCount, 'highlight')} and notes by the team are included.`);
  return lines;
}
