// The clips of a selection in the order the report will print them, worked out as the report builder does
// (electron/reports/build.ts): pinned first in their order, then the order set by hand, then the rest as the
// search finds them (oldest first; newest first for a daily digest). Excluded clips stay in the list, marked, so
// they can be taken back in.

import type { ArticleSearchHit } from '../../../../electron/api/types';

/** What a row of the selection shows: the head of a search hit (or of a clip picked by hand). */
export type ClipSummary = Pick<ArticleSearchHit, 'id' | 'title' | 'outlet' | 'publishedAt' | 'clippedAt' | 'language'>;

export interface ClipRowModel extends ClipSummary {
  pinned: boolean;
  excluded: boolean;
  picked: boolean;
}

interface SelectionLists {
  picked: readonly string[];
  excluded: readonly string[];
  pinned: readonly string[];
  order: readonly string[];
}

/** `found`: the query's clips, oldest first. `picked`: clips added by hand that are still in the library. */
export function orderClips(found: readonly ClipSummary[], picked: readonly ClipSummary[], selection: SelectionLists, newestFirst: boolean): ClipRowModel[] {
  const byId = new Map<string, ClipSummary>();
  for (const clip of [...found, ...picked]) if (!byId.has(clip.id)) byId.set(clip.id, clip);
  const rank = new Map<string, number>();
  for (const id of [...selection.pinned, ...selection.order]) if (byId.has(id) && !rank.has(id)) rank.set(id, rank.size);
  const ranked = [...rank.keys()];
  const rest = [...byId.keys()].filter((id) => !rank.has(id));
  if (newestFirst) rest.reverse();
  const pinned = new Set(selection.pinned);
  const excluded = new Set(selection.excluded);
  const handPicked = new Set(selection.picked);
  return [...ranked, ...rest].map((id) => ({ ...byId.get(id)!, pinned: pinned.has(id), excluded: excluded.has(id), picked: handPicked.has(id) }));
}

/**
 * Moves a clip one place up or down among its kind (pinned clips among the pinned, the others among the others)
 * and gives back the pinned list and the order to store. Ids the list does not show now (another period's) are
 * kept after the shown ones, so running a saved report for a new period loses nothing.
 */
export function moveClip(rows: readonly ClipRowModel[], id: string, delta: -1 | 1, selection: SelectionLists): { pinned: string[]; order: string[] } | null {
  const row = rows.find((r) => r.id === id);
  if (!row) return null;
  const group = rows.filter((r) => r.pinned === row.pinned).map((r) => r.id);
  const at = group.indexOf(id);
  const to = at + delta;
  if (to < 0 || to >= group.length) return null;
  [group[at], group[to]] = [group[to]!, group[at]!];
  const shown = new Set(rows.map((r) => r.id));
  const keep = (ids: readonly string[]) => ids.filter((x) => !shown.has(x));
  return row.pinned
    ? { pinned: [...group, ...keep(selection.pinned)], order: [...selection.order] }
    : { pinned: [...selection.pinned], order: [...group, ...keep(selection.order)] };
}
