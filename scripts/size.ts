/**
 * `npm run size`: the weight budgets of the built site (issue 5). Fails when one is over, or when
 * the two ways of finding a page's JavaScript disagree.
 *
 * A page's JavaScript is found twice:
 * - traced from the build manifest: the entry, the page's chunk, the locale's messages and the data
 *   the route declares (`meta.data`), each with its static imports: what the router loads before
 *   the app can mount (scripts/preload.ts);
 * - observed in Chromium: every JavaScript response while the prerendered page loads and hydrates.
 * Everything traced must be observed (else the trace is stale) and preloaded by the HTML (else there
 * is a request waterfall). The figure is what the browser fetched; files fetched after the app
 * mounted (none today) are listed separately.
 *
 *   tsx scripts/size.ts [--dir dist] [--json reports/size.json] [--verbose]
 *
 * Sizes are gzip level 9 (and brotli 11) of each file, in kB (1000 bytes), like a static host
 * serving precompressed files.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { hydrationKeys, jsFiles, readManifest } from './preload.ts'
import { startServer } from './serve.ts'

export const BUDGETS = {
  lobbyJs: 80_000,
  boothExtraJs: 35_000,
  css: 15_000,
  lobbyHtml: 14_000,
} as const

/** The route table's data needs (src/router/routes.ts `meta.data`) for the pages measured here. */
const LOBBY = { page: 'src/pages/LobbyPage.vue', data: [] as string[] }
const BOOTH = { page: 'src/pages/BoothPage.vue', data: ['booth'] }
const LOCALE = 'id'

export interface FileSize { path: string; bytes: number; gzip: number; brotli: number }

export function measure(dir: string, path: string): FileSize {
  const buf = readFileSync(join(dir, path))
  return {
    path,
    bytes: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }
}

const sum = (files: FileSize[], key: 'bytes' | 'gzip' | 'brotli') => files.reduce((t, f) => t + f[key], 0)

/** The booth whose data file is largest: the heaviest booth page. */
export function heaviestBooth(dir: string): string {
  const data = join(dir, 'data')
  let best: { slug: string; bytes: number } | undefined
  for (const hash of readdirSync(data)) {
    for (const file of readdirSync(join(data, hash, 'booths'))) {
      if (!file.endsWith('.json')) continue
      const bytes = statSync(join(data, hash, 'booths', file)).size
      if (!best || bytes > best.bytes) best = { slug: file.replace(/\.json$/, ''), bytes }
    }
  }
  if (!best) throw new Error('No booth data files in dist/data')
  return best.slug
}

/** JavaScript the HTML loads or preloads (site paths). */
export function htmlScripts(html: string): string[] {
  return [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]!)
}

/** Loads each page in Chromium and returns the same-origin JavaScript it fetched, until hydrated and idle. */
export async function observeScripts(dir: string, pages: string[]): Promise<Map<string, string[]>> {
  const server = await startServer({ dir, port: 0 })
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  })
  const seen = new Map<string, string[]>()
  try {
    for (const path of pages) {
      // A fresh context each time: nothing cached from the page before.
      const context = await browser.newContext()
      const page = await context.newPage()
      const files: string[] = []
      page.on('response', (r) => {
        const url = new URL(r.url())
        if (url.origin === origin && url.pathname.endsWith('.js')) files.push(url.pathname)
      })
      await page.goto(origin + path, { waitUntil: 'networkidle' })
      await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true', undefined, { timeout: 15_000 })
      await page.waitForLoadState('networkidle')
      seen.set(path, [...new Set(files)])
      await context.close()
    }
  } finally {
    await browser.close()
    server.close()
  }
  return seen
}

interface Row { name: string; files: FileSize[]; limit: number }

function kB(bytes: number): string {
  return (bytes / 1000).toFixed(1)
}

function printTable(rows: Row[]): void {
  const head = `${'budget'.padEnd(44)} ${'files'.padStart(5)} ${'raw kB'.padStart(8)} ${'gzip kB'.padStart(8)} ${'br kB'.padStart(7)} ${'limit'.padStart(7)}  `
  console.log(head)
  console.log('─'.repeat(head.length + 4))
  for (const r of rows) {
    const gz = sum(r.files, 'gzip')
    console.log(`${r.name.padEnd(44)} ${String(r.files.length).padStart(5)} ${kB(sum(r.files, 'bytes')).padStart(8)} ${kB(gz).padStart(8)} ${kB(sum(r.files, 'brotli')).padStart(7)} ${kB(r.limit).padStart(7)}  ${gz <= r.limit ? '✔' : '✖ OVER'}`)
  }
}

function printFiles(title: string, files: FileSize[]): void {
  console.log(`\n${title}`)
  for (const f of [...files].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kB(f.gzip).padStart(6)} kB gzip  ${f.path}`)
}

const difference = (a: readonly string[], b: readonly string[]) => a.filter((x) => !b.includes(x))

async function main() {
  const { values } = parseArgs({
    options: { dir: { type: 'string', default: 'dist' }, json: { type: 'string' }, verbose: { type: 'boolean', default: false } },
  })
  const dir = resolve(values.dir)
  const manifest = readManifest(dir)
  const slug = heaviestBooth(dir)
  const lobbyPath = `/${LOCALE}/`
  const boothPath = `/${LOCALE}/booths/${slug}`
  const problems: string[] = []

  // 1. Traced from the manifest.
  const traced = {
    lobby: jsFiles(manifest, hydrationKeys(manifest, { ...LOBBY, locale: LOCALE })),
    booth: jsFiles(manifest, hydrationKeys(manifest, { ...BOOTH, locale: LOCALE })),
  }
  // 2. Loaded or preloaded by the prerendered HTML.
  const lobbyHtmlFile = join(LOCALE, 'index.html')
  const declared = {
    lobby: htmlScripts(readFileSync(join(dir, lobbyHtmlFile), 'utf8')),
    booth: htmlScripts(readFileSync(join(dir, LOCALE, 'booths', slug, 'index.html'), 'utf8')),
  }
  // 3. Observed in the browser.
  const observedPages = await observeScripts(dir, [lobbyPath, boothPath])
  const observed = { lobby: observedPages.get(lobbyPath) ?? [], booth: observedPages.get(boothPath) ?? [] }

  for (const page of ['lobby', 'booth'] as const) {
    const notObserved = difference(traced[page], observed[page])
    if (notObserved.length) problems.push(`${page}: traced but never loaded by the browser (stale trace?): ${notObserved.join(', ')}`)
    const notPreloaded = difference(traced[page], declared[page])
    if (notPreloaded.length) problems.push(`${page}: needed before hydration but not preloaded by the HTML (waterfall): ${notPreloaded.join(', ')}`)
  }

  const size = (paths: string[]) => paths.map((p) => measure(dir, p.replace(/^\//, '')))
  const lobbyJs = size(observed.lobby)
  const boothExtra = size(difference(observed.booth, observed.lobby))
  const css = size(readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.css')).map((f) => `assets/${f}`))
  const rows: Row[] = [
    { name: `lobby initial JS (${lobbyPath})`, files: lobbyJs, limit: BUDGETS.lobbyJs },
    { name: `booth extra JS (${boothPath.replace(`/${LOCALE}/booths/`, '…/')})`, files: boothExtra, limit: BUDGETS.boothExtraJs },
    { name: 'all CSS (dist/assets/*.css)', files: css, limit: BUDGETS.css },
    { name: `lobby HTML (${lobbyHtmlFile})`, files: [measure(dir, lobbyHtmlFile)], limit: BUDGETS.lobbyHtml },
  ]

  console.log('')
  printTable(rows)
  for (const page of ['lobby', 'booth'] as const) {
    const afterMount = difference(observed[page], traced[page])
    const agree = afterMount.length === 0 && difference(traced[page], observed[page]).length === 0
    console.log(`\n${page}: manifest trace ${traced[page].length} files, browser ${observed[page].length} files — ${agree ? 'they agree' : `fetched after mount: ${afterMount.join(', ') || 'none'}`}; all preloaded by the HTML: ${difference(traced[page], declared[page]).length === 0 ? 'yes' : 'NO'}`)
  }
  if (values.verbose) {
    printFiles('lobby initial JS', lobbyJs)
    printFiles('booth extra JS', boothExtra)
  }
  for (const r of rows) if (sum(r.files, 'gzip') > r.limit) problems.push(`${r.name}: ${kB(sum(r.files, 'gzip'))} kB gzip is over its budget of ${kB(r.limit)} kB`)

  if (values.json) {
    mkdirSync(dirname(resolve(values.json)), { recursive: true })
    writeFileSync(resolve(values.json), JSON.stringify({ booth: slug, rows: rows.map((r) => ({ name: r.name, limit: r.limit, gzip: sum(r.files, 'gzip'), brotli: sum(r.files, 'brotli'), files: r.files })) }, null, 2))
  }
  if (problems.length) {
    console.error(`\n✖ ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    process.exit(1)
  }
  console.log('\n✔ every budget holds')
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
