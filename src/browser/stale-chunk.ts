/**
 * After a new deploy, an open page may ask for a lazy chunk that no longer exists (vitejs/vite#11804).
 * When that happens, and only when the site really has changed, reload the page once to pick up the new
 * build: the update path of update.ts (which says how this and the service worker agree).
 *
 * A failed chunk does not always mean a new deploy: the visitor may be offline, or the browser may have
 * cancelled the request because the visitor is leaving for another address (reloading then would drag
 * them back). So the page first asks the server for its current HTML: if that names another entry script
 * than the one running, the build has changed and the page reloads (once within RELOAD_GUARD_MS);
 * otherwise the error stands, and the router shows the visitor that the page could not be loaded.
 */
import { reloadOnce, siteHasChanged } from './update'

export { RELOAD_GUARD_MS } from './update'

let checking: Promise<boolean> | undefined
let target: string | undefined

/**
 * Whether a failed chunk is reloading the page (a new deployment), or the failure stands. One check for
 * a failed navigation, however many of its files failed. `to`: the address the visitor was going to
 * (the router names it once it has seen the failure, while the check runs); the new build is loaded
 * there, not where the visitor was.
 */
export function staleChunkCheck(to?: string): Promise<boolean> {
  if (to !== undefined) target = to
  checking ??= siteHasChanged()
    .then((changed) => changed && reloadOnce(target))
    .finally(() => {
      checking = undefined
      target = undefined
    })
  return checking
}

/** How many optional loads are running (see `optionalChunk`). */
let optional = 0

/**
 * Loads a chunk the page can do without (the directory's other-language names for search): if it fails,
 * the caller copes, and the page is not reloaded for it. Without this, a visitor reading the directory
 * when a new build goes out would see the page reload under them because an idle nicety failed.
 * (A navigation's own chunks are checked by the router, whatever this says.)
 */
export async function optionalChunk<T>(load: () => Promise<T>): Promise<T> {
  optional++
  try {
    return await load()
  } finally {
    optional--
  }
}

export function installStaleChunkReload(): void {
  window.addEventListener('vite:preloadError', () => {
    if (optional > 0) return
    void staleChunkCheck()
  })
}
