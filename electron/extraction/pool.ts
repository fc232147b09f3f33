// Extraction off the routes' thread. Every input a person pastes, drops or imports is read in a child process with
// its own time and memory budget (extraction/child.ts says why a process and not a thread): a hostile page (deep
// nesting, a decompression bomb, megabytes of quotation marks) can then cost at most its budget and one child,
// while the process that answers routes goes on answering. A child that runs out of time or memory is killed and
// replaced; the input gets a sentence naming the limit.
import { RouteError } from '../api/errors';
import { ClipError } from '../clipping/errors';
import { spawnNodeChild, type ExtractorChild, type SpawnExtractor } from './child';
import type { WorkerReply } from './protocol';
import { runExtraction, type ExtractionOutcome, type ExtractionTask } from './task';

export interface ExtractionPoolOptions {
  /** Child processes at most; by default one. */
  size?: number;
  /** The longest one input may take; by default VERBATIM_EXTRACT_TIMEOUT_MS or two minutes. */
  timeoutMs?: number;
  /** The JavaScript heap one child may use, in MB. */
  memoryMb?: number;
  /** How a child is started: a fork of Node by default; Electron's utilityProcess in the desktop app. */
  spawn?: SpawnExtractor;
}

/** Two minutes: a 20 MB page or a 2,000-page PDF takes well under a minute on a slow laptop. */
export const DEFAULT_TIMEOUT_MS = 120_000;
/** A child's heap: many times what the largest input allowed (20 MB of text) needs while it is read. */
export const DEFAULT_MEMORY_MB = 2048;
/**
 * A deeper stack than Node's default (984 KB), so that recursive libraries meet a depth cap, not an overflow; well
 * inside the 8 MB a main thread has on Linux and macOS. Windows gives a process's main thread less: left as it is.
 */
const STACK_KB = process.platform === 'win32' ? 0 : 4000;

interface Slot {
  child: ExtractorChild;
  busy: Pending | undefined;
  /** The child has loaded its code: an input's time is counted from then, not from the child's start. */
  ready: boolean;
  gone: boolean;
}

interface Pending {
  id: number;
  task: ExtractionTask;
  label: string;
  resolve(outcome: ExtractionOutcome): void;
  reject(err: unknown): void;
  timer?: NodeJS.Timeout | undefined;
  signal?: AbortSignal | undefined;
  onAbort?: (() => void) | undefined;
}

function timeoutFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const value = Number(env.VERBATIM_EXTRACT_TIMEOUT_MS);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly size: number;
  private readonly memoryMb: number;
  private readonly spawnChild: SpawnExtractor;
  readonly timeoutMs: number;
  private nextId = 1;
  private closed = false;
  /** Children stopped for running past their time or memory (read by the tests). */
  stopped = 0;

  constructor(options: ExtractionPoolOptions = {}, env: NodeJS.ProcessEnv = process.env) {
    this.size = Math.max(1, options.size ?? 1);
    this.timeoutMs = options.timeoutMs ?? timeoutFromEnv(env) ?? DEFAULT_TIMEOUT_MS;
    this.memoryMb = options.memoryMb ?? DEFAULT_MEMORY_MB;
    this.spawnChild = options.spawn ?? spawnNodeChild;
  }

  /** Runs one input's extraction in a child; `label` names the input in the sentences of its errors. */
  run(task: ExtractionTask, label: string, signal?: AbortSignal): Promise<ExtractionOutcome> {
    if (this.closed) return Promise.reject(new RouteError('UNAVAILABLE', 'Verbatim is closing; the input was not read.'));
    if (signal?.aborted) return Promise.reject(new RouteError('CANCELLED', `${label} was not read: the work was cancelled.`));
    return new Promise((resolve, reject) => {
      const pending: Pending = { id: this.nextId++, task, label, resolve, reject, signal };
      if (signal) {
        pending.onAbort = () => this.abort(pending);
        signal.addEventListener('abort', pending.onAbort, { once: true });
      }
      this.queue.push(pending);
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.busy === undefined);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const pending = this.queue.shift()!;
      this.assign(slot, pending);
    }
  }

  private spawn(): Slot {
    const child = this.spawnChild({ memoryMb: this.memoryMb, stackKb: STACK_KB });
    const slot: Slot = { child, busy: undefined, ready: false, gone: false };
    child.hold(false);
    child.onMessage((reply) => {
      if (reply !== 'ready') return this.answer(slot, reply as WorkerReply);
      slot.ready = true;
      if (slot.busy) this.startClock(slot, slot.busy);
    });
    child.onExit((exit) => {
      slot.gone = true;
      if (!this.slots.includes(slot)) return;
      const label = slot.busy?.label ?? 'An input';
      if (exit.outOfMemory) this.stopped += 1;
      this.fail(
        slot,
        exit.outOfMemory
          ? new ClipError('TOO_LARGE', `${label} needs more than the ${this.memoryMb.toLocaleString('en')} MB of memory one input may use while it is read, and was stopped; nothing of it was stored.`)
          : new ClipError('MALFORMED', `${label} could not be read: reading it stopped the extractor (${exit.detail}).`),
      );
    });
    this.slots.push(slot);
    return slot;
  }

  private assign(slot: Slot, pending: Pending): void {
    slot.busy = pending;
    // A busy child keeps the process alive (a CLI import waits for it); an idle one does not.
    slot.child.hold(true);
    if (slot.ready) this.startClock(slot, pending);
    slot.child.post({ id: pending.id, task: pending.task });
  }

  private startClock(slot: Slot, pending: Pending): void {
    pending.timer = setTimeout(() => {
      this.stopped += 1;
      this.retire(slot);
      this.settle(pending, new ClipError('TOO_SLOW', `${pending.label} took longer than the ${seconds(this.timeoutMs)} one input may take to read, and was stopped; nothing of it was stored.`));
      this.pump();
    }, this.timeoutMs);
  }

  private answer(slot: Slot, reply: WorkerReply): void {
    const pending = slot.busy;
    if (!pending || pending.id !== reply.id) return;
    slot.busy = undefined;
    slot.child.hold(false);
    if (reply.ok) this.settle(pending, undefined, reply.outcome);
    else if (reply.error.expected) this.settle(pending, new RouteError(reply.error.code, reply.error.message));
    else if (reply.error.code === 'STACK') this.settle(pending, new ClipError('MALFORMED', `${pending.label} could not be read: its structure is nested too deeply or is too irregular to follow (${reply.error.message}).`));
    else this.settle(pending, new Error(`${pending.label}: ${reply.error.message}`));
    this.pump();
  }

  /** A child died (out of memory, a crash): its task fails with a sentence, and a new child takes the queue. */
  private fail(slot: Slot, err: Error): void {
    const pending = slot.busy;
    this.retire(slot);
    if (pending) this.settle(pending, err);
    this.pump();
  }

  private retire(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    slot.busy = undefined;
    if (!slot.gone) slot.child.kill();
  }

  private abort(pending: Pending): void {
    const queued = this.queue.indexOf(pending);
    if (queued >= 0) this.queue.splice(queued, 1);
    const slot = this.slots.find((s) => s.busy === pending);
    if (slot) this.retire(slot);
    this.settle(pending, new RouteError('CANCELLED', `${pending.label} was not read: the work was cancelled.`));
    this.pump();
  }

  private settle(pending: Pending, err: unknown, outcome?: ExtractionOutcome): void {
    if (pending.timer) clearTimeout(pending.timer);
    if (pending.onAbort) pending.signal?.removeEventListener('abort', pending.onAbort);
    pending.timer = undefined;
    pending.onAbort = undefined;
    if (err !== undefined) pending.reject(err);
    else pending.resolve(outcome!);
  }

  /** Starts a child ahead of the first input, so that the first paste does not wait for one to load. */
  warm(): void {
    if (!this.closed && this.slots.length === 0) this.spawn();
  }

  /** Children alive now (idle or busy). */
  get children(): number {
    return this.slots.length;
  }

  close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) this.settle(pending, new RouteError('UNAVAILABLE', 'Verbatim is closing; the input was not read.'));
    for (const slot of this.slots.splice(0)) {
      if (slot.busy) this.settle(slot.busy, new RouteError('UNAVAILABLE', 'Verbatim is closing; the input was not read.'));
      slot.child.kill();
    }
    return Promise.resolve();
  }
}

let shared: ExtractionPool | undefined;

/**
 * The process's one pool with the default budgets, for every library service in it: the app and `serve` have one
 * anyway, and tests that build many services then start one child, not one each. Its idle children do not keep the
 * process alive, and they end when it does (worker.ts exits on disconnect).
 */
export function sharedExtractionPool(): ExtractionPool {
  shared ??= new ExtractionPool();
  return shared;
}

/** The same contract in this thread, for tools and tests that need no protection from their own inputs. */
export const inlineExtraction = {
  run: (task: ExtractionTask): Promise<ExtractionOutcome> => runExtraction(task),
};

export type Extractor = Pick<ExtractionPool, 'run'> | typeof inlineExtraction;
