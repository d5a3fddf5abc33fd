/**
 * Lazy hydration for what lies below a long page's first screen (a list's cards, the lobby's figures).
 * `hydrateWhenVisible(BoothCard)` is BoothCard, except that on a prerendered page it takes over its
 * HTML (listeners, the visitor's marks) only when it comes near the screen, rather than with the rest
 * of the page: what is further down costs the first load nothing but its HTML. Vue's own lazy
 * hydration (`defineAsyncComponent` with a hydration strategy), with a loader that returns the
 * component itself, so it stays in the page's chunk.
 *
 * The strategy is Vue's `hydrateOnVisible` without its first, synchronous look (a
 * getBoundingClientRect per card, each forcing a layout in the middle of hydration): one shared
 * IntersectionObserver, which reports after the browser's own layout, in a task of its own.
 *
 * Something waiting for hydration is plain HTML: its links are real addresses (a click is a full
 * navigation, which works), and one whose props change before it hydrates is drawn by Vue as any
 * other. What a card shows from the visitor's state (BoothCardMarks) waits for the card's own mount,
 * so a card hydrated late still matches its HTML.
 */
import { defineAsyncComponent, type Component, type HydrationStrategy } from 'vue'

/** How far below the screen hydration starts: about one card, so a scroll meets live cards. */
const MARGIN = '320px'

const waiting = new WeakMap<Element, () => void>()
let observer: IntersectionObserver | undefined

function watchNear(el: Element, hydrate: () => void): void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue
        const run = waiting.get(entry.target)
        waiting.delete(entry.target)
        observer!.unobserve(entry.target)
        run?.()
      }
    },
    { rootMargin: `${MARGIN} 0px` },
  )
  waiting.set(el, hydrate)
  observer.observe(el)
}

const whenNear: HydrationStrategy = (hydrate, forEachElement) => {
  if (typeof IntersectionObserver === 'undefined') return hydrate()
  const elements: Element[] = []
  let done = false
  const once = () => {
    if (done) return
    done = true
    for (const el of elements) {
      waiting.delete(el)
      observer?.unobserve(el)
    }
    hydrate()
  }
  forEachElement((el) => {
    elements.push(el)
    watchNear(el, once)
  })
  return () => {
    done = true
    for (const el of elements) {
      waiting.delete(el)
      observer?.unobserve(el)
    }
  }
}

export function hydrateWhenVisible<T extends Component>(component: T): T {
  const lazy = defineAsyncComponent({ loader: () => Promise.resolve(component), hydrate: whenNear })
  // Resolved now: a wrapper created once its component is known renders that component at once
  // (on a client-side visit: no placeholder first, no second render).
  void (lazy as { __asyncLoader?: () => Promise<unknown> }).__asyncLoader?.()
  return lazy as T
}
