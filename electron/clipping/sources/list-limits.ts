// How much of a clip log (CSV or XLSX) one import reads. A press office's log of a year is a few thousand rows;
// 300,000 rows were read in six seconds and then held the import for minutes while each row became a clip.
import { zipEntries } from '../../imports/zip';
import { ClipError, megabytes } from '../errors';

export const LIST_LIMITS = {
  /** Rows under the header: clips in one log. */
  rows: 20_000,
  /** A workbook's parts, unpacked: ExcelJS reads them all into memory before the first row is seen. */
  workbookBytes: 256 * 1024 * 1024,
};

/** Records the CSV parser reads at most: the rows, the header, and room for blank rows above it. Past it, the log is too long. */
export const ROWS_READ = LIST_LIMITS.rows + 101;

export function tooManyRows(name: string): ClipError {
  return new ClipError(
    'TOO_MANY_ROWS',
    `${name} lists more than ${LIST_LIMITS.rows.toLocaleString('en')} clips, the most Verbatim imports from one clip log; split it into several files.`,
  );
}

/** Refuses a workbook that would unpack past LIST_LIMITS.workbookBytes, or is a zip bomb, before ExcelJS opens it. */
export async function checkWorkbook(name: string, bytes: Uint8Array): Promise<void> {
  let archive;
  try {
    archive = await zipEntries(name, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (err) {
    if (err instanceof ClipError && err.code === 'ZIP_BOMB') throw err;
    throw new ClipError('MALFORMED', `${name} is not a readable Excel workbook: the file is damaged or is not a workbook.`, err);
  }
  archive.close();
  const total = archive.entries.reduce((sum, entry) => sum + entry.size, 0);
  if (total > LIST_LIMITS.workbookBytes) {
    throw new ClipError('TOO_LARGE', `${name} unpacks to ${megabytes(total)}, more than the ${megabytes(LIST_LIMITS.workbookBytes)} Verbatim reads from one workbook.`);
  }
}
