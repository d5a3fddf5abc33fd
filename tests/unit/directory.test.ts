/**
 * The directory's query, search, filtering and faceted counts, including property tests:
 * any query parses without throwing, a written state parses back to itself, and every facet count
 * equals a brute-force count over the same booths.
 */
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseQuery, stringifyQuery } from 'vue-router'
import {
  FILTER_KEYS,
  PILLAR_VALUES,
  activeFilters,
  cleanSearchText,
  clearFilters,
  isCanonicalQuery,
  parseDirectoryQuery,
  toQuery,
  toggleFilter,
  type DirectoryState,
  type FilterKey,
} from '@/domain/query.ts'
import { createDirectoryModel, narrowestFilter, runDirectory, type DirectoryEntry, type DirectoryModel } from '@/domain/directory.ts'
import { foldText, matchesSearch, queryTokens } from '@/domain/search.ts'
import { compareBoothsByName } from '@/domain/sort.ts'
import { SUB_ELEMENTS, type PillarId } from '@/domain/pillars.ts'
import { loadAreaTables } from '../../build/content/areas.ts'
import { loadExhibition } from '../../build/content/load.ts'
import type { BoothEntry } from '@/domain/model.ts'
import { syntheticIndex } from '../fixtures/synthetic.ts'

const VOCABULARY = { years: [2017, 2018, 2019, 2021], provinces: ['jawa-timur', 'aceh', 'dki-jakarta'] }

describe('directory query: parsing', () => {
  it('keeps known values of every key in a fixed order and drops the rest', () => {
    const state = parseDirectoryQuery(
      {
        type: ['kota', 'desa'],
        province: 'JAWA-TIMUR,aceh,atlantis',
        year: '2021,2017,2030,abc,2017',
        pillar: 'living,economy:welfare,economy:nope,fun',
        region: 'papua,jawa,mars',
        q: '  Sura\tbaya  ',
        sort: 'year',
        utm_source: 'x',
      },
      VOCABULARY,
    )
    expect(state).toEqual({
      pillar: ['economy:welfare', 'living'],
      year: [2017, 2021],
      region: ['jawa', 'papua'],
      province: ['aceh', 'jawa-timur'],
      type: ['kota'],
      q: 'Sura baya',
      sort: 'year',
    })
    expect(toQuery(state)).toEqual({
      pillar: 'economy:welfare,living', year: '2017,2021', region: 'jawa,papua', province: 'aceh,jawa-timur', type: 'kota', q: 'Sura baya', sort: 'year',
    })
    expect(Object.keys(toQuery(state))).toEqual(['pillar', 'year', 'region', 'province', 'type', 'q', 'sort'])
  })

  it('writes a pillar selection in its shortest form', () => {
    const parse = (pillar: string) => parseDirectoryQuery({ pillar }, VOCABULARY).pillar
    expect(parse('economy:industry,economy:welfare,economy:transactions')).toEqual(['economy'])
    expect(parse('economy,economy:welfare')).toEqual(['economy'])
    expect(parse('living:health,governance')).toEqual(['governance', 'living:health'])
  })

  it('leaves the default sort and empty keys out, and reads repeated keys', () => {
    expect(toQuery(parseDirectoryQuery({ sort: 'name', q: '   ', year: '' }, VOCABULARY))).toEqual({})
    expect(parseDirectoryQuery({ year: ['2018', '2017'] }, VOCABULARY).year).toEqual([2017, 2018])
  })

  it('cuts long search text and control characters', () => {
    expect(cleanSearchText('a'.repeat(10_000))).toHaveLength(64)
    expect(cleanSearchText('<script>\u0000alert(1)</script>')).toBe('<script> alert(1)</script>')
    expect(Array.from(cleanSearchText('😀'.repeat(100)))).toHaveLength(64)
  })

  it('ignores prototype keys and odd objects', () => {
    const polluted = JSON.parse('{"__proto__": {"year": "2017"}, "constructor": "x"}')
    expect(toQuery(parseDirectoryQuery(polluted, VOCABULARY))).toEqual({})
    const fail = () => {
      throw new Error('no')
    }
    const hostile = new Proxy({}, { ownKeys: fail, get: fail, has: () => true, getOwnPropertyDescriptor: fail })
    expect(toQuery(parseDirectoryQuery(hostile, VOCABULARY))).toEqual({})
  })

  it('tells a canonical query from one to clean', () => {
    const state = parseDirectoryQuery({ year: '2017', type: 'kota' }, VOCABULARY)
    expect(isCanonicalQuery({ year: '2017', type: 'kota' }, toQuery(state))).toBe(true)
    expect(isCanonicalQuery({ type: 'kota', year: '2017' }, toQuery(state))).toBe(false)
    expect(isCanonicalQuery({ year: '2017', type: 'kota', x: '1' }, toQuery(state))).toBe(false)
    expect(isCanonicalQuery({ year: ['2017'], type: 'kota' }, toQuery(state))).toBe(false)
  })

  it('never throws on any string as a query, and its result is canonical', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (search) => {
        let raw: Record<string, unknown>
        try {
          raw = parseQuery(search)
        } catch {
          raw = Object.fromEntries(new URLSearchParams(search))
        }
        const state = parseDirectoryQuery(raw, VOCABULARY)
        const again = parseDirectoryQuery(toQuery(state), VOCABULARY)
        expect(again).toEqual(state)
      }),
      { numRuns: 1000 },
    )
  }, 30_000)

  it('never throws on any object as a query', () => {
    const value = fc.oneof(fc.string(), fc.array(fc.oneof(fc.string(), fc.constant(null))), fc.constant(null), fc.anything())
    const key = fc.oneof(fc.constantFrom('pillar', 'year', 'region', 'province', 'type', 'q', 'sort', '__proto__', 'constructor'), fc.string())
    fc.assert(
      fc.property(fc.dictionary(key, value), (raw) => {
        const state = parseDirectoryQuery(raw, VOCABULARY)
        expect(parseDirectoryQuery(toQuery(state), VOCABULARY)).toEqual(state)
      }),
      { numRuns: 1000 },
    )
  }, 30_000)

  it('writing then parsing a valid state gives it back, through a real URL', () => {
    const pillarPart = (p: PillarId) =>
      fc.oneof(
        fc.constant([] as string[]),
        fc.constant([p]),
        fc.subarray([...SUB_ELEMENTS[p]], { minLength: 1, maxLength: 2 }).map((subs) => subs.map((s) => `${p}:${s}`)),
      )
    const letters = fc.constantFrom(...'abcdeéèüöçñ ÅSURA-?&#=+%,'.split(''))
    const state = fc.record({
      pillar: fc.tuple(...(['governance', 'economy', 'branding', 'society', 'living', 'environment'] as const).map(pillarPart)).map((parts) => parts.flat()),
      year: fc.subarray([2017, 2018, 2019, 2021]),
      region: fc.subarray(['sumatera', 'jawa', 'bali-nusa-tenggara', 'kalimantan', 'sulawesi', 'maluku', 'papua'] as const),
      province: fc.subarray(['aceh', 'dki-jakarta', 'jawa-timur']),
      type: fc.subarray(['kota', 'kabupaten'] as const),
      q: fc.array(letters, { maxLength: 64 }).map((l) => l.join('').replace(/\s+/g, ' ').trim()),
      sort: fc.constantFrom('name', 'year' as const),
    }) as fc.Arbitrary<DirectoryState>
    fc.assert(
      fc.property(state, (s) => {
        const url = stringifyQuery(toQuery(s))
        const back = parseDirectoryQuery(parseQuery(url), VOCABULARY)
        expect(back).toEqual(s)
        expect(isCanonicalQuery(parseQuery(url), toQuery(back))).toBe(true)
      }),
      { numRuns: 1000 },
    )
  }, 30_000)
})

describe('directory query: changing it', () => {
  const none = parseDirectoryQuery({}, VOCABULARY)

  it('switches a pillar and its sub-elements like a tree of checkboxes', () => {
    const economy = toggleFilter(none, 'pillar', 'economy', true)
    expect(economy.pillar).toEqual(['economy'])
    const twoSubs = toggleFilter(economy, 'pillar', 'economy:welfare', false)
    expect(twoSubs.pillar).toEqual(['economy:industry', 'economy:transactions'])
    expect(toggleFilter(twoSubs, 'pillar', 'economy:welfare', true).pillar).toEqual(['economy'])
    expect(toggleFilter(twoSubs, 'pillar', 'economy', true).pillar).toEqual(['economy'])
    expect(toggleFilter(twoSubs, 'pillar', 'economy', false).pillar).toEqual([])
  })

  it('keeps the canonical order when adding values', () => {
    const s = toggleFilter(toggleFilter(none, 'year', '2019', true), 'year', '2017', true)
    expect(s.year).toEqual([2017, 2019])
    expect(toggleFilter(toggleFilter(none, 'region', 'papua', true), 'region', 'jawa', true).region).toEqual(['jawa', 'papua'])
    expect(toggleFilter(s, 'year', '2019', false).year).toEqual([2017])
  })

  it('lists active filters in URL order and clears them but not the sort', () => {
    const s = parseDirectoryQuery({ type: 'kota', pillar: 'living', q: 'x', sort: 'year' }, VOCABULARY)
    expect(activeFilters(s)).toEqual([{ key: 'pillar', value: 'living' }, { key: 'type', value: 'kota' }])
    expect(clearFilters(s)).toEqual({ ...none, sort: 'year' })
  })
})

describe('search', () => {
  it('folds case and accents', () => {
    expect(foldText('ÉBÈNE Straße Ñusa Øya')).toBe('ebene strasse nusa oya')
    const texts = ['Kota Surakarta', 'Pasar Gedé']
    expect(matchesSearch(texts, 'SURAKARTA')).toBe(true)
    expect(matchesSearch(texts, 'gede')).toBe(true)
    expect(matchesSearch(['Pasar Gede'], 'GEDÉ')).toBe(true)
    expect(matchesSearch(['Kota Surakarta'], 'sukarta')).toBe(false)
  })

  it('matches word prefixes, every word typed', () => {
    const texts = ['Kabupaten Toli-Toli', 'Ma\'ruf Center']
    expect(matchesSearch(texts, 'toli')).toBe(true)
    expect(matchesSearch(texts, 'tolitoli')).toBe(true)
    expect(matchesSearch(texts, 'maruf kab')).toBe(true)
    expect(matchesSearch(texts, 'oli')).toBe(false)
    expect(matchesSearch(texts, 'toli jakarta')).toBe(false)
    expect(queryTokens('sura surabaya SURA')).toEqual(['surabaya'])
    expect(queryTokens(' ,; ')).toEqual([])
  })

  it('finds any text by itself, whatever its case', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (text) => {
        expect(matchesSearch([text], text)).toBe(true)
        expect(matchesSearch([text.toUpperCase()], text.toLowerCase())).toBe(true)
        expect(matchesSearch([text.toLowerCase()], text.toUpperCase())).toBe(true)
      }),
      { numRuns: 1000 },
    )
  }, 30_000)

  it('finds a text with accents by its bare letters, and the other way round', () => {
    const accented = fc.array(fc.constantFrom(...'aeiouncAEIOUNCáéíóúñçÁÉÍÓÚÑÇàèâêôüÜ '.split('')), { minLength: 1, maxLength: 20 }).map((l) => l.join(''))
    fc.assert(
      fc.property(accented, (text) => {
        const bare = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
        expect(matchesSearch([text], bare)).toBe(true)
        expect(matchesSearch([bare], text)).toBe(true)
      }),
      { numRuns: 500 },
    )
  }, 30_000)
})

/** A filter tested the slow, obvious way, straight from the booth's fields. */
function passes(e: DirectoryEntry, s: DirectoryState, key: FilterKey | 'q'): boolean {
  switch (key) {
    case 'pillar':
      return !s.pillar.length || s.pillar.some((v) => {
        const [p, sub] = v.split(':')
        return e.exhibits.some((x) => x.pillar === p && (!sub || x.subElement === sub))
      })
    case 'year': return !s.year.length || e.years.some((y) => s.year.includes(y))
    case 'region': return !s.region.length || s.region.includes(e.island)
    case 'province': return !s.province.length || s.province.includes(e.province.slug)
    case 'type': return !s.type.length || s.type.includes(e.type)
    case 'q': {
      const words = oracleWords(e)
      return queryTokens(s.q).every((t) => words.some((w) => w.startsWith(t)))
    }
  }
}

const wordCache = new WeakMap<DirectoryEntry, string[]>()
/** Every word of a booth's texts, and each hyphenated word joined, folded: the search's reference. */
function oracleWords(e: DirectoryEntry): string[] {
  let words = wordCache.get(e)
  if (!words) {
    const texts = [e.name, e.type === 'kota' ? 'city' : 'regency', e.province.name, ...e.exhibits.flatMap((x) => [x.title.id ?? '', x.title.en ?? ''])]
    const chunks = texts.flatMap((t) => foldText(t).replace(/['’ʼ`´]/g, '').split(/\s+/))
    words = [...chunks.flatMap((c) => c.split(/[^\p{L}\p{N}]+/u)), ...chunks.map((c) => c.replace(/[^\p{L}\p{N}]+/gu, ''))]
    wordCache.set(e, words)
  }
  return words
}

function hasValue(e: DirectoryEntry, key: FilterKey, value: string): boolean {
  return passes(e, { pillar: [], year: [], region: [], province: [], type: [], q: '', sort: 'name', [key]: key === 'year' ? [Number(value)] : [value] } as DirectoryState, key)
}

const ALL_KEYS = [...FILTER_KEYS, 'q'] as const

describe('filtering and faceted counts', () => {
  const entries = syntheticIndex(250, 7)
  const model = createDirectoryModel(entries)
  const stateArb = fc.record({
    pillar: fc.subarray([...PILLAR_VALUES], { maxLength: 3 }),
    year: fc.subarray([...model.vocabulary.years], { maxLength: 3 }),
    region: fc.subarray(['sumatera', 'jawa', 'bali-nusa-tenggara', 'kalimantan', 'sulawesi', 'maluku', 'papua'] as const, { maxLength: 3 }),
    province: fc.subarray([...model.vocabulary.provinces], { maxLength: 4 }),
    type: fc.subarray(['kota', 'kabupaten'] as const),
    q: fc.oneof(fc.constantFrom('', '', 'sura', 'kota', 'contoh 01', 'pasar', 'SÉ', 'regency', 'market ba', 'zzz'), fc.string({ maxLength: 6 })),
    sort: fc.constantFrom('name', 'year' as const),
  }).map((s) => parseDirectoryQuery(toQuery(s as DirectoryState), model.vocabulary))

  it('offers every value there is: six pillars and their 18 sub-elements, the years, island groups, provinces and kinds of the data', () => {
    expect(model.values.pillar).toHaveLength(6 + 18)
    expect(model.values.pillar.slice(0, 4)).toEqual(['governance', 'governance:service', 'governance:bureaucracy', 'governance:policy'])
    expect(model.values.region).toEqual(['sumatera', 'jawa', 'bali-nusa-tenggara', 'kalimantan', 'sulawesi', 'maluku', 'papua'])
    expect(model.values.type).toEqual(['kota', 'kabupaten'])
    expect(model.values.year).toEqual([...new Set(entries.flatMap((e) => e.years))].sort().map(String))
    expect([...model.values.province].sort()).toEqual([...new Set(entries.map((e) => e.province.slug))].sort())
    expect(model.provinceNames.get(entries[0]!.province.slug)).toBe(entries[0]!.province.name)
  })

  it('gives the booths that pass every filter, in the chosen order', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const { items } = runDirectory(model, s)
        const expected = entries.filter((e) => ALL_KEYS.every((k) => passes(e, s, k)))
        expect(items.map((e) => e.slug).sort()).toEqual(expected.map((e) => e.slug).sort())
        // In order: by name (without "Kota"/"Kabupaten"), or by first cohort and then by name.
        items.slice(1).forEach((e, i) => {
          const before = items[i]!
          const byYear = s.sort === 'year' ? Math.min(...e.years) - Math.min(...before.years) : 0
          expect(byYear, `${before.slug} before ${e.slug}`).toBeGreaterThanOrEqual(0)
          if (byYear === 0) expect(compareBoothsByName(before, e), `${before.slug} before ${e.slug}`).toBeLessThanOrEqual(0)
        })
      }),
      { numRuns: 300 },
    )
  }, 30_000)

  it('counts each facet value with all the other filters, as a brute-force count does', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const { facets, without } = runDirectory(model, s)
        for (const key of FILTER_KEYS) {
          // Every value of the data is offered, chosen or not, in display order.
          expect(facets[key].map((f) => f.value), key).toEqual(model.values[key])
          const others = ALL_KEYS.filter((k) => k !== key)
          const base = entries.filter((e) => others.every((k) => passes(e, s, k)))
          for (const { value, count } of facets[key]) expect(count, `${key}=${value}`).toBe(base.filter((e) => hasValue(e, key, value)).length)
        }
        for (const key of ALL_KEYS) {
          expect(without[key], `without ${key}`).toBe(entries.filter((e) => ALL_KEYS.every((k) => k === key || passes(e, s, k))).length)
        }
      }),
      { numRuns: 150 },
    )
  }, 30_000)

  it('offers to remove the filter that brings back the most booths', () => {
    const s = parseDirectoryQuery({ type: 'kota', q: 'zzzzzz' }, model.vocabulary)
    const result = runDirectory(model, s)
    expect(result.items).toEqual([])
    expect(narrowestFilter(s, result)).toEqual({ key: 'q', count: entries.filter((e) => e.type === 'kota').length })
    const none = parseDirectoryQuery({ q: 'zzzzzz', sort: 'year' }, model.vocabulary)
    expect(narrowestFilter(none, runDirectory(model, none))).toEqual({ key: 'q', count: entries.length })
  })
})

describe('the real exhibition', () => {
  let index: BoothEntry[]
  let model: DirectoryModel<BoothEntry>
  beforeAll(async () => {
    const root = resolve(import.meta.dirname, '../..')
    const { exhibition } = await loadExhibition({ dir: resolve(root, 'src/content/regions'), areas: await loadAreaTables(), root })
    index = exhibition!.index
    model = createDirectoryModel(index)
  })
  const run = (query: Record<string, string>) => runDirectory(model, parseDirectoryQuery(query, model.vocabulary))

  it('`sura` finds Surabaya and Surakarta; names, provinces and kinds in English too', () => {
    const names = run({ q: 'sura' }).items.map((b) => b.name)
    expect(names).toEqual(expect.arrayContaining(['Kota Surabaya', 'Kota Surakarta']))
    expect(run({ q: 'SURAKARTA city' }).items.map((b) => b.name)).toEqual(['Kota Surakarta'])
    const inJatim = run({ q: 'jawa timur' }).items
    expect(inJatim.length).toBeGreaterThan(1)
    expect(inJatim.every((b) => b.province.name === 'Jawa Timur')).toBe(true)
  })

  it('finds a booth by an exhibit title in either language', () => {
    const withTitles = index.find((b) => b.exhibits.some((e) => e.title.id && e.title.en))!
    const exhibit = withTitles.exhibits.find((e) => e.title.id && e.title.en)!
    for (const title of [exhibit.title.id!, exhibit.title.en!]) {
      expect(run({ q: title }).items.map((b) => b.slug)).toContain(withTitles.slug)
    }
  })

  it('year=2017 gives the booths of the first cohort: the 25 guided, and Lombok Timur beside doubtful Singkawang', () => {
    const items = run({ year: '2017' }).items
    expect(items).toHaveLength(index.filter((b) => b.years.includes(2017)).length)
    expect(items.map((b) => b.code)).toEqual(expect.arrayContaining(['52.03', '61.72']))
    expect(items).toHaveLength(26)
  })
})
