// What the extraction worker answers (extraction/worker.ts → extraction/pool.ts), besides 'ready' once loaded.
import type { ExtractionOutcome } from './task';

export type WorkerReply =
  | { id: number; ok: true; outcome: ExtractionOutcome }
  | { id: number; ok: false; error: { code: string; message: string; expected: boolean } };
