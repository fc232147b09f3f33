// What a field's value names in this library: `official:"Hikmet Hajiyev"` → the officials with that name or alias in
// any spelling or script, `topic:Connectivity` → that topic and everything under it, `tag:`, `outlet:` → their ids.
// Resolved once per query in code (the tables are small), so the SQL compares ids.
import type { Database } from 'better-sqlite3';
import { foldName, nameSkeleton } from '../statements/names';

export class FieldResolver {
  private aliases?: Array<{ officialId: string; folded: string; skeleton: string }>;
  private topicRows?: Array<{ id: string; parentId: string | null; folded: string; path: string }>;

  constructor(private readonly db: Database) {}

  /** Officials named so: exact spelling in any script, or by surname ("official:Hajiyev"). */
  officials(value: string, prefix: boolean): string[] {
    this.aliases ??= this.db
      .prepare<[], { officialId: string; folded: string; skeleton: string }>(
        `SELECT official_id AS officialId, folded, skeleton FROM official_aliases
         UNION SELECT id, lower(canonical_name), '' FROM officials`,
      )
      .all()
      .map((a) => ({ ...a, folded: foldName(a.folded), skeleton: a.skeleton || nameSkeleton(a.folded) }));
    const folded = foldName(value);
    const skeleton = nameSkeleton(value);
    const ids = new Set<string>();
    for (const a of this.aliases) {
      const hit = prefix
        ? a.folded.startsWith(folded) || a.folded.split(' ').some((w) => w.startsWith(folded))
        : a.folded === folded || a.folded.endsWith(` ${folded}`) || (skeleton.length >= 3 && (a.skeleton === skeleton || a.skeleton.endsWith(` ${skeleton}`)));
      if (hit) ids.add(a.officialId);
    }
    return [...ids];
  }

  /** Topics named so (by name or by path), with every topic under them. */
  topics(value: string, prefix: boolean): string[] {
    this.topicRows ??= (() => {
      const rows = this.db.prepare<[], { id: string; parentId: string | null; name: string }>('SELECT id, parent_id AS parentId, name FROM topics').all();
      const byId = new Map(rows.map((r) => [r.id, r]));
      const pathOf = (id: string): string => {
        const row = byId.get(id)!;
        return row.parentId && byId.has(row.parentId) ? `${pathOf(row.parentId)} ${foldName(row.name)}` : foldName(row.name);
      };
      return rows.map((r) => ({ id: r.id, parentId: r.parentId, folded: foldName(r.name), path: pathOf(r.id) }));
    })();
    const folded = foldName(value);
    const roots = this.topicRows.filter((t) => (prefix ? t.folded.startsWith(folded) : t.folded === folded || t.path === folded));
    const ids = new Set(roots.map((t) => t.id));
    // Descendants: repeat until nothing new joins (the tree is shallow).
    for (let grew = true; grew; ) {
      grew = false;
      for (const t of this.topicRows) {
        if (t.parentId && ids.has(t.parentId) && !ids.has(t.id)) {
          ids.add(t.id);
          grew = true;
        }
      }
    }
    return [...ids];
  }

  tags(value: string, prefix: boolean): string[] {
    return this.byFoldedName('SELECT id, name FROM tags', value, prefix);
  }

  outlets(value: string, prefix: boolean): number[] {
    return this.byFoldedName('SELECT id, name FROM outlets', value, prefix).map(Number);
  }

  private byFoldedName(sql: string, value: string, prefix: boolean): string[] {
    const folded = foldName(value);
    return this.db
      .prepare<[], { id: string | number; name: string }>(sql)
      .all()
      .filter((row) => (prefix ? foldName(row.name).startsWith(folded) : foldName(row.name) === folded))
      .map((row) => String(row.id));
  }
}
