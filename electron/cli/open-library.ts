import { openLibrary, type Library } from '../../db/connection';
import { LibraryError } from '../../db/errors';
import { resolveLibraryPath } from '../paths';
import { CliError } from './io';

/** Opens the library named by --db, VERBATIM_DB or the default, turning every refusal into one CLI line. */
export function openLibraryForCli(dbFlag: string | undefined, env: NodeJS.ProcessEnv): Library {
  try {
    return openLibrary(resolveLibraryPath(dbFlag, env));
  } catch (err) {
    if (err instanceof LibraryError) throw new CliError(err.message);
    throw err;
  }
}
