/**
 * Phases 3 and 5 of the build: what is prerendered (one HTML file per address and locale, so a
 * plain static host needs no rewrite rules), and the files written beside the pages once they are
 * (sitemap, robots.txt, 404.html).
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LOCALES, type Locale } from '../src/domain/locales.ts'
import { PILLAR_IDS } from '../src/domain/pillars.ts'

/** The page a static host serves for an unknown address; written to `404.html`. */
export const FALLBACK_PATH = '/404'

/** The page the service worker serves, offline, for an address it has not saved (build/pwa.ts). */
export const OFFLINE_PATH = '/offline'
export const OFFLINE_FILE = 'offline.html'

/** Pages served for addresses other than their own: never hydrated (build/head.ts). */
export const STAND_IN_PATHS: readonly string[] = [FALLBACK_PATH, OFFLINE_PATH]

/** Locale-free paths of the pages search engines should know ("" is the lobby). */
export function indexedPaths(slugs: readonly string[]): string[] {
  return [
    '',
    '/booths',
    ...slugs.map((s) => `/booths/${s}`),
    '/pillars',
    ...PILLAR_IDS.map((p) => `/pillars/${p}`),
    '/map',
    '/timeline',
    '/about',
  ]
}

/** Locale-free paths of every prerendered page: the indexed ones, and the visitor's own saved list. */
export function pagePaths(slugs: readonly string[]): string[] {
  return [...indexedPaths(slugs), '/saved']
}

export function prerenderPaths(slugs: readonly string[]): string[] {
  return ['/', FALLBACK_PATH, OFFLINE_PATH, ...LOCALES.flatMap((l) => pagePaths(slugs).map((p) => `/${l}${p}`))]
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export function sitemapXml(siteUrl: string, slugs: readonly string[]): string {
  const url = (l: Locale, p: string) => `${siteUrl}/${l}${p}`
  const entries = indexedPaths(slugs).flatMap((p) =>
    LOCALES.map((l) =>
      [
        '  <url>',
        `    <loc>${xml(url(l, p))}</loc>`,
        ...LOCALES.map((alt) => `    <xhtml:link rel="alternate" hreflang="${alt}" href="${xml(url(alt, p))}"/>`),
        `    <xhtml:link rel="alternate" hreflang="x-default" href="${xml(url('id', p))}"/>`,
        '  </url>',
      ].join('\n'),
    ),
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.join('\n')}
</urlset>
`
}

export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}/sitemap.xml\n`
}

/** Runs after every page is written. */
export async function finishPages(outDir: string, siteUrl: string, slugs: readonly string[]): Promise<void> {
  for (const [path, file] of [[FALLBACK_PATH, '404.html'], [OFFLINE_PATH, OFFLINE_FILE]] as const) {
    const dir = join(outDir, path.slice(1))
    await rename(join(dir, 'index.html'), join(outDir, file))
    await rm(dir, { recursive: true, force: true })
  }
  await writeFile(join(outDir, 'sitemap.xml'), sitemapXml(siteUrl, slugs))
  await writeFile(join(outDir, 'robots.txt'), robotsTxt(siteUrl))
  // Sanity: the lobby must exist in both locales.
  for (const l of LOCALES) await readFile(join(outDir, l, 'index.html'))
}
