// The `verbatim` command run in this process, with its output collected: what the CLI tests call.
import { main } from '../../electron/cli';
import type { CliIO } from '../../electron/cli/io';

export async function runCli(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    readStdin: async () => Buffer.from(stdin),
    env: {},
    untilInterrupted: () => Promise.resolve(),
  };
  const code = await main(args, io);
  return { code, out, err };
}
