/**
 * Addresses of the exhibition (docs/contract.md, "Addresses"), built in one place.
 */
import { isLocale, type Locale } from './locales.ts'
import type { PillarId } from './pillars.ts'

export const paths = {
  lobby: (l: Locale) => `/${l}/`,
  directory: (l: Locale) => `/${l}/booths`,
  booth: (l: Locale, slug: string) => `/${l}/booths/${slug}`,
  pillars: (l: Locale) => `/${l}/pillars`,
  pillar: (l: Locale, pillar: PillarId) => `/${l}/pillars/${pillar}`,
  map: (l: Locale) => `/${l}/map`,
  timeline: (l: Locale) => `/${l}/timeline`,
  saved: (l: Locale) => `/${l}/saved`,
  about: (l: Locale) => `/${l}/about`,
}

/**
 * The same address in another locale, query and fragment kept. An address without a locale
 * (`/`, an unknown path) maps to that locale's lobby.
 */
export function switchLocalePath(fullPath: string, to: Locale): string {
  const match = /^\/([^/?#]*)(.*)$/.exec(fullPath)
  if (match && isLocale(match[1])) return `/${to}${match[2] || '/'}`
  return paths.lobby(to)
}

/** The canonical address: the site's origin + the path, without a trailing slash. */
export function canonicalUrl(siteUrl: string, path: string): string {
  const clean = path.split(/[?#]/)[0]!.replace(/\/+$/, '')
  return siteUrl + clean
}

/**
 * The service worker's cache of pages (HTML). Three parties name it: the worker's configuration
 * (build/pwa.ts), the script the worker imports (public/sw-pages.js, plain JavaScript that cannot
 * import this: tests/unit/build-gates.test.ts checks that it names the same cache) and the update path
 * (src/browser/update.ts).
 */
export const PAGES_CACHE = 'pages'
