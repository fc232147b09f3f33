// Highlights as people use them: made from a selection with a colour, a note and tags, optionally on a statement;
// found again whenever the article's text changes (or listed as orphaned, never moved silently); exported as W3C
// Web Annotations.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { AnnotationStore } from '../../db/annotations';
import type { ArticleStore } from '../../db/articles';
import type { AnnotationRecord } from '../../db/types';
import { anchor } from '../annotations/anchor';
import { describeRange } from '../annotations/selectors';
import { toAnnotationCollection, type ExportableAnnotation } from '../annotations/web-annotation';
import { RouteError } from '../api/errors';
import type { ReanchorReport } from '../api/types';
import { missingTarget } from './missing';
import type { TagService } from './tags';

export const HIGHLIGHT_COLORS = ['#ffe066', '#b2f2bb', '#a5d8ff', '#ffc9c9', '#e5dbff'];

export interface NewHighlight {
  articleId: string;
  start: number;
  end: number;
  color?: string | undefined;
  note?: string | null | undefined;
  tags?: string[] | undefined;
  statementId?: string | null | undefined;
}

export class AnnotationService {
  readonly store: AnnotationStore;

  constructor(
    private readonly db: Database,
    private readonly articles: ArticleStore,
    private readonly tags: TagService,
  ) {
    this.store = new AnnotationStore(db);
  }

  create(input: NewHighlight): AnnotationRecord {
    const range = rangeIn(this.articles.get(input.articleId).text, input.start, input.end);
    if (input.statementId) this.assertStatementOf(input.statementId, input.articleId);
    const id = randomUUID();
    this.store.insert({
      id,
      articleId: input.articleId,
      statementId: input.statementId ?? null,
      start: range.position.start,
      end: range.position.end,
      exact: range.quote.exact,
      prefix: range.quote.prefix,
      suffix: range.quote.suffix,
      color: input.color ?? HIGHLIGHT_COLORS[0]!,
      note: cleanNote(input.note),
    });
    if (input.tags?.length) this.tags.apply([{ kind: 'annotation', id }], input.tags, []);
    return this.get(id);
  }

  update(id: string, changes: { color?: string | undefined; note?: string | null | undefined; statementId?: string | null | undefined; tags?: string[] | undefined }): AnnotationRecord {
    const current = this.store.get(id);
    if (changes.statementId) this.assertStatementOf(changes.statementId, current.articleId);
    this.store.update(id, { color: changes.color, note: changes.note === undefined ? undefined : cleanNote(changes.note), statementId: changes.statementId });
    if (changes.tags !== undefined) {
      const now = this.tags.store.tagsOf('annotation', [id]).get(id) ?? [];
      const wanted = new Set(changes.tags.map((t) => t.trim().toLocaleLowerCase()));
      this.tags.apply([{ kind: 'annotation', id }], changes.tags, now.filter((t) => !wanted.has(t.name.toLocaleLowerCase())).map((t) => t.id));
    }
    return this.get(id);
  }

  /** Places a highlight (an orphaned one, usually) on a new selection. */
  place(id: string, start: number, end: number): AnnotationRecord {
    const current = this.store.get(id);
    const range = rangeIn(this.articles.get(current.articleId).text, start, end);
    this.store.replaceAnchor(id, { start: range.position.start, end: range.position.end, exact: range.quote.exact, prefix: range.quote.prefix, suffix: range.quote.suffix });
    return this.get(id);
  }

  remove(id: string): number {
    return this.store.remove(id);
  }

  get(id: string): AnnotationRecord {
    return this.withTags([this.store.get(id)])[0]!;
  }

  forArticle(articleId: string): AnnotationRecord[] {
    this.articles.get(articleId);
    return this.withTags(this.store.forArticle(articleId));
  }

  page(options: { offset: number; limit: number; orphanedOnly?: boolean; match?: string | undefined }): { total: number; items: AnnotationRecord[] } {
    const page = this.store.page(options);
    return { total: page.total, items: this.withTags(page.items) };
  }

  /** After an article's text changed: every highlight finds its place again or becomes orphaned. */
  reanchor(articleId: string): ReanchorReport {
    const text = this.articles.get(articleId).text;
    const report: ReanchorReport = { kept: 0, moved: 0, orphaned: 0 };
    for (const a of this.store.forArticle(articleId)) {
      const result = anchor(text, {
        ...(a.start !== null && a.end !== null && { position: { type: 'TextPositionSelector' as const, start: a.start, end: a.end } }),
        quote: { type: 'TextQuoteSelector', exact: a.exact, prefix: a.prefix, suffix: a.suffix },
      });
      if (result.status === 'orphaned') {
        this.store.setAnchor(a.id, { status: 'orphaned' });
        report.orphaned++;
      } else {
        this.store.setAnchor(a.id, { start: result.start, end: result.end, status: result.status });
        if (result.status === 'exact' && result.start === a.start) report.kept++;
        else report.moved++;
      }
    }
    return report;
  }

  /** W3C Web Annotation JSON-LD: one article's annotations, or the whole library's. */
  exportJsonLd(articleId?: string): object {
    const rows = articleId ? this.forArticle(articleId) : this.page({ offset: 0, limit: 1_000_000 }).items;
    const sources = new Map<string, { id: string; url: string | null; title: string; text: string }>();
    const items = rows.map((a) => {
      if (!sources.has(a.articleId)) {
        const article = this.articles.get(a.articleId);
        sources.set(a.articleId, { id: article.id, url: article.url, title: article.title, text: article.text });
      }
      const exportable: ExportableAnnotation = {
        id: a.id,
        articleId: a.articleId,
        start: a.start ?? -1,
        end: a.end ?? -1,
        exact: a.exact,
        prefix: a.prefix,
        suffix: a.suffix,
        color: a.color,
        note: a.note,
        tags: a.tags.map((t) => t.name),
        statementId: a.statementId,
        created: a.createdAt,
        modified: a.updatedAt,
        orphaned: a.anchorStatus === 'orphaned',
      };
      return { annotation: exportable, source: sources.get(a.articleId)! };
    });
    return toAnnotationCollection(items, { label: articleId ? `Annotations on “${sources.get(articleId)?.title ?? ''}”` : 'Verbatim annotations' });
  }

  private withTags(rows: Array<Omit<AnnotationRecord, 'tags'>>): AnnotationRecord[] {
    const tags = this.tags.store.tagsOf('annotation', rows.map((r) => r.id));
    return rows.map((r) => ({ ...r, tags: tags.get(r.id) ?? [] }));
  }

  private assertStatementOf(statementId: string, articleId: string): void {
    const owner = this.db.prepare<[string], string>('SELECT article_id FROM statements WHERE id = ?').pluck().get(statementId);
    if (owner === undefined) throw missingTarget('statement', statementId);
    if (owner !== articleId) throw new RouteError('INVALID_INPUT', 'That statement is not in this article.');
  }
}

/** A selection's selectors; one outside the text (or empty) is the caller's mistake, said as such. */
function rangeIn(text: string, start: number, end: number): ReturnType<typeof describeRange> {
  try {
    return describeRange(text, start, end);
  } catch (err) {
    throw new RouteError('INVALID_INPUT', err instanceof Error ? err.message : String(err));
  }
}

function cleanNote(note: string | null | undefined): string | null {
  const clean = note?.trim() ?? '';
  return clean === '' ? null : clean;
}
