// Saved report definitions: a name and the definition as JSON (validated by the reports module on the way in and
// out), so a report can be run again for a new period.
import type { Database } from 'better-sqlite3';
import { LibraryError } from './errors';
import { nowIso } from './time';

export interface ReportDefinitionRow {
  id: string;
  name: string;
  definition: string;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = 'id, name, definition, created_at AS createdAt, updated_at AS updatedAt';

export class ReportDefinitionStore {
  constructor(private readonly db: Database) {}

  list(): ReportDefinitionRow[] {
    return this.db.prepare<[], ReportDefinitionRow>(`SELECT ${COLUMNS} FROM report_definitions ORDER BY name COLLATE NOCASE`).all();
  }

  get(id: string): ReportDefinitionRow {
    const row = this.db.prepare<[string], ReportDefinitionRow>(`SELECT ${COLUMNS} FROM report_definitions WHERE id = ?`).get(id);
    if (!row) throw new LibraryError('NOT_FOUND', `There is no saved report with the id ${id}; it may have been removed.`);
    return row;
  }

  findByName(name: string): ReportDefinitionRow | undefined {
    return this.db.prepare<[string], ReportDefinitionRow>(`SELECT ${COLUMNS} FROM report_definitions WHERE name = ? COLLATE NOCASE`).get(name.trim());
  }

  /** Creates, or replaces the definition of, the saved report with this id. */
  save(id: string, name: string, definition: string): ReportDefinitionRow {
    const now = nowIso();
    this.db
      .prepare(
        `INSERT INTO report_definitions (id, name, definition, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, definition = excluded.definition, updated_at = excluded.updated_at`,
      )
      .run(id, name.trim(), definition, now, now);
    return this.get(id);
  }

  remove(id: string): number {
    return this.db.prepare('DELETE FROM report_definitions WHERE id = ?').run(id).changes;
  }
}
