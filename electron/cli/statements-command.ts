// `verbatim statements FILE|- [--json]`: the statements in a plain UTF-8 text, with offsets into that text
// exactly as given (JavaScript string offsets). Nothing is stored. Also how statement quality is measured.
import fs from 'node:fs';
import { analysePaste } from '../clipping/paste';
import { findOriginalPublication } from '../clipping/original-publication';
import { LibraryService } from '../library/service';
import { resolveLibraryPath } from '../paths';
import { extractStatements } from '../statements/extract';
import { openLibraryForCli } from './open-library';
import { type CliIO, CliError } from './io';

export interface StatementJson {
  text: string;
  start: number;
  end: number;
  kind: 'direct' | 'reported';
  speaker: string | null;
  /** The registry's canonical name when the speaker matches an official of the library (--db, VERBATIM_DB or the default). */
  official: string | null;
  cue: string | null;
}

/** Canonical names from the library's registry, if there is a library to read; nothing is written to it. */
function registryLookup(dbFlag: string | undefined, env: NodeJS.ProcessEnv): { lookup: (name: string | null) => string | null; close: () => void } {
  const file = resolveLibraryPath(dbFlag, env);
  if (!fs.existsSync(file)) return { lookup: () => null, close: () => undefined };
  const library = openLibraryForCli(dbFlag, env);
  const service = new LibraryService(library);
  return {
    lookup: (name) => {
      const match = service.statements.matchName(name);
      return match ? service.statements.officials.get(match.id).canonicalName : null;
    },
    close: () => library.close(),
  };
}

export async function statementsCommand(io: CliIO, inputs: string[], options: { json?: boolean | undefined; db?: string | undefined }): Promise<number> {
  if (inputs.length !== 1) throw new CliError('Name one text file (or - for standard input).', 2);
  const [input] = inputs as [string];
  let bytes: Buffer;
  if (input === '-') bytes = await io.readStdin();
  else {
    if (!fs.existsSync(input)) throw new CliError(`${input}: no such file.`);
    if (fs.statSync(input).isDirectory()) throw new CliError(`${input} is a folder; name one text file.`);
    bytes = fs.readFileSync(input);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CliError(`${input === '-' ? 'standard input' : input} is not UTF-8 text.`);
  }
  if (text.includes('\u0000')) throw new CliError(`${input === '-' ? 'standard input' : input} is not text: it holds binary data.`);
  const statements = extractStatements(text, { outlet: analysePaste(text).outlet, originalPublication: findOriginalPublication(text) ?? null });
  const registry = registryLookup(options.db, io.env);
  let out: StatementJson[];
  try {
    out = statements.map((s) => ({ text: s.text, start: s.start, end: s.end, kind: s.kind, speaker: s.speaker, official: registry.lookup(s.speaker), cue: s.cue }));
  } finally {
    registry.close();
  }
  if (options.json) io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  else if (out.length === 0) io.stdout('No statements found.\n');
  else for (const s of out) io.stdout(`[${s.kind}] ${s.speaker ?? 'unknown speaker'}${s.cue ? ` (${s.cue})` : ''}: ${s.text}\n`);
  return 0;
}
