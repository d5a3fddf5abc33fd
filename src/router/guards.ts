/**
 * Router guards: the locale (URL first), the data a page needs, focus after navigation, and what the
 * visitor sees when loading is slow or fails (docs/contract.md, "Bad input").
 *
 * When what a page needs does not load:
 * - a booth's own data: the booth's page opens and says so, with a retry (BoothLoadError.vue); except
 *   on the page prerendered for this address, whose HTML already shows the booth: it stays, and a
 *   notice offers the retry (hydration waits for the data, so it never swaps the booth for an error);
 * - a booth's data gone after a redeploy (its content-hashed address answers 404 and the server names a
 *   new build): a full load of the booth's address (src/browser/update.ts, guarded against loops);
 * - a page's chunk or the index, on an in-app navigation: the navigation does not happen and the app
 *   says why, with a retry (SiteLoadFailure.vue; the state in src/data/loading.ts); on the first
 *   navigation the HTML stays with the notice, as above.
 */
import { nextTick } from 'vue'
import type { RouteLocationNormalized, Router } from 'vue-router'
import { isLocale, pickLocale, type Locale } from '@/domain/locales'
import { activateLocale, type ExhibitionI18n } from '@/i18n'
import { DataLoadError, failureOf, loadBooth, loadIndex, loadMap, type LoadFailure } from '@/data/client'
import { navigationFailed, navigationSettled, navigationStarted, navigationSucceeded } from '@/data/loading'
import { readSavedLocale } from '@/i18n/preference'
import { reloadOnce } from '@/browser/update'
import { staleChunkCheck } from '@/browser/stale-chunk'
import { showNotice } from '@/browser/notice'
import { loadNotFoundView } from './not-found-view'

/** The locale of an address; addresses without one use the visitor's preference (id while prerendering). */
export function localeOfRoute(route: Pick<RouteLocationNormalized, 'params'>): Locale | undefined {
  const value = route.params.locale
  return isLocale(value) ? value : undefined
}

export function preferredLocale(): Locale {
  if (import.meta.env.SSR) return 'id'
  return pickLocale(readSavedLocale(), navigator.languages?.length ? navigator.languages : [navigator.language])
}

/** A promise that never settles: the page is being loaded afresh, nothing more should happen here. */
const leaving = () => new Promise<never>(() => {})

/** Loads what the route declares. A booth's failure is returned, not thrown: its page can show it. */
async function loadRouteData(to: RouteLocationNormalized): Promise<DataLoadError | undefined> {
  const needs = new Set(to.matched.flatMap((r) => r.meta.data ?? []))
  const slug = typeof to.params.slug === 'string' ? to.params.slug : undefined
  const [index, booth, map] = await Promise.allSettled([
    needs.has('index') && loadIndex(),
    needs.has('booth') && slug !== undefined && loadBooth(slug),
    needs.has('map') && loadMap(),
  ])
  if (index.status === 'rejected') throw index.reason
  if (map.status === 'rejected') throw map.reason
  if (booth.status === 'rejected') return booth.reason instanceof DataLoadError ? booth.reason : new DataLoadError(failureOf(booth.reason), String(booth.reason))
  // An unknown booth shows "not found" with the closest booths, which needs the index (and the
  // component, which the booth's page loads only for this).
  if (booth.value === null) await Promise.all([loadIndex(), loadNotFoundView()])
  return undefined
}

export interface GuardOptions {
  /** The app hydrates HTML prerendered for this address (src/main.ts). */
  hydrating?: boolean
}

export function installGuards(router: Router, i18n: ExhibitionI18n, { hydrating = false }: GuardOptions = {}): void {
  const t = (key: string) => i18n.global.t(key)

  router.beforeEach(async (to) => {
    if (!import.meta.env.SSR) navigationStarted()
    // `/` sends the visitor to a locale (contract: saved choice, browser language, else id).
    if (to.name === 'root' && !import.meta.env.SSR) return { path: `/${preferredLocale()}/`, replace: true }
    await activateLocale(i18n, localeOfRoute(to) ?? preferredLocale(), to.matched.flatMap((r) => r.meta.texts ?? []))
  })

  /**
   * The first navigation could not load what its page needs: the HTML stays, a notice says so, and the
   * app starts (hydrates) once a retry (the button, or the network coming back) has loaded it.
   */
  function keepTheHtml(to: RouteLocationNormalized, failure: LoadFailure): Promise<true> {
    return new Promise((started) => {
      const notice = showNotice(t(`errors.notice.${failure}`), t('errors.retry'), () => void retry())
      let trying = false
      async function retry() {
        if (trying) return
        trying = true
        notice.busy(true)
        try {
          const boothFailure = await loadRouteData(to)
          if (boothFailure) throw boothFailure
          window.removeEventListener('online', retry)
          notice.remove()
          started(true)
        } catch (error) {
          const again = failureOf(error)
          if (again === 'stale' && reloadOnce()) return
          notice.say(t(`errors.notice.${again}`))
        } finally {
          trying = false
          notice.busy(false)
        }
      }
      window.addEventListener('online', retry)
    })
  }

  router.beforeResolve(async (to, from) => {
    if (import.meta.env.SSR) {
      const failure = await loadRouteData(to)
      if (failure) throw failure
      return true
    }
    const first = from.matched.length === 0
    try {
      const boothFailure = await loadRouteData(to)
      if (!boothFailure) return true
      if (boothFailure.failure === 'stale' && reloadOnce(first ? undefined : to.fullPath)) return leaving()
      // The booth's page says what failed, with a retry; the prerendered booth keeps its HTML instead.
      return first && hydrating ? keepTheHtml(to, boothFailure.failure) : true
    } catch (error) {
      const failure = failureOf(error)
      if (first) return keepTheHtml(to, failure)
      // A chunk of an older build: the stale-chunk guard loads the new one at this address.
      if (await staleChunkCheck(to.fullPath)) return leaving()
      navigationFailed({ to: to.fullPath, failure })
      return false
    }
  })

  if (!import.meta.env.SSR) {
    // A navigation stopped by the guard above has already said why; a cancelled one leaves it be.
    router.afterEach((_to, _from, failure) => (failure ? navigationSettled() : navigationSucceeded()))
    // A page's chunk that did not load (the router resolves page components before the guard above).
    router.onError((error: unknown, to: RouteLocationNormalized) => {
      void staleChunkCheck(to.fullPath).then((reloading) => {
        if (!reloading) navigationFailed({ to: to.fullPath, failure: failureOf(error) })
      })
    })

    // After an in-app navigation, move focus to the main region so screen readers and keyboards
    // start at the new page (vuejs/vue-router#2488). Not on the first load, and not when the
    // address only changed its query (filters) or when a fragment names its own target.
    router.afterEach((to, from, failure) => {
      if (failure || from.matched.length === 0) return
      if (to.path === from.path) return
      if (to.hash) return
      void nextTick(() => document.getElementById('main')?.focus({ preventScroll: true }))
    })
  }
}
