// Changes another process made to the library (`verbatim import` from a terminal, a second window's process, a feed
// fetched elsewhere) shown in an open window without a reload. SQLite's `data_version` moves only when another
// connection commits, so this connection's own writes, which are announced as they are made, are not told twice.
import type Database from 'better-sqlite3';

/** How often the library file is asked whether someone else wrote to it: well inside the second the UI promises. */
export const EXTERNAL_CHANGE_POLL_MS = 400;

export class ExternalChangeWatcher {
  private last: number;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly db: Database.Database,
    private readonly announce: () => void,
    intervalMs = EXTERNAL_CHANGE_POLL_MS,
  ) {
    this.last = this.version();
    this.timer = setInterval(() => this.check(), intervalMs);
    // A watcher never keeps a CLI command or a test process alive.
    this.timer.unref();
  }

  /** Announces a change when another connection committed since the last look; true when it did. */
  check(): boolean {
    if (!this.db.open) {
      this.stop();
      return false;
    }
    let now: number;
    try {
      now = this.version();
    } catch {
      // Busy or closing: the next look will tell.
      return false;
    }
    if (now === this.last) return false;
    this.last = now;
    this.announce();
    return true;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private version(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }
}
