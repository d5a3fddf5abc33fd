import { fileURLToPath, URL } from 'node:url'
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import { exhibitionContent, readExhibition } from './src/content/vite-plugin.ts'
import { SITE_URL } from './scripts/site.ts'
import { FALLBACK_PATH, finishSite, prerenderPaths } from './scripts/prerender.ts'
import { artworkWritten, exhibitionArtwork } from './scripts/artwork.ts'
import { cspMeta } from './scripts/csp.ts'

const root = fileURLToPath(new URL('.', import.meta.url))
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
    exhibitionContent(),
    // Open Graph cards, posters and QR codes (issue 4), drawn while the pages prerender.
    exhibitionArtwork({ read: () => readExhibition(root), siteUrl: SITE_URL }),
    cspMeta(root),
  ],
  build: {
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
      return prerenderPaths(await boothSlugs())
    },
    onPageRendered(route, html) {
      // The client hydrates only the page that was prerendered for its address (404.html is served for others).
      const path = route === FALLBACK_PATH ? '' : route
      return html.replace(/<html(\s|>)/, `<html data-ssg-path="${path}"$1`)
    },
    async onFinished() {
      await finishSite(resolve(root, 'dist'), SITE_URL, await boothSlugs())
      await artworkWritten()
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
})
