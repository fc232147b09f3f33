// The scorer's --module adapter: ../shared/tools/score-statements.mjs imports this plain module, which registers tsx
// so that the project's TypeScript extractor can be imported. STATEMENTS_ROOT picks the checkout whose extractor is
// scored (the working tree by default, a baseline worktree when the bench compares revisions).
import path from 'node:path';
import process from 'node:process';
import { URL, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const root = process.env.STATEMENTS_ROOT ?? path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { extractStatements } = await import(pathToFileURL(path.join(root, 'electron/statements/extract.ts')).href);

/** The scorer's shape: offsets, kind and the resolved speaker (the mention when nobody was resolved). */
export function extract(text) {
  return extractStatements(text).map((s) => ({
    text: s.text, start: s.start, end: s.end, kind: s.kind, speaker: s.speaker ?? s.mention ?? null,
  }));
}
