import type { Database } from 'better-sqlite3';
import { LibraryError } from './errors';
import { nowIso } from './time';
import type { OfficialRecord } from './types';

export type { OfficialRecord } from './types';

export interface AliasRecord {
  id: number;
  alias: string;
}

export interface RoleRecord {
  id: number;
  title: string;
  organization: string | null;
  validFrom: string | null;
  validTo: string | null;
  sourceArticleId: string | null;
}

/** How names are folded is the statements module's business; the store only keeps the keys it is given. */
export interface NameKeys {
  folded: string;
  skeleton: string;
}

const COLUMNS = `o.id, o.canonical_name AS canonicalName, o.country, o.organization, o.status,
  (SELECT r.title FROM official_roles r WHERE r.official_id = o.id ORDER BY r.id DESC LIMIT 1) AS role,
  (SELECT count(*) FROM statements s JOIN articles a ON a.id = s.article_id
     WHERE s.official_id = o.id AND s.status <> 'rejected' AND a.deleted_at IS NULL) AS statementCount`;

function missingOfficial(id: string): LibraryError {
  return new LibraryError('NOT_FOUND', `There is no official with the id ${id}; it may have been removed or merged.`);
}

export class OfficialStore {
  constructor(private readonly db: Database) {}

  list(status?: 'proposed' | 'accepted'): OfficialRecord[] {
    const where = status ? 'WHERE o.status = ?' : '';
    return this.db.prepare<unknown[], OfficialRecord>(`SELECT ${COLUMNS} FROM officials o ${where} ORDER BY o.canonical_name COLLATE NOCASE`).all(...(status ? [status] : []));
  }

  get(id: string): OfficialRecord {
    const found = this.db.prepare<[string], OfficialRecord>(`SELECT ${COLUMNS} FROM officials o WHERE o.id = ?`).get(id);
    if (!found) throw missingOfficial(id);
    return found;
  }

  /** Refuses an id that names no official, before a write would meet the foreign key instead. */
  assertExists(id: string): void {
    if (this.db.prepare<[string], number>('SELECT 1 FROM officials WHERE id = ?').pluck().get(id) === undefined) throw missingOfficial(id);
  }

  aliases(id: string): AliasRecord[] {
    return this.db.prepare<[string], AliasRecord>('SELECT id, alias FROM official_aliases WHERE official_id = ? ORDER BY id').all(id);
  }

  roles(id: string): RoleRecord[] {
    return this.db
      .prepare<[string], RoleRecord>(
        'SELECT id, title, organization, valid_from AS validFrom, valid_to AS validTo, source_article_id AS sourceArticleId FROM official_roles WHERE official_id = ? ORDER BY id',
      )
      .all(id);
  }

  create(official: { id: string; canonicalName: string; status: 'proposed' | 'accepted'; country?: string | null; organization?: string | null }, keys: NameKeys): OfficialRecord {
    const now = nowIso();
    this.db
      .prepare('INSERT INTO officials (id, canonical_name, country, organization, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(official.id, official.canonicalName, official.country ?? null, official.organization ?? null, official.status, now, now);
    this.addAlias(official.id, official.canonicalName, keys);
    return this.get(official.id);
  }

  addAlias(id: string, alias: string, keys: NameKeys): void {
    this.assertExists(id);
    this.db.prepare('INSERT OR IGNORE INTO official_aliases (official_id, alias, folded, skeleton) VALUES (?, ?, ?, ?)').run(id, alias, keys.folded, keys.skeleton);
  }

  /**
   * Adds a role unless the official already holds the same title, as `fold` sees it (case, spacing, punctuation and
   * the numbers that repeated text glues on, "…Azerbaijan-91"). The role first recorded stays, with its source
   * article; a repeat only fills in what it lacked (organization, dates). Says whether a new role was stored.
   */
  addRole(
    id: string,
    role: { title: string; organization?: string | null; validFrom?: string | null; validTo?: string | null; sourceArticleId?: string | null },
    fold: (title: string) => string = (title) => title,
  ): boolean {
    this.assertExists(id);
    const key = fold(role.title);
    const same = this.roles(id).find((r) => fold(r.title) === key);
    if (same) {
      this.db
        .prepare('UPDATE official_roles SET organization = coalesce(organization, ?), valid_from = coalesce(valid_from, ?), valid_to = coalesce(valid_to, ?) WHERE id = ?')
        .run(role.organization ?? null, role.validFrom ?? null, role.validTo ?? null, same.id);
      return false;
    }
    this.db
      .prepare('INSERT INTO official_roles (official_id, title, organization, valid_from, valid_to, source_article_id) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, role.title, role.organization ?? null, role.validFrom ?? null, role.validTo ?? null, role.sourceArticleId ?? null);
    return true;
  }

  /** Keeps one role of each title (as `fold` sees it), the first recorded; what a later copy knew fills in the first. */
  dedupeRoles(id: string, fold: (title: string) => string): void {
    const kept = new Map<string, RoleRecord>();
    for (const role of this.roles(id)) {
      const first = kept.get(fold(role.title));
      if (!first) {
        kept.set(fold(role.title), role);
        continue;
      }
      this.db
        .prepare('UPDATE official_roles SET organization = coalesce(organization, ?), valid_from = coalesce(valid_from, ?), valid_to = coalesce(valid_to, ?) WHERE id = ?')
        .run(role.organization, role.validFrom, role.validTo, first.id);
      this.db.prepare('DELETE FROM official_roles WHERE id = ?').run(role.id);
    }
  }

  /** A role is changed or removed only through its own official: a role id of someone else is refused, not obeyed. */
  updateRole(officialId: string, roleId: number, changes: { title?: string | undefined; organization?: string | null | undefined; validFrom?: string | null | undefined; validTo?: string | null | undefined }): void {
    const current = this.db
      .prepare<[number, string], RoleRecord>('SELECT id, title, organization, valid_from AS validFrom, valid_to AS validTo, source_article_id AS sourceArticleId FROM official_roles WHERE id = ? AND official_id = ?')
      .get(roleId, officialId);
    if (!current) throw this.missingRole(officialId, roleId);
    const next = { ...current, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
    this.db.prepare('UPDATE official_roles SET title = ?, organization = ?, valid_from = ?, valid_to = ? WHERE id = ?').run(next.title, next.organization, next.validFrom, next.validTo, roleId);
  }

  removeRole(officialId: string, roleId: number): number {
    const removed = this.db.prepare('DELETE FROM official_roles WHERE id = ? AND official_id = ?').run(roleId, officialId).changes;
    if (removed === 0) throw this.missingRole(officialId, roleId);
    return removed;
  }

  private missingRole(officialId: string, roleId: number): LibraryError {
    const name = this.db.prepare<[string], string>('SELECT canonical_name FROM officials WHERE id = ?').pluck().get(officialId);
    if (name === undefined) return missingOfficial(officialId);
    return new LibraryError('NOT_FOUND', `${name} has no role with the id ${roleId}; it may have been removed.`);
  }

  /** Officials with an alias of exactly this folded form; failing that, of this skeleton. */
  match(keys: NameKeys): string[] {
    const exact = this.db.prepare<[string], string>('SELECT DISTINCT official_id FROM official_aliases WHERE folded = ?').pluck().all(keys.folded);
    if (exact.length > 0) return exact;
    return this.db.prepare<[string], string>('SELECT DISTINCT official_id FROM official_aliases WHERE skeleton = ?').pluck().all(keys.skeleton);
  }

  /** Officials with an alias of exactly this folded form, and no looser match: what an import merges into. */
  holdersOf(folded: string): string[] {
    return this.db.prepare<[string], string>('SELECT DISTINCT official_id FROM official_aliases WHERE folded = ? ORDER BY official_id').pluck().all(folded);
  }

  update(id: string, changes: { canonicalName?: string | undefined; status?: 'proposed' | 'accepted' | undefined; country?: string | null | undefined; organization?: string | null | undefined }): OfficialRecord {
    const current = this.get(id);
    this.db
      .prepare('UPDATE officials SET canonical_name = ?, status = ?, country = ?, organization = ?, updated_at = ? WHERE id = ?')
      .run(
        changes.canonicalName ?? current.canonicalName,
        changes.status ?? current.status,
        changes.country !== undefined ? changes.country : current.country,
        changes.organization !== undefined ? changes.organization : current.organization,
        nowIso(),
        id,
      );
    return this.get(id);
  }

  /** Moves everything of one official (aliases, roles, statements) to another and removes the first. */
  merge(fromId: string, intoId: string): void {
    if (fromId === intoId) throw new LibraryError('CONFLICT', 'An official cannot be merged into itself.');
    this.get(fromId);
    this.get(intoId);
    this.db.prepare('INSERT OR IGNORE INTO official_aliases (official_id, alias, folded, skeleton) SELECT ?, alias, folded, skeleton FROM official_aliases WHERE official_id = ?').run(intoId, fromId);
    this.db.prepare('UPDATE official_roles SET official_id = ? WHERE official_id = ?').run(intoId, fromId);
    this.db.prepare('UPDATE statements SET official_id = ? WHERE official_id = ?').run(intoId, fromId);
    this.db.prepare('DELETE FROM officials WHERE id = ?').run(fromId);
  }

  /** Takes one alias off an official and gives it to a new official of its own (a namesake was mixed in). */
  splitAlias(aliasId: number, newId: string): string {
    const alias = this.db.prepare<[number], { official_id: string; alias: string }>('SELECT official_id, alias FROM official_aliases WHERE id = ?').get(aliasId);
    if (!alias) throw new LibraryError('NOT_FOUND', `There is no spelling with the id ${aliasId} in the registry; it may have been split off or its official removed.`);
    const count = this.db.prepare<[string], number>('SELECT count(*) FROM official_aliases WHERE official_id = ?').pluck().get(alias.official_id)!;
    if (count < 2) throw new LibraryError('CONFLICT', 'That is the official’s only name; there is nothing to split off.');
    const now = nowIso();
    this.db.prepare("INSERT INTO officials (id, canonical_name, status, created_at, updated_at) VALUES (?, ?, 'accepted', ?, ?)").run(newId, alias.alias, now, now);
    this.db.prepare('UPDATE official_aliases SET official_id = ? WHERE id = ?').run(newId, aliasId);
    this.db.prepare('UPDATE statements SET official_id = ? WHERE official_id = ? AND speaker_name = ?').run(newId, alias.official_id, alias.alias);
    return newId;
  }

  remove(id: string): number {
    return this.db.prepare('DELETE FROM officials WHERE id = ?').run(id).changes;
  }
}
