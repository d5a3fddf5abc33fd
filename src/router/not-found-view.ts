/**
 * "Not found" as a booth's page shows it for an unknown slug. It is a chunk of its own (a mistyped
 * address is rare, and the booth's page should not carry it); the router loads it before such a page
 * renders (guards.ts), so the page's first render already has it: no empty moment without an <h1>.
 */
import { defineAsyncComponent, shallowRef, type Component } from 'vue'

const load = () => import('@/components/site/SiteNotFound.vue').then((m) => m.default)

/** The component once loaded; until then, a stand-in that loads it (only if the router did not). */
export const notFoundView = shallowRef<Component>(defineAsyncComponent(load))

export async function loadNotFoundView(): Promise<void> {
  notFoundView.value = await load()
}
