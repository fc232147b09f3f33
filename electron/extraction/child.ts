// The process an input is read in. A worker thread shares its process's fate: V8 ends the whole process when a
// thread's heap runs out in one large allocation (seen here: 18 MB of pasted text under a 48 MB limit aborted the
// app), so a hostile input could take the library's process down with it. A child process fails alone.
// In plain Node (the CLI, `verbatim serve`, the tests) the child is a fork; in the desktop app main.ts hands the
// pool Electron's utilityProcess instead (a fork would need the RunAsNode fuse, which a hardened build turns off).
import { fork } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface ChildExit {
  /** V8 ran out of the heap the child was given. */
  outOfMemory: boolean;
  /** What the child said last, for the log and for a crash's sentence. */
  detail: string;
}

export interface ExtractorChild {
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called once, when the child has ended (killed, crashed, out of memory). */
  onExit(listener: (exit: ChildExit) => void): void;
  kill(): void;
  /** Whether the child keeps this process alive: while it reads an input, so that a CLI import waits for it. */
  hold(holding: boolean): void;
}

export interface SpawnOptions {
  /** The JavaScript heap the child may use, in MB. */
  memoryMb: number;
  /** The JavaScript stack, in KB (0: the platform's default): deep enough that recursive libraries meet a depth cap. */
  stackKb: number;
}

export type SpawnExtractor = (options: SpawnOptions) => ExtractorChild;

/** How V8 says it ran out of heap, on the child's standard error or in a fatal error's report. */
export const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|Allocation failed/i;

/** The bundled worker beside the running bundle (dist/electron), or the TypeScript source with tsx's loader. */
export function workerModule(from: string = import.meta.url): { file: string; execArgv: string[] } {
  if (!from.endsWith('.ts')) return { file: fileURLToPath(new URL('./extraction-worker.js', from)), execArgv: [] };
  const manifest = createRequire(from).resolve('tsx/package.json');
  const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { exports: Record<string, unknown> };
  const loader = pkg.exports['.'];
  const loaderFile = typeof loader === 'string' ? loader : './dist/loader.mjs';
  return { file: fileURLToPath(new URL('./worker.ts', from)), execArgv: ['--import', pathToFileURL(path.join(path.dirname(manifest), loaderFile)).href] };
}

/** A fork of this Node: the CLI's, the server's and the tests' extractor. */
export function spawnNodeChild(options: SpawnOptions): ExtractorChild {
  const entry = workerModule();
  const child = fork(entry.file, [], {
    execArgv: [...entry.execArgv, `--max-old-space-size=${options.memoryMb}`, ...(options.stackKb > 0 ? [`--stack-size=${options.stackKb}`] : [])],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let tail = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    tail = (tail + chunk).slice(-4000);
  });
  return {
    post: (message) => child.send(message as object),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => {
      // 'close' comes after standard error has been read to its end, so the tail holds V8's last words.
      child.once('close', (code, signal) => listener({ outOfMemory: OUT_OF_MEMORY.test(tail), detail: tail.trim().split('\n').slice(-3).join(' ') || `exit ${code ?? signal}` }));
    },
    kill: () => child.kill('SIGKILL'),
    hold: (holding) => {
      // Piped standard error is a handle of its own (a socket); left referenced it would keep an idle CLI alive.
      const stderr = child.stderr as unknown as { ref(): void; unref(): void } | null;
      if (holding) {
        child.ref();
        child.channel?.ref();
        stderr?.ref();
      } else {
        child.unref();
        child.channel?.unref();
        stderr?.unref();
      }
    },
  };
}
