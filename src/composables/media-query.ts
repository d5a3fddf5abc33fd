/**
 * Whether a CSS media query matches, kept up to date. False while prerendering and hydrating, so
 * the first render in the browser equals the prerendered HTML; CSS covers the layout until then.
 */
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

export function useMediaQuery(query: string): Readonly<Ref<boolean>> {
  const matches = ref(false)
  let list: MediaQueryList | undefined
  const update = () => (matches.value = list?.matches ?? false)
  onMounted(() => {
    list = window.matchMedia(query)
    update()
    list.addEventListener('change', update)
  })
  onBeforeUnmount(() => list?.removeEventListener('change', update))
  return matches
}
