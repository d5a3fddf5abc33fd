/**
 * `npx tsx scripts/blocking-time.ts [--base DIR] [--dir dist] [--cpu 1] [--runs 7] PATH…`: how long each
 * page blocks the main thread while it loads and hydrates, measured in Chromium itself (no simulation):
 * the sum over long tasks of their time past 50 ms (what Lighthouse calls total blocking time), from
 * navigation until 1.5 s after the app is ready, at 412 px, and the longest task. With `--base`, the two builds are served
 * side by side and loaded in turn, so both see the same machine (lab figures are noisy: compare
 * medians from one run). Build first.
 */
import type { AddressInfo } from 'node:net'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS } from '../playwright.config.ts'
import { startServer } from './serve.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { base: { type: 'string' }, dir: { type: 'string', default: 'dist' }, cpu: { type: 'string', default: '1' }, runs: { type: 'string', default: '7' } },
})
const builds = values.base ? [values.base, values.dir] : [values.dir]
const servers = await Promise.all(builds.map((dir) => startServer({ dir, port: 0, compress: true })))
const origins = servers.map((s) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`)
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!

try {
  for (const path of positionals.length ? positionals : ['/id/', '/id/booths', '/id/booths/kota-surabaya']) {
    const blocked: number[][] = builds.map(() => [])
    const longest: number[][] = builds.map(() => [])
    for (let run = 0; run < Number(values.runs); run++) {
      for (const [i, origin] of origins.entries()) {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 } })
        const page = await context.newPage()
        await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: Number(values.cpu) })
        await page.addInitScript(() => {
          const w = window as unknown as { longTasks: number[] }
          w.longTasks = []
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.longTasks.push(e.duration)
          }).observe({ type: 'longtask', buffered: true })
        })
        await page.goto(origin + path)
        await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true')
        await page.waitForTimeout(1500)
        const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)
        blocked[i]!.push(tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0))
        longest[i]!.push(Math.max(0, ...tasks))
        await context.close()
      }
    }
    const figures = builds.map((dir, i) => `${dir} ${median(blocked[i]!).toFixed(0)} ms (longest task ${median(longest[i]!).toFixed(0)} ms)`).join(', ')
    console.log(`${path}: blocking time at ${values.cpu}x CPU, median of ${values.runs}: ${figures}`)
  }
} finally {
  await browser.close()
  for (const s of servers) s.close()
}
