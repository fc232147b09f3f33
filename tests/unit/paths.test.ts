import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dbFlagFrom, resolveLibraryPath, userDataDir } from '../../electron/paths';
import { APP_VERSION } from '../../electron/version';

describe('where the library lives', () => {
  it('matches Electron’s userData folder on each platform', () => {
    expect(userDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Verbatim');
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe('/cfg/Verbatim');
    expect(userDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Verbatim');
    expect(userDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toBe(path.join('C:\\Users\\ana\\AppData\\Roaming', 'Verbatim'));
  });

  it('lets --db win over VERBATIM_DB, and VERBATIM_DB over the default', () => {
    expect(resolveLibraryPath('/tmp/a.db', { VERBATIM_DB: '/tmp/b.db' }, '/data')).toBe('/tmp/a.db');
    expect(resolveLibraryPath(undefined, { VERBATIM_DB: '/tmp/b.db' }, '/data')).toBe('/tmp/b.db');
    expect(resolveLibraryPath(undefined, {}, '/data')).toBe('/data/library.db');
    expect(resolveLibraryPath('relative.db', {}, '/data')).toBe(path.resolve('relative.db'));
  });

  it('finds --db in the Electron main process’s arguments', () => {
    expect(dbFlagFrom(['/usr/bin/electron', '.', '--db', '/x.db'])).toBe('/x.db');
    expect(dbFlagFrom(['electron', '--db=/y.db'])).toBe('/y.db');
    expect(dbFlagFrom(['electron', '.'])).toBeUndefined();
  });

  it('keeps the version constant in step with package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
  });
});
