/**
 * WCAG 2.2 AA by axe-core (run in the page: axe.ts): every page state of page-states.ts in both locales, with
 * zero violations, in the light and the dark colour scheme; and, on the same load, no violation of the
 * Content-Security-Policy (the rest of the policy's tests are in csp.spec.ts).
 *
 * The dark scheme changes nothing but colour tokens (src/styles/tokens.css is the only stylesheet with a
 * `prefers-color-scheme` query), so in dark only axe's colour rules run again, on the same page in the
 * same state: the whole rule set on the directory's cards takes seconds, and re-running structure checks
 * that cannot differ (or loading the page a second time) buys nothing.
 * (For the same reason the directory's long list is sampled: see `axeExclude` in page-states.ts.)
 * tests/unit/contrast.test.ts covers the colour pairs axe cannot see (hover states).
 *
 * Indonesian, the site's first language, runs every state; English runs the states where its longer or
 * shorter words change the layout (headings that wrap, buttons and chips that grow, the phone's filter
 * panel). The rest differ only in their strings: the same components and colour tokens, and both
 * languages hold the same keys (tests/unit/locales.test.ts) with none missing on a prerendered page
 * (locales/README.md), so an English run of them would repeat the Indonesian one as far as axe's rules
 * go. Eleven fewer page loads: about half a minute of `npm test` on a two-core machine.
 */
import type { Page } from '@playwright/test'
import { test, expect, appReady, listenForViolations, violations as cspViolations } from './fixtures'
import { runAxe } from './axe'
import { BROWSER_LANGUAGE, LOCALES, PAGE_STATES, openState, type Locale } from './page-states'

const COLOUR_RULES = ['color-contrast', 'link-in-text-block']
type Scope = 'all' | 'colour'

async function violations(page: Page, scope: Scope, exclude: readonly string[] = []): Promise<string[]> {
  const { violations, applied } = await runAxe(page, { rules: scope === 'colour' ? COLOUR_RULES : undefined, exclude })
  // A run that checked nothing would pass vacuously.
  expect(applied, 'rules that applied').toBeGreaterThan(0)
  return violations
}

/**
 * Light first with every WCAG rule; then the same page, in the same state, switched to the dark scheme
 * (`emulateMedia`, which fires the media query as a visitor's system switch would) for the colour rules.
 * One load per state and locale: a second load for dark would only repeat what the first proved.
 */
async function lightThenDark(page: Page, exclude: readonly string[] = []): Promise<void> {
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), 'light to begin with').toBe(false)
  const light = await background()
  expect(await violations(page, 'all', exclude), 'light').toEqual([])
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), 'dark after the switch').toBe(true)
  // The dark tokens are in force (src/styles/tokens.css): the page's background changed with them.
  expect(await background(), 'the background follows the scheme').not.toBe(light)
  expect(await violations(page, 'colour', exclude), 'dark').toEqual([])
}

/** The states English runs as well (see above). */
const LAYOUT_STATES: readonly string[] = [
  'lobby',
  'directory on a phone, filter panel open',
  'booth, gallery on its second picture and QR code open',
  'pillar hall',
  'map, a province focused and its booths listed',
  'not found',
]
const statesIn = (l: Locale) => PAGE_STATES.filter((s) => s.path !== '/' && (l === 'id' || LAYOUT_STATES.includes(s.name)))

test('every state English runs is a page state', () => {
  expect(statesIn('en').map((s) => s.name)).toEqual(LAYOUT_STATES)
})

test('the check sees a violation, in light and in dark, and skips what it is told to', async ({ page }) => {
  await page.goto('/id/about')
  await appReady(page)
  // Grey on grey, set through the CSSOM (the policy allows that, not a style attribute).
  await page.evaluate(() => {
    for (const id of ['low-contrast', 'skipped']) {
      const p = document.createElement('p')
      p.id = id
      p.textContent = 'Teks yang hampir tak terbaca'
      p.style.color = '#777'
      p.style.background = '#888'
      document.querySelector('main')!.append(p)
    }
  })
  const seen = await violations(page, 'all', ['#skipped'])
  expect(seen.filter((v) => v.startsWith('color-contrast'))).toEqual([expect.stringContaining('#low-contrast')])
  await page.emulateMedia({ colorScheme: 'dark' })
  expect((await violations(page, 'colour')).filter((v) => v.startsWith('color-contrast'))).toHaveLength(2)
})

for (const l of LOCALES) {
  test.describe(`axe, ${l}, light then dark`, () => {
    test.use({ colorScheme: 'light', locale: BROWSER_LANGUAGE[l] })
    // `/` forwards to the lobby, checked already; its own prerendered HTML is checked below.
    for (const state of statesIn(l)) {
      test(state.name, async ({ page }) => {
        test.setTimeout(60_000)
        await listenForViolations(page)
        await openState(page, state, l)
        await expect(page.locator('html')).toHaveAttribute('lang', l)
        await lightThenDark(page, state.axeExclude)
        // The same load serves csp.spec.ts: no state the app reaches breaks the strict policy.
        expect(await cspViolations(page), 'Content-Security-Policy violations').toEqual([])
      })
    }
  })
}

// What a visitor sees before the scripts run (or when they fail): the prerendered HTML on its own.
// The app's scripts are blocked so axe reads exactly that (it cannot run with JavaScript disabled).
test.describe('axe on the prerendered HTML alone, light then dark', () => {
  test.use({ colorScheme: 'light', allowConsoleErrors: [/ERR_FAILED/] })
  for (const path of ['/', '/en/nowhere', '/id/booths/kota-surabaya', '/id/map']) {
    test(path, async ({ page }) => {
      let blocked = 0
      await page.route('**/assets/*.js', (route) => {
        blocked++
        return route.abort()
      })
      await page.goto(path)
      await expect(page.locator('h1')).toHaveCount(1)
      // The page did ask for its scripts (at least the entry), and got none.
      expect(blocked, 'scripts blocked').toBeGreaterThan(0)
      expect(await page.evaluate(() => document.documentElement.dataset.appReady)).toBeUndefined()
      await lightThenDark(page)
    })
  }
})
