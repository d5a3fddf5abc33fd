/**
 * The app's door to the exhibition's data. Pages declare what they need in their route's
 * `meta.data`; the router loads it before the page renders (so prerendered HTML and hydration
 * agree), and components read it synchronously from here.
 *
 * The data never changes while the site runs, so one cache serves every prerendered page too.
 */
import { shallowReactive } from 'vue'
import type { Booth, BoothEntry, ExhibitionStats } from './model.ts'
import stats from 'virtual:exhibition/stats'

const cache = shallowReactive({
  index: undefined as readonly BoothEntry[] | undefined,
  booths: new Map<string, Booth | null>(),
})

let indexPromise: Promise<readonly BoothEntry[]> | undefined

export function loadIndex(): Promise<readonly BoothEntry[]> {
  indexPromise ??= import('virtual:exhibition/index').then((m) => (cache.index = m.default))
  return indexPromise
}

/** Loads a booth's full content; resolves to null for a slug that is not a booth. */
export async function loadBooth(slug: string): Promise<Booth | null> {
  if (cache.booths.has(slug)) return cache.booths.get(slug) ?? null
  const { loaders } = await import('virtual:exhibition/booths')
  const loader = Object.hasOwn(loaders, slug) ? loaders[slug] : undefined
  const booth = loader ? (await loader()).default : null
  cache.booths.set(slug, booth)
  return booth
}

/** The index, once a route that declared it has loaded it. */
export function useIndex(): readonly BoothEntry[] {
  if (!cache.index) throw new Error('The booth index was read before it was loaded; add "index" to the route meta.data')
  return cache.index
}

export function useLoadedBooth(slug: string): Booth | null {
  return cache.booths.get(slug) ?? null
}

export function useStats(): ExhibitionStats {
  return stats
}
