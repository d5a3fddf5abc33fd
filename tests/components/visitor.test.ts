/**
 * The visitor's memory: saved and visited booths in localStorage under a versioned key;
 * unreadable or old data dropped with a warning, never a crash; a browser without storage still works.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { VISITOR_KEY, useVisitorStore } from '@/stores/visitor'
import BoothCardMarks from '@/components/booth/BoothCardMarks.vue'
import BoothSaveToggle from '@/components/booth/BoothSaveToggle.vue'
import { mountWithApp } from './mount'

let warn: ReturnType<typeof vi.spyOn>
let error: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  error = vi.spyOn(console, 'error')
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  expect(error).not.toHaveBeenCalled()
})

describe('useVisitorStore', () => {
  it('keeps saved and visited booths under the versioned key, and reads them back', () => {
    const store = useVisitorStore()
    store.restore()
    expect(store.toggleSaved('kota-contoh-0001')).toBe(true)
    store.markVisited('kota-contoh-0002')
    store.markVisited('kota-contoh-0002')
    expect(JSON.parse(localStorage.getItem(VISITOR_KEY)!)).toEqual({ v: 1, saved: ['kota-contoh-0001'], visited: ['kota-contoh-0002'] })

    setActivePinia(createPinia())
    const again = useVisitorStore()
    expect(again.isSaved('kota-contoh-0001')).toBe(false) // nothing is read before restore (prerender-safe)
    again.restore()
    expect(again.isSaved('kota-contoh-0001')).toBe(true)
    expect(again.isVisited('kota-contoh-0002')).toBe(true)
    expect(again.toggleSaved('kota-contoh-0001')).toBe(false)
    expect(again.isSaved('kota-contoh-0001')).toBe(false)
    expect(warn).not.toHaveBeenCalled()
  })

  it.each([
    ['not JSON', '{"v":1,"saved":['],
    ['an old version', JSON.stringify({ v: 0, saved: ['kota-contoh-0001'], visited: [] })],
    ['the wrong shape', JSON.stringify({ v: 1, saved: 'kota-contoh-0001', visited: [] })],
    ['a hostile entry', JSON.stringify({ v: 1, saved: ['<script>'], visited: [] })],
    ['null', 'null'],
  ])('drops %s with a warning and starts afresh', (_, raw) => {
    localStorage.setItem(VISITOR_KEY, raw)
    const store = useVisitorStore()
    expect(() => store.restore()).not.toThrow()
    expect(store.saved).toEqual([])
    expect(store.visited).toEqual([])
    expect(warn).toHaveBeenCalledOnce()
    expect(String(warn.mock.calls[0]![0])).toContain(VISITOR_KEY)
    expect(localStorage.getItem(VISITOR_KEY)).toBeNull()
    store.toggleSaved('kota-contoh-0003')
    expect(JSON.parse(localStorage.getItem(VISITOR_KEY)!).saved).toEqual(['kota-contoh-0003'])
  })

  it('works for the visit when every storage call throws', () => {
    const fail = (name: string) => () => {
      throw new DOMException('storage refused', name)
    }
    const throwing = { getItem: fail('SecurityError'), setItem: fail('QuotaExceededError'), removeItem: fail('SecurityError') }
    vi.stubGlobal('localStorage', throwing)
    const store = useVisitorStore()
    expect(() => store.restore()).not.toThrow()
    expect(store.toggleSaved('kota-contoh-0001')).toBe(true)
    store.markVisited('kota-contoh-0001')
    expect(store.isSaved('kota-contoh-0001')).toBe(true)
    expect(store.isVisited('kota-contoh-0001')).toBe(true)
  })

  it('works when even reaching localStorage throws', () => {
    const fail = () => {
      throw new DOMException('denied', 'SecurityError')
    }
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')
    Object.defineProperty(window, 'localStorage', { configurable: true, get: fail })
    try {
      const store = useVisitorStore()
      expect(() => store.restore()).not.toThrow()
      expect(store.toggleSaved('kota-contoh-0001')).toBe(true)
    } finally {
      if (original) Object.defineProperty(window, 'localStorage', original)
      else delete (window as { localStorage?: unknown }).localStorage
    }
  })
})

describe('the visitor marks', () => {
  it('marks a saved and visited booth card once mounted', async () => {
    localStorage.setItem(VISITOR_KEY, JSON.stringify({ v: 1, saved: ['kota-contoh-0001'], visited: ['kota-contoh-0001', 'kota-contoh-0002'] }))
    const { wrapper, pinia } = await mountWithApp(BoothCardMarks, { props: { slug: 'kota-contoh-0001' } })
    // Before App.vue restores the visitor's memory (once, on mount), the card shows no marks, like the prerendered HTML.
    expect(wrapper.findAll('li')).toHaveLength(0)
    useVisitorStore(pinia).restore()
    await nextTick()
    expect(wrapper.findAll('li').map((l) => l.text())).toEqual(['Saved', 'Visited'])
    const other = await mountWithApp(BoothCardMarks, { locale: 'id', props: { slug: 'kota-contoh-0002' } })
    useVisitorStore(other.pinia).restore()
    await nextTick()
    expect(other.wrapper.findAll('li').map((l) => l.text())).toEqual(['Sudah dikunjungi'])
  })

  it('the star is a toggle button that saves and unsaves the booth', async () => {
    const { wrapper } = await mountWithApp(BoothSaveToggle, { props: { slug: 'kota-contoh-0001' } })
    const star = wrapper.get('button')
    expect(star.text()).toBe('Save booth')
    await star.trigger('click')
    // Saved, it says so, and what pressing it again does.
    expect(star.text()).toBe('Saved (press to remove it from your saved booths)')
    expect(wrapper.get('[role="status"]').text()).toBe('Booth saved.')
    expect(JSON.parse(localStorage.getItem(VISITOR_KEY)!).saved).toEqual(['kota-contoh-0001'])
    await star.trigger('click')
    expect(star.text()).toBe('Save booth')
  })
})
