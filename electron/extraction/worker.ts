// The extraction child process: reads one input at a time for extraction/pool.ts and answers with the outcome or
// with the error as data (an Error's class does not survive the trip between processes; its code and message do).
// It runs as a fork of Node (process.send) or as Electron's utilityProcess (process.parentPort).
import { RouteError } from '../api/errors';
import { runExtraction, type ExtractionTask } from './task';
import type { WorkerReply } from './protocol';

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

function asReply(id: number, err: unknown): WorkerReply {
  if (err instanceof RouteError) return { id, ok: false, error: { code: err.code, message: err.message, expected: true } };
  // A stack overflow or any other failure inside a library is reported as such; the pool turns it into a sentence.
  const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return { id, ok: false, error: { code: err instanceof RangeError ? 'STACK' : 'FAILED', message, expected: false } };
}

const electronPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
const send = (message: WorkerReply | 'ready') => (electronPort ? electronPort.postMessage(message) : process.send?.(message));

function handle(message: unknown): void {
  const { id, task } = message as { id: number; task: ExtractionTask };
  runExtraction(task).then(
    (outcome) => send({ id, ok: true, outcome }),
    (err: unknown) => send(asReply(id, err)),
  );
}

if (electronPort) electronPort.on('message', (event) => handle(event.data));
else process.on('message', handle);
// The parent is gone (the app quit, the CLI was killed): nothing is left to read for.
process.on('disconnect', () => process.exit(0));

// The code is loaded: from now on the pool counts each input's time.
send('ready');
