/**
 * The directory's query string (docs/contract.md, "The directory's query"): parsing, writing
 * and changing it. All state of the directory lives there, so a filtered view is a link.
 *
 * - Within a key values are ORed, across keys ANDed. Unknown keys and values are dropped.
 * - Keys are written in the contract's order (pillar, year, region, province, type, q, has, sort)
 *   and values in a fixed order, so one view has one address; the default sort (`name`) is not written.
 * - `has=exhibits` keeps the booths with at least one exhibit; `sort=exhibits` puts the booths with
 *   most exhibits first (ties by name).
 * - `pillar` also takes sub-elements as `pillar:sub-element` (`pillar=economy:welfare,living`):
 *   booths with an exhibit in that sub-element. A pillar means exactly its three sub-elements (every
 *   exhibit has one), so the value is kept in its shortest form: all three sub-elements of a pillar
 *   are written as the pillar, and a sub-element of a chosen pillar is dropped.
 *
 * Pure: no Vue, no router. Never throws, whatever it is given.
 */
import { PILLAR_IDS, SUB_ELEMENTS, type PillarId } from './pillars.ts'
import { ISLAND_GROUPS, type IslandGroupId } from './regions.ts'
import type { RegionType } from './names.ts'

/** The faceted keys: each value shows how many booths it would give. */
export const FILTER_KEYS = ['pillar', 'year', 'region', 'province', 'type', 'has'] as const
export type FilterKey = (typeof FILTER_KEYS)[number]
/** Every key the directory reads, in the order it writes them (the contract's table). */
export const QUERY_KEYS = ['pillar', 'year', 'region', 'province', 'type', 'q', 'has', 'sort'] as const
export type QueryKey = (typeof QUERY_KEYS)[number]

export const SORTS = ['name', 'year', 'exhibits'] as const
export type DirectorySort = (typeof SORTS)[number]
export const REGION_TYPES: readonly RegionType[] = ['kota', 'kabupaten']
/** What `has` asks a booth to have. */
export const HAS_VALUES = ['exhibits'] as const
export type HasValue = (typeof HAS_VALUES)[number]

/** The longest search text kept; longer input is cut (a 10 kB `q` is not an error). */
export const MAX_QUERY_LENGTH = 64

/** A `pillar` value: a pillar (`economy`) or one of its sub-elements (`economy:welfare`). */
export type PillarValue = PillarId | `${PillarId}:${string}`

/** Every pillar value in the order they are written: each pillar, then its sub-elements. */
export const PILLAR_VALUES: readonly PillarValue[] = PILLAR_IDS.flatMap((p) => [p, ...SUB_ELEMENTS[p].map((s) => `${p}:${s}` as const)])

export interface DirectoryState {
  pillar: PillarValue[]
  year: number[]
  region: IslandGroupId[]
  province: string[]
  type: RegionType[]
  q: string
  has: HasValue[]
  sort: DirectorySort
}

/** The values that exist in the data: a year or province nobody has is dropped like any unknown value. */
export interface DirectoryVocabulary {
  years: readonly number[]
  provinces: readonly string[]
}

/** The query as the router gives it: values are strings, arrays of strings, or null. */
export type RawQuery = Record<string, unknown>

/** What `toQuery` writes: the canonical query, keys in order. */
export type CanonicalQuery = Partial<Record<QueryKey, string>>

export const EMPTY_STATE: Readonly<DirectoryState> = Object.freeze({
  pillar: [], year: [], region: [], province: [], type: [], q: '', has: [], sort: 'name',
})

/** A state with nothing chosen (fresh arrays, unlike the frozen EMPTY_STATE's). */
function emptyState(sort: DirectorySort = 'name'): DirectoryState {
  return { pillar: [], year: [], region: [], province: [], type: [], q: '', has: [], sort }
}

const MAX_RAW_LENGTH = 4096
const MAX_VALUES = 200

function rawStrings(query: RawQuery, key: string): string[] {
  if (query === null || typeof query !== 'object' || !Object.hasOwn(query, key)) return []
  const raw: unknown = query[key]
  const list: unknown[] = Array.isArray(raw) ? raw : [raw]
  return list.filter((v): v is string => typeof v === 'string').map((v) => v.slice(0, MAX_RAW_LENGTH))
}

/** Comma-separated values of a key (repeated keys add up), trimmed and in lower case. */
export function valuesOf(query: RawQuery, key: string): string[] {
  return rawStrings(query, key)
    .flatMap((v) => v.split(','))
    .slice(0, MAX_VALUES)
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean)
}

/** Keeps the known values of `order` that occur in `wanted`, in `order`'s order, once each. */
function pick<T>(order: readonly T[], wanted: readonly unknown[]): T[] {
  const set = new Set(wanted)
  return order.filter((v) => set.has(v))
}

/** The shortest form of a pillar selection (see the header). */
export function normalisePillars(values: readonly string[]): PillarValue[] {
  const chosen = new Set(values)
  return PILLAR_IDS.flatMap((p): PillarValue[] => {
    const subs = SUB_ELEMENTS[p].filter((s) => chosen.has(`${p}:${s}`))
    if (chosen.has(p) || subs.length === SUB_ELEMENTS[p].length) return [p]
    return subs.map((s) => `${p}:${s}` as const)
  })
}

/** Free text as the URL keeps it: no control characters, single spaces, trimmed, at most 64 characters. */
export function cleanSearchText(text: string): string {
  const single = text.slice(0, MAX_RAW_LENGTH).replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ').trim()
  return Array.from(single).slice(0, MAX_QUERY_LENGTH).join('').trim()
}

export function parseDirectoryQuery(query: RawQuery, vocabulary: DirectoryVocabulary): DirectoryState {
  try {
    const years = new Set(valuesOf(query, 'year').filter((v) => /^\d{4}$/.test(v)).map(Number))
    return {
      pillar: normalisePillars(valuesOf(query, 'pillar')),
      year: [...vocabulary.years].sort((a, b) => a - b).filter((y) => years.has(y)),
      region: pick(ISLAND_GROUPS, valuesOf(query, 'region')),
      province: pick([...vocabulary.provinces].sort(), valuesOf(query, 'province')),
      type: pick(REGION_TYPES, valuesOf(query, 'type')),
      q: cleanSearchText(rawStrings(query, 'q')[0] ?? ''),
      has: pick(HAS_VALUES, valuesOf(query, 'has')),
      // One sort: the first known value given.
      sort: valuesOf(query, 'sort').find((v): v is DirectorySort => (SORTS as readonly string[]).includes(v)) ?? 'name',
    }
  } catch {
    // Exotic objects (throwing getters, proxies) are not queries a router produces; read them as none.
    return emptyState()
  }
}

/** The canonical query of a state: keys in the contract's order, empty keys and the default sort left out. */
export function toQuery(state: DirectoryState): CanonicalQuery {
  const query: CanonicalQuery = {}
  for (const key of QUERY_KEYS) {
    if (key === 'q') {
      if (state.q) query.q = state.q
    } else if (key === 'sort') {
      if (state.sort !== 'name') query.sort = state.sort
    } else if (state[key].length) {
      query[key] = state[key].join(',')
    }
  }
  return query
}

/** True when the raw query is already canonical (same keys in the same order, same values). */
export function isCanonicalQuery(raw: RawQuery, canonical: CanonicalQuery): boolean {
  const rawKeys = Object.keys(raw)
  const keys = Object.keys(canonical) as QueryKey[]
  return rawKeys.length === keys.length && keys.every((k, i) => rawKeys[i] === k && raw[k] === canonical[k])
}

/** How many filters are active: one per value, plus one for a search. */
export function activeFilterCount(state: DirectoryState): number {
  return FILTER_KEYS.reduce((n, k) => n + state[k].length, 0) + (state.q ? 1 : 0)
}

export function hasFilters(state: DirectoryState): boolean {
  return activeFilterCount(state) > 0
}

/** A filter value as written in the URL. */
export type FilterValue = { key: FilterKey; value: string }

export function isChosen(state: DirectoryState, key: FilterKey, value: string): boolean {
  if (key === 'pillar') {
    const [p] = value.split(':')
    return state.pillar.some((v) => v === value || v === p)
  }
  return (state[key] as ReadonlyArray<string | number>).some((v) => String(v) === value)
}

/** The pillar selection as sub-element pairs: a chosen pillar stands for its three sub-elements. */
function expandPillars(values: readonly PillarValue[]): Set<string> {
  const out = new Set<string>()
  for (const v of values) {
    const [p, sub] = v.split(':') as [PillarId, string | undefined]
    if (sub) out.add(v)
    else for (const s of SUB_ELEMENTS[p] ?? []) out.add(`${p}:${s}`)
  }
  return out
}

/**
 * The state with one value switched on or off. A pillar switches all its sub-elements; switching
 * off one sub-element of a chosen pillar leaves the other two (as a tree of checkboxes does).
 */
export function toggleFilter(state: DirectoryState, key: FilterKey, value: string, on: boolean): DirectoryState {
  if (key === 'pillar') {
    const pairs = expandPillars(state.pillar)
    const [p, sub] = value.split(':') as [PillarId, string | undefined]
    const targets = sub ? [value] : (SUB_ELEMENTS[p] ?? []).map((s) => `${p}:${s}`)
    for (const t of targets) {
      if (on) pairs.add(t)
      else pairs.delete(t)
    }
    return { ...state, pillar: normalisePillars([...pairs]) }
  }
  const set = new Set((state[key] as ReadonlyArray<string | number>).map(String))
  if (on) set.add(value)
  else set.delete(value)
  const values = [...set]
  switch (key) {
    case 'year': return { ...state, year: values.filter((v) => /^\d{4}$/.test(v)).map(Number).sort((a, b) => a - b) }
    case 'province': return { ...state, province: values.sort() }
    case 'region': return { ...state, region: pick(ISLAND_GROUPS, values) }
    case 'type': return { ...state, type: pick(REGION_TYPES, values) }
    case 'has': return { ...state, has: pick(HAS_VALUES, values) }
  }
}

/** The state without a key's filter (`q` clears the search). */
export function withoutKey(state: DirectoryState, key: FilterKey | 'q'): DirectoryState {
  return key === 'q' ? { ...state, q: '' } : { ...state, [key]: [] }
}

/** Every filter and the search removed; the sort stays. */
export function clearFilters(state: DirectoryState): DirectoryState {
  return emptyState(state.sort)
}

/** The active filter values, in the order the URL writes them (for chips). */
export function activeFilters(state: DirectoryState): FilterValue[] {
  return FILTER_KEYS.flatMap((key) => (state[key] as ReadonlyArray<string | number>).map((v) => ({ key, value: String(v) })))
}
