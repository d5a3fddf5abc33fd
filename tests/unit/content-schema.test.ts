import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadExhibition, formatProblems, validateRegionDocument } from '../../build/content/load.ts'
import { FIXTURE_AREAS } from '../fixtures/content/areas.ts'

const root = resolve(import.meta.dirname, '../..')
const fixture = (name: string) => resolve(root, 'tests/fixtures/content', name)
const load = (name: string) => loadExhibition({ dir: fixture(name), areas: FIXTURE_AREAS, root })

describe('content schema and loader', () => {
  it('loads good files, joined with the area tables and sorted by name', async () => {
    const { exhibition, problems } = await load('good')
    expect(problems).toEqual([])
    expect(exhibition?.booths.map((b) => [b.slug, b.type, b.province.name, b.island])).toEqual([
      ['kota-contoh-0001', 'kota', 'Provinsi Contoh', 'papua'],
      ['kabupaten-contoh-0002', 'kabupaten', 'Provinsi Contoh', 'papua'],
    ])
    const first = exhibition!.booths[0]!
    expect(first.cohorts.map((c) => c.year)).toEqual([2017, 2019])
    expect(first.pillars).toEqual(['society'])
    expect(first.exhibits[0]!.media).toEqual([])
    // Name-order neighbours travel with each booth, so a booth page needs no index.
    expect(first.neighbours).toEqual({ next: { slug: 'kabupaten-contoh-0002', name: 'Kabupaten Contoh 0002' } })
    expect(exhibition!.booths[1]!.neighbours).toEqual({ previous: { slug: 'kota-contoh-0001', name: 'Kota Contoh 0001' } })
    expect(exhibition!.stats).toMatchObject({ booths: 2, exhibits: 1, provinces: 1, sources: 3 })
    const society = (n: number) => ({ governance: 0, economy: 0, branding: 0, society: n, living: 0, environment: 0 })
    expect(exhibition!.stats.perYear).toEqual([{ year: 2017, booths: 1, exhibits: society(1) }, { year: 2019, booths: 2, exhibits: society(1) }])
    expect(exhibition!.stats).toMatchObject({ boothsWithExhibits: 1, recognitions: 0 })
    // What idn-area-data counts in the region travels with the booth.
    expect(first.facts).toEqual({ districts: 4, villages: 31, islands: 0, populatedIslands: 0 })
    // A booth without exhibits points to booths nearby that have some; one with exhibits needs none.
    expect(exhibition!.booths[1]!.nearby).toEqual([{ slug: 'kota-contoh-0001', name: 'Kota Contoh 0001' }])
    expect(first.nearby).toEqual([])
  })

  it('names the file, the path and what was expected for every broken field', async () => {
    const { exhibition, problems } = await load('broken')
    expect(exhibition).toBeUndefined()
    const byPath = Object.fromEntries(problems.map((p) => [`${p.file}|${p.path}`, p.message]))
    const f = 'tests/fixtures/content/broken/91.90.json'
    expect(byPath[`${f}|cohorts.0.year`]).toMatch(/Expected a year from 2017/)
    expect(byPath[`${f}|cohorts.0.sources`]).toMatch(/Expected at least one source/)
    expect(byPath[`${f}|exhibits.0.id`]).toMatch(/Expected a lower-case id/)
    expect(byPath[`${f}|exhibits.0.pillar`]).toMatch(/Expected one of "governance", "economy"/)
    expect(byPath[`${f}|exhibits.0.title`]).toMatch(/Expected text in "id", "en" or both/)
    expect(byPath[`${f}|exhibits.0.sumary`]).toMatch(/Unexpected key "sumary"/)
    expect(byPath[`${f}|exhibits.0.sources.0.url`]).toMatch(/Expected (a full web address|an http)/)
    expect(byPath[`${f}|exhibits.0.sources.0.read`]).toMatch(/Expected a date as YYYY-MM-DD/)
    expect(byPath['tests/fixtures/content/broken/91.91.json|']).toMatch(/^Expected valid JSON/)
  })

  it('checks what the schema alone cannot: file name, known code, unique ids, sub-element of the pillar', async () => {
    const { problems } = await load('misnamed')
    const text = formatProblems(problems)
    expect(text).toContain('tests/fixtures/content/misnamed/91.91.json › code: Expected the file to be named after its code: "91.90.json"')
    expect(text).toContain('misnamed/91.99.json › exhibits.1.subElement: Expected a sub-element of "economy": "industry", "welfare", "transactions"')
  })

  it('reports a duplicate exhibit id with both places', () => {
    const doc = {
      code: '91.90',
      cohorts: [{ year: 2019, sources: [{ url: 'https://example.org', title: 't', read: '2026-01-01' }] }],
      exhibits: ['x', 'x'].map((id) => ({
        id, pillar: 'economy', subElement: 'welfare', title: { en: 'T' }, summary: { en: 'S' }, body: { en: 'B' },
        sources: [{ url: 'https://example.org', title: 't', read: '2026-01-01' }],
      })),
    }
    expect(validateRegionDocument('f.json', doc).problems).toEqual([
      { file: 'f.json', path: 'exhibits.1.id', message: 'Expected an id unique within the region; "x" is also exhibits.0.id' },
    ])
  })

  it('rejects an unknown code with a message that says where codes come from', async () => {
    const { problems } = await loadExhibition({ dir: fixture('good'), areas: { ...FIXTURE_AREAS, regencies: new Map() }, root })
    expect(problems[0]).toEqual({
      file: 'tests/fixtures/content/good/91.90.json',
      path: 'code',
      message: 'Expected a Kemendagri code of a kota/kabupaten in idn-area-data; "91.90" is not one',
    })
  })
})
