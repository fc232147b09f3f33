// The flat topic list from the server as a tree: children under their parent, siblings in their saved order, and
// the rows that are visible given which branches are open.
import type { TopicRecord } from '../../../../electron/api/types';

export interface TreeRow {
  topic: TopicRecord;
  depth: number;
  hasChildren: boolean;
  /** Position among siblings, from 1, and how many siblings: for aria-posinset and aria-setsize. */
  position: number;
  siblings: number;
}

export function childrenByParent(topics: readonly TopicRecord[]): Map<string | null, TopicRecord[]> {
  const known = new Set(topics.map((t) => t.id));
  const map = new Map<string | null, TopicRecord[]>();
  for (const t of topics) {
    // A topic whose parent is missing is shown at the top rather than lost.
    const parent = t.parentId !== null && known.has(t.parentId) ? t.parentId : null;
    const list = map.get(parent) ?? [];
    list.push(t);
    map.set(parent, list);
  }
  for (const list of map.values()) list.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  return map;
}

export function visibleRows(topics: readonly TopicRecord[], expanded: ReadonlySet<string>): TreeRow[] {
  const children = childrenByParent(topics);
  const rows: TreeRow[] = [];
  const walk = (parent: string | null, depth: number) => {
    const list = children.get(parent) ?? [];
    list.forEach((topic, i) => {
      const hasChildren = (children.get(topic.id)?.length ?? 0) > 0;
      rows.push({ topic, depth, hasChildren, position: i + 1, siblings: list.length });
      if (hasChildren && expanded.has(topic.id)) walk(topic.id, depth + 1);
    });
  };
  walk(null, 1);
  return rows;
}

/** The topic and everything under it: a topic cannot move under itself or its own descendants. */
export function subtreeIds(topics: readonly TopicRecord[], id: string): Set<string> {
  const children = childrenByParent(topics);
  const ids = new Set<string>();
  const walk = (at: string) => {
    ids.add(at);
    for (const c of children.get(at) ?? []) walk(c.id);
  };
  walk(id);
  return ids;
}

/** Every ancestor of a topic, so that selecting it can open the branches above it. */
export function ancestorIds(topics: readonly TopicRecord[], id: string): string[] {
  const byId = new Map(topics.map((t) => [t.id, t]));
  const out: string[] = [];
  let at = byId.get(id)?.parentId ?? null;
  while (at !== null && !out.includes(at)) {
    out.push(at);
    at = byId.get(at)?.parentId ?? null;
  }
  return out;
}
