// A write Verbatim acknowledged survives a power cut: the library syncs its log at every commit.
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../db/connection';
import { tempLibraryPath } from '../helpers/library';

describe('a library’s durability settings', () => {
  it('are write-ahead logging with a sync at every commit', () => {
    const file = tempLibraryPath();
    for (let open = 0; open < 2; open++) {
      const library = openLibrary(file);
      try {
        expect(library.db.pragma('journal_mode', { simple: true })).toBe('wal');
        // 2 is FULL; NORMAL (1) can lose the last commits on a power cut.
        expect(library.db.pragma('synchronous', { simple: true })).toBe(2);
        expect(library.db.pragma('foreign_keys', { simple: true })).toBe(1);
      } finally {
        library.close();
      }
    }
  });
});
