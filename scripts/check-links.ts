/**
 * `npm run check:links`: no internal link or asset of the built site is broken.
 *
 * Reads every HTML page in dist (href, src, srcset, poster, SVG <use>/<image>, Open Graph and
 * Twitter image/url meta tags), the CSS files (`url(…)`), the web manifest, sitemap.xml and
 * robots.txt. A URL is internal when it is relative, root-relative or on SITE_URL's origin. Each
 * distinct internal address is requested from scripts/serve.ts (the static server the site is
 * tested with), so it resolves exactly as a static host would: anything but 200 is broken. A
 * `#fragment` pointing into a page must name an element id of that page.
 *
 *   tsx scripts/check-links.ts [--dir dist] [--site https://…]   (default: the origin in dist/robots.txt)
 */
import { readdirSync, readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { Parser } from 'htmlparser2'
import { htmlFiles } from './check-html.ts'
import { startServer } from './serve.ts'
import { SITE_URL } from './site.ts'

/**
 * Addresses known to be missing on this branch, each with the reason. An entry that resolves
 * fails the check too ("remove it"), so the list cannot outlive its reason.
 */
export const KNOWN_MISSING: Record<string, string> = {}

export interface Reference {
  /** Where it was found: a dist-relative file. */
  from: string
  /** What referenced it: `a[href]`, `meta[og:image]`, `sitemap <loc>`, … */
  kind: string
  url: string
}

export interface PageIndex {
  ids: Set<string>
  refs: Reference[]
}

const URL_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
}
const URL_META = /^(og:(image|image:url|image:secure_url|url|video|audio)|twitter:(image|player))$/

/** The URLs in a srcset value ("a.png 1x, b.png 2x"). */
export function srcsetUrls(value: string): string[] {
  return value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '').filter(Boolean)
}

/** Collects the element ids and every URL-bearing attribute of one HTML page. */
export function indexPage(html: string, from: string): PageIndex {
  const ids = new Set<string>()
  const refs: Reference[] = []
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (attrs.id !== undefined) ids.add(attrs.id)
        if (name === 'a' && attrs.name !== undefined) ids.add(attrs.name)
        for (const attr of URL_ATTRS[name] ?? []) {
          const value = attrs[attr]
          if (value === undefined) continue
          const urls = attr === 'srcset' ? srcsetUrls(value) : [value]
          for (const url of urls) refs.push({ from, kind: `${name}[${attr}]`, url })
        }
        if (name === 'meta') {
          const key = attrs.property ?? attrs.name ?? ''
          if (URL_META.test(key) && attrs.content !== undefined) refs.push({ from, kind: `meta[${key}]`, url: attrs.content })
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: false, recognizeSelfClosing: true },
  )
  parser.write(html)
  parser.end()
  return { ids, refs }
}

/** The address a page file is served at: `id/booths/x/index.html` → `/id/booths/x`, `404.html` → `/404`. */
export function pageAddress(file: string): string {
  const path = `/${file.replace(/\\/g, '/')}`.replace(/\/index\.html$/, '').replace(/\.html$/, '')
  return path || '/'
}

export type Verdict = { internal: false } | { internal: true; path: string; hash: string }

/** Whether a URL points into the site, and where (decoded path, fragment). */
export function classify(raw: string, base: URL, site: URL): Verdict | { internal: true; invalid: string } {
  const value = raw.trim()
  if (value === '') return { internal: true, invalid: 'empty URL' }
  if (/^(mailto|tel|sms|data|blob):/i.test(value)) return { internal: false }
  if (/^javascript:/i.test(value)) return { internal: true, invalid: 'javascript: URL' }
  let url: URL
  try {
    url = new URL(value, base)
  } catch {
    return { internal: true, invalid: 'not a URL' }
  }
  if (url.origin !== base.origin && url.origin !== site.origin) return { internal: false }
  return { internal: true, path: url.pathname, hash: url.hash }
}

interface Problem { url: string; why: string; refs: Reference[] }

async function main() {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, site: { type: 'string' } } })
  const dir = resolve(values.dir)
  const site = new URL(values.site ?? builtSiteUrl(dir))
  const pages = new Map<string, PageIndex>()
  const refs: Array<Reference & { base: URL }> = []
  const at = (address: string) => new URL(address, site)

  for (const file of htmlFiles(dir)) {
    const from = relative(dir, file)
    const page = indexPage(readFileSync(file, 'utf8'), from)
    pages.set(pageAddress(from), page)
    for (const ref of page.refs) refs.push({ ...ref, base: at(pageAddress(from)) })
  }
  if (!pages.size) throw new Error(`No HTML files in ${dir}: build first`)

  // CSS url(...) references, relative to the stylesheet.
  for (const entry of cssFiles(dir)) {
    const css = readFileSync(join(dir, entry), 'utf8')
    for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) refs.push({ from: entry, kind: 'css url()', url: m[2]!, base: at(`/${entry}`) })
  }
  // The web manifest's icons and start URL.
  const manifestFile = join(dir, 'site.webmanifest')
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { start_url?: string; icons?: Array<{ src: string }> }
    const base = at('/site.webmanifest')
    if (manifest.start_url) refs.push({ from: 'site.webmanifest', kind: 'start_url', url: manifest.start_url, base })
    for (const icon of manifest.icons ?? []) refs.push({ from: 'site.webmanifest', kind: 'icons[].src', url: icon.src, base })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  // sitemap.xml and robots.txt: every address must be on SITE_URL and exist.
  const sitemap = readFileSync(join(dir, 'sitemap.xml'), 'utf8')
  const sitemapUrls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>|<xhtml:link[^>]*href="([^"]+)"/g)].map((m) => (m[1] ?? m[2]!).replace(/&amp;/g, '&'))
  for (const url of sitemapUrls) refs.push({ from: 'sitemap.xml', kind: 'sitemap', url, base: at('/sitemap.xml') })
  for (const m of readFileSync(join(dir, 'robots.txt'), 'utf8').matchAll(/^Sitemap:\s*(\S+)/gim)) refs.push({ from: 'robots.txt', kind: 'Sitemap:', url: m[1]!, base: at('/robots.txt') })

  const problems = new Map<string, Problem>()
  const problem = (url: string, why: string, ref: Reference) => {
    const key = `${url} ${why}`
    const p = problems.get(key) ?? { url, why, refs: [] }
    p.refs.push(ref)
    problems.set(key, p)
  }

  // Classify; group by the address to request.
  const byPath = new Map<string, Array<Reference & { hash: string }>>()
  let external = 0
  for (const ref of refs) {
    const v = classify(ref.url, ref.base, site)
    if (!v.internal) {
      external++
      continue
    }
    if ('invalid' in v) {
      problem(ref.url, v.invalid, ref)
      continue
    }
    if ((ref.kind === 'sitemap' || ref.kind === 'Sitemap:') && !ref.url.startsWith(`${site.origin}/`)) problem(ref.url, `not on SITE_URL (${site.origin})`, ref)
    const list = byPath.get(v.path) ?? []
    list.push({ ...ref, hash: v.hash })
    byPath.set(v.path, list)
  }

  // Request each distinct address from the static server.
  const server = await startServer({ dir, port: 0 })
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const status = new Map<string, number>()
  try {
    const paths = [...byPath.keys()]
    for (let i = 0; i < paths.length; i += 16) {
      await Promise.all(paths.slice(i, i + 16).map(async (path) => {
        const res = await fetch(origin + path, { redirect: 'manual' })
        await res.arrayBuffer()
        status.set(path, res.status)
      }))
    }
  } finally {
    server.close()
  }

  let fragments = 0
  const stale: string[] = []
  for (const [path, list] of byPath) {
    const code = status.get(path)
    if (path in KNOWN_MISSING) {
      if (code === 200) stale.push(path)
      continue
    }
    if (code !== 200) {
      for (const ref of list) problem(ref.url, `HTTP ${code}`, ref)
      continue
    }
    // A fragment must name an element of the page it points into.
    const target = pages.get(path.replace(/\/+$/, '') || '/') ?? pages.get(decodeURI(path).replace(/\/+$/, '') || '/')
    for (const ref of list) {
      if (!ref.hash || ref.hash === '#' || !target) continue
      fragments++
      const id = decodeURIComponent(ref.hash.slice(1))
      if (!target.ids.has(id) && id !== 'top') problem(ref.url, `no element with id "${id}"`, ref)
    }
  }
  for (const path of stale) problems.set(path, { url: path, why: `listed in KNOWN_MISSING but it exists now: remove it from scripts/check-links.ts (${KNOWN_MISSING[path]})`, refs: [] })

  const internal = [...byPath.values()].reduce((n, l) => n + l.length, 0)
  for (const p of problems.values()) {
    const where = [...new Set(p.refs.map((r) => `${r.from} (${r.kind})`))]
    console.log(`✖ ${p.url}: ${p.why}${where.length ? `\n    in ${where.slice(0, 4).join(', ')}${where.length > 4 ? ` and ${where.length - 4} more` : ''}` : ''}`)
  }
  const known = Object.keys(KNOWN_MISSING).filter((k) => byPath.has(k) && !stale.includes(k))
  if (known.length) console.log(`known missing, not counted: ${known.map((k) => `${k} (${byPath.get(k)!.length} references: ${KNOWN_MISSING[k]})`).join('; ')}`)
  console.log(`links: ${pages.size} pages, ${sitemapUrls.length} sitemap entries; ${internal} internal references to ${byPath.size} addresses (${fragments} fragments), ${external} external not checked — ${problems.size} broken`)
  if (problems.size) process.exit(1)
}

/** The SITE_URL the site was built with, read from its robots.txt (else the current default). */
function builtSiteUrl(dir: string): string {
  try {
    const sitemap = /^Sitemap:\s*(\S+)\/sitemap\.xml\s*$/im.exec(readFileSync(join(dir, 'robots.txt'), 'utf8'))?.[1]
    if (sitemap) return sitemap
  } catch {
    /* no robots.txt: fall back */
  }
  return SITE_URL
}

/** Stylesheets under `dir` (dist-relative paths). */
function cssFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.css'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
