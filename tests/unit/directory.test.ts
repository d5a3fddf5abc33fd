/**
 * The directory's query, search, filtering and faceted counts, including property tests:
 * any query parses without throwing, a written state parses back to itself, every facet count
 * equals a brute-force count over the same booths, the search ranks as a brute-force search does,
 * and a one-letter typo of a booth's name still finds it.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseQuery, stringifyQuery } from 'vue-router'
import {
  EMPTY_STATE,
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
import {
  createDirectoryModel,
  narrowestFilter,
  prepareSearch,
  prepareSearchSteps,
  runDirectory,
  setSearchNames,
  type DirectoryEntry,
  type DirectoryModel,
  type SubElementNames,
} from '@/domain/directory.ts'
import { createSearchIndex, foldText, matchesSearch, queryTokens, searchDocuments, searchWords } from '@/domain/search.ts'
import { SEARCH_ALIASES, aliasesOf, englishWords } from '@/domain/search-aliases.ts'
import { editDistance } from '@/domain/suggest.ts'
import { compareBoothsByName } from '@/domain/sort.ts'
import { PILLAR_IDS, SUB_ELEMENTS, type PillarId } from '@/domain/pillars.ts'
import { messageLookup } from '@/i18n/messages.ts'
import { loadAreaTables } from '../../build/content/areas.ts'
import { loadExhibition } from '../../build/content/load.ts'
import { readMessages } from '../../build/locales.ts'
import type { BoothEntry } from '@/domain/model.ts'
import { syntheticIndex } from '../fixtures/synthetic.ts'

const VOCABULARY = { years: [2017, 2018, 2019, 2021], provinces: ['jawa-timur', 'aceh', 'dki-jakarta'] }
const root = resolve(import.meta.dirname, '../..')

/** The sub-elements' names in both languages, as locales/*.json have them (the page passes the same in). */
const SUB_NAMES: SubElementNames = (() => {
  const locales = ['id', 'en'].map((l) => JSON.parse(readFileSync(resolve(root, `locales/${l}.json`), 'utf8')) as { pillars: Record<string, { sub: Record<string, string> }> })
  return Object.fromEntries(PILLAR_IDS.flatMap((p) => SUB_ELEMENTS[p].map((s) => [`${p}:${s}`, locales.map((m) => m.pillars[p]!.sub[s]!)])))
})()

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
        has: 'EXHIBITS,photos,exhibits',
        sort: 'nope,exhibits,year',
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
      has: ['exhibits'],
      sort: 'exhibits',
    })
    expect(toQuery(state)).toEqual({
      pillar: 'economy:welfare,living', year: '2017,2021', region: 'jawa,papua', province: 'aceh,jawa-timur', type: 'kota', q: 'Sura baya', has: 'exhibits', sort: 'exhibits',
    })
    // The contract's order: `q` before `has`, `sort` last.
    expect(Object.keys(toQuery(state))).toEqual(['pillar', 'year', 'region', 'province', 'type', 'q', 'has', 'sort'])
    expect(parseDirectoryQuery({ has: 'photos', sort: 'popularity' }, VOCABULARY)).toMatchObject({ has: [], sort: 'name' })
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
    const key = fc.oneof(fc.constantFrom('pillar', 'year', 'region', 'province', 'type', 'q', 'has', 'sort', '__proto__', 'constructor'), fc.string())
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
      has: fc.subarray(['exhibits'] as const),
      sort: fc.constantFrom('name', 'year', 'exhibits' as const),
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

describe('directory: counts in words', () => {
  it('says "1 booth" / "1 stan" and "2 booths" / "2 stan", wherever the directory counts booths', () => {
    const expected = { en: ['0 booths', '1 booth', '2 booths'], id: ['0 stan', '1 stan', '2 stan'] }
    for (const locale of ['en', 'id'] as const) {
      const t = messageLookup(locale, readMessages(root, locale))
      for (const key of ['directory.results', 'directory.count']) expect([0, 1, 2].map((n) => t(key, {}, n)), `${locale} ${key}`).toEqual(expected[locale])
      // The pillar halls name the count `n` without a plural argument: vue-i18n picks the form by `n`.
      expect([0, 1, 2].map((n) => t('directory.count', { n })), `${locale} directory.count by n`).toEqual(expected[locale])
      expect(t('directory.facets.show', {}, 1), locale).toBe(locale === 'en' ? 'Show 1 booth' : 'Tampilkan 1 stan')
    }
  })
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
    const s = parseDirectoryQuery({ type: 'kota', pillar: 'living', q: 'x', has: 'exhibits', sort: 'year' }, VOCABULARY)
    expect(activeFilters(s)).toEqual([{ key: 'pillar', value: 'living' }, { key: 'type', value: 'kota' }, { key: 'has', value: 'exhibits' }])
    expect(clearFilters(s)).toEqual({ ...none, sort: 'year' })
    expect(toggleFilter(none, 'has', 'exhibits', true).has).toEqual(['exhibits'])
    expect(toggleFilter(s, 'has', 'exhibits', false).has).toEqual([])
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

  it('forgives one typo in a word of five letters or more, and reads two words typed as one', () => {
    const texts = ['Kota Surabaya', 'Pasar Gunungkidul']
    // A letter left out, added, changed; two letters swapped.
    for (const q of ['surabya', 'surabaaya', 'surabaja', 'suarbaya', 'kota surbaya']) expect(matchesSearch(texts, q), q).toBe(true)
    // While typing: a word of five letters or more with a typo, by its beginning.
    expect(matchesSearch(texts, 'surbay')).toBe(true)
    // Not two typos, not in short words, not a four-letter word that begins another word.
    expect(matchesSearch(texts, 'sorubaya')).toBe(false)
    expect(matchesSearch(texts, 'kpta')).toBe(false)
    expect(matchesSearch(['Surat Kota'], 'sura')).toBe(true)
    expect(matchesSearch(['Suara Kota', 'Surat'], 'surx')).toBe(false)
    // A four-letter word that begins no word: a typo of a five-letter word.
    expect(matchesSearch(['Kota Batam'], 'btam')).toBe(true)
    expect(matchesSearch(texts, 'gunung kidul')).toBe(true)
    expect(matchesSearch(texts, 'pasar gunung kidul')).toBe(true)
    expect(matchesSearch(texts, 'kidul')).toBe(false)
  })

  it('ranks a name typed in full first, then its beginning, other texts, and typos last', () => {
    const index = createSearchIndex([
      { name: ['Kota Batu'], other: ['Jawa Timur'] }, // 0: name in full
      { name: ['Kabupaten Batubara'], other: [] }, // 1: beginning of a name
      { name: ['Kota Malang'], other: ['Batu Bersinar'] }, // 2: another text in full
      { name: ['Kota Medan'], other: ['Batuan Hijau'] }, // 3: beginning of another text
      { name: ['Kota Bitu'], other: [] }, // 4: no match ("batu" has four letters and begins words)
      { name: ['Kota Padang'], other: [] }, // 5: no match
    ])
    expect([...searchDocuments(index, 'batu')!]).toEqual([6, 5, 4, 3, 0, 0])
    const typos = createSearchIndex([{ name: ['Kota Surabaya'], other: [] }, { name: ['Kota Sabang'], other: ['Surabaya'] }, { name: ['Kota Surabaya Baru'], other: [] }])
    // "surabya": a typo in a name ranks above a typo elsewhere; "kota" in full does not lift a typo.
    expect([...searchDocuments(typos, 'kota surabya')!]).toEqual([2, 1, 2])
    expect([...searchDocuments(typos, 'surabaya')!]).toEqual([6, 4, 6])
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
    case 'has': return !s.has.length || e.exhibits.length > 0
    case 'q': return oracleRank(e, s.q) !== 0
  }
}

/** The folded words of texts, and each hyphenated word joined: the search's reference. */
function wordsOf(texts: ReadonlyArray<string | undefined>): string[] {
  const chunks = texts.flatMap((t) => foldText(t ?? '').replace(/['’ʼ`´]/g, '').split(/\s+/))
  return [...chunks.flatMap((c) => c.split(/[^\p{L}\p{N}]+/u)), ...chunks.map((c) => c.replace(/[^\p{L}\p{N}]+/gu, ''))].filter(Boolean)
}

interface OracleDoc { name: Set<string>; other: Set<string> }
const docCache = new WeakMap<DirectoryEntry, OracleDoc>()
/** A booth's words: its name (official, as one word, short names, English words) and the rest. */
function oracleDoc(e: DirectoryEntry): OracleDoc {
  let doc = docCache.get(e)
  if (!doc) {
    const name = new Set(wordsOf([e.name, e.shortName.replace(/\s+/g, ''), ...aliasesOf(e.slug), ...englishWords(e.shortName)]))
    const other = wordsOf([
      e.type === 'kota' ? 'city' : 'regency', e.province.name, ...aliasesOf(e.province.slug), ...englishWords(e.province.name),
      ...e.exhibits.flatMap((x) => [x.title.id, x.title.en, ...(SUB_NAMES[`${x.pillar}:${x.subElement}`] ?? [])]),
    ])
    doc = { name, other: new Set(other.filter((w) => !name.has(w))) }
    docCache.set(e, doc)
  }
  return doc
}

/** One typo: the whole word one edit away (the longer of the two five letters or more), or a beginning of five letters or more one edit away from five letters or more typed. */
function isTypo(typed: string, word: string): boolean {
  if (Math.max(typed.length, word.length) >= 5 && Math.abs(typed.length - word.length) <= 1 && editDistance(typed, word) <= 1) return true
  if (typed.length < 5) return false
  for (let k = Math.max(5, typed.length - 1); k <= Math.min(word.length - 1, typed.length + 1); k++) if (editDistance(typed, word.slice(0, k)) <= 1) return true
  return false
}

/** The best rank of one thing typed in a booth (-1: none): name in full 5, its beginning 4, other in full 3, beginning 2, typo in the name 1, elsewhere 0. */
function unitRank(typed: string, typos: boolean, doc: OracleDoc): number {
  let best = -1
  for (const [words, full, start, typo] of [[doc.name, 5, 4, 1], [doc.other, 3, 2, 0]] as const) {
    // Five letters typed or more: typos in every word; four: in the name only.
    const typoAllowed = typos && (typed.length >= 5 || (typed.length === 4 && words === doc.name))
    for (const w of words) {
      if (w === typed) best = Math.max(best, full)
      else if (w.startsWith(typed)) best = Math.max(best, start)
      else if (typoAllowed && best < typo && isTypo(typed, w)) best = typo
    }
  }
  return best
}

/** The search the slow way: 0 when the booth does not match, else 1 + its rank; -1 when nothing is searched for. */
function oracleRank(e: DirectoryEntry, q: string): number {
  const tokens = queryTokens(q).slice(0, 32)
  if (!tokens.length) return -1
  const doc = oracleDoc(e)
  let worst = Infinity
  for (let k = 0; k < tokens.length; k++) {
    // The word itself (typos forgiven), or written together with the word before or after it.
    let best = unitRank(tokens[k]!, true, doc)
    if (k > 0) best = Math.max(best, unitRank(tokens[k - 1]! + tokens[k]!, false, doc))
    if (k < tokens.length - 1) best = Math.max(best, unitRank(tokens[k]! + tokens[k + 1]!, false, doc))
    if (best < 0) return 0
    worst = Math.min(worst, best)
  }
  return worst + 1
}

function hasValue(e: DirectoryEntry, key: FilterKey, value: string): boolean {
  return passes(e, { pillar: [], year: [], region: [], province: [], type: [], q: '', has: [], sort: 'name', [key]: key === 'year' ? [Number(value)] : [value] } as DirectoryState, key)
}

const ALL_KEYS = [...FILTER_KEYS, 'q'] as const

/** The order of a sort the slow way: negative when `a` comes first. */
function bySort(sort: DirectoryState['sort'], a: DirectoryEntry, b: DirectoryEntry): number {
  if (sort === 'year' && Math.min(...a.years) !== Math.min(...b.years)) return Math.min(...a.years) - Math.min(...b.years)
  if (sort === 'exhibits' && a.exhibits.length !== b.exhibits.length) return b.exhibits.length - a.exhibits.length
  return compareBoothsByName(a, b)
}

describe('filtering and faceted counts', () => {
  const entries = syntheticIndex(250, 7)
  const model = createDirectoryModel(entries)
  setSearchNames(model, SUB_NAMES)
  const stateArb = fc.record({
    pillar: fc.subarray([...PILLAR_VALUES], { maxLength: 3 }),
    year: fc.subarray([...model.vocabulary.years], { maxLength: 3 }),
    region: fc.subarray(['sumatera', 'jawa', 'bali-nusa-tenggara', 'kalimantan', 'sulawesi', 'maluku', 'papua'] as const, { maxLength: 3 }),
    province: fc.subarray([...model.vocabulary.provinces], { maxLength: 4 }),
    type: fc.subarray(['kota', 'kabupaten'] as const),
    q: fc.oneof(
      fc.constantFrom('', '', 'sura', 'kota', 'contoh 01', 'pasar', 'SÉ', 'regency', 'market ba', 'zzz'),
      // Typos, a sub-element's name in either language, words typed side by side, a province's English.
      fc.constantFrom('kontoh', 'pasr', 'marekt', 'kesehatan', 'health', 'sampah waste', 'contoh 0l', 'taman ri', 'provinsi contoh', 'north'),
      fc.string({ maxLength: 6 }),
    ),
    has: fc.subarray(['exhibits'] as const),
    sort: fc.constantFrom('name', 'year', 'exhibits' as const),
  }).map((s) => parseDirectoryQuery(toQuery(s as DirectoryState), model.vocabulary))

  it('offers every value there is: six pillars and their 18 sub-elements, the years, island groups, provinces, kinds, and "with exhibits"', () => {
    expect(model.values.pillar).toHaveLength(6 + 18)
    expect(model.values.pillar.slice(0, 4)).toEqual(['governance', 'governance:service', 'governance:bureaucracy', 'governance:policy'])
    expect(model.values.region).toEqual(['sumatera', 'jawa', 'bali-nusa-tenggara', 'kalimantan', 'sulawesi', 'maluku', 'papua'])
    expect(model.values.type).toEqual(['kota', 'kabupaten'])
    expect(model.values.has).toEqual(['exhibits'])
    expect(model.values.year).toEqual([...new Set(entries.flatMap((e) => e.years))].sort().map(String))
    expect([...model.values.province].sort()).toEqual([...new Set(entries.map((e) => e.province.slug))].sort())
    expect(model.provinceNames.get(entries[0]!.province.slug)).toBe(entries[0]!.province.name)
  })

  it('gives the booths that pass every filter: with a search by rank, each rank in the chosen order', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const { items } = runDirectory(model, s)
        const expected = entries.filter((e) => ALL_KEYS.every((k) => passes(e, s, k)))
        expect(items.map((e) => e.slug).sort()).toEqual(expected.map((e) => e.slug).sort())
        // By rank of match (best first), then by name (without "Kota"/"Kabupaten"), first cohort or most exhibits.
        const rank = (e: DirectoryEntry) => oracleRank(e, s.q)
        items.slice(1).forEach((e, i) => {
          const before = items[i]!
          const order = rank(e) - rank(before) || bySort(s.sort, before, e)
          expect(order, `${before.slug} before ${e.slug}`).toBeLessThanOrEqual(0)
        })
      }),
      { numRuns: 300 },
    )
  }, 60_000)

  it('ranks every booth as the brute-force search does', () => {
    const index = prepareSearch(model)
    fc.assert(
      fc.property(stateArb, ({ q }) => {
        const ranks = searchDocuments(index, q)
        const expected = entries.map((e) => oracleRank(e, q))
        expect(ranks ? [...ranks] : entries.map(() => -1)).toEqual(expected)
      }),
      { numRuns: 200 },
    )
  }, 60_000)

  it('builds the same search index in idle steps of a few booths; a change of names meanwhile drops that build', () => {
    const fresh = () => {
      const m = createDirectoryModel(entries)
      setSearchNames(m, SUB_NAMES)
      return m
    }
    const stepped = fresh()
    const steps = prepareSearchSteps(stepped)
    let pauses = 0
    while (!steps.next().done) {
      expect(stepped.searchIndex).toBeUndefined()
      pauses++
    }
    // 250 booths, 16 a step.
    expect(pauses).toBe(Math.ceil(entries.length / 16) - 1)
    expect(stepped.searchIndex).toEqual(prepareSearch(fresh()))

    const changed = fresh()
    const abandoned = prepareSearchSteps(changed)
    abandoned.next()
    setSearchNames(changed, {})
    expect(abandoned.next().done).toBe(true)
    expect(changed.searchIndex).toBeUndefined()
    // The next search builds it with the new names at once.
    expect(runDirectory(changed, { ...EMPTY_STATE, q: 'contoh' }).items.length).toBeGreaterThan(0)
    expect(changed.searchIndex).toBeDefined()
  })

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
  }, 60_000)

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
    setSearchNames(model, SUB_NAMES)
  })
  const run = (query: Record<string, string>) => runDirectory(model, parseDirectoryQuery(query, model.vocabulary))
  const first = (q: string) => run({ q }).items[0]?.name

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

  it('forgives typos and knows common short names, the exact name first', () => {
    expect(first('surabya')).toBe('Kota Surabaya')
    expect(first('Makasar')).toBe('Kota Makassar')
    expect(first('Jogja')).toBe('Kota Yogyakarta')
    expect(first('yogya')).toBe('Kota Yogyakarta')
    // "Solo" is Surakarta; Solok's booths begin with it and come after.
    expect(first('solo')).toBe('Kota Surakarta')
    expect(run({ q: 'solo' }).items.map((b) => b.name)).toEqual(expect.arrayContaining(['Kota Solok', 'Kabupaten Solok']))
    // Spellings of the press: one word written as two, two as one.
    expect(first('gunung kidul')).toBe('Kabupaten Gunungkidul')
    expect(first('pangkalpinang')).toBe('Kota Pangkal Pinang')
    expect(first('east lombok')).toBe('Kabupaten Lombok Timur')
    // Both booths named "Malang" in full first, in name order.
    expect(run({ q: 'malang' }).items.slice(0, 2).map((b) => b.name)).toEqual(['Kota Malang', 'Kabupaten Malang'].sort((a, b) => compareBoothsByName(index.find((x) => x.name === a)!, index.find((x) => x.name === b)!)))
    const jawaTimur = index.filter((b) => b.province.slug === 'jawa-timur').map((b) => b.slug)
    expect(run({ q: 'jatim' }).items.map((b) => b.slug)).toEqual(expect.arrayContaining(jawaTimur))
    expect(run({ q: 'east java' }).items.map((b) => b.slug)).toEqual(expect.arrayContaining(jawaTimur))
  })

  it('finds booths by their exhibits\' sub-elements in both languages', () => {
    const health = index.filter((b) => b.exhibits.some((x) => x.pillar === 'living' && x.subElement === 'health')).map((b) => b.slug)
    expect(health.length).toBeGreaterThan(0)
    for (const q of ['kesehatan', 'health', 'HEALTH']) expect(run({ q }).items.map((b) => b.slug), q).toEqual(expect.arrayContaining(health))
  })

  it('has=exhibits keeps the booths with exhibits; sort=exhibits puts the most first', () => {
    const withExhibits = index.filter((b) => b.exhibits.length > 0)
    const { items, facets } = run({ has: 'exhibits' })
    expect(items).toHaveLength(withExhibits.length)
    expect(facets.has).toEqual([{ value: 'exhibits', count: withExhibits.length }])
    const sorted = run({ sort: 'exhibits' }).items
    expect(sorted).toHaveLength(index.length)
    expect(sorted[0]!.exhibits.length).toBe(Math.max(...index.map((b) => b.exhibits.length)))
    expect(sorted.at(-1)!.exhibits).toHaveLength(0)
  })

  it('every short name of the alias table names a booth or a province of the exhibition', () => {
    const slugs = new Set(index.flatMap((b) => [b.slug, b.province.slug]))
    expect(Object.keys(SEARCH_ALIASES).filter((k) => !slugs.has(k))).toEqual([])
  })

  it('a one-letter typo of a booth\'s name, in a word of five letters or more, still finds the booth', () => {
    const LETTERS = 'abcdefghijklmnopqrstuvwxyz'
    const typo = (word: string, op: number, at: number, letter: string): string => {
      const i = at % (word.length + 1)
      const j = Math.min(i, word.length - 1)
      switch (op) {
        case 0: return word.slice(0, j) + word.slice(j + 1) // a letter left out
        case 1: return word.slice(0, i) + letter + word.slice(i) // a letter added
        case 2: return word.slice(0, j) + letter + word.slice(j + 1) // a letter changed
        default: {
          const k = Math.min(j, word.length - 2) // two letters swapped
          return word.slice(0, k) + word[k + 1] + word[k] + word.slice(k + 2)
        }
      }
    }
    const booths = index.filter((b) => searchWords(b.shortName).some((w) => w.length >= 5))
    fc.assert(
      fc.property(
        fc.constantFrom(...booths),
        fc.nat(),
        fc.integer({ min: 0, max: 3 }),
        fc.nat(),
        fc.constantFrom(...LETTERS),
        fc.boolean(),
        (booth, pick, op, at, letter, withKind) => {
          const words = searchWords(booth.shortName)
          const long = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 5)
          const [word, i] = long[pick % long.length]!
          const typed = [...words.slice(0, i), typo(word, op, at, letter), ...words.slice(i + 1)].join(' ')
          const q = withKind ? `${booth.type} ${typed}` : typed
          expect(run({ q }).items.map((b) => b.slug), q).toContain(booth.slug)
        },
      ),
      { numRuns: 2000 },
    )
  }, 60_000)
})
