/**
 * The Content-Security-Policy (issue 5). One source: `public/_headers`, which static hosts read and
 * scripts/serve.ts applies. The build copies the same policy into every page as a meta tag, for hosts
 * that ignore `_headers`; only at build time, since the dev server injects `<style>` elements that the
 * policy forbids. `frame-ancestors` is dropped from the meta tag: browsers ignore it there.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'

/** Directives that have no effect in a `<meta http-equiv>` policy (CSP 3, section 3.3). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox'])

/** The `Content-Security-Policy` value of the `/*` rule in a `_headers` file. */
export function policyFromHeaders(text: string): string {
  let inAll = false
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) inAll = line.trim() === '/*'
    else if (inAll) {
      const m = /^\s*Content-Security-Policy:\s*(.+)$/i.exec(line)
      if (m?.[1]) return m[1].trim()
    }
  }
  throw new Error('_headers: no Content-Security-Policy for /*')
}

export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !HEADER_ONLY.has(d.split(/\s+/)[0]!.toLowerCase()))
    .join('; ')
}

export function readPolicy(root: string): string {
  return policyFromHeaders(readFileSync(resolve(root, 'public/_headers'), 'utf8'))
}

/** Puts the policy into index.html (and so into every prerendered page) right after the charset. */
export function cspMeta(root: string): Plugin {
  return {
    name: 'exhibition:csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      const tag = `<meta http-equiv="Content-Security-Policy" content="${metaPolicy(readPolicy(root))}">`
      const at = html.indexOf('<meta charset="utf-8">')
      if (at < 0) throw new Error('index.html: no <meta charset="utf-8"> to put the CSP after')
      const end = at + '<meta charset="utf-8">'.length
      return `${html.slice(0, end)}\n    ${tag}${html.slice(end)}`
    },
  }
}
