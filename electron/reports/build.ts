// Gathers a report from the library: the selection (a query or a saved search, a period, clips picked by hand,
// pinned, reordered, excluded), every clip with what people added to it, and the figures for the summary and the
// charts. The result is a ReportModel that every format renders without touching the library again.
import type { Database } from 'better-sqlite3';
import type { Tone } from '../../db/types';
import { RouteError } from '../api/errors';
import { tryParseQuery } from '../query/parse';
import type { SearchService } from '../search/service';
import { figuresOf, summaryOf } from './figures';
import type { ReportAnnotation, ReportClip, ReportDefinition, ReportGroup, ReportModel, ReportStatement } from './model';
import { applyAttributionPolicy, leftOutSentence, type AttributionPolicy, type StatementRead } from './attribution';
import { NEEDS_REVIEW_SQL } from '../statements/review';

/** A report is for reading: beyond this many clips it is an export, and `verbatim search --json` serves better. */
export const MAX_REPORT_CLIPS = 10_000;
const EXCERPT = 600;

interface ClipRow {
  id: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  date: string | null;
  url: string | null;
  language: string | null;
  dir: string | null;
  text: string;
  tone: Tone | null;
  suggested: Tone | null;
}

const dayAfter = (date: string) => new Date(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const ids = (values: readonly string[]) => JSON.stringify(values);

export function excerptOf(text: string): string {
  if (text.length <= EXCERPT) return text;
  const paragraphEnd = text.indexOf('\n\n', EXCERPT / 2);
  if (paragraphEnd > 0 && paragraphEnd <= EXCERPT * 1.3) return text.slice(0, paragraphEnd);
  const cut = text.slice(0, EXCERPT);
  const sentence = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('." '), cut.lastIndexOf('.” '));
  return sentence > EXCERPT / 2 ? cut.slice(0, sentence + 1) : `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

export class ReportBuilder {
  constructor(
    private readonly db: Database,
    private readonly search: SearchService,
  ) {}

  /** The clip ids a definition selects, in report order. Throws a clear error for a bad query or an empty selection. */
  select(definition: ReportDefinition): string[] {
    const { query, from, to, picked, excluded, pinned, order } = definition.selection;
    // The query is checked on its own first, so that an error points at the place in what the person typed.
    if (query?.trim()) {
      const parsed = tryParseQuery(query);
      if (!parsed.ok) throw new RouteError('INVALID_QUERY', `The query does not parse (at character ${parsed.error.position + 1}): ${parsed.error.message}`);
    }
    const period = [from ? `after:${from.slice(0, 10)}` : '', to ? `before:${dayAfter(to)}` : ''].filter(Boolean).join(' ');
    const text = [query?.trim() ? `(${query.trim()})` : '', period].filter(Boolean).join(' ');
    let found: string[] = [];
    if (text !== '' || picked.length === 0) {
      const result = this.search.articleIds(text);
      if (result.error) throw new RouteError('INVALID_QUERY', `The query does not parse (at character ${result.error.position + 1}): ${result.error.message}`);
      found = result.ids;
    }
    const live = new Set(this.db.prepare<[string], string>('SELECT id FROM articles WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))').pluck().all(ids(picked)));
    const out = new Set(excluded);
    const all = [...new Set([...found, ...picked.filter((id) => live.has(id))])].filter((id) => !out.has(id));
    if (all.length === 0) throw new RouteError('REPORT_EMPTY', 'Nothing to report: no clip matches this selection.');
    if (all.length > MAX_REPORT_CLIPS) {
      throw new RouteError('REPORT_TOO_LARGE', `The selection holds ${all.length.toLocaleString('en')} clips; a report holds at most ${MAX_REPORT_CLIPS.toLocaleString('en')}. Narrow the query or the period.`);
    }
    // Pinned first in their order, then the order set by hand, then the rest as found (by date).
    const chosen = new Set(all);
    const rank = new Map<string, number>();
    [...pinned, ...order].forEach((id) => {
      if (chosen.has(id) && !rank.has(id)) rank.set(id, rank.size);
    });
    const newestFirst = definition.template === 'digest';
    const rest = all.filter((id) => !rank.has(id));
    if (newestFirst) rest.reverse();
    return [...[...rank.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id), ...rest];
  }

  build(definition: ReportDefinition, generatedAt = new Date()): ReportModel {
    const selected = this.select(definition);
    const { clips, unverifiedLeftOut } = this.clips(selected, new Set(definition.selection.pinned), definition.options.attributions);
    const figures = figuresOf(clips, definition.selection.from, definition.selection.to);
    // The period runs over dated clips only: an undated clip's import time is not a publication date.
    const dates = clips.flatMap((c) => (c.date ? [c.date.slice(0, 10)] : [])).sort();
    const period = { from: definition.selection.from ?? dates[0] ?? null, to: definition.selection.to ?? dates.at(-1) ?? null };
    return {
      definition,
      generatedAt: generatedAt.toISOString(),
      period,
      sources: figures.outlets.map((o) => o.label),
      method: [methodOf(definition, clips.length), leftOutSentence(unverifiedLeftOut)].filter(Boolean).join(' '),
      unverifiedLeftOut,
      toneScale:
        'Tone is positive, neutral or negative. A person set it where marked; elsewhere it is the suggestion of a word-list scorer for English and Russian, marked “suggested”.',
      summary: summaryOf(figures, period),
      figures,
      groups: groupsOf(clips, definition),
      statementsByOfficial: statementsByOfficial(clips),
    };
  }

  private clips(selected: string[], pinned: Set<string>, policy: AttributionPolicy): { clips: ReportClip[]; unverifiedLeftOut: number } {
    const json = ids(selected);
    const rows = this.db
      .prepare<[string], ClipRow>(
        `SELECT a.id, a.title, o.name AS outlet, a.byline, a.sort_at AS date, a.url, a.language, a.dir, a.text, a.tone, a.tone_suggested AS suggested
         FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id IN (SELECT value FROM json_each(?))`,
      )
      .all(json);
    const topics = this.grouped<{ name: string }>(
      `WITH RECURSIVE tree (id, path) AS (SELECT id, name FROM topics WHERE parent_id IS NULL
         UNION ALL SELECT t.id, tree.path || ' > ' || t.name FROM topics t JOIN tree ON t.parent_id = tree.id)
       SELECT x.article_id AS owner, t.name FROM article_topics x JOIN topics t ON t.id = x.topic_id JOIN tree ON tree.id = t.id
       WHERE x.status <> 'removed' AND x.article_id IN (SELECT value FROM json_each(?)) ORDER BY tree.path`,
      json,
    );
    const tags = this.grouped<{ name: string; color: string }>(
      'SELECT x.article_id AS owner, t.name, t.color FROM article_tags x JOIN tags t ON t.id = x.tag_id WHERE x.article_id IN (SELECT value FROM json_each(?)) ORDER BY t.name COLLATE NOCASE',
      json,
    );
    const statements = this.grouped<Omit<StatementRead, 'tags' | 'needsReview'> & { needsReview: 0 | 1 }>(
      `SELECT s.article_id AS owner, s.id, s.article_id AS clipId, s.text, s.start_offset AS start, s.end_offset AS "end", s.kind, s.cue,
         s.speaker_name AS speaker, s.speaker_kind AS speakerKind, f.canonical_name AS official, coalesce(s.tone, s.tone_suggested) AS tone, ${NEEDS_REVIEW_SQL} AS needsReview
       FROM statements s LEFT JOIN officials f ON f.id = s.official_id
       WHERE s.status <> 'rejected' AND s.article_id IN (SELECT value FROM json_each(?)) ORDER BY s.start_offset`,
      json,
    );
    const statementTags = this.grouped<{ name: string }>(
      `SELECT x.statement_id AS owner, t.name FROM statement_tags x JOIN tags t ON t.id = x.tag_id JOIN statements s ON s.id = x.statement_id
       WHERE s.article_id IN (SELECT value FROM json_each(?))`,
      json,
    );
    const annotations = this.grouped<Omit<ReportAnnotation, 'tags'>>(
      `SELECT n.article_id AS owner, n.id, n.article_id AS clipId, n.exact, n.prefix, n.suffix, n.start_offset AS start, n.end_offset AS "end",
         n.color, n.note, n.statement_id AS statementId, n.created_at AS created, n.updated_at AS modified
       FROM annotations n WHERE n.article_id IN (SELECT value FROM json_each(?)) ORDER BY n.start_offset IS NULL, n.start_offset`,
      json,
    );
    const annotationTags = this.grouped<{ name: string }>(
      `SELECT x.annotation_id AS owner, t.name FROM annotation_tags x JOIN tags t ON t.id = x.tag_id JOIN annotations n ON n.id = x.annotation_id
       WHERE n.article_id IN (SELECT value FROM json_each(?))`,
      json,
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    let unverifiedLeftOut = 0;
    const statementsOf = (id: string): ReportStatement[] => {
      const read = (statements.get(id) ?? []).map((s) => ({ ...s, needsReview: s.needsReview === 1, tags: (statementTags.get(s.id) ?? []).map((t) => t.name) }));
      const { kept, leftOut } = applyAttributionPolicy(read, policy);
      unverifiedLeftOut += leftOut;
      return kept;
    };
    const clips = selected.flatMap((id): ReportClip[] => {
      const r = byId.get(id);
      if (!r) return [];
      return [
        {
          id: r.id,
          title: r.title,
          outlet: r.outlet,
          byline: r.byline,
          date: r.date,
          url: r.url,
          language: r.language,
          dir: r.dir === 'rtl' || (!r.dir && /^[\s\P{L}]*[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(r.text)) ? 'rtl' : 'ltr',
          tone: r.tone ?? r.suggested,
          toneSuggested: r.tone === null && r.suggested !== null,
          topics: (topics.get(id) ?? []).map((t) => t.name),
          tags: tags.get(id) ?? [],
          excerpt: excerptOf(r.text),
          text: r.text,
          statements: statementsOf(id),
          annotations: (annotations.get(id) ?? []).map((a) => ({ ...a, tags: (annotationTags.get(a.id) ?? []).map((t) => t.name) })),
          pinned: pinned.has(id),
        },
      ];
    });
    return { clips, unverifiedLeftOut };
  }

  /** Rows of a query keyed by their `owner` column, in query order. */
  private grouped<T>(sql: string, json: string): Map<string, T[]> {
    const result = new Map<string, T[]>();
    for (const { owner, ...row } of this.db.prepare<[string], T & { owner: string }>(sql).all(json)) {
      const list = result.get(owner) ?? [];
      list.push(row as T);
      result.set(owner, list);
    }
    return result;
  }
}

function methodOf(definition: ReportDefinition, count: number): string {
  const { query, from, to, picked, excluded } = definition.selection;
  const parts = [query?.trim() ? `clips matching the query “${query.trim()}”` : 'every clip in the library'];
  if (from || to) parts.push(from && to ? `published from ${from.slice(0, 10)} to ${to.slice(0, 10)}` : from ? `published from ${from.slice(0, 10)}` : `published up to ${to!.slice(0, 10)}`);
  let sentence = `Selection: ${parts.join(', ')}`;
  if (picked.length > 0) sentence += `, with ${picked.length} picked by hand`;
  if (excluded.length > 0) sentence += `, ${excluded.length} left out by hand`;
  return `${sentence} — ${count} clip${count === 1 ? '' : 's'} in all. Clips were collected and checked in Verbatim; statements were found by its extractor and reviewed by people where marked.`;
}

function groupsOf(clips: ReportClip[], definition: ReportDefinition): ReportGroup[] {
  const grouping = definition.options.grouping === 'none' && definition.template === 'dossier' ? 'topic' : definition.options.grouping;
  if (grouping === 'none') return [{ heading: null, clips }];
  const keyOf = (c: ReportClip): string => {
    switch (grouping) {
      case 'topic':
        return c.topics[0] ?? 'Other clips';
      case 'outlet':
        return c.outlet ?? 'Outlet unknown';
      case 'day':
        return c.date?.slice(0, 10) ?? 'Undated';
      case 'official': {
        const counts = new Map<string, number>();
        for (const s of c.statements) {
          const who = s.official ?? s.speaker;
          if (who) counts.set(who, (counts.get(who) ?? 0) + 1);
        }
        return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'No official quoted';
      }
    }
  };
  const groups = new Map<string, ReportClip[]>();
  // Pinned clips keep their place at the top of their group; groups come in the order their first clip appears.
  for (const clip of clips) {
    const key = keyOf(clip);
    const list = groups.get(key) ?? [];
    list.push(clip);
    groups.set(key, list);
  }
  const entries = [...groups.entries()];
  // Days in order, the undated group last.
  if (grouping === 'day') entries.sort((a, b) => Number(a[0] === 'Undated') - Number(b[0] === 'Undated') || a[0].localeCompare(b[0]));
  return entries.map(([heading, list]) => ({ heading, clips: list }));
}

function statementsByOfficial(clips: ReportClip[]): ReportModel['statementsByOfficial'] {
  const byWho = new Map<string, ReportModel['statementsByOfficial'][number]['statements']>();
  for (const clip of clips) {
    for (const s of clip.statements) {
      const who = s.official ?? s.speaker;
      if (!who) continue;
      const list = byWho.get(who) ?? [];
      list.push({ ...s, clipTitle: clip.title, outlet: clip.outlet, date: clip.date });
      byWho.set(who, list);
    }
  }
  return [...byWho.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([official, statements]) => ({ official, statements: statements.sort(byDateUndatedLast) }));
}

/** Oldest first, undated statements after the dated ones (as in search). */
function byDateUndatedLast(a: { date: string | null }, b: { date: string | null }): number {
  if (a.date === null || b.date === null) return Number(a.date === null) - Number(b.date === null);
  return a.date.localeCompare(b.date);
}
