/**
 * Whether a CSS media query matches, kept up to date. Follows the hydration contract
 * (composables/hydrated.ts): false until the app has hydrated, so the first render in the browser
 * equals the prerendered HTML (CSS covers the layout until then); a component mounted later gets
 * the true value at once.
 */
import { computed, onBeforeUnmount, onMounted, ref, type ComputedRef } from 'vue'
import { useHydrated } from './hydrated'

export function useMediaQuery(query: string): ComputedRef<boolean> {
  const hydrated = useHydrated()
  const matches = ref(!import.meta.env.SSR && hydrated.value && window.matchMedia(query).matches)
  let list: MediaQueryList | undefined
  const update = () => (matches.value = list?.matches ?? false)
  onMounted(() => {
    list = window.matchMedia(query)
    update()
    list.addEventListener('change', update)
  })
  onBeforeUnmount(() => list?.removeEventListener('change', update))
  return computed(() => hydrated.value && matches.value)
}
