/**
 * What a prerendered page must fetch before it can hydrate, read from Vite's build manifest
 * (`dist/.vite/manifest.json`). The router loads the locale's messages, the page's chunk and the
 * data its route declares (`meta.data`) BEFORE mounting, so all of them block hydration. vite-ssg
 * only preloads the .vue components it saw render; this adds the rest (composables, messages,
 * data) so the browser fetches them in parallel with the entry instead of in a waterfall.
 *
 * Used by the build (vite.config.ts → onPageRendered) and by the size budget (scripts/size.ts).
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
 * Manifest keys of the JavaScript the router loads for a route's data (see src/content/client.ts).
 * A booth's own data is a JSON file, not a chunk: see `addHydrationPreloads`' `fetches`.
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

export interface PageNeeds {
  locale?: string
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
  if (needs.locale && manifest[`locales/${needs.locale}.json`]) keys.push(`locales/${needs.locale}.json`)
  keys.push(...dataKeys(needs.data ?? []))
  return staticClosure(manifest, keys)
}

/**
 * Adds `<link rel="modulepreload">` for every JavaScript file the page needs before hydrating
 * that the HTML does not already load or preload, and `<link rel="preload" as="fetch">` for the data
 * files it fetches (a booth's JSON). Returns the HTML unchanged when nothing is missing.
 */
export function addHydrationPreloads(html: string, manifest: Manifest, needs: Omit<PageNeeds, 'present'> & { fetches?: readonly string[] }): string {
  const present = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]!)
  const wanted = jsFiles(manifest, hydrationKeys(manifest, { ...needs, present }))
  const missing = wanted.filter((f) => !present.includes(f))
  const fetches = (needs.fetches ?? []).filter((f) => !html.includes(`href="${f}"`))
  if (!missing.length && !fetches.length) return html
  // `crossorigin` makes the preload match fetch()'s default (cors mode, same-origin credentials).
  const links = [
    ...fetches.map((f) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${f}">`),
    ...missing.map((f) => `<link rel="modulepreload" crossorigin="" href="${f}">`),
  ].join('')
  return html.replace('</head>', `${links}</head>`)
}
