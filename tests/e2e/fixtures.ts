/**
 * The browser tests' `test`: every page must run without an uncaught error or a console error.
 * Use `allowConsoleErrors` in a test that provokes one on purpose (a 404 status, say).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'

/** The origin the site under test was built for (its SITE_URL), as dist/robots.txt names it. */
export const SITE_URL = /Sitemap: (\S+)\/sitemap\.xml/.exec(readFileSync(resolve(import.meta.dirname, '../../dist/robots.txt'), 'utf8'))![1]!

export interface PageProblems {
  errors: string[]
}

export const test = base.extend<{ problems: PageProblems; allowConsoleErrors: RegExp[] }>({
  allowConsoleErrors: [[], { option: true }],
  problems: [
    async ({ page, allowConsoleErrors }, use) => {
      const problems: PageProblems = { errors: [] }
      page.on('pageerror', (error) => problems.errors.push(`uncaught: ${error.message}`))
      page.on('console', (message) => {
        if (message.type() !== 'error') return
        const text = message.text()
        // The static host answers unknown addresses with 404.html and status 404; the browser logs that.
        if (/status of 404/.test(text)) return
        if (allowConsoleErrors.some((re) => re.test(text))) return
        problems.errors.push(`console: ${text}`)
      })
      await use(problems)
      expect(problems.errors, 'errors in the page').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/**
 * Waits until the app has hydrated or mounted (the language switch gets its full href then).
 * Without a `timeout` it waits as long as the test may run.
 */
export async function appReady(page: Page, { timeout }: { timeout?: number } = {}): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true', undefined, timeout === undefined ? {} : { timeout })
}

declare global {
  interface Window { cspViolations?: string[] }
}

/**
 * Records Content-Security-Policy violations from the first moment of every document the page opens
 * (init scripts are not subject to the page's policy). Read them with `violations(page)`.
 */
export async function listenForViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`)
    })
  })
}

export const violations = (page: Page) => page.evaluate(() => window.cspViolations ?? ['listener missing'])
