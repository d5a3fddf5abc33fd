/**
 * `npm run bench`: how fast the directory answers (docs/contract.md, "Budgets"). Not part of `npm test`.
 *
 * 1. In Node: synthetic exhibitions (invented booths, tests/fixtures/synthetic.ts) of 600 (Indonesia
 *    has 514 kota/kabupaten), 5,000 and 10,000 booths; the median time of one query = search +
 *    filtering + faceted counts, each query with its search run afresh (no cached search).
 *    Goal: <= 2 ms median at 10,000.
 * 2. In Chromium with 4x CPU slowdown: builds with 600 and 5,000 synthetic booths
 *    (EXHIBITION_SYNTHETIC=N, written to dist-bench, never dist), the time from a filter click to
 *    the next paint. Goal: <= 100 ms median.
 *
 * 3. Only when asked (`--first-paint`): what the directory's blocking mark script
 *    (src/browser/directory-mark.js, see src/pages/DirectoryPage.vue) costs a first visit. The built
 *    site (dist/, `npm run build` first) in Chromium at 412 px, 4x CPU slowdown and a slow 4G network
 *    (150 ms round trip, 1.6 Mbit/s down), a fresh browser context per load: first contentful paint
 *    of the directory, filtered and not, with the script and with its tag taken out of the HTML,
 *    the two alternated (the HTML itself comes through the bench's interception, so unthrottled,
 *    for both; the stylesheet, the scripts and the mark script come over the slow network).
 *
 *   npm run bench                  1 and 2
 *   npm run bench -- --node        only the Node part
 *   npm run bench -- --browser     only the browser part (add --no-build to reuse dist-bench,
 *                                  --rate 1 for no CPU slowdown, --clicks N)
 *   npm run bench -- --first-paint only part 3 (--loads N per address and variant)
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { syntheticIndex } from '../tests/fixtures/synthetic.ts'
import { createDirectoryModel, prepareSearch, runDirectory, setSearchNames, type SubElementNames } from '../src/domain/directory.ts'
import { parseDirectoryQuery, type RawQuery } from '../src/domain/query.ts'
import { PILLAR_IDS, SUB_ELEMENTS } from '../src/domain/pillars.ts'

const root = resolve(import.meta.dirname, '..')
const { values: args } = parseArgs({
  options: {
    node: { type: 'boolean', default: false },
    browser: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4399' },
    clicks: { type: 'string', default: '40' },
    rate: { type: 'string', default: '4' },
    sizes: { type: 'string', default: '600,5000' },
    'first-paint': { type: 'boolean', default: false },
    loads: { type: 'string', default: '12' },
  },
})
const runNode = args.node || (!args.browser && !args['first-paint'])
const runBrowser = args.browser || (!args.node && !args['first-paint'])

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const percentile = (xs: readonly number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!
const ms = (x: number) => `${x.toFixed(3)} ms`

/** What visitors do: one filter, several, a search alone, a search with filters, nothing matching. */
export const BENCH_QUERIES: RawQuery[] = [
  {},
  { pillar: 'economy' },
  { pillar: 'economy,living:health' },
  { year: '2017' },
  { region: 'jawa', type: 'kota' },
  { pillar: 'governance', year: '2018,2019', region: 'sumatera' },
  { province: 'provinsi-contoh-33,provinsi-contoh-35' },
  { q: 'sura' },
  { q: 'contoh 01' },
  { q: 'pasar', pillar: 'economy' },
  { q: 'se', year: '2023' },
  { q: 'market ba', region: 'sulawesi,papua' },
  { q: 'taman ri', type: 'kabupaten', sort: 'year' },
  { q: 'zzz', pillar: 'branding' },
  { sort: 'year', pillar: 'environment:waste' },
  // Typos, a sub-element's name, the booths with exhibits, most exhibits first.
  { q: 'kontoh' },
  { q: 'marekt taman', type: 'kota' },
  { q: 'kesehatan' },
  { has: 'exhibits', sort: 'exhibits' },
  { has: 'exhibits', q: 'pasr', region: 'jawa' },
]

/** The sub-elements' names in both languages, as the directory page passes them in. */
function subElementNames(): SubElementNames {
  const messages = ['id', 'en'].map((l) => JSON.parse(readFileSync(resolve(root, `locales/${l}.json`), 'utf8')) as { pillars: Record<string, { sub: Record<string, string> }> })
  return Object.fromEntries(PILLAR_IDS.flatMap((p) => SUB_ELEMENTS[p].map((s) => [`${p}:${s}`, messages.map((m) => m.pillars[p]!.sub[s]!)])))
}

function benchNode(): void {
  console.log('\n━━ filter + facet counts + search, in Node ━━')
  for (const size of [600, 5_000, 10_000]) {
    const entries = syntheticIndex(size)
    let t = performance.now()
    const model = createDirectoryModel(entries)
    setSearchNames(model, subElementNames())
    const prepare = performance.now() - t
    t = performance.now()
    prepareSearch(model)
    const indexed = performance.now() - t
    const states = BENCH_QUERIES.map((q) => parseDirectoryQuery(q, model.vocabulary))
    // Warm up the JIT as a visitor's first few clicks would.
    for (let i = 0; i < 5; i++) for (const s of states) runDirectory(model, s)
    const perQuery = states.map(() => [] as number[])
    const all: number[] = []
    for (let round = 0; round < 40; round++) {
      states.forEach((s, i) => {
        model.lastSearch = undefined // every query searches afresh
        t = performance.now()
        runDirectory(model, s)
        const elapsed = performance.now() - t
        perQuery[i]!.push(elapsed)
        all.push(elapsed)
      })
    }
    console.log(`\n${size.toLocaleString('en')} booths (model prepared once in ${prepare.toFixed(0)} ms, search index built in ${indexed.toFixed(0)} ms)`)
    BENCH_QUERIES.forEach((q, i) => {
      const label = new URLSearchParams(q as Record<string, string>).toString() || '(no filter)'
      console.log(`  ${label.padEnd(58)} median ${ms(median(perQuery[i]!))}  (${runDirectory(model, states[i]!).items.length} booths)`)
    })
    console.log(`  ALL QUERIES: median ${ms(median(all))}, p95 ${ms(percentile(all, 0.95))}${size === 10_000 ? `  (goal <= 2 ms median: ${median(all) <= 2 ? 'met' : 'NOT met'})` : ''}`)
  }
}

function run(command: string, argv: string[], env: Record<string, string>): Promise<number> {
  return new Promise((done) => {
    const child = spawn(command, argv, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
    child.on('close', (code) => done(code ?? 1))
  })
}

async function benchBrowser(size: number): Promise<void> {
  console.log(`\n━━ filter click to next paint, Chromium, ${args.rate}x CPU slowdown, ${size.toLocaleString('en')} booths ━━`)
  const outDir = resolve(root, 'dist-bench')
  if (!args['no-build'] || !existsSync(resolve(outDir, 'en/booths/index.html'))) {
    const code = await run('npx', ['--no-install', 'tsx', 'scripts/build.ts'], { EXHIBITION_SYNTHETIC: String(size), SITE_URL: `http://127.0.0.1:${args.port}` })
    if (code !== 0) throw new Error(`The synthetic build failed (exit ${code})`)
  }
  const { startServer } = await import('./serve.ts')
  const { chromium } = await import('playwright-core')
  const { CHROMIUM_ARGS } = await import('../playwright.config.ts')
  const port = Number(args.port)
  const server = await startServer({ dir: outDir, port })
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`http://127.0.0.1:${port}/en/booths`)
    await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true')
    const status = await page.getByRole('status').first().textContent()
    console.log(`Loaded /en/booths: ${status?.trim()}`)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(args.rate) })

    // In the page: from the click's event time to the first paint after the DOM reacted. Each
    // measurement resolves a promise the bench awaits, so nothing polls the page in between.
    await page.evaluate(() => {
      const w = window as unknown as { __latencies: number[]; __measured?: () => void }
      w.__latencies = []
      const main = document.querySelector('main')!
      document.addEventListener('click', (event) => {
        const start = event.timeStamp
        const observer = new MutationObserver(() => {
          observer.disconnect()
          requestAnimationFrame(() => {
            // A task queued from a frame callback runs after that frame is painted.
            const channel = new MessageChannel()
            channel.port1.onmessage = () => {
              w.__latencies.push(performance.now() - start)
              w.__measured?.()
            }
            channel.port2.postMessage(null)
          })
        })
        observer.observe(main, { subtree: true, childList: true, characterData: true, attributes: true })
      }, { capture: true })
    })

    const enabled = '.directory__facets input[type="checkbox"]:not([disabled])'
    const clicks = Number(args.clicks)
    let seed = 42
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let i = 0; i < clicks; i++) {
      // Mostly switch a filter on; every third click switches one off again, so results stay non-empty.
      const checked = page.locator(`${enabled}:checked`)
      const boxes = page.locator(enabled)
      const target = i % 3 === 2 && (await checked.count()) ? checked.first() : boxes.nth(Math.floor(rnd() * (await boxes.count())))
      await target.scrollIntoViewIfNeeded()
      const box = (await target.boundingBox())!
      const measured = page.evaluate(() => new Promise<void>((done) => ((window as unknown as { __measured: () => void }).__measured = done)))
      // A plain mouse click, as a visitor makes it (no test-runner listeners in the page while it runs).
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
      await measured
    }
    const latencies: number[] = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies)
    console.log(`${latencies.length} clicks: median ${latencies.length ? median(latencies).toFixed(1) : '?'} ms, p95 ${percentile(latencies, 0.95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`)
    console.log(`(goal <= 100 ms median: ${median(latencies) <= 100 ? 'met' : 'NOT met'}; ${load()})`)
  } finally {
    await browser.close()
    server.close()
  }
}

async function benchFirstPaint(): Promise<void> {
  console.log(`\n━━ the directory's first contentful paint with and without its mark script, Chromium, 4x CPU, slow 4G ━━`)
  const { startServer } = await import('./serve.ts')
  const { chromium } = await import('playwright-core')
  const { CHROMIUM_ARGS } = await import('../playwright.config.ts')
  const port = Number(args.port)
  const server = await startServer({ dir: resolve(root, 'dist'), port })
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
  const MARK = /<script src="[^"]*directory-mark[^"]*"[^>]*><\/script>/
  const firstPaint = async (path: string, withMark: boolean): Promise<number> => {
    const context = await browser.newContext({ viewport: { width: 412, height: 915 } })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(args.rate) })
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 })
    // Both variants go through the same interception of the page itself; one loses the script tag.
    await page.route((url) => url.pathname.startsWith('/en/booths'), async (route) => {
      const response = await route.fetch()
      const html = await response.text()
      if (!MARK.test(html)) throw new Error('No mark script in the directory HTML: build the site first')
      await route.fulfill({ response, body: withMark ? html : html.replace(MARK, '') })
    })
    await page.goto(`http://127.0.0.1:${port}${path}`)
    await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true')
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN)
    await context.close()
    return fcp
  }
  try {
    for (const path of ['/en/booths', '/en/booths?year=2017&type=kota']) {
      const times = { with: [] as number[], without: [] as number[] }
      for (let i = 0; i < Number(args.loads); i++) {
        // Alternated, and which goes first alternates too.
        for (const withMark of i % 2 ? [true, false] : [false, true]) times[withMark ? 'with' : 'without'].push(await firstPaint(path, withMark))
      }
      console.log(`${path.padEnd(32)} FCP median with the script ${median(times.with).toFixed(0)} ms, without ${median(times.without).toFixed(0)} ms (${times.with.length} loads each)`)
    }
    console.log(`(${load()})`)
  } finally {
    await browser.close()
    server.close()
  }
}

// Other work on the machine slows every figure down: say how busy it was.
const load = () => `load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`
console.log(`Machine: ${load()}`)
if (runNode) benchNode()
if (runBrowser) for (const size of args.sizes.split(',').map(Number)) await benchBrowser(size)
if (args['first-paint']) await benchFirstPaint()
