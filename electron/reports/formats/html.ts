// The report as one self-contained HTML page: the format people read, the live preview, and what the PDF is printed
// from. One stylesheet in the page (colours are its classes, never style attributes), charts are SVG, nothing is
// fetched; right-to-left clips are laid out right to left.
import { UNVERIFIED_MARK } from '../attribution';
import { undatedNote } from '../figures';
import type { ReportClip, ReportModel, ReportStatement } from '../model';
import { rankingChart, toneChart, volumeChart } from './charts';
import { escapeHtml as e, webLink } from './escape';
import { paragraphsOf, runsOf, shownText } from './marks';
import { Palette } from './palette';
import { joinPresent, quoted } from './quote';

// Latin fonts come before the CJK ones: a CJK font reached first for Latin text sets ’ and “ full-width ("won’ t").
const STYLE = `
@page { size: A4; margin: 18mm 16mm 20mm; }
:root { color-scheme: light; }
body { font: 10.5pt/1.5 Inter, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "Liberation Sans", "DejaVu Sans", "Noto Sans CJK SC", "Microsoft YaHei", Helvetica, Arial, sans-serif; color: #1f2933; margin: 0 auto; max-width: 820px; padding: 24px; background: #fff; }
h1 { font-size: 22pt; margin: 0 0 4px; letter-spacing: -0.01em; }
h2 { font-size: 14pt; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid #cbd2d9; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 0 0 2px; break-after: avoid; }
a { color: #2c5282; }
.cover { border-bottom: 3px solid #1f2933; padding-bottom: 12px; margin-bottom: 18px; }
.cover .org { text-transform: uppercase; letter-spacing: 0.08em; font-size: 9pt; color: #52606d; }
.cover .period { font-size: 12pt; color: #3e4c59; }
.cover .by { font-size: 9pt; color: #7b8794; }
.cover-page .scope { color: #3e4c59; margin: 0 0 12px; }
.cover-page .highlights li { margin: 3px 0; }
.cover-page .contents ol { padding-left: 20px; columns: 2; column-gap: 24px; }
.cover-page .contents li { margin: 2px 0; break-inside: avoid; }
@media print { .cover-page .cover { margin-top: 30mm; } .cover-page h1 { font-size: 28pt; } }
.front dl { display: grid; grid-template-columns: 9em 1fr; gap: 4px 12px; margin: 0; }
.front dt { color: #52606d; }
.front dd { margin: 0; }
.summary li { margin: 2px 0; }
.figures { display: flex; gap: 18px; margin: 10px 0; }
.figures div { flex: 1; border: 1px solid #e4e7eb; border-radius: 6px; padding: 8px 10px; }
.figures b { display: block; font-size: 16pt; }
.figures span { font-size: 8.5pt; color: #7b8794; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 16px; }
.charts .wide { grid-column: 1 / -1; }
figure.chart { margin: 0; break-inside: avoid; }
figure.chart figcaption { font-size: 8.5pt; color: #7b8794; }
.clip { break-inside: avoid-page; margin: 0 0 18px; padding-bottom: 12px; border-bottom: 1px solid #e4e7eb; }
.clip.pinned h3::before { content: "★ "; color: #b7791f; }
.meta { font-size: 8.5pt; color: #52606d; margin-bottom: 4px; }
.meta .tone-positive { color: #2f855a; } .meta .tone-negative { color: #c53030; } .meta .suggested { font-style: italic; }
.tags span { display: inline-block; font-size: 8pt; border-radius: 8px; padding: 0 6px; margin-right: 4px; border: 1px solid rgba(0,0,0,.15); }
.text p { margin: 0 0 6px; }
mark { border-radius: 2px; padding: 0 1px; color: inherit; }
sup.note { font-size: 7pt; color: #9c4221; }
.notes { font-size: 9pt; margin: 6px 0 0; padding-left: 18px; color: #3e4c59; }
.statements { font-size: 9.5pt; margin: 6px 0 0; padding-left: 18px; }
.statements .who { font-weight: 600; }
.statements .kind { color: #7b8794; font-size: 8pt; }
[dir="rtl"] .notes, [dir="rtl"] .statements { padding-left: 0; padding-right: 18px; }
.appendix .official { break-inside: avoid-page; }
.appendix li { margin: 3px 0; }
.sources li { font-size: 9.5pt; }
footer.colophon { margin-top: 30px; font-size: 8pt; color: #9aa5b1; }
@media print { body { padding: 0; max-width: none; } h2 { break-before: auto; } .cover-page { break-after: page; } }
`;

/** Should anything slip past the escaping, a browser opening the file still runs no script and fetches nothing. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; form-action 'none'; base-uri 'none'";

const longDate = (iso: string | null) => (iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : '');

/** A clip's or a statement's date; "Undated" when the clip has none (never the time it was clipped). */
const entryDate = (iso: string | null) => (iso ? longDate(iso) : 'Undated');

function periodText(model: ReportModel): string {
  const { from, to } = model.period;
  // The period covers dated clips only, so undated ones are named beside it.
  const undated = model.figures.undatedCount > 0 ? undatedNote(model.figures.undatedCount) : '';
  if (!from && !to) return undated;
  const range = from === to ? longDate(from) : from && to ? `${longDate(from)} – ${longDate(to)}` : from ? `From ${longDate(from)}` : `Up to ${longDate(to)}`;
  return undated ? `${range}; ${undated}` : range;
}

function cover(model: ReportModel): string {
  const d = model.definition;
  const by = joinPresent([d.author ? `Prepared by ${d.author}` : null, `Generated ${longDate(model.generatedAt)}`]);
  return `<header class="cover">${d.organization ? `<div class="org">${e(d.organization)}</div>` : ''}<h1>${e(d.title)}</h1><div class="period">${e(periodText(model))}</div><div class="by">${e(by)}</div></header>`;
}

function figureBoxes(model: ReportModel): string {
  const f = model.figures;
  return `<div class="figures">${[
    [f.clipCount, 'clips'],
    [f.outletCount, 'outlets'],
    [f.statementCount, 'statements'],
    [f.officialCount, 'speakers quoted'],
  ]
    .map(([n, label]) => `<div><b>${Number(n).toLocaleString('en')}</b><span>${label}</span></div>`)
    .join('')}</div>`;
}

/** The first page when printed: what, when, from where, the headline figures and what follows (a contents list). */
function coverPage(model: ReportModel, contents: readonly string[]): string {
  const scope = joinPresent([model.figures.outletCount > 0 ? `${model.figures.outletCount.toLocaleString('en')} outlet${model.figures.outletCount === 1 ? '' : 's'}` : null, model.method], '; ');
  // Titles only, no in-page links: the printed PDF has its outline (bookmarks), and a report links only to the web.
  const list = contents.map((title) => `<li>${e(title)}</li>`).join('');
  return `<section class="cover-page">${cover(model)}<p class="scope">${e(scope)}</p>${figureBoxes(model)}<ul class="highlights">${model.summary
    .slice(0, 3)
    .map((line) => `<li>${e(line)}</li>`)
    .join('')}</ul><div class="contents"><h2>Contents</h2><ol>${list}</ol></div></section>`;
}

function frontMatter(model: ReportModel): string {
  const sources = model.sources.length > 12 ? `${model.sources.slice(0, 12).map(e).join(', ')} and ${model.sources.length - 12} more` : model.sources.map(e).join(', ');
  return `<section class="front"><h2>About this report</h2><dl><dt>Period</dt><dd>${e(periodText(model)) || '—'}</dd><dt>Sources</dt><dd>${sources || '—'}</dd><dt>Method</dt><dd>${e(model.method)}</dd><dt>Tone scale</dt><dd>${e(model.toneScale)}</dd></dl></section>`;
}

function summary(model: ReportModel, charts: boolean): string {
  const f = model.figures;
  const chartBlock = charts
    ? `<div class="charts"><div class="wide">${volumeChart(f.perDay)}</div>${rankingChart('Top outlets', f.outlets)}${toneChart(f.toneByWeek, f.perDay.length, f.perDay[0]?.day)}${rankingChart('Officials quoted (statements)', f.officials)}${rankingChart('Topics', f.topics)}</div>`
    : '';
  return `<section class="summary"><h2>Summary</h2><ul>${model.summary.map((s) => `<li>${e(s)}</li>`).join('')}</ul>${chartBlock}</section>`;
}

function clipText(clip: ReportClip, fullText: boolean, withAnnotations: boolean, palette: Palette): string {
  const { text, inside, outside } = shownText(clip, fullText);
  const marks = withAnnotations ? inside : [];
  const noted = marks.filter((a) => a.note);
  const number = new Map(noted.map((a, i) => [a.id, i + 1]));
  const paragraphs = paragraphsOf(runsOf(text, marks))
    .map(
      (runs) =>
        `<p>${runs
          .map((run) => {
            const top = run.highlights.at(-1);
            const body = top ? `<mark class="${palette.background(top.color)}">${e(run.text)}</mark>` : e(run.text);
            const notes = run.ending.filter((a) => number.has(a.id)).map((a) => `<sup class="note">${number.get(a.id)}</sup>`).join('');
            return body + notes;
          })
          .join('')}</p>`,
    )
    .join('');
  const noteList = noted.length > 0 ? `<ol class="notes">${noted.map((a) => `<li>${e(a.note!)}${a.tags.length ? ` <em>(${a.tags.map(e).join(', ')})</em>` : ''}</li>`).join('')}</ol>` : '';
  const elsewhere = withAnnotations && outside.length > 0
    ? `<ul class="notes">${outside.map((a) => `<li><mark class="${palette.background(a.color)}">${e(a.exact)}</mark>${a.start === null ? ' <em>(its place in the text was lost)</em>' : ''}${a.note ? ` — ${e(a.note)}` : ''}${a.tags.length ? ` <em>(${a.tags.map(e).join(', ')})</em>` : ''}</li>`).join('')}</ul>`
    : '';
  return `<div class="text">${paragraphs}</div>${noteList}${elsewhere}`;
}

function statementItem(s: ReportStatement): string {
  const who = s.official ?? s.speaker ?? 'Unknown speaker';
  return `<li><span class="who">${e(who)}</span>${s.unverified ? ` <span class="unverified">${e(UNVERIFIED_MARK)}</span>` : ''} <span class="kind">${s.kind === 'direct' ? 'quotation' : 'reported'}${s.cue ? ` · ${e(s.cue)}` : ''}</span><br>${e(quoted(s.text))}</li>`;
}

/** A link when the address is a web one; anything else (`javascript:`, `file:`, `data:`…) is shown, never linked. */
function address(url: string, label: string): string {
  const href = webLink(url);
  return href ? `<a href="${e(href)}">${e(label)}</a>` : `<span class="address">${e(url)}</span>`;
}

function clipEntry(clip: ReportClip, model: ReportModel, palette: Palette): string {
  const o = model.definition.options;
  const meta = [
    clip.outlet ? e(clip.outlet) : '',
    clip.byline ? e(clip.byline) : '',
    e(entryDate(clip.date)),
    clip.language ? e(clip.language) : '',
    clip.tone ? `<span class="tone-${e(clip.tone)}${clip.toneSuggested ? ' suggested' : ''}">${e(clip.tone)}${clip.toneSuggested ? ' (suggested)' : ''}</span>` : '',
    clip.topics.length ? `Topics: ${clip.topics.map(e).join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const tags = clip.tags.length ? `<div class="tags">${clip.tags.map((t) => `<span class="${palette.background(t.color)}">${e(t.name)}</span>`).join('')}</div>` : '';
  const link = clip.url ? `<div class="meta">${address(clip.url, clip.url)}</div>` : '';
  const statements = o.statements && clip.statements.length > 0 ? `<ul class="statements">${clip.statements.map(statementItem).join('')}</ul>` : '';
  const lang = clip.language ? ` lang="${e(clip.language)}"` : '';
  return `<article class="clip${clip.pinned ? ' pinned' : ''}" dir="${clip.dir}"${lang}><h3>${e(clip.title)}</h3><div class="meta">${meta}</div>${tags}${link}${clipText(clip, o.fullText || model.definition.template === 'dossier', o.annotations, palette)}${statements}</article>`;
}

function appendix(model: ReportModel, heading: string): string {
  if (model.statementsByOfficial.length === 0) return '';
  const body = model.statementsByOfficial
    .map(
      (o) =>
        `<div class="official"><h3>${e(o.official)} <span class="meta">(${o.statements.length})</span></h3><ul>${o.statements
          .map((s) => `<li><span class="meta">${e(joinPresent([entryDate(s.date), s.outlet, s.clipTitle, s.unverified ? UNVERIFIED_MARK : null]))}</span><br>${e(quoted(s.text))}</li>`)
          .join('')}</ul></div>`,
    )
    .join('');
  return `<section class="appendix"><h2>${e(heading)}</h2>${body}</section>`;
}

function sourcesList(model: ReportModel): string {
  const clips = model.groups.flatMap((g) => g.clips);
  return `<section class="sources"><h2>Sources</h2><ol>${clips.map((c) => `<li>${e(joinPresent([c.title, joinPresent([c.outlet, entryDate(c.date)], ', ')], ' — '))}${c.url ? ` ${address(c.url, 'link')}` : ''}</li>`).join('')}</ol></section>`;
}

export function renderHtml(model: ReportModel): string {
  const d = model.definition;
  const charts = d.options.charts;
  const palette = new Palette();
  const sections: Array<{ title: string; html: string }> = [];
  if (d.template !== 'digest') sections.push({ title: 'About this report', html: frontMatter(model) }, { title: 'Summary', html: summary(model, charts) });
  if (d.template === 'statements') {
    sections.push({ title: 'Statements by official', html: appendix(model, 'Statements by official') }, { title: 'Sources', html: sourcesList(model) });
  } else {
    for (const group of model.groups) {
      const title = group.heading ?? 'Clips';
      sections.push({ title, html: `<section class="group"><h2>${e(title)}</h2>${group.clips.map((c) => clipEntry(c, model, palette)).join('')}</section>` });
    }
    if (d.template !== 'digest') sections.push({ title: 'Appendix: statements by official', html: appendix(model, 'Appendix: statements by official') });
  }
  const shown = sections.filter((section) => section.html !== '');
  // A digest is a page or two: its header and three lines of summary, no cover page of its own.
  const parts =
    d.template === 'digest'
      ? [cover(model), `<section class="summary"><ul>${model.summary.slice(0, 3).map((line) => `<li>${e(line)}</li>`).join('')}</ul></section>`]
      : [coverPage(model, shown.map((section) => section.title))];
  parts.push(...shown.map((section) => section.html));
  parts.push(`<footer class="colophon">Made with Verbatim · ${e(model.generatedAt.slice(0, 16).replace('T', ' '))} UTC</footer>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(d.title)}</title><style>${STYLE}${palette.css()}</style></head><body>${parts.join('\n')}</body></html>`;
}
