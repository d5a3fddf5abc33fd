/**
 * What the visitor is waiting for, and what could not be loaded: the app-level half of "data that
 * fails to load shows an error with a retry" (docs/contract.md, "Bad input"). The router
 * (src/router/guards.ts) writes it; App.vue's SiteLoading and SiteLoadFailure show it.
 *
 * - `slow`: a navigation has been loading for more than SLOW_AFTER_MS (a page's chunk, its data).
 * - `failed`: the last navigation could not load what its page needs (its chunk, or the index), so
 *   it did not happen; the visitor stays at the page they were on and is told, with a retry. A booth
 *   whose own data fails is different: its page opens and says so itself (BoothLoadError.vue).
 */
import { readonly, ref, shallowRef } from 'vue'
import type { LoadFailure } from './client.ts'

/** Below this, a navigation just happens; past it, the page says it is loading. */
export const SLOW_AFTER_MS = 1000

export interface RouteFailure {
  /** The address the visitor asked for. */
  to: string
  failure: LoadFailure
}

const slow = ref(false)
const failed = shallowRef<RouteFailure>()
let timer: ReturnType<typeof setTimeout> | undefined

export function navigationStarted(): void {
  clearTimeout(timer)
  timer = setTimeout(() => (slow.value = true), SLOW_AFTER_MS)
}

/** The navigation stopped (done, cancelled or failed): nothing is loading any more. */
export function navigationSettled(): void {
  clearTimeout(timer)
  slow.value = false
}

/** The navigation happened: whatever failed before is past. */
export function navigationSucceeded(): void {
  navigationSettled()
  failed.value = undefined
}

export function navigationFailed(failure: RouteFailure): void {
  navigationSettled()
  failed.value = failure
}

export function useNavigationState() {
  return { slow: readonly(slow), failed: readonly(failed) }
}
