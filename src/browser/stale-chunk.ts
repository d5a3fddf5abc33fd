/**
 * After a new deploy, an open page may ask for a lazy chunk that no longer exists (vitejs/vite#11804).
 * When that happens, and only when the site really has changed, reload the page once to pick up the new
 * build.
 *
 * A failed chunk does not always mean a new deploy: the visitor may be offline, or the browser may have
 * cancelled the request because the visitor is leaving for another address (reloading then would drag
 * them back). So the page first asks the server for its current HTML: if that names another entry script
 * than the one running, the build has changed and the page reloads; otherwise the error stands. A second
 * reload within RELOAD_GUARD_MS of the last one is refused, so a host that keeps serving stale HTML cannot
 * cause a loop; the mark lives in `history.state` (it survives the reload and needs no storage, which a
 * visitor may have blocked), and a later deploy can reload again.
 */
export const RELOAD_GUARD_MS = 30_000
const MARK = 'staleChunkReloadAt'

function runningEntry(): string | undefined {
  const src = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.getAttribute('src')
  return src ? new URL(src, location.href).pathname : undefined
}

async function siteHasChanged(): Promise<boolean> {
  const entry = runningEntry()
  if (!entry) return false
  try {
    const response = await fetch(location.href, { cache: 'no-store', headers: { Accept: 'text/html' } })
    const html = await response.text()
    return /<script[^>]+type="module"/.test(html) && !html.includes(entry)
  } catch {
    return false // offline or cancelled: nothing newer to load
  }
}

let checking = false

export function installStaleChunkReload(): void {
  window.addEventListener('vite:preloadError', () => {
    // One failed navigation can report several files; one check is enough.
    if (checking) return
    checking = true
    void siteHasChanged()
      .then((changed) => {
        const state = (history.state ?? {}) as Record<string, unknown>
        const last = Number(state[MARK] ?? 0)
        if (!changed || Date.now() - last < RELOAD_GUARD_MS) return
        history.replaceState({ ...state, [MARK]: Date.now() }, '')
        location.reload()
      })
      .finally(() => {
        checking = false
      })
  })
}
