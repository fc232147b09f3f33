// Snapshots of officials as they were just before a removal or a merge, and putting them back. The rows are taken
// and restored with their own ids, so that whatever pointed at them (the reader's open official, a statement's link)
// points at them again after Undo.
import type { Database } from 'better-sqlite3';
import { LibraryError } from './errors';
import { nowIso } from './time';

interface OfficialRow {
  id: string;
  canonical_name: string;
  country: string | null;
  organization: string | null;
  status: 'proposed' | 'accepted';
  created_at: string;
  updated_at: string;
}

interface AliasRow {
  id: number;
  alias: string;
  folded: string;
  skeleton: string;
}

interface RoleRow {
  id: number;
  title: string;
  organization: string | null;
  valid_from: string | null;
  valid_to: string | null;
  source_article_id: string | null;
}

/** One official whole: its row, every spelling and role, and the statements linked to it. */
export interface OfficialSnapshot {
  official: OfficialRow;
  aliases: AliasRow[];
  roles: RoleRow[];
  statementIds: string[];
}

export type UndoAction = 'remove' | 'merge';

/** What the undo of one action needs. For a merge, `into` is the surviving official as it was before. */
export interface UndoRecord {
  action: UndoAction;
  gone: OfficialSnapshot;
  into?: OfficialSnapshot;
}

/** Tokens outlive the toast that offers them by far; older ones are purged as new ones are written. */
const KEEP_MS = 24 * 60 * 60 * 1000;

export class OfficialSnapshotStore {
  constructor(private readonly db: Database) {}

  exists(id: string): boolean {
    return this.db.prepare<[string], number>('SELECT 1 FROM officials WHERE id = ?').pluck().get(id) !== undefined;
  }

  take(id: string): OfficialSnapshot {
    const official = this.db.prepare<[string], OfficialRow>('SELECT id, canonical_name, country, organization, status, created_at, updated_at FROM officials WHERE id = ?').get(id);
    if (!official) throw new LibraryError('NOT_FOUND', `There is no official with the id ${id}; it may have been removed or merged.`);
    return {
      official,
      aliases: this.db.prepare<[string], AliasRow>('SELECT id, alias, folded, skeleton FROM official_aliases WHERE official_id = ? ORDER BY id').all(id),
      roles: this.db.prepare<[string], RoleRow>('SELECT id, title, organization, valid_from, valid_to, source_article_id FROM official_roles WHERE official_id = ? ORDER BY id').all(id),
      statementIds: this.db.prepare<[string], string>('SELECT id FROM statements WHERE official_id = ? ORDER BY id').pluck().all(id),
    };
  }

  save(token: string, record: UndoRecord): void {
    const now = new Date();
    this.db.prepare('DELETE FROM official_undo WHERE created_at < ?').run(new Date(now.getTime() - KEEP_MS).toISOString());
    this.db.prepare('INSERT INTO official_undo (token, action, snapshot, created_at) VALUES (?, ?, ?, ?)').run(token, record.action, JSON.stringify(record), now.toISOString());
  }

  /** The record of a token, taken out: a token undoes its action once. */
  claim(token: string): UndoRecord {
    const stored = this.db.prepare<[string], string>('SELECT snapshot FROM official_undo WHERE token = ?').pluck().get(token);
    if (stored === undefined) throw new LibraryError('NOT_FOUND', 'That change can no longer be undone: it was undone already, or is more than a day old.');
    this.db.prepare('DELETE FROM official_undo WHERE token = ?').run(token);
    return JSON.parse(stored) as UndoRecord;
  }

  /** Puts a removed official back as the snapshot has it, with its ids; refused if the id is in use again. */
  restoreGone(snapshot: OfficialSnapshot): void {
    const { official } = snapshot;
    if (this.exists(official.id)) {
      throw new LibraryError('CONFLICT', `${official.canonical_name} is in the registry already; there is nothing to undo.`);
    }
    this.db
      .prepare('INSERT INTO officials (id, canonical_name, country, organization, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(official.id, official.canonical_name, official.country, official.organization, official.status, official.created_at, nowIso());
    for (const alias of snapshot.aliases) this.putAlias(official.id, alias);
    for (const role of snapshot.roles) this.putRole(official.id, role);
    this.link(official.id, snapshot.statementIds);
  }

  /**
   * Gives the official a merge kept its own spellings, roles and links back: what the merge brought in from the
   * other official goes, and what folding the two roles together filled in is as it was. Spellings and roles a person
   * added after the merge stay.
   */
  restoreSurvivor(before: OfficialSnapshot, gone: OfficialSnapshot): void {
    const id = before.official.id;
    const own = new Set(before.aliases.map((a) => a.folded));
    const deleteAlias = this.db.prepare('DELETE FROM official_aliases WHERE official_id = ? AND folded = ?');
    for (const alias of gone.aliases) if (!own.has(alias.folded)) deleteAlias.run(id, alias.folded);
    const deleteRole = this.db.prepare('DELETE FROM official_roles WHERE id = ? AND official_id = ?');
    for (const role of gone.roles) deleteRole.run(role.id, id);
    // Folding the roles together kept the older of two copies, which may have been the other official's.
    const resetRole = this.db.prepare('UPDATE official_roles SET title = ?, organization = ?, valid_from = ?, valid_to = ?, source_article_id = ? WHERE id = ? AND official_id = ?');
    for (const role of before.roles) {
      const changed = resetRole.run(role.title, role.organization, role.valid_from, role.valid_to, role.source_article_id, role.id, id).changes;
      if (changed === 0) this.putRole(id, role);
    }
    // Statements the merge linked to the survivor by one of the other's spellings were nobody's before it.
    const linkedBefore = new Set([...before.statementIds, ...gone.statementIds]);
    const now = this.db.prepare<[string], string>('SELECT id FROM statements WHERE official_id = ?').pluck().all(id);
    const unlink = this.db.prepare('UPDATE statements SET official_id = NULL WHERE id = ?');
    for (const statementId of now) if (!linkedBefore.has(statementId)) unlink.run(statementId);
    this.db.prepare('UPDATE officials SET updated_at = ? WHERE id = ?').run(nowIso(), id);
  }

  private putAlias(officialId: string, alias: AliasRow): void {
    // An id taken since by another row is not stolen from it: the spelling comes back under a new id.
    const id = this.idIsFree('official_aliases', alias.id) ? alias.id : null;
    this.db.prepare('INSERT OR IGNORE INTO official_aliases (id, official_id, alias, folded, skeleton) VALUES (?, ?, ?, ?, ?)').run(id, officialId, alias.alias, alias.folded, alias.skeleton);
  }

  private putRole(officialId: string, role: RoleRow): void {
    const id = this.idIsFree('official_roles', role.id) ? role.id : null;
    this.db
      .prepare('INSERT INTO official_roles (id, official_id, title, organization, valid_from, valid_to, source_article_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, officialId, role.title, role.organization, role.valid_from, role.valid_to, role.source_article_id);
  }

  private idIsFree(table: 'official_aliases' | 'official_roles', id: number): boolean {
    return this.db.prepare<[number], number>(`SELECT 1 FROM ${table} WHERE id = ?`).pluck().get(id) === undefined;
  }

  /** Statements deleted since (their clip purged) are simply not there to link. */
  private link(officialId: string, statementIds: string[]): void {
    const link = this.db.prepare('UPDATE statements SET official_id = ? WHERE id = ?');
    for (const statementId of statementIds) link.run(officialId, statementId);
  }
}
