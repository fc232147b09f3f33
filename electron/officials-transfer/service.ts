// Import and export of the registry of officials, as the routes and the CLI use them.
import type { Database } from 'better-sqlite3';
import { RouteError } from '../api/errors';
import type { RegistryImportReport } from '../api/types';
import type { StatementService } from '../statements/service';
import { applyRegistryEntries } from './apply';
import { RegistryFileError, type TransferFormat } from './format';
import { readRegistryFile } from './read';
import { exportRegistry } from './write';

export class RegistryTransfer {
  constructor(
    private readonly db: Database,
    private readonly statements: StatementService,
  ) {}

  export(format: TransferFormat): string {
    return exportRegistry(this.statements.officials, format);
  }

  /** A file that cannot be read at all is refused with one sentence (INVALID_INPUT); bad rows are in the report. */
  import(format: TransferFormat, text: string, dryRun: boolean): RegistryImportReport {
    let entries;
    try {
      entries = readRegistryFile(format, text);
    } catch (err) {
      if (err instanceof RegistryFileError) throw new RouteError('INVALID_INPUT', err.message);
      throw err;
    }
    return applyRegistryEntries(this.db, this.statements, entries, dryRun);
  }
}
