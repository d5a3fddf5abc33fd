import { fileURLToPath, URL } from 'node:url'
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import { boothDataBase, exhibitionContent, readExhibition } from './src/content/vite-plugin.ts'
import { SITE_URL } from './scripts/site.ts'
import { slimDeps } from './scripts/slim-deps.ts'
import { FALLBACK_PATH, finishSite, prerenderPaths } from './scripts/prerender.ts'
import { artworkWritten, exhibitionArtwork } from './scripts/artwork.ts'
import { cspMeta } from './scripts/csp.ts'
import { compressSite } from './scripts/compress.ts'
import { addHydrationPreloads, readManifest, type Manifest } from './scripts/preload.ts'

const root = fileURLToPath(new URL('.', import.meta.url))
// `EXHIBITION_SYNTHETIC=3000` builds the directory with 3,000 invented booths for `npm run bench`,
// into dist-bench: synthetic data never reaches dist.
const SYNTHETIC = Number(process.env.EXHIBITION_SYNTHETIC) || 0
const syntheticSource = SYNTHETIC
  ? async () => (await import('./tests/fixtures/synthetic.ts')).syntheticExhibition(SYNTHETIC)
  : undefined
let content: ReturnType<typeof readExhibition> | undefined
const exhibition = () => (content ??= readExhibition(root))
const boothSlugs = async () => (await exhibition()).booths.map((b) => b.slug)
// The client build's manifest, read once the pages are being rendered (the client is built first),
// from where that build wrote it (the server build that follows writes elsewhere).
let manifest: Manifest | undefined
let clientOutDir = resolve(root, 'dist')

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    'import.meta.env.SITE_URL': JSON.stringify(SITE_URL),
    // unplugin-vue-i18n defines `__VUE_I18N_PROD_DEVTOOLS__` for Vite, a name nothing reads; the
    // runtime reads this one, and left undefined it keeps its devtools hooks in the bundle.
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  plugins: [
    vue({ features: { optionsAPI: false, prodDevtools: false, prodHydrationMismatchDetails: false } }),
    VueI18nPlugin({
      include: [resolve(root, 'locales/*.json')],
      // Messages are compiled at build time; the runtime carries no message compiler
      // (no `new Function`, so the site runs under a strict CSP).
      runtimeOnly: true,
      compositionOnly: true,
      fullInstall: false,
      dropMessageCompiler: true,
      strictMessage: true,
      escapeHtml: false,
    }),
    exhibitionContent({ source: syntheticSource }),
    // Open Graph cards, posters and QR codes (issue 4), drawn while the pages prerender (not for the bench).
    ...(SYNTHETIC ? [] : [exhibitionArtwork({ read: exhibition, siteUrl: SITE_URL })]),
    cspMeta(root),
    slimDeps(),
    {
      name: 'client-out-dir',
      configResolved(config) {
        if (!config.build.ssr) clientOutDir = resolve(config.root, config.build.outDir)
      },
    },
  ],
  build: {
    outDir: SYNTHETIC ? 'dist-bench' : 'dist',
    target: 'es2022',
    manifest: true,
    cssCodeSplit: false,
  },
  ssgOptions: {
    dirStyle: 'nested',
    formatting: 'none',
    // Critical CSS would be inlined as <style>, which a strict style-src forbids.
    beastiesOptions: false,
    async includedRoutes() {
      if (SYNTHETIC) return ['/id/booths', '/en/booths']
      return prerenderPaths(await boothSlugs())
    },
    async onPageRendered(route, html, { router }) {
      // The client hydrates only the page that was prerendered for its address (404.html is served for others).
      const path = route === FALLBACK_PATH ? '' : route
      const marked = html.replace(/<html(\s|>)/, `<html data-ssg-path="${path}"$1`)
      // Preload the messages, composables and data the router loads before hydrating (no waterfall).
      const to = router!.currentRoute.value
      const data = to.matched.flatMap((r) => r.meta.data ?? [])
      const slug = typeof to.params.slug === 'string' ? to.params.slug : undefined
      return addHydrationPreloads(marked, (manifest ??= readManifest(clientOutDir)), {
        locale: /<html[^>]*\slang="([^"]+)"/.exec(marked)?.[1],
        data,
        fetches: data.includes('booth') && slug ? [`${boothDataBase(await exhibition())}${slug}.json`] : [],
      })
    },
    async onFinished() {
      if (SYNTHETIC) return
      await finishSite(resolve(root, 'dist'), SITE_URL, await boothSlugs())
      await artworkWritten()
      // Precompressed .br/.gz beside each text file, served like a real host would (serve.ts --compress).
      await compressSite(resolve(root, 'dist'))
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
})
