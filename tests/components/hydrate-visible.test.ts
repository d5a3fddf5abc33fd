/**
 * Lazy hydration (src/composables/hydrate-visible.ts): a card below the first screen stays plain
 * prerendered HTML until the IntersectionObserver reports it near, then takes over that HTML without
 * a mismatch, even though the visitor's memory (its "saved" mark) was restored in between; what came
 * near is hydrated in short tasks of its own, one after another; on a client-side visit the same card
 * draws at once, with no placeholder.
 */
/* eslint-disable vue/one-component-per-file -- the test's pages and parts, a line each */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSSRApp, defineComponent, h, nextTick, onMounted } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createPinia } from 'pinia'
import { routes } from '@/router/routes'
import { activateLocale, createExhibitionI18n } from '@/i18n'
import { useVisitorStore } from '@/stores/visitor'
import { hydrateWhenVisible } from '@/composables/hydrate-visible'
import BoothCard from '@/components/booth/BoothCard.vue'
import BoothSaveToggle from '@/components/booth/BoothSaveToggle.vue'
import { syntheticIndex } from '../fixtures/synthetic'
import { mountWithApp } from './mount'

/** An IntersectionObserver the test drives: `reveal()` reports every observed element as near. */
class TestObserver {
  static all: TestObserver[] = []
  observed = new Set<Element>()
  constructor(private callback: IntersectionObserverCallback) {
    TestObserver.all.push(this)
  }

  observe(el: Element) {
    this.observed.add(el)
  }

  unobserve(el: Element) {
    this.observed.delete(el)
  }

  disconnect() {
    this.observed.clear()
  }

  static reveal() {
    for (const o of TestObserver.all) {
      const entries = [...o.observed].map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry)
      if (entries.length) o.callback(entries, o as unknown as IntersectionObserver)
    }
  }
}

/** The next task, as the test delivers it: hydrate-visible.ts posts to its channel to yield. */
class TestChannel {
  static posted = 0
  static last: TestChannel | undefined
  port1: { onmessage: null | (() => void) } = { onmessage: null }
  port2 = { postMessage: () => void TestChannel.posted++ }
  constructor() {
    TestChannel.last = this
  }

  /** Runs the task that was posted; false if none was. */
  static deliver(): boolean {
    if (!TestChannel.posted) return false
    TestChannel.posted--
    TestChannel.last!.port1.onmessage!()
    return true
  }
}

const LaterCard = hydrateWhenVisible(BoothCard)
const booth = (() => {
  const b = syntheticIndex(8, 3).find((x) => x.exhibits.length)!
  return { ...b, exhibitCount: b.exhibits.length }
})()
const List = defineComponent({ setup: () => () => h('ul', [h('li', [h(LaterCard, { booth })])]) })
const LaterToggle = hydrateWhenVisible(BoothSaveToggle)
const Sign = defineComponent({ setup: () => () => h('header', [h(LaterToggle, { slug: booth.slug })]) })

async function app(root = List) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  const i18n = createExhibitionI18n()
  await activateLocale(i18n, 'en')
  const pinia = createPinia()
  await router.push('/en/about')
  await router.isReady()
  return createSSRApp(root).use(router).use(i18n).use(pinia)
}

let warn: ReturnType<typeof vi.spyOn>
let error: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  localStorage.clear()
  // No reset of TestObserver.all: hydrate-visible.ts makes one observer for the page and keeps it.
  vi.stubGlobal('IntersectionObserver', TestObserver)
  vi.stubGlobal('MessageChannel', TestChannel)
  TestChannel.posted = 0
  warn = vi.spyOn(console, 'warn')
  error = vi.spyOn(console, 'error')
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

describe('hydrateWhenVisible', () => {
  it('leaves a card as its HTML until it comes near the screen, then hydrates it without a mismatch', async () => {
    const html = await renderToString(await app())
    expect(html).toContain(booth.name)
    expect(html).not.toContain('Saved')
    const root = document.createElement('div')
    root.innerHTML = html
    document.body.append(root)

    const client = await app()
    // The visitor saved this booth on an earlier visit; App.vue restores that before the page hydrates.
    const visitor = useVisitorStore(client.config.globalProperties.$pinia)
    visitor.toggleSaved(booth.slug)
    client.mount(root)
    await nextTick()

    const link = root.querySelector<HTMLAnchorElement>('h3 a')!
    const click = () => {
      const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
      link.dispatchEvent(event)
      return event.defaultPrevented
    }
    // Not hydrated yet: the link is the prerendered one (a click would be a full navigation).
    expect(click()).toBe(false)
    expect(root.textContent).not.toContain('Saved')

    TestObserver.reveal()
    await nextTick()
    // Not in the observer's own callback either: in a task of its own, after it.
    expect(click()).toBe(false)
    expect(TestChannel.deliver()).toBe(true)
    await nextTick()
    await nextTick()
    // Hydrated: the same element, now with the app's navigation, and the visitor's mark.
    expect(root.querySelector('h3 a')).toBe(link)
    expect(click()).toBe(true)
    expect(root.textContent).toContain('Saved')
    const mismatch = (spy: typeof warn) => spy.mock.calls.filter((c: unknown[]) => /hydration/i.test(String(c[0])))
    expect(mismatch(warn)).toEqual([])
    expect(mismatch(error)).toEqual([])
    client.unmount()
    root.remove()
  })

  it('shows a booth\'s saved star only once the star itself has hydrated, so a late sign matches its HTML', async () => {
    const root = document.createElement('div')
    root.innerHTML = await renderToString(await app(Sign))
    document.body.append(root)
    expect(root.textContent).toContain('Save booth')
    const client = await app(Sign)
    useVisitorStore(client.config.globalProperties.$pinia).toggleSaved(booth.slug)
    client.mount(root)
    await nextTick()
    expect(root.textContent).toContain('Save booth')
    TestObserver.reveal()
    expect(TestChannel.deliver()).toBe(true)
    await nextTick()
    await nextTick()
    expect(root.textContent).toContain('Saved')
    const mismatch = (spy: typeof warn) => spy.mock.calls.filter((c: unknown[]) => /hydration/i.test(String(c[0])))
    expect(mismatch(warn)).toEqual([])
    expect(mismatch(error)).toEqual([])
    client.unmount()
    root.remove()
  })

  it('hydrates at once on a pointerdown or a focus inside, before the click or Enter that follows', async () => {
    for (const first of ['pointerdown', 'focusin']) {
      const root = document.createElement('div')
      root.innerHTML = await renderToString(await app())
      document.body.append(root)
      const client = await app()
      client.mount(root)
      await nextTick()
      const link = root.querySelector<HTMLAnchorElement>('h3 a')!
      link.dispatchEvent(new Event(first, { bubbles: true }))
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
      link.dispatchEvent(click)
      expect(click.defaultPrevented, first).toBe(true)
      client.unmount()
      root.remove()
    }
  })

  it('draws the card at once on a client-side visit', async () => {
    const { wrapper } = await mountWithApp(List)
    expect(wrapper.get('h3 a').text()).toBe(booth.name)
  })

  it('hydrates what came near in tasks of about 8 ms, one after another', async () => {
    // A clock the parts advance as they hydrate: a slow part takes 10 ms, a quick one 1 ms.
    let clock = 0
    vi.spyOn(performance, 'now').mockImplementation(() => clock)
    const hydrated: string[] = []
    const Part = defineComponent({
      props: { name: { type: String, required: true }, cost: { type: Number, required: true } },
      setup(props) {
        if (typeof window !== 'undefined') clock += props.cost
        onMounted(() => hydrated.push(props.name))
        return () => h('p', props.name)
      },
    })
    const LaterPart = hydrateWhenVisible(Part)
    const parts = [['slow-1', 10], ['slow-2', 10], ['quick-1', 1], ['quick-2', 1], ['quick-3', 1]] as const
    const Page = defineComponent({ setup: () => () => h('div', parts.map(([name, cost]) => h(LaterPart, { key: name, name, cost }))) })
    const root = document.createElement('div')
    root.innerHTML = await renderToString(createSSRApp(Page))
    document.body.append(root)
    const client = createSSRApp(Page)
    client.mount(root)
    await nextTick()
    TestObserver.reveal()
    expect(hydrated).toEqual([])

    const slices: string[][] = []
    while (TestChannel.deliver()) {
      await nextTick()
      slices.push(hydrated.splice(0))
    }
    // Each slow part has a task to itself; the quick ones share one; in the page's order.
    expect(slices).toEqual([['slow-1'], ['slow-2'], ['quick-1', 'quick-2', 'quick-3']])
    expect(root.textContent).toBe('slow-1slow-2quick-1quick-2quick-3')
    client.unmount()
    root.remove()
  })
})
