/**
 * `npx tsx scripts/repeat-visit.ts [--runs 7] [--latency 150] [--cpu 4] [--path /id/booths/…]`: how fast
 * a repeat visit shows content once the service worker is active (docs/contract.md, "Budgets"). Serves
 * dist/ precompressed on 127.0.0.1 (a secure context, so the worker registers) with `latency` ms added to
 * every response (a mobile network's round trip, for the page and its worker alike: throttling by
 * DevTools does not reach the worker), and slows the CPU `cpu` times. First load, wait for the worker,
 * one load under it (the visit it keeps), then `runs` repeat loads: prints FCP and LCP of each and the
 * medians, measured from navigation start. Build first.
 */
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import sirv from 'sirv'
import { CHROMIUM_ARGS } from '../playwright.config.ts'
import { heaviestBooth } from './check-preload.ts'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    latency: { type: 'string', default: '150' },
    cpu: { type: 'string', default: '4' },
    path: { type: 'string' },
    dir: { type: 'string', default: 'dist' },
  },
})
const latency = Number(values.latency)
const path = values.path ?? `/id/booths/${heaviestBooth(values.dir)}`
const files = sirv(values.dir, { dev: false, etag: true, extensions: ['html'], gzip: true, brotli: true })
const server = createServer((req, res) => {
  setTimeout(() => {
    res.setHeader('Cache-Control', 'no-cache')
    files(req, res, () => {
      res.statusCode = 404
      res.end()
    })
  }, latency)
})
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
try {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'allow' })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.cpu) })
  await page.addInitScript(() => {
    const w = window as unknown as { lcp: number }
    w.lcp = 0
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.lcp = e.startTime
    }).observe({ type: 'largest-contentful-paint', buffered: true })
  })
  const measure = async () => {
    await page.waitForFunction(() => (window as unknown as { lcp: number }).lcp > 0 && document.documentElement.dataset.appReady === 'true')
    return page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      lcp: (window as unknown as { lcp: number }).lcp,
      fromWorker: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).workerStart > 0,
    }))
  }
  await page.goto(origin + path)
  const first = await measure()
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await measure()
  const rows: Array<{ fcp: number; lcp: number; fromWorker: boolean }> = []
  for (let i = 0; i < Number(values.runs); i++) {
    await page.goto('about:blank')
    await page.goto(origin + path)
    rows.push(await measure())
  }
  console.log(`${path}, ${latency} ms per response, CPU ${values.cpu}x slower, 412 px`)
  console.log(`first visit (no worker): FCP ${first.fcp.toFixed(0)} ms, LCP ${first.lcp.toFixed(0)} ms`)
  rows.forEach((r, i) => console.log(`repeat ${i + 1}: FCP ${r.fcp.toFixed(0)} ms, LCP ${r.lcp.toFixed(0)} ms, served by the worker: ${r.fromWorker}`))
  console.log(`median of ${rows.length} repeat visits: FCP ${median(rows.map((r) => r.fcp)).toFixed(0)} ms, LCP ${median(rows.map((r) => r.lcp)).toFixed(0)} ms`)
} finally {
  await browser.close()
  server.close()
}
