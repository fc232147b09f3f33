// The report in Markdown: for a wiki, a mail or a repository. Highlights become ==marked== text (with the note as a
// footnote), which Markdown viewers that lack the mark syntax still show as plain text with its markers.
// Everything but the report's own structure was written by strangers (titles, outlets, tags, notes, addresses), so it
// is escaped until no viewer can find HTML, a link, an image, a code span or a block (a list, a heading) in it; only
// web addresses become links.
import { UNVERIFIED_MARK } from '../attribution';
import { undatedNote } from '../figures';
import type { ReportClip, ReportModel } from '../model';
import { closeBidi, webLink } from './escape';
import { paragraphsOf, runsOf, shownText } from './marks';
import { joinPresent, quoted } from './quote';

// The ASCII punctuation CommonMark and GFM read inside a line (raw HTML, links and images, code spans, emphasis,
// tables, entities, strikethrough, ==marks==); a backslash before each one makes it literal in every viewer.
const INLINE = /[\\`*_[\]<>#|&~=]/g;
const escapeInline = (text: string) => text.replace(INLINE, '\\$&');

/** Makes literal what would open a block at the start of a line: a list item, an ordered item, indented code. */
const literalLineStarts = (text: string) => text.replace(/^[ \t]+/gm, '').replace(/^([-+])/gm, '\\$1').replace(/^(\d+)([.)])/gm, '$1\\$2');

/** Text that must stay on one line (a heading, a list item, a table cell, a footnote): line breaks become spaces. */
const line = (text: string) => literalLineStarts(escapeInline(closeBidi(text.replace(/[\s\u0085]+/g, ' ').trim())));

/** A paragraph of the clip's text: its line breaks kept, each line's open bidi controls closed at its end. */
const closeBidiLines = (text: string) => text.split('\n').map(closeBidi).join('\n');

/**
 * A tag as a code span. Backslashes do not work inside code spans, so the fence is one backtick longer than the
 * longest run inside (CommonMark), with a space inside it when the name starts or ends with a backtick.
 */
function codeSpan(text: string): string {
  const content = closeBidi(text.replace(/[\s\u0085]+/g, ' ').trim());
  if (content === '') return '';
  const longest = (content.match(/`+/g) ?? []).reduce((max, run) => Math.max(max, run.length), 0);
  const fence = '`'.repeat(longest + 1);
  const pad = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** The clip's address: an autolink when it is a web address (what could end it percent-encoded), else plain text. */
function address(url: string): string {
  const href = webLink(url);
  if (!href) return `Address (not a web address, not linked): ${line(url)}`;
  return `<${href.replace(/[<>()\s"'`\\[\]{}|^]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}>`;
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');
/** A clip's or a statement's date; "undated" when the clip has none (never the time it was clipped). */
const entryDay = (iso: string | null) => (iso ? iso.slice(0, 10) : 'undated');

function clipMarkdown(clip: ReportClip, model: ReportModel, notes: string[]): string {
  const o = model.definition.options;
  const lines = [`### ${line(clip.title)}`, ''];
  const meta = [clip.outlet, clip.byline, entryDay(clip.date), clip.language, clip.tone ? `${clip.tone}${clip.toneSuggested ? ' (suggested)' : ''}` : null, clip.topics.length ? `Topics: ${clip.topics.join(', ')}` : null]
    .filter(Boolean)
    .join(' · ');
  lines.push(`*${line(meta)}*`);
  if (clip.tags.length) lines.push('', `Tags: ${clip.tags.map((t) => codeSpan(t.name)).filter(Boolean).join(' ')}`);
  if (clip.url) lines.push('', address(clip.url));
  const { text, inside, outside } = shownText(clip, o.fullText || model.definition.template === 'dossier');
  const marks = o.annotations ? inside : [];
  for (const paragraph of paragraphsOf(runsOf(text, marks))) {
    const joined = paragraph
      .map((run) => {
        const runText = escapeInline(run.text.replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n'));
        const marked = run.highlights.length > 0 ? `==${runText}==` : runText;
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
    const body = closeBidiLines(literalLineStarts(joined));
    lines.push('', clip.dir === 'rtl' ? `<div dir="rtl">\n\n${body}\n\n</div>` : body);
  }
  if (o.annotations && outside.length) {
    lines.push('', 'Highlights:', ...outside.map((a) => `- ==${line(a.exact)}==${a.start === null ? ' *(its place in the text was lost)*' : ''}${a.note ? ` — ${line(a.note)}` : ''}${a.tags.length ? ` (${line(a.tags.join(', '))})` : ''}`));
  }
  if (o.statements && clip.statements.length) {
    lines.push('', 'Statements:', ...clip.statements.map((s) => `- **${line(s.official ?? s.speaker ?? 'Unknown speaker')}**${s.unverified ? ` ${UNVERIFIED_MARK}` : ''} (${s.kind === 'direct' ? 'quotation' : 'reported'}${s.cue ? `, ${line(s.cue)}` : ''}): ${line(quoted(s.text))}`));
  }
  return lines.join('\n');
}

export function renderMarkdown(model: ReportModel): string {
  const d = model.definition;
  const out: string[] = [];
  const notes: string[] = [];
  if (d.organization) out.push(`**${line(d.organization)}**`, '');
  out.push(`# ${line(d.title)}`, '', `${day(model.period.from)} – ${day(model.period.to)}${model.figures.undatedCount > 0 ? ` (${undatedNote(model.figures.undatedCount)})` : ''}${d.author ? ` · ${line(d.author)}` : ''}`, '');
  if (d.template !== 'digest') {
    out.push('## About this report', '', `- **Sources:** ${model.sources.map(line).join(', ') || '—'}`, `- **Method:** ${line(model.method)}`, `- **Tone scale:** ${line(model.toneScale)}`, '');
  }
  out.push('## Summary', '', ...model.summary.map((s) => `- ${line(s)}`), '');
  if (d.template !== 'digest' && d.options.charts) {
    out.push('| Outlet | Clips |', '|---|---:|', ...model.figures.outlets.map((o) => `| ${line(o.label)} | ${o.count} |`), '');
  }
  if (d.template === 'statements') {
    out.push('## Statements by official', '');
    for (const o of model.statementsByOfficial) out.push(`### ${line(o.official)}`, '', ...o.statements.map((s) => `- ${joinPresent([entryDay(s.date), s.outlet ? line(s.outlet) : null, line(s.clipTitle)])}: ${line(quoted(s.text))}${s.unverified ? ` ${UNVERIFIED_MARK}` : ''}`), '');
  } else {
    for (const group of model.groups) {
      out.push(`## ${line(group.heading ?? 'Clips')}`, '');
      for (const clip of group.clips) out.push(clipMarkdown(clip, model, notes), '');
    }
    if (d.template !== 'digest' && model.statementsByOfficial.length) {
      out.push('## Appendix: statements by official', '');
      for (const o of model.statementsByOfficial) out.push(`### ${line(o.official)}`, '', ...o.statements.map((s) => `- ${joinPresent([entryDay(s.date), s.outlet ? line(s.outlet) : null])}: ${line(quoted(s.text))}${s.unverified ? ` ${UNVERIFIED_MARK}` : ''}`), '');
    }
  }
  if (notes.length) out.push(...notes.map((n, i) => `[^${i + 1}]: ${line(n)}`), '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
