// Browser tests in headless Chromium with software WebGL, against `vite preview` of the build.
// Chromium comes from the system (Debian's package); no test tool downloads a browser here.
import { defineConfig } from '@playwright/test';

// Each checkout may run its own preview server side by side: `E2E_PORT` picks the port.
const PORT = Number(process.env.E2E_PORT ?? 4173);
/** A second origin (course pages that embed the app; the app under a sub-path): always PORT + 10. */
const HOST_PORT = PORT + 10;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  // Software rendering is fill-rate bound: small viewports, no antialiasing. Two pages at a time
  // (one a core): each test then takes 1.5–2 times as long, but the whole run 12.6–13.7 minutes instead
  // of 15.8 on a 2-core machine, as a page waits on timers, the network and its worker's run.
  // Tests share nothing between them, so a file's tests may run in both workers.
  workers: Math.max(1, Math.floor(Number(process.env.E2E_WORKERS)) || 2),
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 20_000 },
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 640, height: 360 },
    deviceScaleFactor: 1,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking',
        '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
      ],
    },
  },
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node tests/e2e/support/host-server.mjs ${HOST_PORT} http://127.0.0.1:${PORT}`,
      url: `http://127.0.0.1:${HOST_PORT}/host`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
