/**
 * Resilience: a broken image keeps its box; after a new deploy a stale lazy chunk
 * loads the new build once (and only then), at the address the visitor was going to; the site works
 * with storage blocked. (Data and the service worker: network.spec.ts.)
 */
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page, Route } from '@playwright/test'
import { test, expect, appReady } from './fixtures'
import { startHarness } from './harness/harness'

const dist = resolve(import.meta.dirname, '../../dist')

test.describe('a broken image', () => {
  let harness: Awaited<ReturnType<typeof startHarness>>
  test.beforeAll(async () => {
    harness = await startHarness()
  })
  test.afterAll(async () => {
    await harness?.close()
  })

  const boxes = (page: Page) =>
    page.$$eval('.frame .content-image', (els) => els.map((el) => Math.round(el.getBoundingClientRect().height * 10) / 10))

  test('shows a placeholder of the same size, before and after hydration, with no layout shift', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number; shifts: PerformanceObserver }
      w.shift = 0
      w.shifts = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.shift += (entry as PerformanceEntry & { value: number }).value
      })
      w.shifts.observe({ type: 'layout-shift', buffered: true })
    })
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="1200" height="800" fill="teal"/></svg>'
    await page.route('**/ok.svg', (route) => route.fulfill({ contentType: 'image/svg+xml', body: svg }))
    await page.route('**/missing.webp', (route) => route.fulfill({ status: 404, body: '' }))
    let releaseLate: (() => void) | undefined
    await page.route('**/missing-late.webp', async (route) => {
      await new Promise<void>((done) => (releaseLate = done))
      await route.fulfill({ status: 404, body: '' })
    })

    await page.goto(harness.url, { waitUntil: 'domcontentloaded' })
    // Prerendered, not hydrated: the missing image has failed already, with nobody listening.
    // (The harness's scripts and styles have loaded once `hydrate` exists; it has not been called.)
    await page.waitForFunction(() => (document.querySelector('#broken img') as HTMLImageElement | null)?.complete === true && 'hydrate' in window)
    expect(await page.evaluate(() => (window as { hydrated?: boolean }).hydrated)).toBeUndefined()
    // 300 px wide frames, 1200 x 800 images: 200 px high whatever happens.
    expect(await boxes(page)).toEqual([200, 200, 200])
    // The dev server injects styles after the HTML has painted; count shifts from here on.
    await page.evaluate(() => ((window as unknown as { shift: number }).shift = 0))

    await page.evaluate(() => (window as unknown as { hydrate: () => void }).hydrate())
    await expect(page.locator('#broken svg.content-image__placeholder')).toBeVisible()
    expect(releaseLate).toBeDefined()
    releaseLate!()
    await expect(page.locator('#broken-late svg.content-image__placeholder')).toBeVisible()

    await expect(page.getByRole('img', { name: 'A picture that is missing' })).toHaveJSProperty('tagName', 'svg')
    await expect(page.getByRole('img', { name: 'A picture that breaks after hydration' })).toHaveJSProperty('tagName', 'svg')
    await expect(page.getByRole('img', { name: 'A picture that loads' })).toHaveJSProperty('tagName', 'IMG')
    expect(await boxes(page)).toEqual([200, 200, 200])
    // A shift is recorded when the frame that moved things is rendered, and reported to the observer a
    // task later: let two frames render, then take whatever has not been delivered yet.
    const shift = await page.evaluate(async () => {
      const w = window as unknown as { shift: number; shifts: PerformanceObserver }
      await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))))
      for (const entry of w.shifts.takeRecords()) w.shift += (entry as PerformanceEntry & { value: number }).value
      return w.shift
    })
    expect(shift).toBe(0)
  })
})

test.describe('a stale lazy chunk after a new deploy', () => {
  // The failed chunk is also reported by the router; that error is expected here.
  // (One pattern: Playwright reads a two-element array here as [value, options].)
  test.use({ allowConsoleErrors: [/Failed to fetch dynamically imported module|ERR_INTERNET_DISCONNECTED/] })

  const entry = readdirSync(resolve(dist, 'assets')).find((f) => /^app-.*\.js$/.test(f))!
  const directoryChunk = '**/assets/DirectoryPage-*.js'
  const aboutChunk = '**/assets/AboutPage-*.js'

  /**
   * Serves the site as if `build` had been deployed: pages name a new entry, `app-{build}.js`. It only imports
   * the real entry (by its own address, so the chunks share one copy of the app).
   */
  async function deploy(page: Page, build: string): Promise<void> {
    await page.unroute('**/*.html')
    await page.unroute(/\/(id|en)(\/.*)?$/)
    const rewrite = async (route: Route) => {
      const response = await route.fetch()
      const body = (await response.text()).replaceAll(`/assets/${entry}`, `/assets/app-${build}.js`)
      await route.fulfill({ response, body })
    }
    await page.route(/\/(id|en)(\/.*)?$/, rewrite)
    await page.route(`**/assets/app-${build}.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: `import './${entry}'` }))
  }

  /** The staleness check's own request: the page asks for its current address with `fetch`. */
  const stalenessCheck = (page: Page) =>
    page.waitForEvent('requestfinished', (r) => r.resourceType() === 'fetch' && new URL(r.url()).pathname === new URL(page.url()).pathname)

  /**
   * Lets the page act on what it has just received (a reload would start here), then a frame pass.
   * A reload ends the page this waits in: that is for the caller's count to report, not an error here.
   */
  const settle = (page: Page) =>
    page.evaluate(() => new Promise<void>((done) => setTimeout(() => requestAnimationFrame(() => done()), 0))).catch((error: Error) => {
      if (!/Execution context was destroyed|navigation/i.test(error.message)) throw error
    })

  function countLoads(page: Page): { loads: number } {
    const counter = { loads: 0 }
    page.on('request', (r) => {
      if (r.isNavigationRequest() && r.frame() === page.mainFrame()) counter.loads++
    })
    return counter
  }

  /** The page's chunk answers 404 once (the old build's file is gone), and is there for the new build's page. */
  async function goneOnce(page: Page, chunk: string): Promise<void> {
    await page.route(chunk, (route) => route.fulfill({ status: 404, body: '' }), { times: 1 })
  }

  test('loads the new build at the address the visitor was going to, once; refuses another reload within the guard\'s window, and reloads again after it', async ({ page }) => {
    await page.clock.install()
    const counter = countLoads(page)
    await page.goto('/en/')
    await appReady(page)
    expect(counter.loads).toBe(1)

    // A deploy happens: the open page's directory chunk is gone, the pages name a new entry.
    await deploy(page, 'second')
    await goneOnce(page, directoryChunk)
    await page.locator('header nav a[href="/en/booths"]').click()
    await expect.poll(() => counter.loads).toBe(2)
    await appReady(page)
    await expect(page).toHaveURL(/\/en\/booths$/)
    await expect(page.locator('h1')).toHaveText('All booths')
    expect(await page.evaluate(() => document.querySelector('script[type="module"][src]')?.getAttribute('src'))).toBe('/assets/app-second.js')

    // Another deploy at once, a chunk missing again: the site has changed again, but a second reload
    // within RELOAD_GUARD_MS (30 s) of the first is refused, so a host that keeps failing cannot loop.
    // The visitor stays, and is told the page could not be loaded.
    await deploy(page, 'third')
    await goneOnce(page, aboutChunk)
    const refused = stalenessCheck(page)
    await page.locator('footer a[href="/en/about"]').click()
    await refused
    await settle(page)
    expect(counter.loads).toBe(2)
    // The page's address does name the new entry now: only the guard stood between the check and a reload.
    expect(await page.evaluate(() => fetch(location.href, { cache: 'no-store' }).then((r) => r.text()))).toContain('/assets/app-third.js')
    await expect(page).toHaveURL(/\/en\/booths$/)
    await expect(page.locator('h1')).toHaveText('This page could not be loaded')

    // Past the guard's window, the same change loads the new build once more.
    await page.clock.fastForward(60_000)
    await goneOnce(page, aboutChunk)
    await page.locator('footer a[href="/en/about"]').click()
    await expect.poll(() => counter.loads).toBe(3)
    await appReady(page)
    await expect(page).toHaveURL(/\/en\/about$/)
    expect(await page.evaluate(() => document.querySelector('script[type="module"][src]')?.getAttribute('src'))).toBe('/assets/app-third.js')
  })

  test('does not reload when the chunk fails without a new deploy (offline, cancelled)', async ({ page }) => {
    const counter = countLoads(page)
    await page.goto('/en/')
    await appReady(page)
    await page.route(directoryChunk, (route) => route.abort('internetdisconnected'))
    const failedChunk = page.waitForEvent('requestfailed', (r) => /\/assets\/DirectoryPage-.*\.js$/.test(r.url()))
    const check = stalenessCheck(page)
    await page.locator('header nav a[href="/en/booths"]').click()
    await failedChunk
    // The page asks whether the site has changed; it has not, so it stays.
    await check
    await settle(page)
    expect(counter.loads).toBe(1)
    await expect(page).toHaveURL(/\/en\/$/)
    // The visitor is told, in place of the page, and stays at its address.
    await expect(page.locator('h1')).toHaveText('This page could not be loaded')
    // Back online, the same link works.
    await page.unroute(directoryChunk)
    await page.locator('header nav a[href="/en/booths"]').click()
    await expect(page).toHaveURL(/\/en\/booths$/)
    await expect(page.locator('h1')).toHaveText('All booths')
  })
})

test.describe('with storage blocked', () => {
  test.use({ locale: 'en-GB' })

  test('the visitor walks lobby → directory → booth → other language with no error', async ({ page }) => {
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage'] as const) {
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException(`${name} is blocked`, 'SecurityError')
          },
        })
      }
    })
    await page.goto('/')
    await expect(page).toHaveURL(/\/en\/$/)
    await appReady(page)
    expect(await page.evaluate(() => {
      try {
        return typeof window.localStorage
      } catch {
        return 'blocked'
      }
    })).toBe('blocked')
    await page.locator('header nav a[href="/en/booths"]').click()
    await expect(page.locator('h1')).toHaveText('All booths')
    const card = page.locator('main a[href^="/en/booths/"]').first()
    const [name, href] = [(await card.textContent())!.trim(), (await card.getAttribute('href'))!]
    await card.click()
    await expect(page.locator('h1')).toHaveText(name)
    await page.getByRole('link', { name: 'Bahasa Indonesia' }).click()
    await expect(page).toHaveURL(new RegExp(`${href.replace('/en/', '/id/')}$`))
    await expect(page.locator('html')).toHaveAttribute('lang', 'id')
    // The choice cannot be remembered; `/` falls back to the browser's language, without an error.
    await page.goto('/')
    await expect(page).toHaveURL(/\/en\/$/)
    await appReady(page)
  })
})
