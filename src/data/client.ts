/**
 * The app's door to the exhibition's data. Pages declare what they need in their route's
 * `meta.data`; the router loads it before the page renders (so prerendered HTML and hydration
 * agree), and components read it synchronously from here.
 *
 * The data never changes while the site runs, so one cache serves every prerendered page too.
 */
import { shallowReactive } from 'vue'
import type { Booth, BoothEntry, ExhibitionStats } from '../domain/model.ts'
import type { MapData } from '../domain/map.ts'
import type { IslandGroupId } from '../domain/regions.ts'
import stats from 'virtual:exhibition/stats'
import islands from 'virtual:exhibition/islands'
import { BOOTH_DATA, ISLAND_PICTURE, MAP_DATA } from 'virtual:exhibition/data'
import { isSlug } from '../domain/slug.ts'

const cache = shallowReactive({
  index: undefined as readonly BoothEntry[] | undefined,
  booths: new Map<string, Booth | null>(),
  map: undefined as MapData | undefined,
})

let indexPromise: Promise<readonly BoothEntry[]> | undefined
let mapPromise: Promise<MapData> | undefined

export function loadIndex(): Promise<readonly BoothEntry[]> {
  indexPromise ??= import('virtual:exhibition/index').then((m) => (cache.index = m.default))
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
  const response = await fetch(url)
  if (!response.ok || !response.headers.get('content-type')?.includes('json')) throw new Error(`${url}: HTTP ${response.status}`)
  return (await response.json()) as T
}

/**
 * Loads a booth's full content; resolves to null for a slug that is not a booth. The prerender
 * imports it; the browser fetches the booth's JSON file (preloaded by the booth's HTML), so no map
 * of every booth ships to the browser. A network failure rejects (the navigation fails, the
 * visitor stays where they were); a missing file means "not a booth".
 */
/** Where the browser fetches a booth's full content (content-addressed: a new build, a new address). */
export function boothDataUrl(slug: string): string {
  return `${BOOTH_DATA}${slug}.json`
}

export async function loadBooth(slug: string): Promise<Booth | null> {
  if (cache.booths.has(slug)) return cache.booths.get(slug) ?? null
  let booth: Booth | null = null
  if (import.meta.env.SSR) {
    const { loaders } = await import('virtual:exhibition/booths')
    const loader = Object.hasOwn(loaders, slug) ? loaders[slug] : undefined
    booth = loader ? (await loader()).default : null
  } else if (isSlug(slug) && slug.length <= 120) {
    const response = await fetch(boothDataUrl(slug))
    // A static host answers an unknown file with its 404 page (HTML).
    if (response.ok && response.headers.get('content-type')?.includes('json')) booth = (await response.json()) as Booth
    else if (response.status !== 404 && !response.ok) throw new Error(`Booth ${slug}: HTTP ${response.status}`)
  }
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
