/**
 * `npm run check:preload`: the project-specific half of the weight budgets (size-limit does the
 * sums, .size-limit.ts). For the lobby, the heaviest booth and the map, in Chromium:
 *
 * - the JavaScript the browser fetches while the page loads, hydrates and settles is exactly the set
 *   the budgets measure (build/manifest.ts, `pageScripts`): else the budgets weigh the wrong files;
 * - everything hydration waits for is loaded or preloaded by the prerendered HTML: else there is a
 *   request waterfall on a slow phone network. That includes the data files the route fetches
 *   (a booth's JSON, the map's), which the HTML must preload as fetches.
 *
 *   tsx scripts/check-preload.ts [--dir dist]
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { BUDGET_PAGES, hydrationKeys, jsFiles, pageScripts, readManifest, type BudgetPage } from '../build/manifest.ts'
import { CHROMIUM_ARGS } from '../playwright.config.ts'
import { startServer } from './serve.ts'

const LOCALE = 'id'

/** The booth whose data file is largest: the heaviest booth page. */
export function heaviestBooth(dir: string): string {
  const data = join(dir, 'data')
  let best: { slug: string; bytes: number } | undefined
  // The map's files have a folder of their own, without booths.
  for (const hash of readdirSync(data).filter((h) => existsSync(join(data, h, 'booths')))) {
    for (const file of readdirSync(join(data, hash, 'booths'))) {
      if (!file.endsWith('.json')) continue
      const bytes = statSync(join(data, hash, 'booths', file)).size
      if (!best || bytes > best.bytes) best = { slug: file.replace(/\.json$/, ''), bytes }
    }
  }
  if (!best) throw new Error(`No booth data files in ${data}`)
  return best.slug
}

/** JavaScript the HTML loads or preloads (site paths). */
export function htmlScripts(html: string): string[] {
  return [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]!)
}

/** Data files the HTML preloads as fetches (site paths). */
export function htmlFetches(html: string): string[] {
  return [...html.matchAll(/<link[^>]*rel="preload"[^>]*>/g)]
    .filter((m) => /\sas="fetch"/.test(m[0]))
    .map((m) => /\shref="([^"]+)"/.exec(m[0])?.[1])
    .filter((href): href is string => href !== undefined)
}

interface Observed {
  scripts: string[]
  /** Same-origin JSON data files (under /data/) fetched before the page settled. */
  data: string[]
}

/** Loads each page in a fresh context and returns the same-origin JavaScript and data it fetched until it settled. */
async function observeScripts(dir: string, pages: string[]): Promise<Map<string, Observed>> {
  const server = await startServer({ dir, port: 0 })
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
  const seen = new Map<string, Observed>()
  try {
    for (const path of pages) {
      const context = await browser.newContext()
      const page = await context.newPage()
      const files: string[] = []
      const data: string[] = []
      page.on('response', (r) => {
        const url = new URL(r.url())
        if (url.origin === origin && url.pathname.endsWith('.js')) files.push(url.pathname)
        if (url.origin === origin && url.pathname.startsWith('/data/') && url.pathname.endsWith('.json')) data.push(url.pathname)
      })
      await page.goto(origin + path, { waitUntil: 'networkidle' })
      await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true', undefined, { timeout: 15_000 })
      await page.waitForLoadState('networkidle')
      seen.set(path, { scripts: [...new Set(files)], data: [...new Set(data)] })
      await context.close()
    }
  } finally {
    await browser.close()
    server.close()
  }
  return seen
}

const difference = (a: readonly string[], b: readonly string[]) => a.filter((x) => !b.includes(x))

async function main() {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } })
  const dir = resolve(values.dir)
  const manifest = readManifest(dir)
  const addresses: Record<BudgetPage, string> = { lobby: `/${LOCALE}/`, booth: `/${LOCALE}/booths/${heaviestBooth(dir)}`, map: `/${LOCALE}/map` }
  const htmlFile = (path: string) => join(dir, path, 'index.html')
  const observed = await observeScripts(dir, Object.values(addresses))
  const problems: string[] = []
  for (const page of Object.keys(addresses) as BudgetPage[]) {
    const path = addresses[page]
    const measured = pageScripts(manifest, page, LOCALE)
    const { scripts: loaded, data } = observed.get(path) ?? { scripts: [], data: [] }
    const needs = BUDGET_PAGES[page]
    const beforeHydration = jsFiles(manifest, hydrationKeys(manifest, { page: needs.page, data: needs.data, texts: needs.texts, locale: LOCALE }))
    const html = readFileSync(htmlFile(path), 'utf8')
    const declared = htmlScripts(html)
    const unmeasured = difference(loaded, measured)
    const neverLoaded = difference(measured, loaded)
    const notPreloaded = difference(beforeHydration, declared)
    const dataNotPreloaded = difference(data, htmlFetches(html))
    if (unmeasured.length) problems.push(`${path}: the browser loaded files the budget does not weigh: ${unmeasured.join(', ')}`)
    if (neverLoaded.length) problems.push(`${path}: the budget weighs files the browser never loaded (stale trace?): ${neverLoaded.join(', ')}`)
    if (notPreloaded.length) problems.push(`${path}: needed before hydration but not preloaded by the HTML (waterfall): ${notPreloaded.join(', ')}`)
    if (dataNotPreloaded.length) problems.push(`${path}: data fetched but not preloaded by the HTML (waterfall): ${dataNotPreloaded.join(', ')}`)
    console.log(`${path}: ${loaded.length} scripts loaded, ${measured.length} weighed by the budget, ${beforeHydration.length} needed before hydration, ${data.length} data files, all preloaded: ${notPreloaded.length || dataNotPreloaded.length ? 'NO' : 'yes'}`)
  }
  if (problems.length) {
    console.error(`\n✖ ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    process.exit(1)
  }
  console.log('✔ the budgets weigh what the browser loads, and the HTML preloads what hydration waits for')
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
