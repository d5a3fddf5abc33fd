/**
 * The app's one hydration contract. `useHydrated()` is false while prerendering and while the browser
 * hydrates the prerendered HTML, and true once App.vue has mounted. Whatever depends on what the HTML
 * cannot know (the query string, the fragment, the visitor's saved booths, the width of the screen)
 * renders as the server did until then, so hydration always matches the HTML, and switches right
 * after. App.vue opens the gate once, after restoring the visitor's memory.
 *
 * The other hydration decisions: whether to hydrate at all (only the page prerendered for this
 * address) in src/main.ts, and what hydrates only once scrolled near (composables/hydrate-visible.ts).
 */
import { onMounted, readonly, ref, type Ref } from 'vue'

const hydrated = ref(false)

/** Called once, by App.vue's onMounted. */
export function markHydrated(): void {
  hydrated.value = true
  // A marker for browser tests and for anyone debugging: the app is live.
  document.documentElement.dataset.appReady = 'true'
}

export function useHydrated(): Readonly<Ref<boolean>> {
  return readonly(hydrated)
}

/**
 * True once the calling component itself has mounted. For what shows the visitor's state inside a
 * part that may hydrate later than the app (composables/hydrate-visible.ts): by then the app's gate
 * is open, so only the part's own mount tells that its HTML has been taken over.
 */
export function useMounted(): Readonly<Ref<boolean>> {
  const mounted = ref(false)
  onMounted(() => (mounted.value = true))
  return readonly(mounted)
}
