/**
 * False while prerendering and while the client hydrates; true once the app has mounted.
 * Parts that depend on what the prerendered HTML cannot know (the query string, the fragment,
 * the visitor's saved booths) wait for it, so hydration always matches the HTML.
 */
import { onMounted, readonly, ref, type Ref } from 'vue'

const hydrated = ref(false)

/** Call once, from the root component. */
export function markHydratedOnMount(): void {
  onMounted(() => {
    hydrated.value = true
    // A marker for browser tests and for anyone debugging: the app is live.
    document.documentElement.dataset.appReady = 'true'
  })
}

export function useHydrated(): Readonly<Ref<boolean>> {
  return readonly(hydrated)
}
