/**
 * The update path's reload (src/browser/update.ts): before it reloads onto a new build it drops the
 * service worker's saved copy of the page it loads (the worker shows saved pages first), touches no
 * cache that is not there, and reloads at most once within the guard's window.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { reloadOnce } from '@/browser/update'
import { PAGES_CACHE } from '@/domain/paths'
import { WAIT } from './mount'

let deleted: string[]
let opened: string[]
let reload: ReturnType<typeof vi.fn<() => void>>

function fakeCaches(has: boolean) {
  return {
    has: async (name: string) => has && name === PAGES_CACHE,
    open: async (name: string) => {
      opened.push(name)
      return { delete: async (url: string) => (deleted.push(url), true) }
    },
  }
}

beforeEach(() => {
  deleted = []
  opened = []
  reload = vi.fn<() => void>()
  history.replaceState(null, '', '/en/booths/kota-contoh-0001')
  vi.spyOn(window.location, 'reload').mockImplementation(reload)
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('reloadOnce', () => {
  it('drops the worker\'s saved copy of the page it goes to, then reloads there', async () => {
    vi.stubGlobal('caches', fakeCaches(true))
    expect(reloadOnce('/en/booths/kota-contoh-0002')).toBe(true)
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1), WAIT)
    expect(deleted).toEqual([`${location.origin}/en/booths/kota-contoh-0002`])
    expect(location.pathname).toBe('/en/booths/kota-contoh-0002')
    // Within the guard's window a second reload is refused.
    expect(reloadOnce()).toBe(false)
  })

  it('makes no cache when the worker saved none, and still reloads', async () => {
    vi.stubGlobal('caches', fakeCaches(false))
    history.replaceState(null, '', '/en/booths/kota-contoh-0003')
    expect(reloadOnce()).toBe(true)
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1), WAIT)
    expect(opened).toEqual([])
  })
})
