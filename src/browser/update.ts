/**
 * The one way an open tab moves onto a newer deployment (docs/contract.md, "Bad input": after a redeploy
 * an open tab still reaches every booth; a new deployment is offered, never swapped in mid-visit).
 *
 * Three things can find out that the site has changed under an open tab, and all three end here:
 *
 * 1. The service worker (service-worker.ts) installs a new deployment's worker beside the running one
 *    and it waits. While a worker controls the page, every file of the running build is precached, so
 *    its lazy chunks never go missing: nothing needs a reload, and the visitor is only *offered* the
 *    new version (SiteUpdatePrompt.vue). Accepting calls `applyUpdate()`.
 * 2. Without a controlling worker (a first visit, a browser without service workers, storage cleared),
 *    a lazy chunk of the old build can be gone: the stale-chunk guard (stale-chunk.ts) asks the server
 *    whether the build changed and, if so, calls `reloadOnce()`.
 * 3. A booth's data lives at a content-addressed `/data/{hash}/…`: after a redeploy the old address
 *    answers 404. The data client (src/data/client.ts) asks the same question and the router calls
 *    `reloadOnce(target)`: a full navigation to the booth, which the new build then serves.
 *
 * A reload first lets a waiting worker take over, so the reloaded page and its worker are the same
 * deployment (the prompt would otherwise offer what the visitor already runs), and drops the worker's
 * saved copy of the page it loads: the worker shows saved pages before asking the network
 * (build/pwa.ts), and that copy is the old build's. A second reload within
 * RELOAD_GUARD_MS of the last one is refused, so a host that keeps serving stale HTML cannot cause a
 * loop; the mark lives in `history.state` (it survives a reload and needs no storage, which a visitor may
 * have blocked), and a later deploy can reload again.
 */
import { PAGES_CACHE } from '@/domain/paths'

export const RELOAD_GUARD_MS = 30_000
const MARK = 'updateReloadAt'

let waiting: ServiceWorker | undefined

/** service-worker.ts: a worker of a newer deployment has installed and waits. */
export function setWaitingWorker(worker: ServiceWorker | undefined): void {
  waiting = worker
}

function runningEntry(): string | undefined {
  const src = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.getAttribute('src')
  return src ? new URL(src, location.href).pathname : undefined
}

/**
 * Whether the server now names another entry script than the one running: the build has changed.
 * False when it cannot tell (offline, cancelled): nothing newer to load then.
 */
export async function siteHasChanged(): Promise<boolean> {
  const entry = runningEntry()
  if (!entry) return false
  try {
    const response = await fetch(location.href, { cache: 'no-store', headers: { Accept: 'text/html' } })
    const html = await response.text()
    return /<script[^>]+type="module"/.test(html) && !html.includes(entry)
  } catch {
    return false
  }
}

function recentlyReloaded(): boolean {
  const state = (history.state ?? {}) as Record<string, unknown>
  return Date.now() - Number(state[MARK] ?? 0) < RELOAD_GUARD_MS
}

/** Lets a waiting worker take over, then runs `then` (at once when none waits, or after 3 s at most). */
function takeOver(then: () => void): void {
  const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined
  if (!waiting || !sw) return then()
  let done = false
  const go = () => {
    if (done) return
    done = true
    then()
  }
  sw.addEventListener('controllerchange', go, { once: true })
  setTimeout(go, 3000)
  waiting.postMessage({ type: 'SKIP_WAITING' })
}

/**
 * A full load of `target` (default: this address), unless this tab did one within RELOAD_GUARD_MS.
 * Returns whether it goes ahead. For another address the entry is pushed with the router's own state
 * fields (vue-router reads them back after the load), then the page reloads into it.
 */
export function reloadOnce(target?: string): boolean {
  if (recentlyReloaded()) return false
  const now = Date.now()
  const state = (history.state ?? {}) as Record<string, unknown>
  const url = target === undefined ? undefined : new URL(target, location.href)
  if (url && url.href !== location.href) {
    const here = location.pathname + location.search + location.hash
    const there = url.pathname + url.search + url.hash
    const position = typeof state.position === 'number' ? state.position + 1 : history.length
    history.pushState({ back: here, current: there, forward: null, position, replaced: false, scroll: null, [MARK]: now }, '', url)
  } else {
    history.replaceState({ ...state, [MARK]: now }, '')
  }
  const reload = url?.href ?? location.href
  takeOver(() => void forgetSavedPage(reload).finally(() => location.reload()))
  return true
}

/** Deletes the service worker's saved copy of a page, if there is one (and the browser has caches). */
async function forgetSavedPage(url: string): Promise<void> {
  try {
    // `caches.open` would make the cache when there is none: ask first.
    if (await globalThis.caches?.has(PAGES_CACHE)) await (await caches.open(PAGES_CACHE)).delete(url)
  } catch {
    // No storage (blocked, private mode): then there is no saved copy either.
  }
}

/** The visitor accepted the new version: activate it and load this page again. */
export function applyUpdate(): void {
  const state = (history.state ?? {}) as Record<string, unknown>
  history.replaceState({ ...state, [MARK]: Date.now() }, '')
  takeOver(() => location.reload())
}
