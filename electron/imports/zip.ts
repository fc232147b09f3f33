// The files inside a zip archive, read one at a time, with the checks that stop a zip bomb before it fills
// memory: a cap on entries, on the total and per-file unpacked size, on the compression ratio, and sizes
// verified while inflating (an archive can lie about them).
import yauzl from 'yauzl';
import { ClipError, megabytes } from '../clipping/errors';

export const ZIP_LIMITS = {
  entries: 20_000,
  totalBytes: 2 * 1024 * 1024 * 1024,
  entryBytes: 200 * 1024 * 1024,
  /** Real documents compress at most about 20:1; a bomb compresses at thousands to one. */
  ratio: 200,
};

export interface ZipEntry {
  name: string;
  size: number;
  read(): Promise<Uint8Array>;
}

function openZip(source: string | Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    const done = (err: Error | null, zip?: yauzl.ZipFile) => (err || !zip ? reject(err ?? new Error('no archive')) : resolve(zip));
    const options = { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: true };
    if (typeof source === 'string') yauzl.open(source, options, done);
    else yauzl.fromBuffer(source, options, done);
  });
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, label: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('unreadable entry'));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > ZIP_LIMITS.entryBytes) {
          stream.destroy(new ClipError('ZIP_BOMB', `${label} unpacks to more than ${megabytes(ZIP_LIMITS.entryBytes)}.`));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    });
  });
}

/** Lists an archive's files after checking the whole archive against the limits; nothing is inflated yet. */
export async function zipEntries(archiveName: string, source: string | Buffer): Promise<{ entries: ZipEntry[]; close(): void }> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(source);
  } catch (err) {
    throw new ClipError('MALFORMED', `${archiveName} is not a readable zip archive: ${err instanceof Error ? err.message : String(err)}.`);
  }
  if (zip.entryCount > ZIP_LIMITS.entries) {
    zip.close();
    throw new ClipError('ZIP_BOMB', `${archiveName} holds ${zip.entryCount.toLocaleString('en')} entries, more than the ${ZIP_LIMITS.entries.toLocaleString('en')} Verbatim opens.`);
  }
  const raw = await new Promise<yauzl.Entry[]>((resolve, reject) => {
    const list: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      list.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(list));
    zip.on('error', reject);
    zip.readEntry();
  }).catch((err: unknown) => {
    zip.close();
    throw new ClipError('MALFORMED', `${archiveName} is a damaged zip archive: ${err instanceof Error ? err.message : String(err)}.`);
  });
  const files = raw.filter((e) => !e.fileName.endsWith('/') && !/(^|\/)(__MACOSX|\.DS_Store|Thumbs\.db)(\/|$)/.test(e.fileName) && !/(^|\/)\./.test(e.fileName));
  const total = files.reduce((n, e) => n + e.uncompressedSize, 0);
  const bomb = files.find((e) => e.uncompressedSize > 10 * 1024 * 1024 && e.uncompressedSize / Math.max(1, e.compressedSize) > ZIP_LIMITS.ratio);
  if (total > ZIP_LIMITS.totalBytes || bomb) {
    zip.close();
    throw new ClipError(
      'ZIP_BOMB',
      bomb
        ? `${archiveName} looks like a zip bomb: ${bomb.fileName} would unpack from ${megabytes(bomb.compressedSize)} to ${megabytes(bomb.uncompressedSize)}.`
        : `${archiveName} would unpack to ${megabytes(total)}, more than the ${megabytes(ZIP_LIMITS.totalBytes)} Verbatim opens.`,
    );
  }
  return {
    entries: files.map((entry) => ({
      name: `${archiveName}/${entry.fileName}`,
      size: entry.uncompressedSize,
      read: () => readEntry(zip, entry, `${archiveName}/${entry.fileName}`),
    })),
    close: () => zip.close(),
  };
}
