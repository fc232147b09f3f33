// The report in Markdown: for a wiki, a mail or a repository. Highlights become ==marked== text (with the note as a
// footnote), which Markdown viewers that lack the mark syntax still show as plain text with its markers.
import type { ReportClip, ReportModel } from '../model';
import { paragraphsOf, runsOf, shownText } from './marks';

const md = (text: string) => text.replace(/([\\`*_[\]#<>|])/g, '\\$1');
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');

function clipMarkdown(clip: ReportClip, model: ReportModel, notes: string[]): string {
  const o = model.definition.options;
  const lines = [`### ${md(clip.title)}`, ''];
  const meta = [clip.outlet, clip.byline, day(clip.date), clip.language, clip.tone ? `${clip.tone}${clip.toneSuggested ? ' (suggested)' : ''}` : null, clip.topics.length ? `Topics: ${clip.topics.join(', ')}` : null]
    .filter(Boolean)
    .join(' · ');
  lines.push(`*${md(meta)}*`);
  if (clip.tags.length) lines.push('', `Tags: ${clip.tags.map((t) => `\`${t.name}\``).join(' ')}`);
  if (clip.url) lines.push('', `<${clip.url}>`);
  const { text, inside, outside } = shownText(clip, o.fullText || model.definition.template === 'dossier');
  const marks = o.annotations ? inside : [];
  for (const paragraph of paragraphsOf(runsOf(text, marks))) {
    const body = paragraph
      .map((run) => {
        const marked = run.highlights.length > 0 ? `==${md(run.text)}==` : md(run.text);
        const refs = run.ending
          .filter((a) => a.note)
          .map((a) => {
            notes.push(`${a.note}${a.tags.length ? ` (${a.tags.join(', ')})` : ''}`);
            return `[^${notes.length}]`;
          })
          .join('');
        return marked + refs;
      })
      .join('');
    lines.push('', clip.dir === 'rtl' ? `<div dir="rtl">\n\n${body}\n\n</div>` : body);
  }
  if (o.annotations && outside.length) {
    lines.push('', 'Highlights:', ...outside.map((a) => `- ==${md(a.exact)}==${a.start === null ? ' *(its place in the text was lost)*' : ''}${a.note ? ` — ${md(a.note)}` : ''}${a.tags.length ? ` (${a.tags.join(', ')})` : ''}`));
  }
  if (o.statements && clip.statements.length) {
    lines.push('', 'Statements:', ...clip.statements.map((s) => `- **${md(s.official ?? s.speaker ?? 'Unknown speaker')}** (${s.kind === 'direct' ? 'quotation' : 'reported'}${s.cue ? `, ${s.cue}` : ''}): “${md(s.text)}”`));
  }
  return lines.join('\n');
}

export function renderMarkdown(model: ReportModel): string {
  const d = model.definition;
  const out: string[] = [];
  const notes: string[] = [];
  if (d.organization) out.push(`**${md(d.organization)}**`, '');
  out.push(`# ${md(d.title)}`, '', `${day(model.period.from)} – ${day(model.period.to)}${d.author ? ` · ${md(d.author)}` : ''}`, '');
  if (d.template !== 'digest') {
    out.push('## About this report', '', `- **Sources:** ${model.sources.map(md).join(', ') || '—'}`, `- **Method:** ${md(model.method)}`, `- **Tone scale:** ${md(model.toneScale)}`, '');
  }
  out.push('## Summary', '', ...model.summary.map((s) => `- ${md(s)}`), '');
  if (d.template !== 'digest' && d.options.charts) {
    out.push('| Outlet | Clips |', '|---|---:|', ...model.figures.outlets.map((o) => `| ${md(o.label)} | ${o.count} |`), '');
  }
  if (d.template === 'statements') {
    out.push('## Statements by official', '');
    for (const o of model.statementsByOfficial) out.push(`### ${md(o.official)}`, '', ...o.statements.map((s) => `- ${day(s.date)} · ${md(s.outlet ?? '')} · ${md(s.clipTitle)}: “${md(s.text)}”`), '');
  } else {
    for (const group of model.groups) {
      out.push(`## ${md(group.heading ?? 'Clips')}`, '');
      for (const clip of group.clips) out.push(clipMarkdown(clip, model, notes), '');
    }
    if (d.template !== 'digest' && model.statementsByOfficial.length) {
      out.push('## Appendix: statements by official', '');
      for (const o of model.statementsByOfficial) out.push(`### ${md(o.official)}`, '', ...o.statements.map((s) => `- ${day(s.date)} · ${md(s.outlet ?? '')}: “${md(s.text)}”`), '');
    }
  }
  if (notes.length) out.push(...notes.map((n, i) => `[^${i + 1}]: ${md(n)}`), '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
