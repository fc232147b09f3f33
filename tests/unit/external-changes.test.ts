// A change another process makes to the library file reaches an open window as a library.changed event, without
// a reload; this process's own writes are not announced a second time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openLibrary, type Library } from '../../db/connection';
import { ExternalChangeWatcher } from '../../electron/library/external-changes';
import type { ArticleSummary, ClipResult } from '../../electron/api/types';
import { testApp, type TestApp } from '../helpers/app';
import { tempLibraryPath } from '../helpers/library';

const opened: Array<{ close(): void }> = [];
afterEach(() => {
  for (const o of opened.splice(0)) o.close();
});

const TEXT = 'Minister Anna Volkova said on Monday that the new bridge over the river would open in June, three months early.';

describe('changes made by another process', () => {
  it('are announced to the open app, which then lists the other process’s clip', async () => {
    const file = tempLibraryPath();
    const app: TestApp = testApp(openLibrary(file));
    opened.push(app.library);
    // A second process's connection: the CLI or another window writing to the same file.
    const other = testApp(openLibrary(file));
    opened.push(other.library);
    const before = app.events.filter((e) => e.type === 'library.changed').length;
    const clip = await other.call<ClipResult>('clips.fromText', { text: TEXT });
    // The watcher looks every 400 ms; ten seconds is a bound for a loaded machine, not a timing claim.
    await vi.waitFor(() => expect(app.events.filter((e) => e.type === 'library.changed').length).toBeGreaterThan(before), { timeout: 10_000, interval: 50 });
    const listed = await app.call<{ items: ArticleSummary[] }>('articles.list', {});
    expect(listed.items.map((a) => a.id)).toContain(clip.article.id);
  });

  it('are told once per commit, and this connection’s own writes not at all', async () => {
    const file = tempLibraryPath();
    const mine: Library = openLibrary(file);
    const theirs: Library = openLibrary(file);
    opened.push(mine, theirs);
    let told = 0;
    const watcher = new ExternalChangeWatcher(mine.db, () => told++, 60_000);
    opened.push({ close: () => watcher.stop() });
    mine.db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('mine', '1', '2026-12-04')").run();
    expect(watcher.check()).toBe(false);
    theirs.db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('theirs', '1', '2026-12-04')").run();
    expect(watcher.check()).toBe(true);
    expect(watcher.check()).toBe(false);
    expect(told).toBe(1);
  });

  it('stops looking once the library is closed', () => {
    const lib = openLibrary(tempLibraryPath());
    const watcher = new ExternalChangeWatcher(lib.db, () => undefined, 60_000);
    lib.close();
    expect(watcher.check()).toBe(false);
  });
});
