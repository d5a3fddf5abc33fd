/**
 * The directory's state, read from the URL: the query string is its only home (contract,
 * "The directory's query"). Choosing a filter pushes a history entry, typing replaces it, and
 * an address that is not canonical (unknown keys or values, another order) is replaced by its
 * canonical form once the app runs. The prerendered page and its hydration see no query at all.
 */
import { computed, watch, type ComputedRef } from 'vue'
import { useRoute, useRouter, type LocationQuery } from 'vue-router'
import { isCanonicalQuery, parseDirectoryQuery, toQuery, type DirectoryState, type DirectoryVocabulary } from '@/domain/query'
import { useHydrated } from '@/composables/hydrated'

export interface DirectoryQuery {
  state: ComputedRef<DirectoryState>
  /**
   * Moves to the state `update` makes of the current one. Navigations run one after another, so a
   * search still being written to the URL is not lost by a filter chosen just after it.
   */
  navigate: (update: (current: DirectoryState) => DirectoryState, options?: { replace?: boolean }) => Promise<void>
}

export function useDirectoryQuery(vocabulary: DirectoryVocabulary): DirectoryQuery {
  const route = useRoute()
  const router = useRouter()
  const hydrated = useHydrated()
  const onDirectory = () => route.name === 'directory'

  // While the router leaves for another page this page still sees the new route: keep the last state.
  const state = computed<DirectoryState>((previous) =>
    previous && !onDirectory() ? previous : parseDirectoryQuery(hydrated.value ? route.query : {}, vocabulary),
  )

  let queue: Promise<unknown> = Promise.resolve()
  function navigate(update: (current: DirectoryState) => DirectoryState, { replace = false } = {}): Promise<void> {
    const step = queue.then(async () => {
      if (!onDirectory()) return
      const query = toQuery(update(state.value))
      if (isCanonicalQuery(route.query, query)) return
      // No fragment: a `#main` from the skip link would scroll there on every click.
      await (replace ? router.replace({ query }) : router.push({ query }))
    })
    queue = step.catch(() => undefined)
    return step
  }

  watch(
    [hydrated, () => route.query],
    ([ready, query]: [boolean, LocationQuery]) => {
      if (!ready || !onDirectory()) return
      const canonical = toQuery(state.value)
      if (!isCanonicalQuery(query, canonical)) void router.replace({ query: canonical, hash: route.hash })
    },
    { immediate: true },
  )

  return { state, navigate }
}
