/**
 * The site behind the real nginx (deploy/nginx/), on the built dist/ (build it first). Separate from
 * playwright.config.ts, whose tests run behind scripts/serve.ts: here the spec starts nginx itself
 * (tests/e2e-nginx/nginx.ts) on NGINX_PORT (default 4174), one worker, so one port.
 *
 *   npx playwright test -c playwright.nginx.config.ts
 */
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS } from './playwright.config.ts'
import { NGINX_PORT } from './tests/e2e-nginx/nginx.ts'

export default defineConfig({
  testDir: 'tests/e2e-nginx',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.PW_REPORTER === 'json' ? [['json', { outputFile: 'reports/e2e-nginx.json' }], ['line']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${NGINX_PORT}`,
    launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [{ name: 'nginx', use: { browserName: 'chromium' } }],
})
