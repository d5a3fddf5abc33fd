/**
 * "Previous / next booth" follows the list the visitor came from, when the index loads; when it does
 * not (offline, a failed request), name order stays and nothing is thrown or logged.
 */
import { defineComponent, h, nextTick } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { BoothLink } from '@/domain/model'

const loadIndex = vi.fn()
vi.mock('@/data/client', async (original) => ({ ...(await original<object>()), loadIndex: () => loadIndex() }))

const { TRAIL_KEY, useBoothNeighbours } = await import('@/composables/booth-trail')
const { mountWithApp } = await import('./mount')

// Invented booths: test data never names real regions' content.
const link = (slug: string) => ({ slug, name: slug }) as unknown as BoothLink
const BY_NAME = { previous: link('alpha'), next: link('gamma') }

const Probe = defineComponent({
  setup() {
    const { neighbours, source } = useBoothNeighbours(() => 'beta', () => BY_NAME)
    return () => h('p', `${source.value}: ${neighbours.value.previous?.slug ?? '-'} | ${neighbours.value.next?.slug ?? '-'}`)
  },
})

describe('useBoothNeighbours', () => {
  beforeEach(() => {
    sessionStorage.setItem(TRAIL_KEY, JSON.stringify({ v: 1, path: '/en/booths?sort=exhibits', slugs: ['zeta', 'beta', 'alpha'] }))
    history.replaceState({ back: '/en/booths?sort=exhibits' }, '')
  })
  afterEach(() => {
    sessionStorage.clear()
    loadIndex.mockReset()
  })

  it('follows the visitor\'s list once the index has loaded', async () => {
    loadIndex.mockResolvedValue(['zeta', 'beta', 'alpha', 'gamma'].map(link))
    const { wrapper } = await mountWithApp(Probe)
    await flushPromises()
    await nextTick()
    expect(loadIndex).toHaveBeenCalledOnce()
    expect(wrapper.text()).toBe('list: zeta | alpha')
  })

  it('keeps name order, throwing nothing, when the index fails to load', async () => {
    loadIndex.mockRejectedValue(new Error('offline'))
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    try {
      const { wrapper } = await mountWithApp(Probe)
      await flushPromises()
      await new Promise((resolve) => setImmediate(resolve))
      expect(loadIndex).toHaveBeenCalledOnce()
      expect(wrapper.text()).toBe('name: alpha | gamma')
      expect(unhandled).not.toHaveBeenCalled()
    } finally {
      process.off('unhandledRejection', unhandled)
    }
  })
})
