/**
 * What a prerendered page must fetch before it can hydrate, read from Vite's build manifest
 * (`dist/.vite/manifest.json`). The router loads the locale's strings (the common file and the halls
 * the route names in `meta.texts`), the page's chunk and the data its route declares (`meta.data`)
 * BEFORE mounting, so all of them block hydration. The HTML
 * template preloads the entry's imports and vite-ssg the chunks of the components it rendered; the
 * build adds the rest (messages, data) through unhead (build/head.ts), so the browser fetches them in
 * parallel with the entry instead of in a waterfall.
 *
 * Used by the build (phase 4) and by the preload check (scripts/check-preload.ts).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}
export type Manifest = Record<string, ManifestChunk>

export function readManifest(outDir: string): Manifest {
  return JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest
}

/** The manifest key of the HTML entry. */
export function entryKey(manifest: Manifest): string {
  const key = Object.keys(manifest).find((k) => manifest[k]?.isEntry)
  if (!key) throw new Error('The build manifest has no entry')
  return key
}

/**
 * Manifest keys of the JavaScript the router loads for a route's data (see src/data/client.ts).
 * A booth's own data and the map page's are JSON files, not chunks: their pages preload them
 * (BoothPage.vue, MapPage.vue).
 */
export function dataKeys(data: readonly string[]): string[] {
  return data.includes('index') ? ['virtual:exhibition/index'] : []
}

/** The keys and everything they import statically, in a stable order (entry first). */
export function staticClosure(manifest: Manifest, keys: readonly string[]): string[] {
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    const chunk = manifest[key]
    if (!chunk) throw new Error(`Not in the build manifest: ${key}`)
    seen.add(key)
    for (const dep of chunk.imports ?? []) visit(dep)
  }
  keys.forEach(visit)
  return [...seen]
}

/** Site paths ("/assets/x.js") of the JavaScript files for some manifest keys, closure included. */
export function jsFiles(manifest: Manifest, keys: readonly string[]): string[] {
  return staticClosure(manifest, keys).map((k) => `/${manifest[k]!.file}`)
}

/** Manifest keys of a locale's string files for a route: the common one, then its halls' (src/i18n/index.ts). */
export function textKeys(manifest: Manifest, locale: string | undefined, texts: readonly string[] = []): string[] {
  if (!locale) return []
  return [`locales/${locale}.json`, ...texts.map((hall) => `locales/${hall}.${locale}.json`)].filter((k) => manifest[k])
}

export interface PageNeeds {
  locale?: string
  /** The halls whose strings the route shows (`meta.texts`). */
  texts?: readonly string[]
  /** The page component's manifest key ("src/pages/LobbyPage.vue"), when known. */
  page?: string
  data?: readonly string[]
  /** Site paths already preloaded or loaded by the HTML. */
  present?: readonly string[]
}

/** Manifest keys a page needs before hydration. */
export function hydrationKeys(manifest: Manifest, needs: PageNeeds): string[] {
  const byFile = new Map(Object.entries(manifest).map(([k, c]) => [`/${c.file}`, k]))
  const keys = [entryKey(manifest)]
  for (const path of needs.present ?? []) {
    const key = byFile.get(path)
    if (key) keys.push(key)
  }
  if (needs.page) keys.push(needs.page)
  keys.push(...textKeys(manifest, needs.locale, needs.texts))
  keys.push(...dataKeys(needs.data ?? []))
  return staticClosure(manifest, keys)
}

/**
 * Site paths of the JavaScript a page needs before hydrating that the HTML template (the entry's
 * imports) does not preload: the page's chunk, the locale's strings and the chunks of the data the
 * route declares, with their imports.
 */
export function hydrationPreloads(manifest: Manifest, needs: Pick<PageNeeds, 'page' | 'locale' | 'texts' | 'data'>): string[] {
  const entry = new Set(staticClosure(manifest, [entryKey(manifest)]))
  const keys = [
    ...(needs.page && manifest[needs.page] ? [needs.page] : []),
    ...textKeys(manifest, needs.locale, needs.texts),
    ...dataKeys(needs.data ?? []),
  ]
  return staticClosure(manifest, keys).filter((k) => !entry.has(k)).map((k) => `/${manifest[k]!.file}`)
}

/** The pages whose JavaScript has a budget, with what their route loads (src/router/routes.ts). */
export const BUDGET_PAGES = {
  lobby: { page: 'src/pages/LobbyPage.vue', data: [] as string[], texts: ['lobby'], after: [] as string[] },
  // The gallery loads Swiper right after the booth mounts: part of what a booth visit costs.
  booth: { page: 'src/pages/BoothPage.vue', data: ['booth'], texts: [] as string[], after: ['node_modules/swiper/swiper.mjs', 'node_modules/swiper/modules/index.mjs'] },
  // Its drawing is data (a JSON file), not JavaScript: only the page's components weigh here.
  map: { page: 'src/pages/MapPage.vue', data: ['map'], texts: ['map'], after: [] as string[] },
} as const

export type BudgetPage = keyof typeof BUDGET_PAGES

/** Site paths of the JavaScript a page loads: what hydration waits for, and what it always loads right after. */
export function pageScripts(manifest: Manifest, page: BudgetPage, locale = 'id'): string[] {
  const needs = BUDGET_PAGES[page]
  const before = jsFiles(manifest, hydrationKeys(manifest, { page: needs.page, data: needs.data, texts: needs.texts, locale }))
  const after = jsFiles(manifest, needs.after.filter((k) => manifest[k]))
  return [...new Set([...before, ...after])]
}
