/**
 * Creates the app for both the prerender (vite-ssg, Node) and the browser.
 * Nothing here touches window, document or storage while prerendering.
 */
import { ViteSSG } from 'vite-ssg'
import { createPinia } from 'pinia'
import type { RouterScrollBehavior } from 'vue-router'
import App from './App.vue'
import { routes } from './router/routes'
import { installGuards } from './router/guards'
import { createExhibitionI18n } from './i18n'
import { installStaleChunkReload } from './browser/stale-chunk'
import './styles/main.css'

/** Resolves after the next frame has been drawn and the one after it has begun. */
const afterNextPaint = () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))

const scrollBehavior: RouterScrollBehavior = async (to, from, saved) => {
  // Back/Forward: restore the position once the page has drawn all of itself (the directory draws
  // the rest of its cards a frame after its first ones), or the page may still be too short for it.
  if (saved) {
    await afterNextPaint()
    return saved
  }
  // `to.hash` is already decoded by the router (safely); decoding again threw on `#100%25` or `#%E0%A4%A`.
  // An id selector is looked up with getElementById, so any text is safe here.
  if (to.hash) return { el: to.hash, top: 16 }
  if (to.path === from.path) return false
  return { top: 0 }
}

/**
 * Hydrate only when the HTML was prerendered for this very address (the build marks each page with
 * it, build/head.ts). A static host serves 404.html for unknown addresses, and `/` forwards to a
 * locale: those are rendered afresh instead. Part of the hydration contract (composables/hydrated.ts).
 */
function shouldHydrate(): boolean {
  if (import.meta.env.SSR) return true
  const prerendered = document.documentElement.dataset.ssgPath
  const here = location.pathname.replace(/\/+$/, '')
  return prerendered !== undefined && prerendered !== '' && prerendered !== '/' && prerendered === here
}

export const createApp = ViteSSG(
  App,
  { routes, scrollBehavior },
  async ({ app, router, isClient }) => {
    app.use(createPinia())
    const i18n = createExhibitionI18n()
    app.use(i18n)
    installGuards(router, i18n, { hydrating: isClient && shouldHydrate() })
    // No wait for a first paint before hydrating: measured on a booth page (Chromium, 412 px, 4x CPU,
    // 9 loads each, alternated), FCP was 608/592 ms with the wait and 592/616 ms without, LCP
    // 788/792 ms and 816/696 ms: no difference the noise does not explain, so the wait went.
    if (isClient) installStaleChunkReload()
  },
  {
    get hydration() {
      return shouldHydrate()
    },
  },
)
