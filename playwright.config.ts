/**
 * Browser tests run against the built, prerendered site served as static files (`npm run build` first).
 * Chromium comes from Debian (/usr/bin/chromium); nothing is downloaded.
 */
import { defineConfig } from '@playwright/test'

const PORT = Number(process.env.E2E_PORT ?? 4173)
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.PW_REPORTER === 'json' ? [['json', { outputFile: 'reports/e2e.json' }], ['line']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    trace: 'off',
    // Page routes (page.route) do not see what a service worker answers: the specs that test the
    // worker itself (offline.spec.ts) allow it.
    serviceWorkers: 'block',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `tsx scripts/serve.ts --port ${PORT} --dir dist`,
    url: `http://127.0.0.1:${PORT}/id/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
})
