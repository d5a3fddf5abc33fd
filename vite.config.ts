import { fileURLToPath, URL } from 'node:url'
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import { exhibitionContent, readExhibition } from './src/content/vite-plugin.ts'
import { SITE_URL } from './scripts/site.ts'
import { FALLBACK_PATH, finishSite, prerenderPaths } from './scripts/prerender.ts'

const root = fileURLToPath(new URL('.', import.meta.url))
// `EXHIBITION_SYNTHETIC=3000` builds the directory with 3,000 invented booths for `npm run bench`,
// into dist-bench: synthetic data never reaches dist.
const SYNTHETIC = Number(process.env.EXHIBITION_SYNTHETIC) || 0
const syntheticSource = SYNTHETIC
  ? async () => (await import('./tests/fixtures/synthetic.ts')).syntheticExhibition(SYNTHETIC)
  : undefined
let slugs: string[] | undefined
const boothSlugs = async () => (slugs ??= (await readExhibition(root)).booths.map((b) => b.slug))

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    'import.meta.env.SITE_URL': JSON.stringify(SITE_URL),
  },
  plugins: [
    vue(),
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
  ],
  build: {
    outDir: SYNTHETIC ? 'dist-bench' : 'dist',
    target: 'es2022',
    manifest: true,
    cssCodeSplit: true,
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
    onPageRendered(route, html) {
      // The client hydrates only the page that was prerendered for its address (404.html is served for others).
      const path = route === FALLBACK_PATH ? '' : route
      return html.replace(/<html(\s|>)/, `<html data-ssg-path="${path}"$1`)
    },
    async onFinished() {
      if (SYNTHETIC) return
      await finishSite(resolve(root, 'dist'), SITE_URL, await boothSlugs())
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
})
