import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './tests/e2e/browser.ts';

const port = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: './tests/e2e',
  // One output folder per port, so parallel runs don't delete each other's traces.
  outputDir: `test-results/${port}`,
  fullyParallel: true,
  ...(process.env.CI && { workers: 2 }),
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // Tests run against the production build (npm test builds first), served the way `npm start` serves it
  // (scripts/serve.ts: astro preview allows only one server per project, parallel runs need their own).
  webServer: {
    command: `node scripts/serve.ts --host 127.0.0.1 --port ${port} --dir ${process.env.E2E_DIST ?? 'dist'}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
