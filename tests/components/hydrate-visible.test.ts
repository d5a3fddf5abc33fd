/**
 * Lazy hydration (src/composables/hydrate-visible.ts): a card below the first screen stays plain
 * prerendered HTML until the IntersectionObserver reports it near, then takes over that HTML without
 * a mismatch, even though the visitor's memory (its "saved" mark) was restored in between; on a
 * client-side visit the same card draws at once, with no placeholder.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSSRApp, defineComponent, h, nextTick } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createPinia } from 'pinia'
import { routes } from '@/router/routes'
import { activateLocale, createExhibitionI18n } from '@/i18n'
import { useVisitorStore } from '@/stores/visitor'
import { hydrateWhenVisible } from '@/composables/hydrate-visible'
import BoothCard from '@/components/booth/BoothCard.vue'
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

const LaterCard = hydrateWhenVisible(BoothCard)
const booth = (() => {
  const b = syntheticIndex(8, 3).find((x) => x.exhibits.length)!
  return { ...b, exhibitCount: b.exhibits.length }
})()
const List = defineComponent({ setup: () => () => h('ul', [h('li', [h(LaterCard, { booth })])]) })

async function app() {
  const router = createRouter({ history: createMemoryHistory(), routes })
  const i18n = createExhibitionI18n()
  await activateLocale(i18n, 'en')
  const pinia = createPinia()
  await router.push('/en/about')
  await router.isReady()
  return createSSRApp(List).use(router).use(i18n).use(pinia)
}

let warn: ReturnType<typeof vi.spyOn>
let error: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  localStorage.clear()
  TestObserver.all = []
  vi.stubGlobal('IntersectionObserver', TestObserver)
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
})
