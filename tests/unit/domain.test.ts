import { describe, expect, it } from 'vitest'
import { pickLocale } from '@/domain/locales.ts'
import { canonicalUrl, switchLocalePath } from '@/domain/paths.ts'
import { islandGroupOf } from '@/domain/regions.ts'
import { regionTypeOf, shortNameOf, titleCaseAreaName } from '@/domain/names.ts'
import { paragraphs, pickText } from '@/domain/text.ts'
import { editDistance, suggestBooths } from '@/domain/suggest.ts'
import { parseDirectoryQuery } from '@/domain/query.ts'

describe('locale choice for `/` (contract, "Addresses")', () => {
  it('prefers a saved choice, then the browser language, else id', () => {
    expect(pickLocale('en', ['id-ID'])).toBe('en')
    expect(pickLocale('id', ['en-US'])).toBe('id')
    expect(pickLocale(undefined, ['en-GB', 'id'])).toBe('en')
    expect(pickLocale(undefined, ['EN'])).toBe('en')
    expect(pickLocale('fr', ['de-DE', 'en'])).toBe('id')
    expect(pickLocale(null, [])).toBe('id')
  })
})

describe('addresses', () => {
  it('switches locale keeping path, query and fragment', () => {
    expect(switchLocalePath('/id/booths?year=2017&type=kota#top', 'en')).toBe('/en/booths?year=2017&type=kota#top')
    expect(switchLocalePath('/en/booths/kota-sabang#simapi', 'id')).toBe('/id/booths/kota-sabang#simapi')
    expect(switchLocalePath('/en', 'id')).toBe('/id/')
    expect(switchLocalePath('/en?x=1', 'id')).toBe('/id?x=1')
    expect(switchLocalePath('/', 'en')).toBe('/en/')
    expect(switchLocalePath('/fr/booths', 'en')).toBe('/en/')
  })

  it('makes canonical addresses without a trailing slash, query or fragment', () => {
    expect(canonicalUrl('https://x.id', '/id/')).toBe('https://x.id/id')
    expect(canonicalUrl('https://x.id', '/en/booths/kota-sabang/?a=1#b')).toBe('https://x.id/en/booths/kota-sabang')
    expect(canonicalUrl('https://x.id', '/')).toBe('https://x.id')
  })
})

describe('regions', () => {
  it('groups provinces into island groups by code (contract, "Directory query")', () => {
    expect(['11', '21', '31', '36', '51', '53', '61', '65', '71', '76', '81', '82', '91', '96'].map(islandGroupOf)).toEqual([
      'sumatera', 'sumatera', 'jawa', 'jawa', 'bali-nusa-tenggara', 'bali-nusa-tenggara', 'kalimantan', 'kalimantan',
      'sulawesi', 'sulawesi', 'maluku', 'maluku', 'papua', 'papua',
    ])
    expect(() => islandGroupOf('99')).toThrow(/no island group/)
  })

  it('title-cases official names from idn-area-data', () => {
    expect(titleCaseAreaName('KOTA PEMATANGSIANTAR')).toBe('Kota Pematangsiantar')
    expect(titleCaseAreaName('DKI JAKARTA')).toBe('DKI Jakarta')
    expect(titleCaseAreaName('KABUPATEN TOLI-TOLI')).toBe('Kabupaten Toli-Toli')
    expect(regionTypeOf('Kota Sabang')).toBe('kota')
    expect(regionTypeOf('Kabupaten Agam')).toBe('kabupaten')
    expect(shortNameOf('Kabupaten Aceh Jaya')).toBe('Aceh Jaya')
  })
})

describe('content text', () => {
  it('falls back to the other language and says so', () => {
    expect(pickText({ id: 'Halo', en: 'Hello' }, 'en')).toEqual({ value: 'Hello', lang: 'en', fallback: false })
    expect(pickText({ id: 'Halo' }, 'en')).toEqual({ value: 'Halo', lang: 'id', fallback: true })
    expect(pickText({ en: 'Hello' }, 'id')).toEqual({ value: 'Hello', lang: 'en', fallback: true })
  })

  it('splits paragraphs on blank lines', () => {
    expect(paragraphs('One.\n\nTwo\nlines.\n  \n\nThree.')).toEqual(['One.', 'Two\nlines.', 'Three.'])
  })
})

describe('suggestions for a mistyped booth', () => {
  const booths = ['kota-sabang', 'kota-surabaya', 'kota-surakarta', 'kabupaten-agam', 'kota-batu', 'kota-bogor', 'kabupaten-bogor'].map((slug) => ({ slug }))

  it('measures edits, counting a swap of neighbours as one', () => {
    expect(editDistance('sabang', 'sabang')).toBe(0)
    expect(editDistance('sabnag', 'sabang')).toBe(1)
    expect(editDistance('', 'abc')).toBe(3)
  })

  it('finds the closest booths by full slug, bare name or a typo', () => {
    expect(suggestBooths('kota-sabangg', booths)[0]?.slug).toBe('kota-sabang')
    expect(suggestBooths('sabang', booths)[0]?.slug).toBe('kota-sabang')
    expect(suggestBooths('surabya', booths)[0]?.slug).toBe('kota-surabaya')
    expect(suggestBooths('bogor', booths).map((b) => b.slug)).toEqual(['kabupaten-bogor', 'kota-bogor'])
  })

  it('suggests nothing for something unrelated', () => {
    expect(suggestBooths('zzzzzzzzzzzz', booths)).toEqual([])
    expect(suggestBooths('', booths)).toEqual([])
    expect(suggestBooths('%%%', booths)).toEqual([])
  })
})

describe('directory query: year and type', () => {
  it('keeps known values and drops the rest', () => {
    const vocabulary = { years: [2017, 2018], provinces: [] }
    expect(parseDirectoryQuery({ year: '2017,2030,abc', type: ['kota', 'desa'] }, vocabulary)).toMatchObject({ year: [2017], type: ['kota'] })
    expect(parseDirectoryQuery({ __proto__: 'x', year: null }, { years: [2017], provinces: [] })).toMatchObject({ year: [], type: [] })
  })
})
