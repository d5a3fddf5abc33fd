/**
 * Build-time fixes for dead weight that a library keeps in the first page's JavaScript. Each
 * rewrite names the file, the exact text it expects and why. When an upgrade changes that text the
 * build fails: the rewrite may be unneeded now, or need a new form — someone must look.
 *
 * - pinia: its devtools "save state as file" helper is picked at module top level by probing
 *   `HTMLAnchorElement.prototype`, a property read the bundler must assume has effects, so ~1 kB
 *   gzip of file-saver code stays even with devtools off. Marked pure, it goes when unused.
 *
 * Gone: vue-i18n's `import * as Vue from 'vue'` (intlify/vue-i18n#2573), which kept all of Vue's
 * exports (~17 kB gzip) in the bundle; vue-i18n 11.4.18 imports by name, so no rewrite is needed.
 */
import type { Plugin } from 'vite'

export interface Rewrite {
  /** Matches the resolved file id. */
  file: RegExp
  find: string
  replace: string
}

// Replacements stay on one line, so the rest of each file keeps its positions (and source map).
export const REWRITES: Rewrite[] = [
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
  return {
    name: 'exhibition:slim-deps',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id
      let out = code
      for (const r of rewrites) {
        if (!r.file.test(file)) continue
        if (!out.includes(r.find)) {
          // A file that only re-exports another has nothing to rewrite: the file it names comes through here too.
          if (isReExportOnly(out)) continue
          this.error(`${file}: the text build/slim-deps.ts rewrites is gone (changed upstream?). Check whether the rewrite is still needed, then update or remove it.`)
        }
        out = out.replace(r.find, r.replace)
      }
      return out === code ? undefined : { code: out, map: null }
    },
  }
}
