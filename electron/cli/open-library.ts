import { openLibrary, type Library } from '../../db/connection';
import { LibraryError } from '../../db/errors';
import { resolveLibraryPath } from '../paths';
import { CliError } from './io';

export interface CliOpenOptions {
  /** The command only reads (list, search, report): a read-only library is opened as it is, instead of refused. */
  reading?: boolean;
}

/**
 * Opens the library named by --db, VERBATIM_DB or the default, turning every refusal into one CLI line. A command
 * that writes refuses a read-only library in one sentence; one that only reads opens it read-only.
 */
export function openLibraryForCli(dbFlag: string | undefined, env: NodeJS.ProcessEnv, options: CliOpenOptions = {}): Library {
  let library: Library;
  try {
    library = openLibrary(resolveLibraryPath(dbFlag, env));
  } catch (err) {
    if (err instanceof LibraryError) throw new CliError(err.message);
    throw err;
  }
  if (library.readOnly !== null && !options.reading) {
    library.close();
    throw new CliError(`${library.path} is read-only: ${library.readOnly}, so this command cannot change it. Make the file and its folder writable, or use list, search or report, which only read.`);
  }
  return library;
}
