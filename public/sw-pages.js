// Imported by the service worker /sw.js (build/pwa.ts, SW_PAGES). When a new deployment's worker
// activates, it deletes the pages (HTML) saved under the previous one: they name the previous build's
// scripts, which the new precache no longer holds and the host may no longer serve. Pages are then
// fetched afresh and saved again as the visitor opens them. The cache's name is PAGES_CACHE in build/pwa.ts.
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.delete('pages'))
})
