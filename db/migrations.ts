// Schema migrations are the numbered SQL files in db/migrations/ (NNNN_what.sql). Migration N brings a library
// from user_version N-1 to N. They are read at run time from beside this module (the build copies them next to
// the bundles), and their numbering must run 1, 2, 3… without gaps, so a stray or missing file is caught at once.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export function migrationsDir(): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
}

export function loadMigrations(dir: string): Migration[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  return files.map((file, index) => {
    const match = FILE_NAME.exec(file);
    if (!match || Number(match[1]) !== index + 1) {
      throw new Error(`Migration files must be named 0001_name.sql, 0002_name.sql… without gaps; found ${file} at position ${index + 1}.`);
    }
    return { version: index + 1, name: match[2]!, sql: fs.readFileSync(path.join(dir, file), 'utf8') };
  });
}

let cached: Migration[] | undefined;

export function bundledMigrations(): Migration[] {
  cached ??= loadMigrations(migrationsDir());
  return cached;
}
