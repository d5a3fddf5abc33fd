/**
 * Which result cards the directory shows: a window of at most `max` cards (about 60 cards
 * rendered at once, however many booths match). It opens with one page; "show more" adds a page up to
 * `max`; then "next booths" moves the window on, and "previous booths" back.
 * Kept in the history entry (not in the URL, which the contract keeps to filters), together with the
 * query it was for, so Back and Forward bring back the same cards and the router can restore the scroll
 * position; a new query starts again from the first page.
 */
import { ref, watch, type Ref } from 'vue'
import { useRoute } from 'vue-router'
import { useHydrated } from '@/composables/hydrated'

const KEY = 'directoryShown'

interface Saved { query: string; start: number; count: number }

export function useShownWindow(pageSize: number, max: number, queryKey: Ref<string>) {
  const route = useRoute()
  const hydrated = useHydrated()
  const start = ref(0)
  const shown = ref(pageSize)

  function read(): void {
    const saved = (history.state as Record<string, unknown> | null)?.[KEY] as Saved | undefined
    const ok = saved && saved.query === queryKey.value && Number.isInteger(saved.start) && Number.isInteger(saved.count)
    start.value = ok ? Math.max(0, saved.start) : 0
    shown.value = ok ? Math.min(Math.max(saved.count, pageSize), max) : pageSize
  }

  function save(): void {
    const saved: Saved = { query: queryKey.value, start: start.value, count: shown.value }
    history.replaceState({ ...(history.state as object | null), [KEY]: saved }, '')
  }

  // The router has written the new history entry before the route changes: read it before rendering.
  watch(
    [hydrated, () => route.fullPath, queryKey],
    () => {
      if (hydrated.value) read()
    },
    { flush: 'pre', immediate: true },
  )

  function showMore(): void {
    shown.value = Math.min(shown.value + pageSize, max)
    save()
  }

  function nextPage(): void {
    start.value += shown.value
    shown.value = pageSize
    save()
  }

  function previousPage(): void {
    start.value = Math.max(0, start.value - max)
    shown.value = max
    save()
  }

  return { start, shown, showMore, nextPage, previousPage }
}
