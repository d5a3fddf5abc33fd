/**
 * The built site behind the real nginx with deploy/nginx/ (issue: deployment). nginx starts once per
 * worker (a worker fixture, so it also stops when a test fails: Playwright then ends the worker and
 * tears its fixtures down) and answers on NGINX_PORT. The headers expected are read from
 * public/_headers, the one source the static hosts and the generated nginx locations share.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import { test as base, expect, appReady } from '../e2e/fixtures'
import { headersFor, parseHeaders } from '../../scripts/nginx-headers.ts'
import { readPolicy } from '../../build/head.ts'
import { DIST, MIME_PROBES, ROOT, checkShippedSites, distFile, startNginx, type Nginx } from './nginx.ts'

const test = base.extend<object, { nginx: Nginx }>({
  nginx: [
    async ({}, use) => {
      const nginx = await startNginx()
      try {
        await use(nginx)
      } finally {
        await nginx.stop()
      }
    },
    { scope: 'worker', auto: true, timeout: 20_000 },
  ],
})

const RULES = parseHeaders(readFileSync(resolve(ROOT, 'public/_headers'), 'utf8'))
const SECURITY = ['Content-Security-Policy', 'Strict-Transport-Security', 'Permissions-Policy', 'Cross-Origin-Opener-Policy', 'Cross-Origin-Resource-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'X-Frame-Options']
const IMMUTABLE = 'public, max-age=31536000, immutable'
const notFoundHeading = (l: 'id' | 'en') => (JSON.parse(readFileSync(resolve(ROOT, `locales/${l}.json`), 'utf8')) as { notFound: { heading: string } }).notFound.heading

/** Real file names of this build: the app's entry script, the stylesheet and one booth's JSON. */
const assets = readdirSync(resolve(DIST, 'assets'))
const APP_JS = `/assets/${assets.find((f) => /^app-.*\.js$/.test(f))}`
const STYLE = `/assets/${assets.find((f) => /\.css$/.test(f))}`
const DATA_HASH = readdirSync(resolve(DIST, 'data'))[0]
const BOOTH_JSON = `/data/${DATA_HASH}/booths/kota-surabaya.json`

interface Answer { status: number; headers: IncomingHttpHeaders; raw: string[]; body: Buffer }

/** A plain HTTP GET that keeps the body as sent (no decoding, no redirect following). */
function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const url = new URL(path, test.info().project.use.baseURL)
  return new Promise((done, fail) => {
    const req = httpRequest(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, raw: res.rawHeaders, body: Buffer.concat(chunks) }))
      res.on('error', fail)
    })
    req.on('error', fail)
    req.end()
  })
}

/** How often a header appears in the answer (nginx's add_header may repeat one; Node would join them). */
const count = (a: Answer, name: string) => a.raw.filter((_, i) => i % 2 === 0 && a.raw[i]!.toLowerCase() === name.toLowerCase()).length

function expectHeadersOf(a: Answer, rulesPath: string, what: string) {
  const expected = headersFor(RULES, rulesPath)
  for (const name of SECURITY) expect(expected.map(([n]) => n), `public/_headers sets ${name} for ${rulesPath}`).toContain(name)
  for (const [name, value] of expected) {
    expect(count(a, name), `${what}: ${name} sent once`).toBe(1)
    expect(a.headers[name.toLowerCase()], `${what}: ${name}`).toBe(value)
  }
}

test.describe('headers', () => {
  test('the security headers are what public/_headers says, once each', () => {
    const h = Object.fromEntries(headersFor(RULES, '/id/booths'))
    expect(h['Content-Security-Policy']).toBe(readPolicy(ROOT))
    expect(h['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains')
    expect(h['Cross-Origin-Opener-Policy']).toBe('same-origin')
    expect(h['Cross-Origin-Resource-Policy']).toBe('same-origin')
    const denied = h['Permissions-Policy']!.split(',').map((d) => d.trim())
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'interest-cohort', 'browsing-topics']) expect(denied).toContain(`${feature}=()`)
    // The share button copies the link and opens the share sheet.
    expect(h['Permissions-Policy']).not.toMatch(/clipboard-write|web-share/)
  })

  test('on an HTML page, in both forms of its address', async () => {
    expectHeadersOf(await get('/id/booths'), '/id/booths', '/id/booths')
    expectHeadersOf(await get('/id/booths/'), '/id/booths/', '/id/booths/')
  })

  test('on a hashed asset, a booth\'s data and an Open Graph card', async () => {
    expectHeadersOf(await get(APP_JS), APP_JS, APP_JS)
    expectHeadersOf(await get(STYLE), STYLE, STYLE)
    expectHeadersOf(await get(BOOTH_JSON), BOOTH_JSON, BOOTH_JSON)
    const og = await get('/og/default.png')
    expectHeadersOf(og, '/og/default.png', 'Open Graph card')
    // Other sites may show the link-preview card; nothing else of ours may be embedded elsewhere.
    expect(og.headers['cross-origin-resource-policy']).toBe('cross-origin')
  })

  test('on the 404 page, wherever the address was', async () => {
    for (const path of ['/nowhere', '/id/no-such-hall', '/assets/no-such-file.js', '/og/no-such-card.png']) {
      const a = await get(path)
      expect(a.status, path).toBe(404)
      // The answer is 404.html's: never cached as immutable, never embeddable.
      expectHeadersOf(a, '/404.html', path)
    }
  })
})

test.describe('caching', () => {
  test('hashed assets and data are immutable for a year', async () => {
    for (const path of [APP_JS, STYLE, BOOTH_JSON]) expect((await get(path)).headers['cache-control'], path).toBe(IMMUTABLE)
  })

  test('HTML, the 404 page and every other file must revalidate', async () => {
    for (const path of ['/', '/id/', '/id/booths', '/id/booths/', '/en/booths/kota-surabaya', '/og/default.png', '/favicon.svg', '/site.webmanifest', '/sitemap.xml', '/nowhere', '/sw.js'])
      expect((await get(path)).headers['cache-control'], path).toBe('no-cache')
    // /sw.js does not exist yet; when it does, the rules give it no-cache too.
    expect(Object.fromEntries(headersFor(RULES, '/sw.js'))['Cache-Control']).toBe('no-cache')
  })
})

test.describe('precompressed files', () => {
  const cases = [
    { path: '/id/booths', file: 'id/booths/index.html', status: 200 },
    { path: APP_JS, file: APP_JS.slice(1), status: 200 },
    { path: BOOTH_JSON, file: BOOTH_JSON.slice(1), status: 200 },
    { path: '/nowhere', file: '404.html', status: 404 },
  ]
  for (const { path, file, status } of cases) {
    test(`${file}: brotli, gzip or none, as the client accepts`, async () => {
      const plain = distFile(file)
      const br = await get(path, { 'Accept-Encoding': 'gzip, deflate, br, zstd' })
      expect(br.status).toBe(status)
      expect(br.headers['content-encoding']).toBe('br')
      expect(br.body.equals(distFile(`${file}.br`)), 'the .br file as it is').toBe(true)
      expect(brotliDecompressSync(br.body).equals(plain), 'decodes to the file').toBe(true)

      const gz = await get(path, { 'Accept-Encoding': 'gzip, deflate' })
      expect(gz.status).toBe(status)
      expect(gz.headers['content-encoding']).toBe('gzip')
      expect(gz.body.equals(distFile(`${file}.gz`)), 'the .gz file as it is').toBe(true)
      expect(gunzipSync(gz.body).equals(plain), 'decodes to the file').toBe(true)

      const none = await get(path)
      expect(none.status).toBe(status)
      expect(none.headers['content-encoding']).toBeUndefined()
      expect(none.body.equals(plain)).toBe(true)

      for (const a of [br, gz, none]) expect(a.headers.vary).toBe('Accept-Encoding')
    })
  }
})

test.describe('addresses', () => {
  test('every page answers with and without a trailing slash, with no redirect', async () => {
    for (const path of ['/id/booths', '/en/about', '/id/booths/kota-surabaya', '/en/pillars/environment']) {
      const file = distFile(`${path.slice(1)}/index.html`)
      for (const address of [path, `${path}/`]) {
        const a = await get(address)
        expect(a.status, address).toBe(200)
        expect(a.body.equals(file), `${address} is ${path}/index.html`).toBe(true)
      }
    }
  })

  test('anything else is the not-found page with status 404', async () => {
    const a = await get('/nowhere')
    expect(a.status).toBe(404)
    expect(a.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(a.body.toString('utf8')).toMatch(new RegExp(`<h1[^>]*>${notFoundHeading('id')}</h1>`))
    // A directory without a page is not a listing, nor a 403.
    for (const path of ['/assets/', '/og/', `/data/${DATA_HASH}/`, '/id/booths/nowhere/']) expect((await get(path)).status, path).toBe(404)
  })

  test('content types', async () => {
    const types: Record<string, string> = {
      '/site.webmanifest': 'application/manifest+json',
      '/favicon.svg': 'image/svg+xml',
      [BOOTH_JSON]: 'application/json',
      '/og/default.png': 'image/png',
      [STYLE]: 'text/css',
      '/sitemap.xml': 'text/xml',
      ...Object.fromEntries(Object.entries(MIME_PROBES).map(([name, type]) => [`/__mime/${name}`, type])),
    }
    for (const [path, type] of Object.entries(types)) expect((await get(path)).headers['content-type']?.split(';')[0], path).toBe(type)
    expect((await get(APP_JS)).headers['content-type']).toMatch(/^(?:application|text)\/javascript\b/)
  })
})

test('the site files an administrator installs pass nginx -t', ({ nginx }) => {
  const report = checkShippedSites(nginx.dir)
  expect(report).toMatch(/test is successful/)
  expect(report).not.toMatch(/\[warn\]/)
})

declare global {
  interface Window { cspViolations?: string[] }
}

async function listenForViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`)
    })
  })
}

test.describe('in Chromium', () => {
  test('a booth page renders and hydrates under the policy', async ({ page }) => {
    await listenForViolations(page)
    const heading = /<h1[^>]*>([^<]+)<\/h1>/.exec(distFile('id/booths/kota-surabaya/index.html').toString('utf8'))?.[1]
    expect(heading).toBeTruthy()
    const response = await page.goto('/id/booths/kota-surabaya')
    expect(response?.status()).toBe(200)
    const headers = await response!.allHeaders()
    expect(headers['content-security-policy']).toBe(readPolicy(ROOT))
    expect(headers['content-encoding']).toBe('br')
    await appReady(page)
    await expect(page.locator('h1')).toHaveText(heading!)
    expect(await page.evaluate(() => document.documentElement.dataset.appReady)).toBe('true')
    expect(await page.evaluate(() => window.cspViolations)).toEqual([])
  })

  test('the not-found page hydrates in the address\'s language', async ({ page }) => {
    await listenForViolations(page)
    const response = await page.goto('/en/no-such-hall')
    expect(response?.status()).toBe(404)
    await appReady(page)
    await expect(page.locator('h1')).toHaveText(notFoundHeading('en'))
    expect(await page.evaluate(() => window.cspViolations)).toEqual([])
  })
})

test.describe('offline, behind nginx', () => {
  // The worker's script must never be kept by a cache (a new deployment must reach it), and it runs
  // under the same policy as the pages. Offline, Chromium logs each request that fails.
  test.use({ serviceWorkers: 'allow', allowConsoleErrors: [/Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED)/] })
  const locale = JSON.parse(readFileSync(resolve(ROOT, 'locales/en.json'), 'utf8')) as { errors: { booth: { heading: string } } }

  test('the service worker installs under the policy; a visited booth reloads offline, an unvisited one says so', async ({ page, context }) => {
    const sw = await get('/sw.js')
    expect(sw.status).toBe(200)
    expect(sw.headers['cache-control']).toBe('no-cache')
    expect(sw.headers['content-type']).toMatch(/javascript/)
    await listenForViolations(page)
    const heading = /<h1[^>]*>([^<]+)<\/h1>/.exec(distFile('en/booths/kota-surabaya/index.html').toString('utf8'))?.[1]
    await page.goto('/en/booths/kota-surabaya')
    await appReady(page)
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    // Controlled from the next load on: that load is the visit the worker keeps.
    await page.reload()
    await appReady(page)
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/)
    await context.setOffline(true)
    await page.reload()
    await appReady(page)
    await expect(page.locator('h1')).toHaveText(heading!)
    await page.goto('/en/booths/kota-sabang')
    await appReady(page)
    await expect(page.locator('h1')).toHaveText(locale.errors.booth.heading)
    expect(await page.evaluate(() => window.cspViolations)).toEqual([])
  })
})
