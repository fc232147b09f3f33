// The whole selection as JSON: every clip with its statements, topics, tags and tone, and the highlights as W3C Web
// Annotations (so another annotation tool can take them), plus the figures.
import { toWebAnnotation } from '../../annotations/web-annotation';
import type { ReportModel } from '../model';

export function renderJson(model: ReportModel): string {
  const clips = model.groups.flatMap((g) =>
    g.clips.map((clip) => ({
      id: clip.id,
      group: g.heading,
      title: clip.title,
      outlet: clip.outlet,
      byline: clip.byline,
      date: clip.date,
      url: clip.url,
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
          { id: clip.id, url: clip.url, title: clip.title, text: clip.text },
        ),
      ),
    })),
  );
  const { definition, generatedAt, period, sources, method, toneScale, summary, figures, statementsByOfficial } = model;
  return `${JSON.stringify({ report: { ...definition, generatedAt, period, sources, method, toneScale, summary }, figures, clips, statementsByOfficial }, null, 2)}\n`;
}
