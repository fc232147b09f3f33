// The whole selection as JSON: every clip with its statements, topics, tags and tone, and the highlights as W3C Web
// Annotations (so another annotation tool can take them), plus the figures. `url` is only ever a web address (another
// tool may make it a link); one that is not (a library from before addresses were checked) is kept as `rejectedUrl`.
import { toWebAnnotation } from '../../annotations/web-annotation';
import type { ReportModel } from '../model';
import { webLink } from './escape';

export function renderJson(model: ReportModel): string {
  const clips = model.groups.flatMap((g) =>
    g.clips.map((clip) => {
      const url = webLink(clip.url);
      return {
        id: clip.id,
        group: g.heading,
        title: clip.title,
        outlet: clip.outlet,
        byline: clip.byline,
        date: clip.date,
        url,
        ...(clip.url && !url && { rejectedUrl: clip.url }),
        language: clip.language,
        dir: clip.dir,
        tone: clip.tone,
        toneSuggested: clip.toneSuggested,
        topics: clip.topics,
        tags: clip.tags,
        pinned: clip.pinned,
        text: clip.text,
        statements: clip.statements,
        annotations: clip.annotations.map((a) =>
          toWebAnnotation(
            { id: a.id, articleId: clip.id, start: a.start ?? -1, end: a.end ?? -1, exact: a.exact, prefix: a.prefix, suffix: a.suffix, color: a.color, note: a.note, tags: a.tags, statementId: a.statementId, created: a.created, modified: a.modified, orphaned: a.start === null },
            { id: clip.id, url, title: clip.title, text: clip.text },
          ),
        ),
      };
    }),
  );
  const { definition, generatedAt, period, sources, method, toneScale, summary, figures, statementsByOfficial } = model;
  const json = JSON.stringify({ report: { ...definition, generatedAt, period, sources, method, toneScale, summary }, figures, clips, statementsByOfficial }, null, 2);
  // The same JSON with < > & and the line separators as \u escapes: safe to paste into an HTML page or a script.
  return `${json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
