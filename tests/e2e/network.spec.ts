/**
 * A real deployment on a patchy network (docs/contract.md, "Bad input"): booth data that is slow, fails
 * or is not a booth; a redeploy under an open tab; offline visits through the service worker; the
 * update prompt. The redeploy and update tests serve two builds from one server (`twoBuilds`): build B
 * is the built site with its data folder and its entry script renamed, as a new content deploy makes them.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { extname, join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect, appReady } from './fixtures'
import { booth } from './content'
import { messageLookup } from '../../src/i18n/messages.ts'
import { readMessages } from '../../build/locales.ts'

const root = resolve(import.meta.dirname, '../..')
const dist = resolve(root, 'dist')
const en = messageLookup('en', readMessages(root, 'en'))
const SURABAYA = 'kota-surabaya'
const DATA = '**/data/*/booths/kota-surabaya.json'
const ANY_DATA = '**/data/*/booths/*.json'
/** The directory's first booth card: its slug and, from the content, its name. */
async function firstCard(page: Page): Promise<{ slug: string; name: string; click: () => Promise<void> }> {
  const card = page.locator('main a[href^="/en/booths/"]').first()
  const slug = (await card.getAttribute('href'))!.split('/').pop()!
  return { slug, name: (await booth(slug)).name, click: () => card.click() }
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.avif': 'image/avif', '.webp': 'image/webp' }

/**
 * One server, two deployments. A is dist/ as built. B is what a content redeploy makes of it: booth files
 * under a new `/data/{hash}/` (the old address answers 404), and every script and stylesheet under a new
 * name (each imports the entry, which names the data's folder), named so by every page, chunk and the
 * service worker's precache list. In B, A's names answer 404, as on a host that keeps only the new build.
 */
async function twoBuilds(): Promise<{ url: string; entries: [string, string]; deploy: (build: 'A' | 'B') => void; close: () => Promise<void> }> {
  const assets = readdirSync(join(dist, 'assets')).filter((f) => /\.(js|css)$/.test(f))
  const entry = assets.find((f) => /^app-.*\.js$/.test(f))!
  const hash = readdirSync(join(dist, 'data'))[0]!
  const hashB = `b${hash.slice(1)}`
  let current: 'A' | 'B' = 'A'
  const toB = (text: string) => assets.reduce((t, name) => t.replaceAll(name, `b${name}`), text.replaceAll(hash, hashB))

  const fileFor = (path: string): string | undefined => {
    let p = decodeURIComponent(path)
    if (current === 'B') {
      if (p.startsWith(`/data/${hash}/`) || assets.some((name) => p === `/assets/${name}`)) return undefined
      p = p.replace(`/data/${hashB}/`, `/data/${hash}/`).replace(/^\/assets\/b/, '/assets/')
    }
    for (const candidate of [p, `${p}.html`, join(p, 'index.html')]) {
      const file = join(dist, candidate)
      if (file.startsWith(dist) && existsSync(file) && statSync(file).isFile()) return file
    }
    return undefined
  }
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const file = fileFor(path)
    const body = readFileSync(file ?? join(dist, '404.html'))
    const type = TYPES[extname(file ?? '.html')] ?? 'application/octet-stream'
    res.statusCode = file ? 200 : 404
    res.setHeader('Content-Type', type)
    res.setHeader('Cache-Control', 'no-cache')
    res.end(current === 'B' && /html|javascript/.test(type) ? toB(body.toString('utf8')) : body)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    entries: [`/assets/${entry}`, `/assets/b${entry}`],
    deploy: (build) => (current = build),
    close: () => new Promise((done) => server.close(() => done())),
  }
}

const runningEntry = (page: Page) => page.evaluate(() => document.querySelector('script[type="module"][src]')?.getAttribute('src'))

/** Waits until a service worker is active, then loads the page again so that it is controlled by it. */
async function underServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await appReady(page)
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
}

test.describe('booth data that fails', () => {
  // The browser logs the failed responses themselves.
  test.use({ allowConsoleErrors: [/status of 500/] })

  test('slow then 500: the page says it is loading, then that the booth failed; a retry shows the booth', async ({ page }) => {
    let release: (() => void) | undefined
    let requests = 0
    await page.route(ANY_DATA, async (route) => {
      requests++
      if (requests > 1) return route.continue()
      await new Promise<void>((done) => (release = done))
      await route.fulfill({ status: 500, body: 'Internal Server Error' })
    })
    await page.goto('/en/booths')
    await appReady(page)
    const { slug, name, click } = await firstCard(page)
    await click()
    // Past about a second, the page says that it is loading; it stays on the directory meanwhile.
    await expect(page.locator('main')).toHaveAttribute('aria-busy', 'true')
    await expect(page.locator('[aria-live="polite"]').filter({ hasText: en('errors.loading') })).toBeAttached()
    release!()
    await expect(page.locator('h1')).toHaveText(en('errors.booth.heading'))
    await expect(page).toHaveURL(new RegExp(`/en/booths/${slug}$`))
    await expect(page.getByText(en('errors.booth.unavailable'))).toBeVisible()
    await expect(page.locator('main')).not.toHaveAttribute('aria-busy')
    await expect(page).toHaveTitle(new RegExp(en('errors.booth.title')))
    await page.getByRole('button', { name: en('errors.retry') }).click()
    await expect(page.locator('h1')).toHaveText(name)
    await expect(page.locator('main')).toBeFocused()
    expect(requests).toBe(2)
  })

  test('JSON that is not a booth is refused; on the prerendered booth the HTML stays, and a retry starts the app', async ({ page }) => {
    const { name } = await booth(SURABAYA)
    let broken = true
    await page.route(DATA, (route) => (broken ? route.fulfill({ contentType: 'application/json', body: JSON.stringify({ slug: SURABAYA, name }) }) : route.continue()))
    await page.goto(`/en/booths/${SURABAYA}`)
    const notice = page.getByRole('alert')
    await expect(notice).toHaveText(new RegExp(en('errors.notice.invalid')))
    // The booth as prerendered, whole: its exhibits are there, not half a booth and not an error.
    await expect(page.locator('h1')).toHaveText(name)
    await expect(page.locator('article.exhibit').first()).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.dataset.appReady)).toBeUndefined()
    broken = false
    await notice.getByRole('button', { name: en('errors.retry') }).click()
    await appReady(page)
    await expect(notice).toHaveCount(0)
    await expect(page.locator('h1')).toHaveText(name)
  })
})

test.describe('two deployments', () => {
  let builds: Awaited<ReturnType<typeof twoBuilds>>
  test.beforeEach(async () => {
    builds = await twoBuilds()
  })
  test.afterEach(async () => {
    await builds.close()
  })

  test('a booth opened from a booth of the old build: its data is gone, so the new build loads there, once', async ({ page }) => {
    const surabaya = await booth(SURABAYA)
    const next = surabaya.neighbours.next!
    const loads: string[] = []
    page.on('request', (r) => {
      if (r.isNavigationRequest() && r.frame() === page.mainFrame()) loads.push(new URL(r.url()).pathname)
    })
    const gone: string[] = []
    page.on('response', (r) => {
      if (r.status() === 404 && r.url().includes('/data/')) gone.push(new URL(r.url()).pathname)
    })
    await page.goto(`${builds.url}/en/booths/${SURABAYA}`)
    await appReady(page)
    builds.deploy('B')
    // The booth page's chunk is loaded already: only the data's address has changed.
    await page.locator(`a[rel="next"][href="/en/booths/${next.slug}"]`).click()
    await expect(page.locator('h1')).toHaveText(next.name)
    await appReady(page)
    expect(await runningEntry(page)).toBe(builds.entries[1])
    expect(gone).toHaveLength(1)
    expect(loads).toEqual([`/en/booths/${SURABAYA}`, `/en/booths/${next.slug}`])
    // Back goes to the booth the visitor came from, in the new build.
    await page.goBack()
    await expect(page.locator('h1')).toHaveText(surabaya.name)
  })

  test('a booth opened from the directory of the old build (its page chunk is gone too) loads the new build, once', async ({ page }) => {
    const loads: string[] = []
    page.on('request', (r) => {
      if (r.isNavigationRequest() && r.frame() === page.mainFrame()) loads.push(new URL(r.url()).pathname)
    })
    await page.goto(`${builds.url}/en/booths`)
    await appReady(page)
    builds.deploy('B')
    const { slug, name, click } = await firstCard(page)
    await click()
    await expect(page.locator('h1')).toHaveText(name)
    await appReady(page)
    expect(await runningEntry(page)).toBe(builds.entries[1])
    expect(loads).toEqual(['/en/booths', `/en/booths/${slug}`])
    // The new build goes on in the app, without another load.
    await page.locator('header nav a[href="/en/booths"]').click()
    await expect(page.locator('h1')).toHaveText(en('directory.heading'))
    expect(loads).toHaveLength(2)
  })
})

test.describe('two deployments, with the service worker', () => {
  test.use({ serviceWorkers: 'allow' })
  let builds: Awaited<ReturnType<typeof twoBuilds>>
  test.beforeEach(async () => {
    builds = await twoBuilds()
  })
  test.afterEach(async () => {
    await builds.close()
  })

  test('a new deployment is offered, never swapped in; "Reload" loads it', async ({ page }) => {
    await page.goto(`${builds.url}/en/`)
    await appReady(page)
    await underServiceWorker(page)
    const prompt = page.getByRole('region', { name: en('update.label') })
    await expect(prompt).toHaveCount(0)
    builds.deploy('B')
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update()
    })
    await expect(prompt).toContainText(en('update.text'))
    // Still the old build, under the old worker, until the visitor chooses.
    expect(await runningEntry(page)).toBe(builds.entries[0])
    await page.locator('header nav a[href="/en/booths"]').click()
    await expect(page.locator('h1')).toHaveText(en('directory.heading'))
    // Back to the lobby, a page the old worker saved (build A's copy): the new worker must not show it.
    await page.goBack()
    await expect(page.locator('h1')).not.toHaveText(en('directory.heading'))
    await prompt.getByRole('button', { name: en('update.reload') }).click()
    await page.waitForFunction((entry) => document.querySelector('script[type="module"][src]')?.getAttribute('src') === entry, builds.entries[1])
    await appReady(page)
    await expect(page).toHaveURL(/\/en\/$/)
    await expect(prompt).toHaveCount(0)
  })
  test('a page opened before shows its saved copy at once; after a redeploy, a booth never opened loads the new build', async ({ page }) => {
    const surabaya = await booth(SURABAYA)
    const next = surabaya.neighbours.next!
    await page.goto(`${builds.url}/en/booths/${SURABAYA}`)
    await appReady(page)
    await underServiceWorker(page)
    builds.deploy('B')
    // The repeat visit: the worker answers with its saved copy (build A, whose scripts it holds) without
    // waiting for the host, which now has build B.
    await page.reload()
    await appReady(page)
    expect(await runningEntry(page)).toBe(builds.entries[0])
    await expect(page.locator('h1')).toHaveText(surabaya.name)
    // The next booth was never opened: build A's data for it is gone, so the new build loads there.
    await page.locator(`a[rel="next"][href="/en/booths/${next.slug}"]`).click()
    await page.waitForFunction((entry) => document.querySelector('script[type="module"][src]')?.getAttribute('src') === entry, builds.entries[1])
    await appReady(page)
    await expect(page).toHaveURL(new RegExp(`/en/booths/${next.slug}$`))
    await expect(page.locator('h1')).toHaveText(next.name)
  })
})

// The browser logs each request that fails offline (pictures, the booth never saved): not the app's errors.
const OFFLINE_LOG = [/Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED)/]

test.describe('offline, with the service worker', () => {
  test.use({ serviceWorkers: 'allow', allowConsoleErrors: OFFLINE_LOG })

  test('a visited booth reloads offline; an unvisited one says the visitor is offline', async ({ page, context }) => {
    const surabaya = await booth(SURABAYA)
    const next = surabaya.neighbours.next!
    await page.goto(`/en/booths/${SURABAYA}`)
    await appReady(page)
    await underServiceWorker(page)
    await context.setOffline(true)
    await page.reload()
    await appReady(page)
    await expect(page.locator('h1')).toHaveText(surabaya.name)
    await expect(page.locator('article.exhibit').first()).toBeVisible()
    // In the app: the next booth was never opened.
    await page.locator(`a[rel="next"][href="/en/booths/${next.slug}"]`).click()
    await expect(page.locator('h1')).toHaveText(en('errors.booth.heading'))
    await expect(page.getByText(en('errors.booth.offline'))).toBeVisible()
    // A full load of a page never opened: the offline page, then the app says what it cannot show.
    await page.goto(`/en/booths/${next.slug}`)
    await appReady(page)
    await expect(page.locator('h1')).toHaveText(en('errors.booth.heading'))
    await expect(page.getByText(en('errors.booth.offline'))).toBeVisible()
    await context.setOffline(false)
    await page.getByRole('button', { name: en('errors.retry') }).click()
    await expect(page.locator('h1')).toHaveText(next.name)
  })
})

test.describe('offline, without a service worker', () => {
  test.use({ allowConsoleErrors: OFFLINE_LOG })
  test('an in-app link offline shows the offline page, and a retry online opens it', async ({ page, context }) => {
    await page.goto('/en/')
    await appReady(page)
    await context.setOffline(true)
    await page.locator('header nav a[href="/en/booths"]').click()
    await expect(page.locator('h1')).toHaveText(en('offline.heading'))
    await expect(page.locator('h1')).toBeFocused()
    await expect(page).toHaveURL(/\/en\/$/)
    await context.setOffline(false)
    await page.getByRole('button', { name: en('errors.retry') }).click()
    await expect(page.locator('h1')).toHaveText(en('directory.heading'))
    await expect(page).toHaveURL(/\/en\/booths$/)
  })
})
