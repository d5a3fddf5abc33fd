/**
 * Lazy hydration, part by part. `hydrateWhenVisible(BoothCard)` is BoothCard, except that on a
 * prerendered page it takes over its HTML (listeners, the visitor's marks) only when it comes near
 * the screen, rather than with the rest of the page: what is further down (a list's cards, the
 * lobby's figures, the footer) costs the first load nothing but its HTML, and what is on the first
 * screen (a booth's sign, gallery and share panel) hydrates just after the page, in tasks of its own,
 * so no one task holds the phone for long. Vue's own lazy hydration (`defineAsyncComponent` with a
 * hydration strategy), with a loader that returns the component itself, so it stays in the page's chunk.
 *
 * The strategy is Vue's `hydrateOnVisible` without its first, synchronous look (a
 * getBoundingClientRect per card, each forcing a layout in the middle of hydration): one shared
 * IntersectionObserver, which reports after the browser's own layout; what it reports is hydrated in
 * turn, in tasks of about 8 ms (a MessageChannel, which is not throttled as nested timers are).
 *
 * It also hydrates on the first pointerdown or focus inside it, at once, which come before a click or
 * an Enter: a card clicked the moment it is scrolled to still navigates in the app. Until then it is
 * plain HTML (its links are real addresses), and one whose props change before it hydrates is drawn
 * by Vue as any other. What a part shows from the visitor's state (BoothCardMarks, BoothSaveToggle)
 * waits for the part's own mount (`useMounted`), so a part hydrated late still matches its HTML.
 */
import { defineAsyncComponent, type Component, type HydrationStrategy } from 'vue'

/** How far below the screen hydration starts: about one card, so a scroll meets live cards. */
const MARGIN = '320px'

const waiting = new WeakMap<Element, () => void>()
let observer: IntersectionObserver | undefined

/**
 * What came into view is hydrated in tasks of at most about this long, one after another, not all in
 * the observer's one callback: a tap or a key in between is answered within a frame or two, and no
 * task blocks the page for long (a phone is several times slower than the machine this was tuned on).
 */
const SLICE_MS = 8
const due: (() => void)[] = []
let channel: MessageChannel | undefined

function hydrateInTurn(run: () => void): void {
  due.push(run)
  if (due.length > 1) return
  if (!channel) {
    channel = new MessageChannel()
    channel.port1.onmessage = drain
  }
  channel.port2.postMessage(null)
}

function drain(): void {
  const until = performance.now() + SLICE_MS
  try {
    do due.shift()!()
    while (due.length && performance.now() < until)
  } finally {
    if (due.length) channel!.port2.postMessage(null)
  }
}

function watchNear(el: Element, hydrate: () => void): void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue
        const run = waiting.get(entry.target)
        waiting.delete(entry.target)
        observer!.unobserve(entry.target)
        if (run) hydrateInTurn(run)
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
