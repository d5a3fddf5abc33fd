/**
 * The exhibition's Vite config, as a table of contents: Vue, the interface strings, and the site's
 * own build (build/index.ts: content, artwork, pages, head, compression — one owner, explicit phases).
 * `npm run build` runs it through scripts/build.ts; `npm run dev` and Vitest load it as usual.
 */
import { fileURLToPath, URL } from 'node:url'
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import { exhibitionSite } from './build/index.ts'

const root = fileURLToPath(new URL('.', import.meta.url))
const site = exhibitionSite({
  root,
  // `EXHIBITION_SYNTHETIC=3000` builds the directory with invented booths for `npm run bench`, into dist-bench.
  synthetic: Number(process.env.EXHIBITION_SYNTHETIC) || 0,
})

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  define: {
    // unplugin-vue-i18n defines `__VUE_I18N_PROD_DEVTOOLS__`, a name nothing reads; the runtime
    // reads this one, and left undefined it keeps its devtools hooks in the bundle.
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  plugins: [
    vue({
      features: { optionsAPI: false, prodDevtools: false, prodHydrationMismatchDetails: false },
      // Template comments are for the next engineer, not the visitor: the SSR build kept them, once
      // per instance (223 times on the governance hall).
      template: { compilerOptions: { comments: false } },
    }),
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
    ...site.plugins,
  ],
  build: { outDir: site.outDir, target: 'es2022', manifest: true, cssCodeSplit: false, sourcemap: !!process.env.SOURCEMAP },
  ssgOptions: site.ssgOptions,
  server: { port: 5173 },
  preview: { port: 4173 },
})
