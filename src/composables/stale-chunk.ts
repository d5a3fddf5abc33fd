/**
 * After a new deploy, an open page may ask for a lazy chunk that no longer exists
 * (vitejs/vite#11804). Reload once to pick up the new build; never loop.
 */
const KEY = 'psc:reloaded-for-chunk'

export function installStaleChunkReload(): void {
  window.addEventListener('vite:preloadError', (event) => {
    let last: string | null = null
    try {
      last = sessionStorage.getItem(KEY)
    } catch {
      /* storage blocked: still reload once per page life */
    }
    if (last === location.href) return
    event.preventDefault()
    try {
      sessionStorage.setItem(KEY, location.href)
    } catch {
      /* ignore */
    }
    location.reload()
  })
}
