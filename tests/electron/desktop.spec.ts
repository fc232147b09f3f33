// The same flow in the real desktop shell, plus its hardening. Runs where an Electron binary is installed; on
// machines that cannot download one (these build machines) it reports itself skipped, loudly.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { pasteEditTrashRestore } from '../helpers/flow';
import { ROOT, tempDir } from '../helpers/serve';

/** The installed Electron binary, found without triggering the electron package's download-on-first-use. */
function electronBinary(): string | undefined {
  const pkg = path.join(ROOT, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
  if (!fs.existsSync(pathFile)) return undefined;
  const binary = path.join(pkg, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();

test.describe('desktop app (Electron)', () => {
  test.skip(binary === undefined, 'SKIPPED: no Electron binary in node_modules/electron/dist (it downloads on first `npm start`); the desktop shell was not exercised');

  test('is hardened and runs the paste → list → edit → trash → restore flow', async () => {
    const native = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'electron-native.mjs')], { cwd: ROOT, stdio: 'inherit' });
    expect(native.status).toBe(0);
    const dbPath = path.join(tempDir(), 'library.db');
    const app = await electron.launch({ executablePath: binary!, args: [ROOT, '--db', dbPath] });
    try {
      const page = await app.firstWindow();
      // No Node in the page (nodeIntegration off, sandboxed), and only the bridge's two functions.
      const surface = await page.evaluate(() => {
        const w = window as unknown as { require?: unknown; process?: unknown; verbatim?: Record<string, unknown> };
        return { require: typeof w.require, process: typeof w.process, bridge: Object.keys(w.verbatim ?? {}).sort(), url: location.href };
      });
      expect(surface).toEqual({ require: 'undefined', process: 'undefined', bridge: ['invoke', 'onEvent'], url: 'app://verbatim/index.html' });
      // Navigation away and new windows are refused.
      await page.evaluate(() => window.open('https://example.org/'));
      expect(app.windows()).toHaveLength(1);
      await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
      await pasteEditTrashRestore(page, 'electron-');
      expect(fs.existsSync(dbPath)).toBe(true);
    } finally {
      await app.close();
    }
  });
});
