/**
 * `npm run check:links`: no internal link, asset or fragment of the built site is broken.
 * linkinator crawls the site as the static test server (scripts/serve.ts) serves it, from both
 * lobbies and the not-found page, following every internal link (pages link their neighbours, so
 * every booth is reached), with CSS `url()`s and `#fragments` checked. Absolute addresses on the
 * build's SITE_URL (canonical links, Open Graph images, hreflang alternates) are checked against the
 * local copy; other sites are not requested (no network here, and a source page may move).
 *
 *   tsx scripts/check-links.ts [--dir dist]
 */
import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { LinkChecker, LinkState } from 'linkinator'
import { startServer } from './serve.ts'

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } })
const dir = resolve(values.dir)
// The origin the site was built for, as its robots.txt names it.
const site = /Sitemap: (https?:\/\/[^/\s]+)/.exec(readFileSync(resolve(dir, 'robots.txt'), 'utf8'))?.[1]
if (!site) throw new Error(`${dir}/robots.txt names no sitemap: build first`)

const server = await startServer({ dir, port: 0 })
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const start = performance.now()
try {
  const checker = new LinkChecker()
  const result = await checker.check({
    path: [`${origin}/id/`, `${origin}/en/`, `${origin}/404.html`],
    recurse: true,
    checkCss: true,
    checkFragments: true,
    concurrency: 8,
    // A connection-level failure (status 0) on a busy machine is not a broken link: ask again.
    retryErrors: true,
    retryErrorsCount: 3,
    retryErrorsJitter: 200,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escape(site)}`), replacement: origin }],
    linksToSkip: async (link) => !link.startsWith(origin) && !link.startsWith(site),
  })
  const broken = result.links.filter((l) => l.state === LinkState.BROKEN)
  const checked = result.links.filter((l) => l.state === LinkState.OK).length
  for (const l of broken.slice(0, 50)) console.log(`  ${l.status ?? '—'}  ${l.url.replace(origin, '')}  (on ${l.parent?.replace(origin, '') ?? '?'})`)
  if (broken.length > 50) console.log(`  … and ${broken.length - 50} more`)
  console.log(`linkinator: ${checked} internal links and assets checked in ${((performance.now() - start) / 1000).toFixed(1)} s — ${broken.length} broken`)
  if (broken.length) process.exitCode = 1
} finally {
  server.close()
}
