// Topics as people use them: a tree edited by hand, rules in the search language checked as they are typed,
// a live preview of what a rule would match, rules run over new clips at once and over the library as a job,
// a starter taxonomy, and suggestions of topics from the phrases that recur in the library.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { TopicStore } from '../../db/topics';
import type { TopicRecord, TopicStatus, TopicTargetKind } from '../../db/types';
import { RouteError } from '../api/errors';
import type { RulePreview, RulePreviewHit } from '../api/types';
import { compileMatcher, type MatchDocument } from '../query/match';
import { matchPositions } from '../query/match';
import { parseQuery, tryParseQuery } from '../query/parse';
import { flattenStarter } from '../topics/starter';
import { suggestTopics, type TopicSuggestion } from '../topics/suggest';
import { DocumentReader } from './documents';
import { missingTarget } from './missing';

/** How many recent clips a live preview reads: enough to judge a rule, quick enough to run on every keystroke. */
export const PREVIEW_SCAN = 3000;
const EXCERPT = 220;

// Every topic paired with itself and each of its descendants; one grouped pass then counts distinct ids under each
// root. The trash is taken out by a NOT IN over the (few) trashed clips, which costs far less than a join per link.
const UNDER = `WITH RECURSIVE under (root, id) AS (
    SELECT id, id FROM topics
    UNION SELECT under.root, t.id FROM topics t JOIN under ON t.parent_id = under.id
  )`;
const TRASHED = 'SELECT id FROM articles WHERE deleted_at IS NOT NULL';
const SUBTREE_ARTICLES = `${UNDER} SELECT u.root AS id, count(DISTINCT x.article_id) AS n
  FROM under u JOIN article_topics x ON x.topic_id = u.id AND x.status <> 'removed'
  WHERE x.article_id NOT IN (${TRASHED}) GROUP BY u.root`;
const SUBTREE_STATEMENTS = `${UNDER} SELECT u.root AS id, count(DISTINCT x.statement_id) AS n
  FROM under u JOIN statement_topics x ON x.topic_id = u.id AND x.status <> 'removed'
  WHERE x.statement_id NOT IN (SELECT s.id FROM statements s WHERE s.article_id IN (${TRASHED})) GROUP BY u.root`;

export interface CompiledRule {
  topicId: string;
  test: (doc: MatchDocument) => boolean;
}

export class TopicService {
  readonly store: TopicStore;
  readonly documents: DocumentReader;

  constructor(private readonly db: Database) {
    this.store = new TopicStore(db);
    this.documents = new DocumentReader(db);
  }

  /** The tree with each topic's counts taken over its whole subtree: a parent holds what its subtopics hold, and a clip
   * filed under two subtopics counts once. Clips in the trash are not counted. */
  list(): TopicRecord[] {
    const count = (sql: string) => new Map(this.db.prepare<[], { id: string; n: number }>(sql).all().map((r) => [r.id, r.n]));
    const articles = count(SUBTREE_ARTICLES);
    const statements = count(SUBTREE_STATEMENTS);
    return this.store.list().map((t) => ({ ...t, articleCount: articles.get(t.id) ?? 0, statementCount: statements.get(t.id) ?? 0 }));
  }

  inTransaction(write: () => void): void {
    this.db.transaction(write).immediate();
  }

  create(input: { name: string; parentId?: string | null | undefined; rule?: string | null | undefined }): TopicRecord {
    const name = this.checkName(input.name, input.parentId ?? null);
    if (input.parentId) this.store.get(input.parentId);
    return this.store.create({ id: randomUUID(), parentId: input.parentId ?? null, name, rule: this.checkRule(input.rule) });
  }

  update(id: string, changes: { name?: string | undefined; parentId?: string | null | undefined; rule?: string | null | undefined }): { topic: TopicRecord; ruleChanged: boolean } {
    const before = this.store.get(id);
    const parentId = changes.parentId !== undefined ? changes.parentId : before.parentId;
    if (changes.parentId) {
      this.store.get(changes.parentId);
      if (this.store.subtree(id).includes(changes.parentId)) throw new RouteError('INVALID_INPUT', 'A topic cannot be moved under itself or one of its own subtopics.');
    }
    if (changes.name !== undefined || changes.parentId !== undefined) this.checkName(changes.name ?? before.name, parentId, id);
    const rule = changes.rule !== undefined ? this.checkRule(changes.rule) : undefined;
    const topic = this.store.update(id, { name: changes.name, parentId: changes.parentId, rule });
    const ruleChanged = rule !== undefined && rule !== before.rule;
    if (ruleChanged && rule === null) this.store.dropSuggestions(id);
    return { topic, ruleChanged };
  }

  remove(id: string): number {
    this.store.get(id);
    return this.store.remove(id);
  }

  /** A person gives, confirms or removes a topic on articles or statements. */
  assign(targets: ReadonlyArray<{ kind: TopicTargetKind; id: string }>, topicId: string, status: Exclude<TopicStatus, 'suggested'>): number {
    this.store.get(topicId);
    for (const target of targets) {
      const table = target.kind === 'article' ? 'articles' : 'statements';
      if (!this.db.prepare<[string], number>(`SELECT 1 FROM ${table} WHERE id = ?`).pluck().get(target.id)) throw missingTarget(target.kind, target.id);
      this.store.setByPerson(target.kind, target.id, topicId, status);
    }
    return targets.length;
  }

  /** Every topic's rule, compiled once; a topic without a rule (or with one that no longer parses) is skipped. */
  compiledRules(topicIds?: readonly string[]): CompiledRule[] {
    const rules: CompiledRule[] = [];
    for (const topic of this.store.list()) {
      if (!topic.rule || (topicIds && !topicIds.includes(topic.id))) continue;
      const parsed = tryParseQuery(topic.rule);
      if (parsed.ok) rules.push({ topicId: topic.id, test: compileMatcher(parsed.query) });
    }
    return rules;
  }

  /** Runs every rule over some articles and their statements (a new clip; a clip whose text changed). */
  applyToArticles(articleIds: readonly string[], rules = this.compiledRules()): void {
    if (rules.length === 0 || articleIds.length === 0) return;
    const articles = this.documents.articles(articleIds);
    const statements = this.documents.statementsOf(articleIds);
    for (const rule of rules) {
      this.store.applyRuleResult('article', rule.topicId, articles.filter((a) => rule.test(a.doc)).map((a) => a.id), articles.map((a) => a.id));
      this.store.applyRuleResult('statement', rule.topicId, statements.filter((s) => rule.test(s.doc)).map((s) => s.id), statements.map((s) => s.id));
    }
  }

  preview(rule: string, limit: number): RulePreview {
    const libraryArticles = this.documents.liveArticleCount();
    const empty = { articleCount: 0, statementCount: 0, scannedArticles: 0, libraryArticles, hits: [] };
    const parsed = tryParseQuery(rule);
    if (!parsed.ok) return { error: parsed.error, ...empty };
    const test = compileMatcher(parsed.query);
    const latest = this.db
      .prepare<[number], string>('SELECT id FROM articles WHERE deleted_at IS NULL ORDER BY sort_at DESC, seq DESC LIMIT ?')
      .pluck()
      .all(PREVIEW_SCAN);
    const hits: RulePreviewHit[] = [];
    let articleCount = 0;
    let statementCount = 0;
    for (let i = 0; i < latest.length; i += 500) {
      const ids = latest.slice(i, i + 500);
      const titles = new Map<string, string>();
      for (const a of this.documents.articles(ids)) {
        titles.set(a.id, a.title);
        if (!test(a.doc)) continue;
        articleCount++;
        if (hits.length < limit) hits.push(excerpt('article', a.id, a.id, a.title, a.doc.text, parsed.query));
      }
      for (const s of this.documents.statementsOf(ids)) {
        if (!test(s.doc)) continue;
        statementCount++;
        if (hits.length < limit) hits.push(excerpt('statement', s.id, s.articleId, titles.get(s.articleId) ?? '', s.doc.text, parsed.query));
      }
    }
    return { error: null, articleCount, statementCount, scannedArticles: latest.length, libraryArticles, hits };
  }

  starterSize(): number {
    return flattenStarter().length;
  }

  /** Creates the starter taxonomy's topics that the library does not have yet; returns the new topics' ids. */
  installStarter(): string[] {
    const created: string[] = [];
    const idsByPath = new Map<string, string>();
    for (const entry of flattenStarter()) {
      const parentPath = entry.path.slice(0, -1).join(' > ');
      const parentId = parentPath ? (idsByPath.get(parentPath) ?? null) : null;
      const existing = this.store.findSibling(parentId, entry.name);
      if (existing) {
        idsByPath.set(entry.path.join(' > '), existing);
        continue;
      }
      const topic = this.store.create({ id: randomUUID(), parentId, name: entry.name, rule: entry.rule });
      idsByPath.set(entry.path.join(' > '), topic.id);
      created.push(topic.id);
    }
    return created;
  }

  /** Phrases that recur in the latest clips and that no topic's rule covers yet. */
  suggest(limit: number): TopicSuggestion[] {
    const rules = this.compiledRules();
    const ids = this.db.prepare<[number], string>('SELECT id FROM articles WHERE deleted_at IS NULL ORDER BY sort_at DESC, seq DESC LIMIT ?').pluck().all(5000);
    const docs = this.documents.articles(ids).map((a) => ({ id: a.id, text: a.doc.text, language: a.doc.fields?.lang?.[0] ?? null, source: a.doc.fields?.outlet?.[0] ?? null }));
    return suggestTopics(docs, { limit, exclude: (phrase) => rules.some((r) => r.test({ text: phrase })) });
  }

  private checkName(name: string, parentId: string | null, self?: string): string {
    const clean = name.trim().replace(/\s+/g, ' ');
    if (clean === '') throw new RouteError('INVALID_INPUT', 'A topic needs a name.');
    if (clean.includes('>')) throw new RouteError('INVALID_INPUT', 'A topic name cannot contain “>”: it separates a topic from its subtopics.');
    const sibling = this.store.findSibling(parentId, clean);
    if (sibling && sibling !== self) throw new RouteError('TOPIC_EXISTS', `There is already a topic named “${clean}” here.`);
    return clean;
  }

  private checkRule(rule: string | null | undefined): string | null {
    if (rule === undefined || rule === null || rule.trim() === '') return null;
    try {
      parseQuery(rule);
    } catch (err) {
      const where = typeof (err as { position?: unknown }).position === 'number' ? ` (at character ${(err as { position: number }).position + 1})` : '';
      throw new RouteError('INVALID_QUERY', `The rule does not parse${where}: ${(err as Error).message}`);
    }
    return rule.trim();
  }
}

function excerpt(kind: TopicTargetKind, id: string, articleId: string, title: string, text: string, query: Parameters<typeof matchPositions>[0]): RulePreviewHit {
  const positions = matchPositions(query, text);
  const first = positions[0]?.[0] ?? 0;
  const start = kind === 'statement' ? 0 : Math.max(0, first - 60);
  const end = Math.min(text.length, start + EXCERPT);
  const shown = text.slice(start, end);
  const highlights = positions.filter(([s, e]) => s >= start && e <= end).map(([s, e]): [number, number] => [s - start, e - start]);
  return { kind, id, articleId, title, text: (start > 0 ? '…' : '') + shown + (end < text.length ? '…' : ''), highlights: start > 0 ? highlights.map(([s, e]) => [s + 1, e + 1]) : highlights };
}
