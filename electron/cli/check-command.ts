// `verbatim check [--db PATH] [--json]`: the library's full structure check (PRAGMA integrity_check, every page and
// index) and every clip's text against the hash stored when Verbatim wrote it. It opens the file read-only and never
// writes, so it can be run on a damaged library, or a copy of one, to see what is wrong. Exit 0 when all is well.
import type { Database } from 'better-sqlite3';
import { storedTexts } from '../../db/articles';
import { openForCheck } from '../../db/connection';
import { LibraryError } from '../../db/errors';
import { latestSchemaVersion, schemaVersion } from '../../db/migrate';
import { contentHash } from '../clipping/hash';
import { resolveLibraryPath } from '../paths';
import { type CliIO, CliError } from './io';

export interface CheckCommandOptions {
  db?: string | undefined;
  json?: boolean | undefined;
}

/** More than this many lines of damage say nothing more useful. */
const MAX_PROBLEMS = 100;

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function structureProblems(db: Database): string[] {
  try {
    const rows = db.pragma(`integrity_check(${MAX_PROBLEMS})`) as Array<{ integrity_check: string }>;
    return rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
  } catch (err) {
    return [`the check itself could not read the file: ${describe(err)}`];
  }
}

/** Clips whose text no longer matches its stored hash (edited outside Verbatim, or damaged). */
function changedTexts(db: Database): { checked: number; changed: Array<{ id: string; title: string }>; failure: string | null } {
  let checked = 0;
  const changed: Array<{ id: string; title: string }> = [];
  try {
    for (const row of storedTexts(db)) {
      checked += 1;
      if (contentHash(row.text) !== row.contentHash) changed.push({ id: row.id, title: row.title });
    }
    return { checked, changed, failure: null };
  } catch (err) {
    return { checked, changed, failure: `the clips could not all be read (${checked} were): ${describe(err)}` };
  }
}

export function checkCommand(io: CliIO, rest: string[], options: CheckCommandOptions): number {
  if (rest.length > 0) throw new CliError(`Unexpected "${rest[0]}": name the library with --db PATH.`, 2);
  const file = resolveLibraryPath(options.db, io.env);
  let db: Database;
  try {
    db = openForCheck(file);
  } catch (err) {
    if (!(err instanceof LibraryError)) throw err;
    if (options.json) io.stdout(`${JSON.stringify({ file, ok: false, problems: [err.message], changedClips: [] }, null, 2)}\n`);
    else io.stdout(`${err.message}\n`);
    return 1;
  }
  try {
    const problems = structureProblems(db);
    const version = schemaVersion(db);
    if (version > latestSchemaVersion()) problems.push(`the library was written by a newer version of Verbatim (schema ${version}; this one knows up to ${latestSchemaVersion()})`);
    // The clips table exists from schema 1 on; an empty file or an older library may not have it yet.
    const texts = version >= 1 ? changedTexts(db) : { checked: 0, changed: [], failure: null };
    if (texts.failure) problems.push(texts.failure);
    const ok = problems.length === 0 && texts.changed.length === 0;
    if (options.json) {
      io.stdout(`${JSON.stringify({ file, ok, problems, clipsChecked: texts.checked, changedClips: texts.changed }, null, 2)}\n`);
      return ok ? 0 : 1;
    }
    if (ok) {
      io.stdout(`ok: ${file} (its structure and the text of ${texts.checked} clip${texts.checked === 1 ? '' : 's'} checked)\n`);
      return 0;
    }
    if (problems.length > 0) {
      io.stdout(`${file} is damaged: its database structure failed the check (${problems.length}${problems.length >= MAX_PROBLEMS ? '+' : ''} problem${problems.length === 1 ? '' : 's'}):\n`);
      for (const p of problems) io.stdout(`  ${p}\n`);
      io.stdout('Restore it from a backup; Verbatim will not open it to write.\n');
    }
    for (const clip of texts.changed.slice(0, MAX_PROBLEMS)) {
      io.stdout(`warning: the text of “${clip.title}” (${clip.id}) was changed outside Verbatim: it no longer matches the hash stored when Verbatim last wrote it.\n`);
    }
    if (texts.changed.length > MAX_PROBLEMS) io.stdout(`warning: … and ${texts.changed.length - MAX_PROBLEMS} more (--json lists them all).\n`);
    if (texts.changed.length > 0) io.stdout(`${texts.changed.length} of ${texts.checked} clips changed outside Verbatim.\n`);
    return 1;
  } finally {
    db.close();
  }
}
