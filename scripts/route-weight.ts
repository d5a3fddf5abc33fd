/**
 * How much JavaScript a page really loads: opens each address of the built site in Chromium, waits
 * until the app has mounted and the network is idle (lazy chunks such as the gallery's Swiper
 * included), and sums the gzip size (level 9) of every script it fetched, read from dist/.
 *
 *   npx tsx scripts/route-weight.ts [--port 4401] [/en/ /en/booths/kota-surabaya …]
 *
 * Starts its own static server on the port (scripts/serve.ts) and stops it at the end.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'

const root = resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const portAt = args.indexOf('--port')
const port = portAt >= 0 ? Number(args[portAt + 1]) : 4173
const pages = args.filter((a, i) => a.startsWith('/') && i !== portAt + 1)
if (!pages.length) pages.push('/en/', '/en/booths/kota-surabaya', '/en/booths/kota-sabang')

const server = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'scripts/serve.ts'), '--port', String(port), '--dir', 'dist'], { cwd: root, stdio: 'ignore' })
const base = `http://127.0.0.1:${port}`
for (let i = 0; i < 50; i++) {
  if (await fetch(`${base}/id/`).then((r) => r.ok, () => false)) break
  await new Promise((r) => setTimeout(r, 200))
}

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox'] })
const gz = (path: string) => gzipSync(readFileSync(resolve(root, 'dist', path.replace(/^\//, ''))), { level: 9 }).length
const results: Array<{ page: string; files: Array<[string, number]>; total: number }> = []
try {
  for (const path of pages) {
    const page = await browser.newPage()
    const scripts = new Set<string>()
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script' && r.url().startsWith(base)) scripts.add(new URL(r.url()).pathname)
    })
    await page.goto(base + path, { waitUntil: 'networkidle' })
    await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true')
    await page.waitForLoadState('networkidle')
    const files = [...scripts].sort().map((f): [string, number] => [f, gz(f)])
    results.push({ page: path, files, total: files.reduce((s, [, n]) => s + n, 0) })
    await page.close()
  }
} finally {
  await browser.close()
  server.kill()
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
const first = results[0]!
for (const r of results) {
  console.log(`\n${r.page}: ${r.files.length} scripts, ${kb(r.total)} gzip${r === first ? '' : ` (${r.total >= first.total ? '+' : ''}${kb(r.total - first.total)} over ${first.page})`}`)
  const known = new Set(first.files.map(([f]) => f))
  for (const [f, n] of r.files) console.log(`  ${r === first || known.has(f) ? ' ' : '+'} ${f.padEnd(48)} ${kb(n).padStart(9)}`)
}
