// What a CLI command needs from the outside world, so tests can run commands in-process and read what they print.
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Buffer>;
  env: NodeJS.ProcessEnv;
  /** Whether stderr is a terminal (progress bars are drawn only then). */
  isTTY?: boolean;
  /** Resolves when the user asks a long-running command (serve) to stop. */
  untilInterrupted: () => Promise<void>;
}

/** A failure the user can act on: printed as one line on stderr, with a non-zero exit. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    env: process.env,
    isTTY: process.stderr.isTTY === true,
    untilInterrupted: () =>
      new Promise((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      }),
  };
}
