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
 * It also hydrates on the first pointerdown or focus inside it, which come before a click or an
 * Enter: a card clicked the moment it is scrolled to still navigates in the app. Until then it is
 * plain HTML (its links are real addresses), and one whose props change before it hydrates is drawn
 * by Vue as any other. What a card shows from the visitor's state (BoothCardMarks) waits for the card's own mount,
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

/** What a visitor does to something before its click or key reaches it: it hydrates then, at once. */
const FIRST_TOUCH = ['pointerdown', 'focusin'] as const

const whenNear: HydrationStrategy = (hydrate, forEachElement) => {
  if (typeof IntersectionObserver === 'undefined') return hydrate()
  const elements: Element[] = []
  let done = false
  const stop = () => {
    done = true
    for (const el of elements) {
      waiting.delete(el)
      observer?.unobserve(el)
      for (const type of FIRST_TOUCH) el.removeEventListener(type, once, true)
    }
  }
  function once(): void {
    if (done) return
    stop()
    hydrate()
  }
  forEachElement((el) => {
    elements.push(el)
    watchNear(el, once)
    // A tap or a Tab that reaches it before the observer reports (a click right after a jump
    // scroll): hydrated before the click or the Enter that follows, so the app's navigation handles it.
    for (const type of FIRST_TOUCH) el.addEventListener(type, once, { capture: true, passive: true })
  })
  return stop
}

export function hydrateWhenVisible<T extends Component>(component: T): T {
  const lazy = defineAsyncComponent({ loader: () => Promise.resolve(component), hydrate: whenNear })
  // Resolved now: a wrapper created once its component is known renders that component at once
  // (on a client-side visit: no placeholder first, no second render).
  void (lazy as { __asyncLoader?: () => Promise<unknown> }).__asyncLoader?.()
  return lazy as T
}
