/**
 * Phase 4 of the build: what every page's `<head>` gets from the build rather than from the app.
 *
 * - The Content-Security-Policy (docs/contract.md, "Bad input"). One source: `public/_headers`, which
 *   static hosts read and scripts/serve.ts and deploy/nginx apply. The build also puts the policy into
 *   every page as a `<meta http-equiv>` (a tag for Vite's HTML hook), for hosts that ignore `_headers`;
 *   only when building, since the dev server injects `<style>` elements the policy forbids.
 *   `frame-ancestors` is left out of the meta tag: browsers ignore it there.
 * - While each page is prerendered: which address the HTML was made for (`data-ssg-path`, read by
 *   src/main.ts to decide whether to hydrate) and the preloads of what hydration waits for (the
 *   locale's strings for the route, the route's data chunks); both through the page's unhead instance.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { HtmlTagDescriptor, Plugin } from 'vite'
import type { ViteSSGContext } from 'vite-ssg'
import { hydrationPreloads, type Manifest } from './manifest.ts'
import { STAND_IN_PATHS } from './pages.ts'

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
  throw new Error('public/_headers: no Content-Security-Policy for /*')
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

/** The policy as the first tag of every page's head (index.html, and so every prerendered page). */
export function cspPlugin(root: string): Plugin {
  return {
    name: 'exhibition:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(): HtmlTagDescriptor[] {
        return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy(readPolicy(root)) }, injectTo: 'head-prepend' }]
      },
    },
  }
}

/** Puts what the build knows about a page into its head, while vite-ssg renders it. */
export function headForPage(route: string, appCtx: ViteSSGContext<true>, manifest: Manifest): void {
  const to = appCtx.router.currentRoute.value
  const locale = typeof to.params.locale === 'string' ? to.params.locale : undefined
  const data = to.matched.flatMap((r) => r.meta.data ?? [])
  const texts = to.matched.flatMap((r) => r.meta.texts ?? [])
  const page = to.matched.at(-1)?.meta.page
  // The client hydrates only the page that was prerendered for its address (404.html and offline.html
  // are served for others).
  const path = STAND_IN_PATHS.includes(route) ? '' : route
  // `crossorigin` makes the preload match the module script's request (cors mode, same-origin credentials).
  const link = hydrationPreloads(manifest, { page, locale, texts, data }).map((href) => ({ rel: 'modulepreload' as const, crossorigin: '' as const, href }))
  appCtx.head?.push({ htmlAttrs: { 'data-ssg-path': path }, link })
}
