/**
 * The service worker (docs/contract.md, "Bad input": offline, visited pages still open and unvisited
 * ones say the visitor is offline; a new deployment is offered, never swapped in mid-visit), made by
 * vite-plugin-pwa with Workbox's generateSW into `/sw.js`:
 *
 * - precached (the app shell, fetched once the worker installs): every script and stylesheet (pages,
 *   the index, the locales' messages: so every page that needs no booth file works offline), the
 *   install icons, the favicon, the manifest, `/` (the manifest's start_url) and `offline.html`;
 * - pages (HTML): stale while revalidate. A page the visitor opened before is shown at once from the
 *   worker's copy, and the copy is refreshed behind it for next time (a repeat visit on a slow network
 *   shows content without waiting for it: `scripts/repeat-visit.ts` measures it). The copy can be one
 *   deployment old, never more: a new deployment always brings a new worker (its precache list
 *   changes), which the visitor is offered, and that worker starts with no saved pages (`SW_PAGES`,
 *   below). A page never opened, offline, gets `offline.html` (the app then starts at the address
 *   asked for and says there what it cannot show);
 * - booth files under `/data/{content hash}/` and other hashed files under `/assets/`: cache first
 *   (a new build has new addresses, so a cached copy is never stale); pictures: stale while revalidate.
 *
 * registerType 'prompt': the worker never calls skipWaiting by itself; it does when the visitor
 * accepts the new version (src/browser/update.ts, the one update path). No registration script is
 * injected (an inline one would break the Content-Security-Policy): src/browser/service-worker.ts
 * registers it from the bundle. The one manifest is `public/site.webmanifest`.
 *
 * When: the plugin writes the worker after the client build, and vite-ssg again after prerendering
 * ("Regenerate PWA", it finds the plugin by its name `vite-plugin-pwa`); both run before the install
 * icons are drawn and before `offline.html` is in place. So the build's finish phase writes it a last
 * time, once every precached file exists, and before compression (build/index.ts).
 */
import type { Plugin } from 'vite'
import { VitePWA, type VitePluginPWAAPI, type VitePWAOptions } from 'vite-plugin-pwa'
import { PAGES_CACHE } from '../src/domain/paths.ts'
import { OFFLINE_FILE } from './pages.ts'

/**
 * A script the worker imports (public/sw-pages.js): when a new deployment's worker activates, it deletes
 * the pages saved under the previous one. Those name the previous build's scripts, which the new
 * precache no longer holds and the host may no longer serve.
 */
export const SW_PAGES = 'sw-pages.js'

/** What the worker precaches, relative to the site's root (checked by the build: each must match files). */
export const PRECACHE_GLOBS = ['assets/**/*.{js,css}', 'icons/*.png', 'favicon.svg', 'site.webmanifest', 'index.html', OFFLINE_FILE]

/** What Workbox's generateSW is told: the caches and their strategies described at the top. */
export function workboxOptions(): NonNullable<VitePWAOptions['workbox']> {
  return {
    globPatterns: PRECACHE_GLOBS,
    // Pages are cached as they are visited; only `/` and the offline page are precached.
    navigateFallback: null,
    // One file: no second script for the worker to import.
    inlineWorkboxRuntime: true,
    cleanupOutdatedCaches: true,
    importScripts: [`/${SW_PAGES}`],
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'StaleWhileRevalidate',
        options: {
          cacheName: PAGES_CACHE,
          expiration: { maxEntries: 80 },
          cacheableResponse: { statuses: [200] },
          precacheFallback: { fallbackURL: `/${OFFLINE_FILE}` },
        },
      },
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/(data|assets)\//.test(url.pathname),
        handler: 'CacheFirst',
        options: { cacheName: 'hashed', expiration: { maxEntries: 200 }, cacheableResponse: { statuses: [200] } },
      },
      {
        urlPattern: ({ request, sameOrigin }) => sameOrigin && request.destination === 'image',
        handler: 'StaleWhileRevalidate',
        options: { cacheName: 'pictures', expiration: { maxEntries: 300 }, cacheableResponse: { statuses: [200] } },
      },
    ],
  }
}

export function pwaPlugins(outDir: string): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    // Explicit: vite-ssg resolves the config again for its server build, which writes elsewhere.
    outDir,
    workbox: workboxOptions(),
  })
}

/** The plugin's API (generateSW), found as vite-ssg finds it. */
export function pwaApi(plugins: readonly Plugin[]): VitePluginPWAAPI {
  const api = plugins.find((p) => p.name === 'vite-plugin-pwa')?.api as VitePluginPWAAPI | undefined
  if (!api) throw new Error('vite-plugin-pwa: no plugin named vite-plugin-pwa, or it has no API')
  return api
}
