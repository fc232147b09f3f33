import fs from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';

// Prefer a browser Playwright installed itself (a user's machine); fall back to the system Chromium (these
// machines, where `playwright install` cannot download). CHROMIUM_PATH overrides both.
function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, chromium.executablePath(), '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => typeof p === 'string' && p !== '' && fs.existsSync(p));
}

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: process.env.PW_JSON_OUTPUT ? [['list'], ['json', { outputFile: process.env.PW_JSON_OUTPUT }]] : [['list']],
  outputDir: 'test-results/playwright',
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: {
        viewport: { width: 1400, height: 860 },
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
