import type { Database } from 'better-sqlite3';
import { nowIso } from './time';
import type { OutletRecord } from './types';

/** Outlets are matched by a folded form of their name, so spelling case and stray spaces do not split them. */
export function outletKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-US');
}

export type { OutletRecord } from './types';

export class OutletStore {
  private readonly byKey;
  private readonly insert;
  private readonly all;

  constructor(private readonly db: Database) {
    this.byKey = db.prepare<[string], { id: number }>('SELECT id FROM outlets WHERE name_key = ?');
    this.insert = db.prepare<[string, string, string | null, string]>(
      'INSERT INTO outlets (name, name_key, domain, created_at) VALUES (?, ?, ?, ?)',
    );
    this.all = db.prepare<[], OutletRecord>(
      `SELECT o.id, o.name, o.domain, count(a.seq) AS articleCount
         FROM outlets o LEFT JOIN articles a ON a.outlet_id = o.id AND a.deleted_at IS NULL
        GROUP BY o.id ORDER BY articleCount DESC, o.name COLLATE NOCASE`,
    );
  }

  /** The id of the outlet with this name, creating it on first sight. */
  ensure(name: string): number {
    const clean = name.normalize('NFKC').trim().replace(/\s+/g, ' ');
    const key = outletKey(clean);
    const found = this.byKey.get(key);
    if (found) return found.id;
    const domain = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(clean) ? clean.toLowerCase() : null;
    return Number(this.insert.run(clean, key, domain, nowIso()).lastInsertRowid);
  }

  list(): OutletRecord[] {
    return this.all.all();
  }
}
