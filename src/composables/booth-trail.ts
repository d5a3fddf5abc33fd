/**
 * "Previous / next booth" in the order of the list the visitor came from, without adding
 * anything to the booth's address: list pages remember their order for the tab (sessionStorage),
 * and a booth reads it after hydration, if the visitor came from that list (vue-router's
 * `history.state.back`). The prerendered HTML, and every visitor who came another way, gets name order.
 */
import { computed, onBeforeUnmount, onMounted, shallowRef, type ComputedRef } from 'vue'
import { onBeforeRouteLeave, useRoute } from 'vue-router'
import { TRAIL_VERSION, neighboursIn, orderBySlugs, parseTrail, trailApplies, type BoothTrail, type Neighbours } from '@/domain/trail'
import { loadIndex } from '@/data/client'
import type { BoothLink } from '@/domain/model'
import { safeStorage } from '@/browser/safe-storage'

export const TRAIL_KEY = 'psc:trail:v1'

function readTrail(): BoothTrail | undefined {
  const raw = safeStorage('session')?.getItem(TRAIL_KEY)
  if (!raw) return undefined
  try {
    return parseTrail(JSON.parse(raw))
  } catch {
    return undefined
  }
}

/**
 * For a page that lists booths: remembers the list's order, as shown, for this tab. It is written
 * when the visitor leaves the list (to a booth or any other page, or away from the site), not on every
 * filter change: serialising a list of thousands of booths costs milliseconds a click would feel.
 */
export function useRememberBoothList(slugs: () => readonly string[]): void {
  const route = useRoute()
  const save = () => {
    const trail: BoothTrail = { v: TRAIL_VERSION, path: route.fullPath, slugs: [...slugs()] }
    safeStorage('session')?.setItem(TRAIL_KEY, JSON.stringify(trail))
  }
  const onHidden = () => {
    if (document.visibilityState === 'hidden') save()
  }
  onBeforeRouteLeave(() => {
    save()
  })
  onMounted(() => {
    window.addEventListener('pagehide', save)
    document.addEventListener('visibilitychange', onHidden)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('pagehide', save)
    document.removeEventListener('visibilitychange', onHidden)
  })
}

/**
 * The booths before and after `slug`, and whether they follow the visitor's list or the name order.
 * Name order comes with the booth's data; the list's order needs the index, loaded after hydration
 * only when the visitor did come from a list (if it cannot load, name order stays).
 */
export function useBoothNeighbours(
  slug: () => string,
  byName: () => Neighbours<BoothLink>,
): { neighbours: ComputedRef<Neighbours<BoothLink>>; source: ComputedRef<'list' | 'name'> } {
  const listOrder = shallowRef<readonly BoothLink[]>()
  onMounted(async () => {
    const remembered = readTrail()
    const back: unknown = window.history.state?.back
    if (!trailApplies(remembered, slug(), back)) return
    // Offline, or the index failed: name order stays, which is a true answer too (the list's
    // order is a nicety; the booth's own page must not fail or log an error for it).
    const index = await loadIndex().catch(() => undefined)
    if (index) listOrder.value = orderBySlugs(index, remembered.slugs)
  })
  return {
    neighbours: computed(() => (listOrder.value ? neighboursIn(listOrder.value, slug()) : byName())),
    source: computed(() => (listOrder.value ? 'list' : 'name')),
  }
}
