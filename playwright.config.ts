import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against the built renderer (npm run build first) and the real handlers, store
 * and files. Two projects run the same specs: `browser` (Debian's Chromium, always) and
 * `electron` (only where the Electron binary is installed; skipped with a printed reason otherwise).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  globalSetup: './tests/e2e/global-setup.ts',
  use: {
    launchOptions: {
      // Never a downloaded browser: Debian's Chromium, with the flags this closed network needs.
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    viewport: { width: 1360, height: 820 },
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'browser', use: { browserName: 'chromium' } },
    { name: 'electron', use: { browserName: 'chromium' } },
  ],
});
