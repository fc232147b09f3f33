// Removing and merging officials act at once, with Undo instead of a question. Each takes a snapshot of what it is
// about to change in the same transaction as the change, under a token the toast's Undo hands back; the snapshot
// lives in the library, so the token still works after the page is reloaded (and in another window). The caller
// holds the transaction.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { OfficialSnapshotStore } from '../../db/official-snapshots';
import type { MergedOfficial, RemovedOfficial, RestoredOfficial } from '../api/types';
import type { StatementService } from './service';

export class RegistryUndo {
  private readonly snapshots: OfficialSnapshotStore;

  constructor(
    db: Database,
    private readonly statements: StatementService,
  ) {
    this.snapshots = new OfficialSnapshotStore(db);
  }

  /** Removes an official; the statements stay, unlinked. Removing someone already gone removes nothing. */
  remove(id: string): RemovedOfficial {
    if (!this.snapshots.exists(id)) return { count: 0, undoToken: null };
    const undoToken = randomUUID();
    this.snapshots.save(undoToken, { action: 'remove', gone: this.snapshots.take(id) });
    return { count: this.statements.officials.remove(id), undoToken };
  }

  merge(fromId: string, intoId: string): MergedOfficial {
    const gone = this.snapshots.take(fromId);
    const into = this.snapshots.take(intoId);
    const undoToken = randomUUID();
    const merged = this.statements.mergeOfficials(fromId, intoId);
    this.snapshots.save(undoToken, { action: 'merge', gone, into });
    return { ...merged, undoToken };
  }

  /** Undoes one removal or merge, exactly: ids, spellings, roles with their dates and sources, status, links. */
  restore(token: string): RestoredOfficial {
    const record = this.snapshots.claim(token);
    if (record.into) this.snapshots.restoreSurvivor(record.into, record.gone);
    this.snapshots.restoreGone(record.gone);
    return { action: record.action, official: this.statements.official(record.gone.official.id) };
  }
}
