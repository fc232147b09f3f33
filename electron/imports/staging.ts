// Files sent one call at a time before a batch import starts. A drop of several large files cannot travel in
// one call (the HTTP transport takes 80 MB a call; three 18 MB PDFs are 72 MB as base64, more with several), so the
// UI stages each file and then starts one job over all of them. Staged files wait in a private temporary folder,
// not in memory, and are removed when the job has read them, when they were never used within an hour, or when
// the process ends.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RouteError } from '../api/errors';

export interface StagedFile {
  id: string;
  name: string;
  size: number;
}

interface Entry extends StagedFile {
  file: string;
  stagedAt: number;
}

/** What staging may hold at once: several drops' worth, far below a disk's free space. */
export const MAX_STAGED_BYTES = 2 * 1024 ** 3;
/** Staged files nobody imported are forgotten after this long. */
export const STAGED_TTL_MS = 60 * 60 * 1000;

export class UploadStaging {
  private readonly entries = new Map<string, Entry>();
  private dir: string | undefined;
  private held = 0;

  constructor(private readonly now: () => number = Date.now) {}

  private folder(): string {
    if (!this.dir) {
      this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-staging-'));
      fs.chmodSync(this.dir, 0o700);
    }
    return this.dir;
  }

  stage(name: string, bytes: Uint8Array): StagedFile {
    this.forgetStale();
    if (this.held + bytes.length > MAX_STAGED_BYTES) {
      throw new RouteError('PAYLOAD_TOO_LARGE', `${name} was not sent: files waiting to be imported already take ${Math.round(this.held / 1024 ** 2)} MB. Start the import of those first.`);
    }
    const id = randomUUID();
    const file = path.join(this.folder(), id);
    fs.writeFileSync(file, bytes, { mode: 0o600 });
    const entry: Entry = { id, name, size: bytes.length, file, stagedAt: this.now() };
    this.entries.set(id, entry);
    this.held += bytes.length;
    return { id, name, size: bytes.length };
  }

  /** Hands staged files over to an import: each is read once, then deleted. Unknown ids are refused as a whole. */
  take(ids: readonly string[]): Array<{ name: string; path: string; read(): Promise<Uint8Array>; discard(): void }> {
    const missing = ids.filter((id) => !this.entries.has(id));
    if (missing.length > 0) {
      throw new RouteError('NOT_FOUND', `${missing.length === 1 ? 'One file' : `${missing.length} files`} sent for import could not be found any more (they wait an hour at most); drop ${missing.length === 1 ? 'it' : 'them'} again.`);
    }
    return ids.map((id) => {
      const entry = this.entries.get(id)!;
      this.entries.delete(id);
      const discard = () => {
        if (!fs.existsSync(entry.file)) return;
        fs.rmSync(entry.file, { force: true });
        this.held -= entry.size;
      };
      return {
        name: entry.name,
        path: entry.file,
        read: async () => {
          try {
            return new Uint8Array(await fs.promises.readFile(entry.file));
          } finally {
            discard();
          }
        },
        discard,
      };
    });
  }

  /** The private folder staged files wait in, once one was staged. */
  get location(): string | undefined {
    return this.dir;
  }

  get count(): number {
    return this.entries.size;
  }

  private forgetStale(): void {
    const limit = this.now() - STAGED_TTL_MS;
    for (const entry of this.entries.values()) {
      if (entry.stagedAt >= limit) continue;
      this.entries.delete(entry.id);
      fs.rmSync(entry.file, { force: true });
      this.held -= entry.size;
    }
  }

  /** Removes everything staged (the app is closing). */
  close(): void {
    if (this.dir) fs.rmSync(this.dir, { recursive: true, force: true });
    this.entries.clear();
    this.held = 0;
    this.dir = undefined;
  }
}
