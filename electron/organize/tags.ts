// Tags as people use them: created on the fly by name, coloured, renamed, merged, and put on many things at once.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { TagStore } from '../../db/tags';
import type { TagRecord, TagTargetKind } from '../../db/types';
import { RouteError } from '../api/errors';
import { missingTarget } from './missing';

/** Colours given to new tags in turn: distinct on light and dark backgrounds, readable under dark text. */
export const TAG_PALETTE = ['#f4c542', '#7fc8a9', '#8fb8ed', '#f19c79', '#c3a6e8', '#e8a0bf', '#a3c9a8', '#f0b37e'];

export interface TagTarget {
  kind: TagTargetKind;
  id: string;
}

export class TagService {
  readonly store: TagStore;

  constructor(private readonly db: Database) {
    this.store = new TagStore(db);
  }

  list(): TagRecord[] {
    return this.store.list();
  }

  /** The tag of that name (in any case), created with the next palette colour when there is none. */
  ensure(name: string, color?: string): TagRecord {
    const clean = name.trim().replace(/\s+/g, ' ');
    if (clean === '') throw new RouteError('INVALID_INPUT', 'A tag needs a name.');
    if (clean.length > 80) throw new RouteError('INVALID_INPUT', 'A tag name can be at most 80 characters long.');
    const existing = this.store.findByName(clean);
    if (existing) return existing;
    const count = this.db.prepare<[], number>('SELECT count(*) FROM tags').pluck().get() ?? 0;
    return this.store.create(randomUUID(), clean, color ?? TAG_PALETTE[count % TAG_PALETTE.length]!);
  }

  update(id: string, changes: { name?: string | undefined; color?: string | undefined }): TagRecord {
    if (changes.name !== undefined) {
      const clash = this.store.findByName(changes.name);
      if (clash && clash.id !== id) throw new RouteError('TAG_EXISTS', `There is already a tag named “${clash.name}”: merge the two instead.`);
      if (changes.name.trim() === '') throw new RouteError('INVALID_INPUT', 'A tag needs a name.');
    }
    return this.store.update(id, changes);
  }

  merge(fromId: string, intoId: string): TagRecord {
    if (fromId === intoId) throw new RouteError('INVALID_INPUT', 'A tag cannot be merged into itself.');
    return this.store.merge(fromId, intoId);
  }

  remove(id: string): number {
    return this.store.remove(id);
  }

  /** Adds tags (by name, created when new) to every target and takes others (by id) off them. */
  apply(targets: readonly TagTarget[], add: readonly string[], remove: readonly string[]): { tags: TagRecord[]; changed: number } {
    const added = add.map((name) => this.ensure(name));
    for (const target of targets) {
      this.assertTarget(target);
      for (const tag of added) this.store.link(target.kind, target.id, tag.id);
      for (const id of remove) this.store.unlink(target.kind, target.id, id);
    }
    return { tags: this.store.list(), changed: targets.length };
  }

  private assertTarget(target: TagTarget): void {
    const table = { article: 'articles', statement: 'statements', annotation: 'annotations' }[target.kind];
    const found = this.db.prepare<[string], number>(`SELECT 1 FROM ${table} WHERE id = ?`).pluck().get(target.id);
    if (!found) throw missingTarget(target.kind, target.id);
  }
}
