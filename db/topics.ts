// Topics: a tree of subjects, each with an optional rule in the search language, and who gave which topic to
// which article or statement. A rule only ever adds 'suggested' assignments; what a person confirmed, gave or
// removed stays as they left it when the rules run again.
import type { Database } from 'better-sqlite3';
import { LibraryError } from './errors';
import { nowIso } from './time';
import type { TopicAssignment, TopicOrigin, TopicRecord, TopicStatus, TopicTargetKind } from './types';

const LINK_TABLES: Record<TopicTargetKind, { table: string; column: string }> = {
  article: { table: 'article_topics', column: 'article_id' },
  statement: { table: 'statement_topics', column: 'statement_id' },
};

// The path is built by a recursive query so that a renamed parent shows at once in every child's path.
const TREE = `WITH RECURSIVE tree (id, path) AS (
    SELECT id, name FROM topics WHERE parent_id IS NULL
    UNION ALL SELECT t.id, tree.path || ' > ' || t.name FROM topics t JOIN tree ON t.parent_id = tree.id
  )`;
const COLUMNS = `t.id, t.parent_id AS parentId, t.name, tree.path, t.rule, t.position,
  (SELECT count(*) FROM article_topics x WHERE x.topic_id = t.id AND x.status <> 'removed') AS articleCount,
  (SELECT count(*) FROM statement_topics x WHERE x.topic_id = t.id AND x.status <> 'removed') AS statementCount`;

export class TopicStore {
  constructor(private readonly db: Database) {}

  list(): TopicRecord[] {
    return this.db.prepare<[], TopicRecord>(`${TREE} SELECT ${COLUMNS} FROM topics t JOIN tree ON tree.id = t.id ORDER BY tree.path COLLATE NOCASE`).all();
  }

  get(id: string): TopicRecord {
    const topic = this.db.prepare<[string], TopicRecord>(`${TREE} SELECT ${COLUMNS} FROM topics t JOIN tree ON tree.id = t.id WHERE t.id = ?`).get(id);
    if (!topic) throw new LibraryError('NOT_FOUND', `There is no topic with the id ${id}; it may have been removed.`);
    return topic;
  }

  findSibling(parentId: string | null, name: string): string | undefined {
    return this.db.prepare<[string, string], string>("SELECT id FROM topics WHERE coalesce(parent_id, '') = ? AND name = ? COLLATE NOCASE").pluck().get(parentId ?? '', name.trim());
  }

  create(topic: { id: string; parentId: string | null; name: string; rule: string | null }): TopicRecord {
    const now = nowIso();
    const position = this.db.prepare<[string], number>("SELECT coalesce(max(position) + 1, 0) FROM topics WHERE coalesce(parent_id, '') = ?").pluck().get(topic.parentId ?? '') ?? 0;
    this.db
      .prepare('INSERT INTO topics (id, parent_id, name, rule, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(topic.id, topic.parentId, topic.name.trim(), topic.rule, position, now, now);
    return this.get(topic.id);
  }

  update(id: string, changes: { name?: string | undefined; parentId?: string | null | undefined; rule?: string | null | undefined }): TopicRecord {
    this.get(id);
    const now = nowIso();
    if (changes.name !== undefined) this.db.prepare('UPDATE topics SET name = ?, updated_at = ? WHERE id = ?').run(changes.name.trim(), now, id);
    if (changes.rule !== undefined) this.db.prepare('UPDATE topics SET rule = ?, updated_at = ? WHERE id = ?').run(changes.rule, now, id);
    if (changes.parentId !== undefined) this.db.prepare('UPDATE topics SET parent_id = ?, updated_at = ? WHERE id = ?').run(changes.parentId, now, id);
    return this.get(id);
  }

  /** The topic and everything under it. */
  subtree(id: string): string[] {
    return this.db
      .prepare<[string], string>('WITH RECURSIVE sub (id) AS (SELECT ? UNION ALL SELECT t.id FROM topics t JOIN sub ON t.parent_id = sub.id) SELECT id FROM sub')
      .pluck()
      .all(id);
  }

  remove(id: string): number {
    return this.db.prepare('DELETE FROM topics WHERE id = ?').run(id).changes;
  }

  /** A person's decision: gives, confirms or removes a topic on a target. The origin stays whoever gave it first. */
  setByPerson(kind: TopicTargetKind, targetId: string, topicId: string, status: Exclude<TopicStatus, 'suggested'>): void {
    const { table, column } = LINK_TABLES[kind];
    this.db
      .prepare(
        `INSERT INTO ${table} (${column}, topic_id, origin, status, updated_at) VALUES (?, ?, 'person', ?, ?)
         ON CONFLICT (${column}, topic_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at`,
      )
      .run(targetId, topicId, status, nowIso());
  }

  /**
   * What the rules say now for one topic on a set of targets: suggestions are added where the rule matches and
   * dropped where it no longer does; confirmed and removed assignments are left alone.
   */
  applyRuleResult(kind: TopicTargetKind, topicId: string, matching: readonly string[], checked: readonly string[] | 'all'): { added: number; dropped: number } {
    const { table, column } = LINK_TABLES[kind];
    const now = nowIso();
    const insert = this.db.prepare(`INSERT OR IGNORE INTO ${table} (${column}, topic_id, origin, status, updated_at) VALUES (?, ?, 'rule', 'suggested', ?)`);
    let added = 0;
    for (const id of matching) added += insert.run(id, topicId, now).changes;
    const keep = JSON.stringify(matching);
    const dropped =
      checked === 'all'
        ? this.db.prepare(`DELETE FROM ${table} WHERE topic_id = ? AND status = 'suggested' AND ${column} NOT IN (SELECT value FROM json_each(?))`).run(topicId, keep).changes
        : this.db
            .prepare(`DELETE FROM ${table} WHERE topic_id = ? AND status = 'suggested' AND ${column} IN (SELECT value FROM json_each(?)) AND ${column} NOT IN (SELECT value FROM json_each(?))`)
            .run(topicId, JSON.stringify(checked), keep).changes;
    return { added, dropped };
  }

  /** Takes away every suggestion a topic's rule made (its rule was cleared). */
  dropSuggestions(topicId: string): number {
    let count = 0;
    for (const { table } of Object.values(LINK_TABLES)) count += this.db.prepare(`DELETE FROM ${table} WHERE topic_id = ? AND status = 'suggested'`).run(topicId).changes;
    return count;
  }

  topicsOf(kind: TopicTargetKind, targetIds: readonly string[], withRemoved = false): Map<string, TopicAssignment[]> {
    const { table, column } = LINK_TABLES[kind];
    const result = new Map<string, TopicAssignment[]>();
    if (targetIds.length === 0) return result;
    const rows = this.db
      .prepare<string[], TopicAssignment & { target: string }>(
        `${TREE} SELECT x.${column} AS target, t.id AS topicId, t.name, tree.path, x.origin, x.status
         FROM ${table} x JOIN topics t ON t.id = x.topic_id JOIN tree ON tree.id = t.id
         WHERE x.${column} IN (SELECT value FROM json_each(?)) ${withRemoved ? '' : "AND x.status <> 'removed'"} ORDER BY tree.path COLLATE NOCASE`,
      )
      .all(JSON.stringify(targetIds));
    for (const { target, ...assignment } of rows) {
      const list = result.get(target) ?? [];
      list.push(assignment as TopicAssignment & { origin: TopicOrigin });
      result.set(target, list);
    }
    return result;
  }
}
