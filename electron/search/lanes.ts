// Which query each stream of searches asked for last. A search box sends, at each keystroke that rests, a page
// request and a facets request; the facets of an older keystroke are worth nothing once a newer request of the same
// box (its lane) has arrived, so the facets route looks here after letting queued requests in, and skips the count.
import { setImmediate as nextTurn } from 'node:timers/promises';

/** Few lanes: one per search box of each open window or tab; the oldest is forgotten first. */
const CAPACITY = 64;

export class SearchLanes {
  private readonly latest = new Map<string, string>();

  /** Notes that `lane` asked for this query now; a request of any kind counts. */
  ask(lane: string, scope: string, query: string): void {
    this.latest.delete(lane);
    this.latest.set(lane, keyOf(scope, query));
    while (this.latest.size > CAPACITY) this.latest.delete(this.latest.keys().next().value as string);
  }

  /** True when the lane has asked for another query since. */
  superseded(lane: string, scope: string, query: string): boolean {
    const latest = this.latest.get(lane);
    return latest !== undefined && latest !== keyOf(scope, query);
  }

  /** Yields to the event loop once, so that requests already received are noted before the answer is computed. */
  async settle(lane: string, scope: string, query: string): Promise<boolean> {
    await nextTurn();
    return this.superseded(lane, scope, query);
  }
}

const keyOf = (scope: string, query: string) => `${scope}\u0000${query.trim()}`;
