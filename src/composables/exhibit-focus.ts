/**
 * `/booths/{slug}#{exhibit-id}` scrolls to that exhibit and gives it focus (contract, "Addresses"),
 * so a keyboard or screen-reader visitor starts reading there. Runs once the page has mounted
 * (the prerendered HTML cannot focus anything) and again whenever the fragment changes.
 */
import { nextTick, onMounted, watch } from 'vue'
import { useRoute } from 'vue-router'

/** `hash` as the router gives it: already decoded (decoding it again would throw on `#100%`). */
export function focusExhibit(hash: string): boolean {
  const id = hash.replace(/^#/, '')
  const el = id ? document.getElementById(id) : null
  if (!el || !el.matches('article.exhibit')) return false
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
  el.scrollIntoView({ block: 'start', behavior: reduce ? 'instant' : 'auto' })
  el.focus({ preventScroll: true })
  return true
}

export function useExhibitFocus(): void {
  const route = useRoute()
  onMounted(() => {
    if (route.hash) focusExhibit(route.hash)
  })
  watch(
    () => route.hash,
    (hash) => {
      if (hash) void nextTick(() => focusExhibit(hash))
    },
  )
}
