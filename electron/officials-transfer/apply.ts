// A registry file merged into the library's registry. Nothing a person entered is overwritten: an official already
// there (found by the name or any spelling, case and accents aside) keeps their name, country and organization and
// gains only the spellings and roles they lacked; a spelling that belongs to someone else is reported, not moved.
// Whoever a file names is accepted: the file is the office's own list. The caller holds the transaction.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { writeTransaction } from '../../db/write-transaction';
import type { RegistryImportReport } from '../api/types';
import { foldName, nameSkeleton } from '../statements/names';
import { cleanRole, foldRole, type StatementService } from '../statements/service';
import { registryEntry, type RawEntry, type RegistryEntry } from './format';

const keysOf = (name: string) => ({ folded: foldName(name), skeleton: nameSkeleton(name) });

function zodReason(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): string {
  const issue = issues[0];
  if (!issue) return 'The entry is not valid.';
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

/** Each spelling once, the name first, as folding sees them. */
function spellingsOf(entry: RegistryEntry): string[] {
  return [entry.name, ...entry.spellings].filter((s, i, all) => all.findIndex((t) => foldName(t) === foldName(s)) === i);
}

class RegistryImport {
  readonly report: RegistryImportReport;

  constructor(
    private readonly statements: StatementService,
    dryRun: boolean,
  ) {
    this.report = { dryRun, added: 0, merged: 0, conflicts: [], refused: [] };
  }

  private get officials() {
    return this.statements.officials;
  }

  entry(raw: RawEntry): void {
    const parsed = registryEntry.safeParse(raw.value);
    if (!parsed.success) {
      this.report.refused.push({ row: raw.row, reason: zodReason(parsed.error.issues) });
      return;
    }
    const entry = parsed.data;
    const spellings = spellingsOf(entry);
    const holders = spellings.map((s) => this.officials.holdersOf(foldName(s)));
    // The name decides whose entry this is; failing that, the first spelling only one official holds.
    const target = holders.find((h) => h.length === 1)?.[0];
    if (target === undefined && holders.some((h) => h.length > 0)) {
      const owners = [...new Set(holders.flat())].map((id) => this.officials.get(id).canonicalName);
      this.report.refused.push({ row: raw.row, reason: `Its names belong to more than one official (${owners.join(', ')}); merge them first.` });
      return;
    }
    if (target === undefined) this.add(entry, spellings);
    else this.mergeInto(target, raw.row, entry, spellings, holders);
  }

  private add(entry: RegistryEntry, spellings: string[]): void {
    const official = this.officials.create({ id: randomUUID(), canonicalName: entry.name, status: 'accepted', country: entry.country, organization: entry.organization }, keysOf(entry.name));
    for (const spelling of spellings.slice(1)) this.officials.addAlias(official.id, spelling, keysOf(spelling));
    this.addRoles(official.id, entry);
    this.report.added++;
  }

  private mergeInto(id: string, row: number, entry: RegistryEntry, spellings: string[], holders: string[][]): void {
    const current = this.officials.get(id);
    spellings.forEach((spelling, i) => {
      const others = holders[i]!.filter((h) => h !== id);
      if (others.length === 0) {
        this.officials.addAlias(id, spelling, keysOf(spelling));
        return;
      }
      const owner = this.officials.get(others[0]!).canonicalName;
      this.report.conflicts.push({ row, name: entry.name, spelling, owner, reason: `${spelling} is a spelling of ${owner}; it was not added to ${current.canonicalName}.` });
    });
    // Only what the registry lacks is filled in.
    this.officials.update(id, {
      status: 'accepted',
      ...(current.country === null && entry.country !== null && { country: entry.country }),
      ...(current.organization === null && entry.organization !== null && { organization: entry.organization }),
    });
    this.addRoles(id, entry);
    this.report.merged++;
  }

  private addRoles(id: string, entry: RegistryEntry): void {
    for (const role of entry.roles) this.officials.addRole(id, { ...role, title: cleanRole(role.title) }, foldRole);
  }
}

/** Thrown to roll a dry run back once its report is made. */
class DryRunDone extends Error {}

/**
 * Applies the entries and reports what happened. A dry run does the same work in a transaction of its own and rolls
 * it back, so its report is exactly what the import will do (rows that match each other included).
 */
export function applyRegistryEntries(db: Database, statements: StatementService, entries: RawEntry[], dryRun: boolean): RegistryImportReport {
  // A fresh report for each attempt: a library busy with another writer has the transaction run again.
  const apply = (): RegistryImportReport => {
    const run = new RegistryImport(statements, dryRun);
    for (const raw of entries) run.entry(raw);
    // Statements clipped under one of the new spellings are linked, once for the whole file.
    statements.relink();
    return run.report;
  };
  if (!dryRun) return apply();
  let report: RegistryImportReport | undefined;
  try {
    writeTransaction(db, () => {
      report = apply();
      throw new DryRunDone();
    });
  } catch (err) {
    if (!(err instanceof DryRunDone)) throw err;
  }
  return report!;
}
