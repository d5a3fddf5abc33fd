/**
 * The directory's results: a booth with exhibits as a card, one without as a compact row; after a
 * filter change the first cards are redrawn at once and the rest of the page a frame later (the
 * directory's click-to-paint budget, docs/contract.md "Budgets"), but all at once when the app has
 * just started (the prerendered cards are the unfiltered ones); "show more" draws its cards at once.
 */
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import type { VueWrapper } from '@vue/test-utils'
import DirectoryResults from '@/components/directory/DirectoryResults.vue'
import { markHydrated } from '@/composables/hydrated'
import { syntheticIndex } from '../fixtures/synthetic'
import { mountWithApp } from './mount'

const frames = async () => {
  for (let i = 0; i < 3; i++) await new Promise<void>((done) => requestAnimationFrame(() => done()))
  await nextTick()
}
const names = (w: { findAll: (s: string) => Array<{ text: () => string }> }) => w.findAll('article h3').map((n) => n.text())

describe('DirectoryResults', () => {
  const booths = syntheticIndex(60, 7)
  const odd = booths.filter((_, i) => i % 2)

  it('draws a booth without exhibits as a row, still a link named by the official name; then, when the app starts, every card at once', async () => {
    const { wrapper } = await mountWithApp(DirectoryResults, { props: { items: booths, shown: 24, pageSize: 24 } })
    const shown = booths.slice(0, 24)
    const empty = shown.filter((b) => !b.exhibits.length)
    expect(empty.length).toBeGreaterThan(0)
    expect(wrapper.findAll('.booth-row').map((r) => r.get('h3 a').text())).toEqual(empty.map((b) => b.name))
    expect(wrapper.findAll('.booth-card').map((r) => r.get('h3 a').text())).toEqual(shown.filter((b) => b.exhibits.length).map((b) => b.name))
    const row = wrapper.get('.booth-row')
    expect(row.get('a').attributes('href')).toBe(`/en/booths/${empty[0]!.slug}`)
    expect(row.text()).toContain('No exhibit material yet')
    expect(row.text()).toContain(empty[0]!.province.name)
    for (const y of empty[0]!.years) expect(row.text()).toContain(String(y))

    // The app starts on a filtered link: no frame may show the prerendered, unfiltered cards.
    markHydrated()
    await (wrapper as unknown as VueWrapper).setProps({ items: odd })
    await nextTick()
    // 30 matches: a last page of a few (up to a quarter page) is shown at once.
    expect(names(wrapper)).toEqual(odd.map((b) => b.name))
    expect(wrapper.get('ul').attributes('aria-busy')).toBeUndefined()
  })

  it('redraws the first six cards with the change and the rest a frame later, busy meanwhile', async () => {
    const { wrapper } = await mountWithApp(DirectoryResults, { props: { items: booths, shown: 24, pageSize: 24 } })
    expect(names(wrapper)).toEqual(booths.slice(0, 24).map((b) => b.name))

    await (wrapper as unknown as VueWrapper).setProps({ items: odd })
    await nextTick()
    const now = names(wrapper)
    expect(now.slice(0, 6)).toEqual(odd.slice(0, 6).map((b) => b.name))
    expect(now.slice(6)).toEqual(booths.slice(6, 24).map((b) => b.name))
    expect(wrapper.get('ul').attributes('aria-busy')).toBe('true')

    await frames()
    // 30 matches: a last page of a few (up to a quarter page) is shown at once.
    expect(names(wrapper)).toEqual(odd.map((b) => b.name))
    expect(wrapper.get('ul').attributes('aria-busy')).toBeUndefined()
  })

  it('draws the cards "show more" adds at once (the browser tests check where focus goes)', async () => {
    const { wrapper } = await mountWithApp(DirectoryResults, { props: { items: booths, shown: 24, pageSize: 24 }, attachTo: document.body })
    await wrapper.get('.results__more button').trigger('click')
    expect(wrapper.emitted('more')).toHaveLength(1)
    await (wrapper as unknown as VueWrapper).setProps({ shown: 48 })
    await nextTick()
    expect(names(wrapper)).toEqual(booths.slice(0, 48).map((b) => b.name))
    expect(wrapper.get('ul').attributes('aria-busy')).toBeUndefined()
    wrapper.unmount()
  })

  it('shows at most `max` cards: past them, "next booths" and "previous booths" move the window', async () => {
    const many = syntheticIndex(200, 3)
    const { wrapper } = await mountWithApp(DirectoryResults, { props: { items: many, shown: 48, pageSize: 24, max: 60 } })
    expect(wrapper.get('.results__more button').text()).toBe('Show 12 more')
    await wrapper.get('.results__more button').trigger('click')
    await (wrapper as unknown as VueWrapper).setProps({ shown: 60 })
    expect(wrapper.findAll('article')).toHaveLength(60)
    expect(wrapper.get('.results__shown').text()).toBe('Booths 1–60 of 200')
    const next = wrapper.get('.results__more button')
    expect(next.text()).toBe('Next booths (61–84)')
    await next.trigger('click')
    expect(wrapper.emitted('next')).toHaveLength(1)
    await (wrapper as unknown as VueWrapper).setProps({ start: 60, shown: 24 })
    expect(names(wrapper)).toEqual(many.slice(60, 84).map((b) => b.name))
    const top = wrapper.get('.results__more--top')
    expect(top.text()).toContain('Booths 61–84 of 200')
    expect(top.get('button').text()).toBe('Previous booths (1–60)')
    await top.get('button').trigger('click')
    expect(wrapper.emitted('previous')).toHaveLength(1)
  })
})
