/**
 * How many result cards the directory shows: one page at first, a page more on each "show more".
 * Kept in the history entry (not in the URL, which the contract keeps to filters), together with
 * the query it was for, so Back and Forward bring back as many cards as there were and the router
 * can restore the scroll position; a new query starts again from one page.
 */
import { ref, watch, type Ref } from 'vue'
import { useRoute } from 'vue-router'
import { useHydrated } from '@/composables/hydrated'

const KEY = 'directoryShown'

interface Saved { query: string; count: number }

export function useShownCount(pageSize: number, queryKey: Ref<string>) {
  const route = useRoute()
  const hydrated = useHydrated()
  const shown = ref(pageSize)

  function read(): number {
    const saved = (history.state as Record<string, unknown> | null)?.[KEY] as Saved | undefined
    const ok = saved && saved.query === queryKey.value && Number.isInteger(saved.count) && saved.count > pageSize
    return ok ? Math.min(saved.count, 100 * pageSize) : pageSize
  }

  // The router has written the new history entry before the route changes: read it before rendering.
  watch(
    [hydrated, () => route.fullPath, queryKey],
    () => {
      if (hydrated.value) shown.value = read()
    },
    { flush: 'pre', immediate: true },
  )

  function showMore(): void {
    shown.value += pageSize
    history.replaceState({ ...(history.state as object | null), [KEY]: { query: queryKey.value, count: shown.value } satisfies Saved }, '')
  }

  return { shown, showMore }
}
