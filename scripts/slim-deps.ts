/**
 * Build-time fixes for dead weight that libraries keep in the first page's JavaScript. Each rewrite
 * names the file, the exact text it expects and why; when an upgrade changes that text the build
 * warns (the rewrite may no longer be needed) instead of silently doing something else.
 *
 * - vue-i18n (intlify/vue-i18n#2573): `import * as Vue from 'vue'` is used only to read
 *   `Vue.currentInstance` (exported from Vue 3.6) or else call `Vue.getCurrentInstance()`. A
 *   computed access on a namespace makes the bundler keep ALL of `vue`'s exports: Transition,
 *   TransitionGroup, KeepAlive, Teleport, custom elements, v-model directives, hydration
 *   strategies… about 17 KB gzip no page uses. Rewritten to a named import; while the installed Vue
 *   does not export `currentInstance` this is exactly what vue-i18n did (the build fails if it does).
 * - pinia: its devtools "save state as file" helper is picked at module top level by probing
 *   `HTMLAnchorElement.prototype`, a property read the bundler must assume has effects, so ~1 KB
 *   gzip of file-saver code stays even with devtools off. Marked pure, it goes when unused.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Plugin } from 'vite'

interface Rewrite {
  /** Matches the resolved file id. */
  file: RegExp
  find: string
  replace: string
  /** Throws when the rewrite would change behaviour. */
  check?: (root: string) => void
}

/** True when the installed Vue exports `currentInstance` (vue-i18n would then prefer it). */
function vueExportsCurrentInstance(root: string): boolean {
  const require = createRequire(`${root}/`)
  const runtimeCore = require.resolve('@vue/runtime-core/dist/runtime-core.esm-bundler.js', { paths: [require.resolve('vue')] })
  const exportLists = readFileSync(runtimeCore, 'utf8').match(/^export \{[^}]*\}/gm)?.join(',') ?? ''
  return /\bcurrentInstance\b/.test(exportLists)
}

// Replacements stay on one line, so the rest of each file keeps its positions (and source map).
export const REWRITES: Rewrite[] = [
  {
    file: /[\\/]node_modules[\\/]vue-i18n[\\/]dist[\\/]vue-i18n[^\\/]*\.m?js$/,
    find: 'import * as Vue from \'vue\';',
    replace: 'import { getCurrentInstance as __i18nGetCurrentInstance } from \'vue\'; const Vue = { getCurrentInstance: __i18nGetCurrentInstance };',
    check(root) {
      if (vueExportsCurrentInstance(root)) throw new Error('Vue now exports `currentInstance`: scripts/slim-deps.ts must pass it on to vue-i18n')
    },
  },
  {
    file: /[\\/]node_modules[\\/]pinia[\\/]dist[\\/]pinia\.m?js$/,
    find: 'const saveAs = !IS_CLIENT ? () => {} : typeof HTMLAnchorElement !== "undefined" && "download" in HTMLAnchorElement.prototype && !isMacOSWebView ? downloadSaveAs : "msSaveOrOpenBlob" in _navigator ? msSaveAs : fileSaverSaveAs;',
    replace: 'const saveAs = /*#__PURE__*/ (() => !IS_CLIENT ? () => {} : typeof HTMLAnchorElement !== "undefined" && "download" in HTMLAnchorElement.prototype && !isMacOSWebView ? downloadSaveAs : "msSaveOrOpenBlob" in _navigator ? msSaveAs : fileSaverSaveAs)();',
  },
]

/** True for a module made only of `export * from '…'` lines (and comments). */
export function isReExportOnly(code: string): boolean {
  const lines = code.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('//'))
  return lines.length > 0 && lines.every((l) => /^export \* from ['"][^'"]+['"];?$/.test(l))
}

export function slimDeps(rewrites: Rewrite[] = REWRITES): Plugin {
  let root = process.cwd()
  const checked = new Set<Rewrite>()
  return {
    name: 'slim-deps',
    enforce: 'pre',
    configResolved(config) {
      root = config.root
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? id
      let out = code
      for (const r of rewrites) {
        if (!r.file.test(file)) continue
        if (!out.includes(r.find)) {
          // A file that only re-exports another (vue-i18n's `*.esm-bundler.js` → `*.mjs`) has nothing
          // to rewrite: the file it names comes through here too.
          if (isReExportOnly(out)) continue
          this.warn(`${file}: the text slim-deps rewrites is gone (fixed upstream?); check scripts/slim-deps.ts`)
          continue
        }
        if (!checked.has(r)) {
          r.check?.(root)
          checked.add(r)
        }
        out = out.replace(r.find, r.replace)
      }
      return out === code ? undefined : { code: out, map: null }
    },
  }
}
