/**
 * The app's door to the exhibition's data. Pages declare what they need in their route's
 * `meta.data`; the router loads it before the page renders (so prerendered HTML and hydration
 * agree), and components read it synchronously from here.
 *
 * The data never changes while the site runs, so one cache serves every prerendered page too.
 * What fails to load is never cached as an answer (docs/contract.md, "Bad input": data that fails to
 * load shows an error with a retry): a failure is a `DataLoadError` saying why, kept beside the cache
 * until a retry succeeds, and "no such booth" is only ever said when the running build's own data
 * says so.
 */
import { shallowReactive } from 'vue'
import type { Booth, BoothEntry, ExhibitionStats } from '../domain/model.ts'
import type { MapData } from '../domain/map.ts'
import type { IslandGroupId } from '../domain/regions.ts'
import stats from 'virtual:exhibition/stats'
import islands from 'virtual:exhibition/islands'
import { BOOTH_DATA, ISLAND_PICTURE, MAP_DATA } from 'virtual:exhibition/data'
import { isSlug } from '../domain/slug.ts'
import { reloadOnce, siteHasChanged } from '../browser/update.ts'
import { isBoothShaped } from './validate.ts'

/**
 * Why data did not load. `offline`: the browser has no network. `unavailable`: the server failed
 * (5xx), did not answer in time, or the connection broke. `invalid`: an answer that is not the data
 * (not JSON, or JSON of the wrong shape), refused rather than rendered in part. `stale`: the data's
 * address is gone because the site was deployed again; the page must be loaded afresh.
 */
export type LoadFailure = 'offline' | 'unavailable' | 'invalid' | 'stale'

export class DataLoadError extends Error {
  readonly failure: LoadFailure
  constructor(failure: LoadFailure, detail: string) {
    super(`${detail} (${failure})`)
    this.name = 'DataLoadError'
    this.failure = failure
  }
}

/** The failure of anything thrown while loading: a DataLoadError's own, else by the network's state. */
export function failureOf(error: unknown): LoadFailure {
  if (error instanceof DataLoadError) return error.failure
  return offlineNow() ? 'offline' : 'unavailable'
}

const offlineNow = () => typeof navigator !== 'undefined' && navigator.onLine === false

/** A booth's file that has not answered by then is reported, with a retry (patchy mobile networks). */
export const BOOTH_TIMEOUT_MS = 20_000

const cache = shallowReactive({
  index: undefined as readonly BoothEntry[] | undefined,
  booths: shallowReactive(new Map<string, Booth | null>()),
  /** Booths whose last load failed, and why; cleared when one loads. */
  failures: shallowReactive(new Map<string, LoadFailure>()),
  map: undefined as MapData | undefined,
})

let indexPromise: Promise<readonly BoothEntry[]> | undefined
let mapPromise: Promise<MapData> | undefined

/** Loads the compact index (a chunk of the build). A failed load is not kept: the next call tries again. */
export function loadIndex(): Promise<readonly BoothEntry[]> {
  indexPromise ??= import('virtual:exhibition/index').then(
    (m) => (cache.index = m.default),
    (error: unknown) => {
      indexPromise = undefined
      throw new DataLoadError(failureOf(error), `The booth index did not load: ${String(error)}`)
    },
  )
  return indexPromise
}

/** Where the browser fetches the map page's data (content-addressed, preloaded by the map page's HTML). */
export function mapDataUrl(): string {
  return MAP_DATA
}

/**
 * Loads the map page's data: the prerender imports it, the browser fetches its JSON file, so the
 * drawing is never JavaScript. A failure rejects (the navigation fails, the prerendered page stays)
 * and the next navigation tries again.
 */
export function loadMap(): Promise<MapData> {
  mapPromise ??= (import.meta.env.SSR ? import('virtual:exhibition/map').then((m) => m.default) : fetchJson<MapData>(MAP_DATA))
    .then((map) => (cache.map = map))
    .catch((error: unknown) => {
      mapPromise = undefined
      throw error
    })
  return mapPromise
}

async function fetchJson<T>(url: string): Promise<T> {
  let response: Response
  try {
    response = await fetch(url)
  } catch (error) {
    throw new DataLoadError(failureOf(error), `${url}: ${String(error)}`)
  }
  // The map's address is content-addressed like the booths': gone after a redeploy.
  if (response.status === 404) throw new DataLoadError('stale', `${url}: HTTP 404`)
  if (!response.ok) throw new DataLoadError('unavailable', `${url}: HTTP ${response.status}`)
  if (!response.headers.get('content-type')?.includes('json')) throw new DataLoadError('invalid', `${url}: not JSON`)
  try {
    return (await response.json()) as T
  } catch {
    throw new DataLoadError('invalid', `${url}: invalid JSON`)
  }
}

/** Where the browser fetches a booth's full content (content-addressed: a new build, a new address). */
export function boothDataUrl(slug: string): string {
  return `${BOOTH_DATA}${slug}.json`
}

async function fetchWithin(url: string, ms: number): Promise<Response> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), ms)
  try {
    return await fetch(url, { signal: controller.signal })
  } catch (error) {
    throw new DataLoadError(failureOf(error), `${url}: ${controller.signal.aborted ? `no answer in ${ms} ms` : String(error)}`)
  } finally {
    clearTimeout(timer)
  }
}

/**
 * The booth's file, fetched (preloaded by the booth's HTML). A 404 (a static host answers a missing
 * file with its 404 page) means either "not a booth" or "this tab runs an older build whose data
 * address is gone": the server's current HTML tells which.
 */
async function fetchBooth(slug: string): Promise<Booth | null> {
  const url = boothDataUrl(slug)
  const response = await fetchWithin(url, BOOTH_TIMEOUT_MS)
  if (response.status === 404) {
    if (await siteHasChanged()) throw new DataLoadError('stale', `${url}: gone after a new deployment`)
    return null
  }
  if (!response.ok) throw new DataLoadError(response.status >= 500 ? 'unavailable' : 'invalid', `${url}: HTTP ${response.status}`)
  let data: unknown
  try {
    data = await response.json()
  } catch (error) {
    // A body cut off by a broken connection, or not JSON at all (a proxy's error page, say).
    throw new DataLoadError(offlineNow() ? 'offline' : 'invalid', `${url}: not JSON (${String(error)})`)
  }
  if (!isBoothShaped(data, slug)) throw new DataLoadError('invalid', `${url}: not a booth`)
  return data
}

/**
 * Loads a booth's full content; resolves to null for a slug that is not a booth, and rejects with a
 * DataLoadError when it cannot tell (the failure is kept for `useBoothFailure`). The prerender
 * imports it; the browser fetches the booth's JSON file, so no map of every booth ships to the browser.
 */
export async function loadBooth(slug: string): Promise<Booth | null> {
  if (cache.booths.has(slug)) return cache.booths.get(slug) ?? null
  let booth: Booth | null = null
  if (import.meta.env.SSR) {
    const { loaders } = await import('virtual:exhibition/booths')
    const loader = Object.hasOwn(loaders, slug) ? loaders[slug] : undefined
    booth = loader ? (await loader()).default : null
  } else if (isSlug(slug) && slug.length <= 120) {
    try {
      booth = await fetchBooth(slug)
    } catch (error) {
      cache.failures.set(slug, failureOf(error))
      throw error
    }
  }
  cache.failures.delete(slug)
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

/** Why the booth's last load failed, if it did and has not loaded since (reactive). */
export function useBoothFailure(slug: string): LoadFailure | undefined {
  return cache.failures.get(slug)
}

export function useStats(): ExhibitionStats {
  return stats
}

/**
 * Tries a booth that failed once more (its error state's button). The outcome shows through
 * `useLoadedBooth` and `useBoothFailure`; a booth gone after a redeploy loads this address afresh.
 */
export async function retryBooth(slug: string): Promise<void> {
  try {
    await loadBooth(slug)
  } catch (error) {
    if (failureOf(error) === 'stale') reloadOnce()
  }
}

/** The map page's data, once a route that declared it (`meta.data: ['map']`) has loaded it. */
export function useMapData(): MapData {
  if (!cache.map) throw new Error('The map was read before it was loaded; add "map" to the route meta.data')
  return cache.map
}

/** Booths per island group (the lobby's way in by map). */
export function useIslandCounts(): ReadonlyArray<{ id: IslandGroupId; booths: number }> {
  return islands
}

/** The island-group picture the build drew for the lobby, in each colour scheme. */
export function useIslandPicture(): typeof ISLAND_PICTURE {
  return ISLAND_PICTURE
}
