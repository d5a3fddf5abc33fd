/**
 * The directory's results and faceted counts (docs/contract.md, "The directory's query"), pure and fast enough for 10,000 booths.
 *
 * `createDirectoryModel` prepares the booths once (small integer ids for every facet value, a search
 * haystack, the three sort orders); `runDirectory` then answers a query state in one pass over the booths:
 * a booth that passes every filter is a result and counts for all its values; a booth that fails
 * exactly one key counts for that key's values only (the usual faceted count: each value shows how
 * many booths it would give with the OTHER active filters), and tells how many booths removing that
 * key would bring back (the "no booths match" state offers the most helpful one).
 * With a search, the results come by how well they match (src/domain/search.ts: a name matched
 * exactly, then by its beginning, then other texts, then typos), each rank in the chosen order.
 */
import type { PillarId } from './pillars.ts'
import { ISLAND_GROUPS, type IslandGroupId } from './regions.ts'
import type { RegionType } from './names.ts'
import { compareBoothsByName, compareNames } from './sort.ts'
import { searchDocuments, searchIndexSteps, SEARCH_RANKS, type SearchIndex } from './search.ts'
import { aliasesOf, englishWords } from './search-aliases.ts'
import {
  FILTER_KEYS,
  HAS_VALUES,
  PILLAR_VALUES,
  REGION_TYPES,
  type DirectoryState,
  type DirectoryVocabulary,
  type FilterKey,
} from './query.ts'

/** What the directory needs of a booth (the content index's BoothEntry has it all). */
export interface DirectoryEntry {
  slug: string
  name: string
  shortName: string
  type: RegionType
  province: { name: string; slug: string }
  island: IslandGroupId
  years: readonly number[]
  exhibits: ReadonlyArray<{ pillar: PillarId; subElement: string; title: { id?: string; en?: string } }>
}

/**
 * The names of the sub-elements (`living:health` → ["Kesehatan", "Health"]), from locales/*.json
 * (`pillars.*.sub.*`) in every language the caller has: a booth is found by its exhibits' sub-elements.
 */
export type SubElementNames = Readonly<Record<string, readonly string[]>>

/** English words for the kinds of region, so "Surabaya City" and "Agam Regency" are found too. */
const KIND_WORDS: Record<RegionType, string> = { kota: 'city', kabupaten: 'regency' }

/** A facet's values per booth in compressed rows: booth i has ids[offsets[i]] up to ids[offsets[i + 1]]. */
interface FacetColumn {
  offsets: Uint32Array
  ids: Uint16Array
}

export interface DirectoryModel<T extends DirectoryEntry = DirectoryEntry> {
  entries: readonly T[]
  vocabulary: DirectoryVocabulary
  /** Facet values per key, in display order; the ids in `columns` index into these. */
  values: Record<FilterKey, readonly string[]>
  /** A province's name by its slug (the province facet's and chips' labels). */
  provinceNames: ReadonlyMap<string, string>
  /** A province's island group by its slug (the province facet's groups). */
  provinceIslands: ReadonlyMap<string, IslandGroupId>
  columns: Record<FilterKey, FacetColumn>
  order: Record<DirectoryState['sort'], Uint32Array>
  /** The sub-element names the search index is built with (`setSearchNames`). */
  searchNames: SubElementNames
  /** Built on the first search: a page opened without `q` never pays for it. */
  searchIndex: SearchIndex | undefined
  /** The last search, kept: changing a filter does not search again. */
  lastSearch: { q: string; matches: Uint8Array | undefined } | undefined
}

export interface FacetOption {
  value: string
  count: number
}

export interface DirectoryResult<T extends DirectoryEntry = DirectoryEntry> {
  items: T[]
  /** For every filter key, its values with their counts, in display order. */
  facets: Record<FilterKey, FacetOption[]>
  /** How many booths there would be with that key's filter (or the search) removed and the rest kept. */
  without: Record<FilterKey | 'q', number>
}

function indexer(values: readonly string[]): (v: string) => number {
  const map = new Map(values.map((v, i) => [v, i]))
  return (v) => map.get(v) ?? -1
}

function column(rows: ReadonlyArray<Iterable<number>>): FacetColumn {
  const lists = rows.map((r) => [...new Set(r)].filter((id) => id >= 0).sort((a, b) => a - b))
  const offsets = new Uint32Array(lists.length + 1)
  lists.forEach((l, i) => (offsets[i + 1] = offsets[i]! + l.length))
  const ids = new Uint16Array(offsets[lists.length]!)
  lists.forEach((l, i) => ids.set(l, offsets[i]))
  return { offsets, ids }
}

function isSortedByName(entries: readonly DirectoryEntry[]): boolean {
  for (let i = 1; i < entries.length; i++) if (compareBoothsByName(entries[i - 1]!, entries[i]!) > 0) return false
  return true
}

export function createDirectoryModel<T extends DirectoryEntry>(entries: readonly T[]): DirectoryModel<T> {
  const years = [...new Set(entries.flatMap((e) => e.years))].sort((a, b) => a - b)
  const provinceNames = new Map(entries.map((e) => [e.province.slug, e.province.name]))
  const provinceIslands = new Map(entries.map((e) => [e.province.slug, e.island]))
  const provinces = [...provinceNames.keys()].sort((a, b) => compareProvince(provinceNames, a, b))
  const values: Record<FilterKey, readonly string[]> = {
    pillar: PILLAR_VALUES,
    year: years.map(String),
    region: ISLAND_GROUPS,
    province: provinces,
    type: REGION_TYPES,
    has: HAS_VALUES,
  }
  const at = {
    pillar: indexer(values.pillar),
    year: indexer(values.year),
    region: indexer(values.region),
    province: indexer(values.province),
    type: indexer(values.type),
  }
  const columns: Record<FilterKey, FacetColumn> = {
    pillar: column(entries.map((e) => e.exhibits.flatMap((x) => [at.pillar(x.pillar), at.pillar(`${x.pillar}:${x.subElement}`)]))),
    year: column(entries.map((e) => e.years.map((y) => at.year(String(y))))),
    region: column(entries.map((e) => [at.region(e.island)])),
    province: column(entries.map((e) => [at.province(e.province.slug)])),
    type: column(entries.map((e) => [at.type(e.type)])),
    has: column(entries.map((e) => (e.exhibits.length ? [0] : []))),
  }
  // The content index comes sorted by name; sort only what is not.
  const byName = [...entries.keys()]
  if (!isSortedByName(entries)) byName.sort((a, b) => compareBoothsByName(entries[a]!, entries[b]!) || a - b)
  const rank = new Uint32Array(entries.length)
  byName.forEach((entry, position) => (rank[entry] = position))
  const firstYear = entries.map((e) => (e.years.length ? Math.min(...e.years) : Infinity))
  const byYear = [...byName].sort((a, b) => firstYear[a]! - firstYear[b]! || rank[a]! - rank[b]!)
  const byExhibits = [...byName].sort((a, b) => entries[b]!.exhibits.length - entries[a]!.exhibits.length || rank[a]! - rank[b]!)
  return {
    entries,
    vocabulary: { years, provinces },
    values,
    provinceNames,
    provinceIslands,
    columns,
    order: { name: Uint32Array.from(byName), year: Uint32Array.from(byYear), exhibits: Uint32Array.from(byExhibits) },
    searchNames: {},
    searchIndex: undefined,
    lastSearch: undefined,
  }
}

function compareProvince(names: Map<string, string>, a: string, b: string): number {
  return compareNames(names.get(a) ?? a, names.get(b) ?? b) || (a < b ? -1 : a > b ? 1 : 0)
}

/**
 * What a booth is found by. Its name: the official name, the short name written as one word
 * ("Pangkalpinang"), its common short names (search-aliases.ts), the English words of its name
 * ("East Lombok"). Its other texts: its kind in English, its province (with its short names and
 * English words), its exhibits' titles and sub-elements.
 */
function searchDocument(e: DirectoryEntry, subNames: SubElementNames) {
  const joined = e.shortName.includes(' ') ? e.shortName.replace(/\s+/g, '') : undefined
  const subs = new Set(e.exhibits.map((x) => `${x.pillar}:${x.subElement}`))
  return {
    name: [e.name, joined, ...aliasesOf(e.slug), ...englishWords(e.shortName)],
    other: [
      KIND_WORDS[e.type], e.province.name, ...aliasesOf(e.province.slug), ...englishWords(e.province.name),
      ...e.exhibits.flatMap((x) => [x.title.id, x.title.en]),
      ...[...subs].flatMap((s) => subNames[s] ?? []),
    ],
  }
}

/**
 * The sub-element names to find booths by (both languages once the page has them). A change drops
 * the search index, built again on the next search; returns whether anything changed.
 */
export function setSearchNames(model: DirectoryModel, names: SubElementNames): boolean {
  const key = (n: SubElementNames) => JSON.stringify(Object.entries(n).sort())
  if (key(model.searchNames) === key(names)) return false
  model.searchNames = names
  model.searchIndex = undefined
  model.lastSearch = undefined
  return true
}

/** The search index, built now if it is not built yet (the first search, when the page had no idle time to build it). */
export function prepareSearch(model: DirectoryModel): SearchIndex {
  const steps = prepareSearchSteps(model)
  while (!steps.next().done) {
    // every step at once
  }
  return model.searchIndex!
}

/**
 * Builds the search index in steps (a few booths each), for a page that is idle before the first
 * search: one long task would delay a tap. Done when it returns; a search meanwhile builds it at once.
 */
export function* prepareSearchSteps(model: DirectoryModel): Generator<void, void> {
  if (model.searchIndex) return
  const names = model.searchNames
  const steps = searchIndexSteps(model.entries.length, (i) => searchDocument(model.entries[i]!, names))
  for (;;) {
    const step = steps.next()
    // The names changed, or a search built the index meanwhile: this one is not wanted.
    if (model.searchNames !== names || model.searchIndex) return
    if (step.done) {
      model.searchIndex = step.value
      return
    }
    yield
  }
}

/** How well each booth matches the search text (0 = not at all, see `searchDocuments`); undefined when there is nothing to search for. */
function searchMatches(model: DirectoryModel, q: string): Uint8Array | undefined {
  if (!q) return undefined
  if (model.lastSearch?.q === q) return model.lastSearch.matches
  const matches = searchDocuments(prepareSearch(model), q)
  model.lastSearch = { q, matches }
  return matches
}

/** The chosen value ids of a key as a lookup table, or undefined when the key filters nothing. */
function chosenTable(model: DirectoryModel, key: FilterKey, state: DirectoryState): Uint8Array | undefined {
  const chosen = state[key] as ReadonlyArray<string | number>
  if (!chosen.length) return undefined
  const table = new Uint8Array(model.values[key].length)
  const at = indexer(model.values[key])
  for (const v of chosen) {
    const i = at(String(v))
    if (i >= 0) table[i] = 1
  }
  return table
}

const Q = FILTER_KEYS.length

export function runDirectory<T extends DirectoryEntry>(model: DirectoryModel<T>, state: DirectoryState): DirectoryResult<T> {
  const cols = FILTER_KEYS.map((k) => model.columns[k])
  const tables = FILTER_KEYS.map((k) => chosenTable(model, k, state))
  const active = FILTER_KEYS.map((_, k) => k).filter((k) => tables[k])
  const matches = searchMatches(model, state.q)
  const counts = FILTER_KEYS.map((k) => new Int32Array(model.values[k].length))
  const without = new Int32Array(Q + 1)
  // With a search, one list per rank of match (best last), each in the chosen order.
  const ranked: number[][] | undefined = matches && Array.from({ length: SEARCH_RANKS }, () => [])
  const items: T[] = []
  const order = model.order[state.sort]

  for (let o = 0; o < order.length; o++) {
    const i = order[o]!
    let failed = -1
    let failures = 0
    if (matches && !matches[i]) {
      failed = Q
      failures = 1
    }
    for (let a = 0; a < active.length && failures < 2; a++) {
      const k = active[a]!
      const { offsets, ids } = cols[k]!
      const table = tables[k]!
      let hit = false
      for (let j = offsets[i]!, end = offsets[i + 1]!; j < end; j++) {
        if (table[ids[j]!]) {
          hit = true
          break
        }
      }
      if (!hit) {
        failed = k
        failures++
      }
    }
    if (failures === 0) {
      if (ranked) ranked[matches![i]! - 1]!.push(i)
      else items.push(model.entries[i]!)
      for (let k = 0; k < Q; k++) {
        const { offsets, ids } = cols[k]!
        const count = counts[k]!
        for (let j = offsets[i]!, end = offsets[i + 1]!; j < end; j++) count[ids[j]!]!++
      }
    } else if (failures === 1) {
      without[failed]!++
      if (failed < Q) {
        const { offsets, ids } = cols[failed]!
        const count = counts[failed]!
        for (let j = offsets[i]!, end = offsets[i + 1]!; j < end; j++) count[ids[j]!]!++
      }
    }
  }

  if (ranked) for (let r = ranked.length - 1; r >= 0; r--) for (const i of ranked[r]!) items.push(model.entries[i]!)

  const facets = {} as Record<FilterKey, FacetOption[]>
  const withoutByKey = {} as Record<FilterKey | 'q', number>
  FILTER_KEYS.forEach((key, k) => {
    facets[key] = model.values[key].map((value, id) => ({ value, count: counts[k]![id]! }))
    withoutByKey[key] = items.length + without[k]!
  })
  withoutByKey.q = items.length + without[Q]!
  return { items, facets, without: withoutByKey }
}

/**
 * The filter to offer removing when nothing matches: the one whose removal alone brings back the
 * most booths (ties go to the key written last, the finer one). Undefined when no single removal helps.
 */
export function narrowestFilter(state: DirectoryState, result: Pick<DirectoryResult, 'without'>): { key: FilterKey | 'q'; count: number } | undefined {
  let best: { key: FilterKey | 'q'; count: number } | undefined
  for (const key of [...FILTER_KEYS, 'q'] as const) {
    const active = key === 'q' ? state.q !== '' : state[key].length > 0
    const count = result.without[key]
    if (active && count > 0 && (!best || count >= best.count)) best = { key, count }
  }
  return best
}
