/**
 * Router guards: the locale (URL first), the data a page needs, focus after navigation.
 */
import { nextTick } from 'vue'
import type { RouteLocationNormalized, Router } from 'vue-router'
import { isLocale, pickLocale, type Locale } from '@/domain/locales'
import { activateLocale, type ExhibitionI18n } from '@/i18n'
import { loadBooth, loadIndex, loadMap } from '@/data/client'
import { readSavedLocale } from '@/i18n/preference'

/** The locale of an address; addresses without one use the visitor's preference (id while prerendering). */
export function localeOfRoute(route: Pick<RouteLocationNormalized, 'params'>): Locale | undefined {
  const value = route.params.locale
  return isLocale(value) ? value : undefined
}

export function preferredLocale(): Locale {
  if (import.meta.env.SSR) return 'id'
  return pickLocale(readSavedLocale(), navigator.languages?.length ? navigator.languages : [navigator.language])
}

export function installGuards(router: Router, i18n: ExhibitionI18n): void {
  router.beforeEach(async (to) => {
    // `/` sends the visitor to a locale (contract: saved choice, browser language, else id).
    if (to.name === 'root' && !import.meta.env.SSR) return { path: `/${preferredLocale()}/`, replace: true }
    await activateLocale(i18n, localeOfRoute(to) ?? preferredLocale())
  })

  router.beforeResolve(async (to) => {
    const needs = new Set(to.matched.flatMap((r) => r.meta.data ?? []))
    const slug = typeof to.params.slug === 'string' ? to.params.slug : undefined
    const [, booth] = await Promise.all([
      needs.has('index') && loadIndex(),
      needs.has('booth') && slug !== undefined && loadBooth(slug),
      needs.has('map') && loadMap(),
    ])
    // An unknown booth shows "not found" with the closest booths, which needs the index.
    if (booth === null) await loadIndex()
  })

  if (!import.meta.env.SSR) {
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
