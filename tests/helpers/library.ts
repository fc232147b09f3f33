import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLibrary, type Library } from '../../db/connection';

export function tempLibraryPath(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-unit-')), 'library.db');
}

export function freshLibrary(): Library {
  return openLibrary(tempLibraryPath());
}

export const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');
export const SEED_FILE = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'seed', '000_10f613d3d861b7f3.txt');

export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** The seed document, read at run time from ../shared/corpus; undefined where the corpus is absent. */
export function seedText(): string | undefined {
  return fs.existsSync(SEED_FILE) ? fs.readFileSync(SEED_FILE, 'utf8') : undefined;
}
