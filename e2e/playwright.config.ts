import { defineConfig } from '@playwright/test';

// Debian's Chromium; Playwright's own browser download is not reachable from these machines.
const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: 'http://127.0.0.1:8081/',
    headless: true,
    launchOptions: { executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: chromiumFlags },
  },
  webServer: {
    command: 'node serve.mjs ../dist 8081',
    url: 'http://127.0.0.1:8081/',
    reuseExistingServer: !process.env.CI,
  },
});
