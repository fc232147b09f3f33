// Playwright's `test` with a `served` fixture: the real `verbatim serve` on a fresh library in a temporary folder,
// started before each test that asks for it and stopped after.
import { test as base } from '@playwright/test';
import { serveLibrary, type ServedLibrary } from './serve';

export const test = base.extend<{ served: ServedLibrary }>({
  // Playwright reads a fixture's dependencies from a destructured first argument; this fixture has none.
  // eslint-disable-next-line no-empty-pattern
  served: async ({}, use) => {
    const served = await serveLibrary();
    await use(served);
    await served.stop();
  },
});

export { expect } from '@playwright/test';
