// Ranking a broad query is the one part of a search that grows with every hit: FTS5 scores each of them with BM25
// before the best page is known. The hits are cut into consecutive rowid ranges of about equal size; worker threads
// with read-only connections of their own rank one range each while this thread ranks another, and the pages are
// merged. FTS5 computes BM25's corpus statistics (document frequencies, average length) over the whole index
// whatever rowid range a query asks for, so each hit's score, and hence the merged page, is the one a single query
// gives. The caller waits synchronously (Atomics.wait), so searches keep their synchronous shape.
import { createRequire } from 'node:module';
import os from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';

/** Below this many hits one thread ranks faster than it can hand work to others. */
export const PARALLEL_MIN_HITS = 20_000;
/** A worker that has not answered in this long is given up on, and this thread ranks its range itself. */
const WAIT_MS = 10_000;

export interface RankedRow {
  id: number;
  score: number;
}

interface Reply {
  rows?: Array<[number, number]>;
  error?: string;
}

/** The worker: a read-only connection that runs the statements it is sent and answers on its port. Plain JavaScript,
 * evaluated, so that it runs the same from the sources (tests), the bundle and Electron. */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const flag = new Int32Array(workerData.flag);
const port = workerData.port;
let db = null;
try {
  const Database = require(workerData.module);
  db = new Database(workerData.file, { readonly: true, fileMustExist: true, nativeBinding: workerData.nativeBinding });
  db.pragma('mmap_size = ' + workerData.mmapBytes);
  db.pragma('cache_size = -' + workerData.cacheKib);
} catch (err) {
  // Cannot read the library: say so (slot 1) and wake anyone waiting; the worker then ends.
  Atomics.store(flag, 1, 1);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
  port.close();
}
const prepared = new Map();
if (db) port.on('message', ({ sql, params }) => {
  let reply;
  try {
    let statement = prepared.get(sql);
    if (!statement) { statement = db.prepare(sql).raw(true); prepared.set(sql, statement); }
    reply = { rows: statement.all(...params) };
  } catch (err) {
    reply = { error: err && err.message ? err.message : String(err) };
  }
  port.postMessage(reply);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
`;

interface Helper {
  worker: Worker;
  port: MessagePort;
  /** Slot 0: a reply is ready (or the worker gave up); slot 1: the worker could not open the library. */
  flag: Int32Array;
  broken: boolean;
}

export interface ParallelRankOptions {
  file: string;
  nativeBinding?: string | undefined;
  /** Worker threads besides this one; by default, where there are cores to spare (see workerCount). */
  workers?: number;
  mmapBytes: number;
  cacheKib: number;
}

export class ParallelRank {
  private helpers: Helper[] | null = null;
  /** How many rowid ranges workers have ranked (for tests and the benchmark to see the work was shared). */
  rangesByWorkers = 0;

  constructor(
    private readonly db: Database,
    private readonly options: ParallelRankOptions,
  ) {}

  /** How many ranges a query is cut into: this thread's and one per worker. */
  get parts(): number {
    return 1 + this.workerCount();
  }

  /**
   * The best `offset + limit` rows of a ranked FTS5 query, ranked in parallel, then the page asked for; null when
   * there is no one to share the work with (one core, or workers that could not start).
   * `sql` must select `id, score` and take, after the query's own parameters, a lower and an upper rowid bound and
   * a row count, in that order.
   */
  top(sql: string, params: unknown[], bounds: number[], limit: number, offset: number): RankedRow[] | null {
    const helpers = this.start();
    if (!helpers || bounds.length < 2) return null;
    const ranges: Array<[number, number]> = [];
    for (let i = 0; i + 1 < bounds.length; i += 1) ranges.push([bounds[i]!, bounds[i + 1]! - 1]);
    const wanted = offset + limit;
    // Each worker gets a range to rank; this thread ranks the last one and any a worker could not take.
    const sent: Array<{ helper: Helper; range: [number, number] }> = [];
    const local: Array<[number, number]> = [];
    ranges.forEach((range, i) => {
      const helper = helpers[i];
      if (helper && !helper.broken && Atomics.load(helper.flag, 1) === 0 && i < ranges.length - 1) {
        Atomics.store(helper.flag, 0, 0);
        helper.port.postMessage({ sql, params: [...params, range[0], range[1], wanted] });
        sent.push({ helper, range });
      } else local.push(range);
    });
    const statement = this.db.prepare<unknown[], [number, number]>(sql).raw(true);
    const rows: Array<[number, number]> = [];
    for (const range of local) rows.push(...statement.all(...params, range[0], range[1], wanted));
    for (const { helper, range } of sent) {
      const reply = this.receive(helper);
      if (reply?.rows) {
        rows.push(...reply.rows);
        this.rangesByWorkers += 1;
      } else {
        rows.push(...statement.all(...params, range[0], range[1], wanted));
      }
    }
    rows.sort((a, b) => b[1] - a[1] || b[0] - a[0]);
    return rows.slice(offset, wanted).map(([id, score]) => ({ id, score }));
  }

  close(): void {
    for (const helper of this.helpers ?? []) void helper.worker.terminate();
    this.helpers = [];
  }

  private receive(helper: Helper): Reply | null {
    const waited = Atomics.wait(helper.flag, 0, 0, WAIT_MS);
    const message = receiveMessageOnPort(helper.port);
    if (waited === 'timed-out' || !message || Atomics.load(helper.flag, 1) !== 0) {
      helper.broken = true;
      void helper.worker.terminate();
      return null;
    }
    const reply = message.message as Reply;
    // A statement the worker could not run (a library changed under it, say) is run here instead.
    return reply.error ? null : reply;
  }

  /**
   * By default only where cores are to spare: with four or more, two fewer than there are (one for the window, one
   * for this thread), at most three. On two cores the other one is often busy (the window drawing results as they
   * come, other programs), and a worker that has to share a core makes a search slower, not faster: measured on a
   * 2-core machine, 93 → 74 ms for a query of 105,000 hits when the second core was free, 92 → 104 ms when not.
   */
  private workerCount(): number {
    const cores = os.availableParallelism?.() ?? os.cpus().length;
    const wanted = this.options.workers ?? (cores >= 4 ? Math.min(3, cores - 2) : 0);
    return Math.max(0, wanted);
  }

  private start(): Helper[] | null {
    if (this.helpers) return this.helpers.some((h) => !h.broken) ? this.helpers : null;
    const count = this.workerCount();
    if (count === 0 || this.options.file === ':memory:') {
      this.helpers = [];
      return null;
    }
    const module = createRequire(import.meta.url).resolve('better-sqlite3');
    this.helpers = [];
    for (let i = 0; i < count; i += 1) {
      const { port1, port2 } = new MessageChannel();
      const shared = new SharedArrayBuffer(8);
      try {
        const worker = new Worker(WORKER_SOURCE, {
          eval: true,
          workerData: { module, file: this.options.file, nativeBinding: this.options.nativeBinding, mmapBytes: this.options.mmapBytes, cacheKib: this.options.cacheKib, flag: shared, port: port2 },
          transferList: [port2],
        });
        // A worker must never keep the app (or a CLI run) alive; one that fails is not used again.
        worker.unref();
        port1.unref();
        const helper: Helper = { worker, port: port1, flag: new Int32Array(shared), broken: false };
        worker.on('error', () => {
          helper.broken = true;
        });
        this.helpers.push(helper);
      } catch {
        port1.close();
      }
    }
    return this.helpers.length > 0 ? this.helpers : null;
  }
}
