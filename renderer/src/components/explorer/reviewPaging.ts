// How the review queue pages: it holds the pages loaded so far, and moving past the last loaded item asks for the
// next page instead of stopping, so that J/N/↓ walk the whole queue, not just its first page.
import { formatCount } from '../../format';

/** Items per request: the route's upper bound. */
export const REVIEW_PAGE = 200;

export interface ReviewStep {
  /** The item to select. */
  index: number;
  /** True when the target lies beyond the loaded items: load the next page, then select it. */
  loadMore: boolean;
}

/** Where a move by `by` from `index` lands among `loaded` items, when more may follow on the server. */
export function reviewStep(index: number, by: number, loaded: number, hasMore: boolean): ReviewStep {
  const target = Math.max(0, index + by);
  if (target >= loaded) return hasMore ? { index: target, loadMore: true } : { index: Math.max(0, loaded - 1), loadMore: false };
  return { index: target, loadMore: false };
}

/** "200 of 1,340": how much of the queue is on screen. */
export function shownOf(loaded: number, total: number): string {
  return `${formatCount(loaded)} of ${formatCount(total)}`;
}
