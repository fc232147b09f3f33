// An import that meets a full disk stops there: one sentence for the input that failed, one line for the inputs it
// did not try, and nothing already stored is lost. SQLite's max_page_count fails writes with SQLITE_FULL exactly as a
// full disk does.
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../db/connection';
import { failureLines } from '../../electron/cli/import-command';
import { runImport, type ImportSource } from '../../electron/imports/batch';
import { LibraryService } from '../../electron/library/service';
import { tempLibraryPath } from '../helpers/library';

function page(i: number): ImportSource {
  const words = Array.from({ length: 400 }, (_, w) => `word${(i * 7919 + w) % 100_003}`).join(' ');
  const text = `Ferry line ${i} opens\n\n“We will open line ${i} in May,” the minister said on Monday.\n\n${words}.`;
  return { kind: 'bytes', name: `clip-${i}.txt`, read: () => Promise.resolve(new TextEncoder().encode(text)) };
}

describe('an import on a full disk', () => {
  it('stops at the first input that cannot be stored and says so once', async () => {
    const library = openLibrary(tempLibraryPath());
    const service = new LibraryService(library);
    const pages = library.db.pragma('page_count', { simple: true }) as number;
    // Room for a handful of clips, not for forty.
    library.db.pragma(`max_page_count = ${pages + 60}`);
    try {
      const summary = await runImport(Array.from({ length: 40 }, (_, i) => page(i)), () => service);
      expect(summary.imported).toBeGreaterThan(0);
      expect(summary.imported).toBeLessThan(40);
      const [first, ...rest] = summary.failed;
      expect(first?.code).toBe('DISK_FULL');
      expect(first?.reason).toMatch(/is full: nothing was written/);
      expect(rest.length).toBe(40 - summary.imported - 1);
      for (const untried of rest) expect(untried.reason).toMatch(/was not tried: the disk is full\.$/);
      const lines = failureLines(summary.failed);
      expect(lines).toHaveLength(2);
      expect(lines[1]).toBe(`${rest.length} more inputs were not tried: the disk is full.`);
      // What was stored before the disk filled is all there, and reading works.
      expect(service.list({ offset: 0, limit: 100, trash: false }).total).toBe(summary.imported);
      console.log(`disk full during an import: ${summary.imported} of 40 stored, ${lines.length} lines for ${summary.failed.length} inputs not stored`);
    } finally {
      service.search.close();
      library.close();
    }
  }, 120_000);
});
