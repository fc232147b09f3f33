// The layout's rules are lint rules; these tests show that the rules catch what they are meant to catch.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

async function importErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('architecture rules', () => {
  it('lets only main.ts, preload.ts and ipc.ts import electron', async () => {
    const line = "import { app } from 'electron';\nexport const x = app;\n";
    expect(await importErrors('electron/main.ts', line)).toEqual([]);
    expect(await importErrors('electron/ipc.ts', line)).toEqual([]);
    expect(await importErrors('electron/library/service.ts', line)).toEqual([expect.stringContaining('Only electron/main.ts')]);
    expect(await importErrors('electron/cli.ts', line)).toHaveLength(1);
    expect(await importErrors('db/connection.ts', line)).toHaveLength(1);
  });

  it('keeps Node, the database and the main process’s code out of the renderer', async () => {
    const file = 'renderer/src/components/Example.tsx';
    expect(await importErrors(file, "import fs from 'node:fs';\nexport const x = fs;\n")).toEqual([expect.stringContaining('sandbox without Node')]);
    expect(await importErrors(file, "import Database from 'better-sqlite3';\nexport const x = Database;\n")).toHaveLength(1);
    expect(await importErrors(file, "import { openLibrary } from '../../../db/connection';\nexport const x = openLibrary;\n")).toHaveLength(1);
    expect(await importErrors(file, "import { LibraryService } from '../../../electron/library/service';\nexport const x = LibraryService;\n")).toEqual([
      expect.stringContaining('only the contract'),
    ]);
    expect(await importErrors(file, "import { contract } from '../../../electron/api/contract';\nexport const x = contract;\n")).toEqual([]);
    expect(await importErrors(file, "import type { Article } from '../../../electron/api/types';\nexport type X = Article;\n")).toEqual([]);
  });

  it('keeps db/ below everything else', async () => {
    expect(await importErrors('db/articles.ts', "import { RouteError } from '../electron/api/errors';\nexport const x = RouteError;\n")).toEqual([
      expect.stringContaining('must not import from electron/'),
    ]);
    expect(await importErrors('db/articles.ts', "import http from 'node:http';\nexport const x = http;\n")).toHaveLength(1);
    expect(await importErrors('db/articles.ts', "import fs from 'node:fs';\nexport const x = fs;\n")).toEqual([]);
  });
});
