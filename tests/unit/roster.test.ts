/**
 * The real roster (shared/research/roster.md and shared/seeds/) against the content files:
 * every participant has a booth with its cohort, every code is a real kota/kabupaten, every exhibit cites a source.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadAreaTables } from '../../build/content/areas.ts'
import { loadExhibition, type Exhibition } from '../../build/content/load.ts'

const root = resolve(import.meta.dirname, '../..')
const rosterPath = resolve(root, '../shared/research/roster.md')

interface RosterRow { code: string; name: string; province: string; year: number | 'unclear' }

/** Rows of the roster's cohort tables: `| 15.71 | Kota Jambi | Jambi | |` under `### 2017 ...`. */
function parseRoster(text: string): RosterRow[] {
  const rows: RosterRow[] = []
  let year: RosterRow['year'] | undefined
  for (const line of text.split('\n')) {
    const heading = /^###\s+(\d{4}|Year unclear)/.exec(line)
    if (heading) year = heading[1] === 'Year unclear' ? 'unclear' : Number(heading[1])
    else if (/^##\s/.test(line)) year = undefined
    const row = /^\|\s*(\d{2}\.\d{2})\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|/.exec(line)
    if (row && year !== undefined) rows.push({ code: row[1]!, name: row[2]!, province: row[3]!, year })
  }
  return rows
}

/** Participants the seed documents name that the roster's tables do not (shared/seeds/002 and 003). */
const SEED_PARTICIPANTS: Array<{ code: string; year: number }> = [
  { code: '14.04', year: 2023 }, // Kabupaten Indragiri Hilir
  { code: '19.01', year: 2023 }, // Kabupaten Bangka
  { code: '15.03', year: 2023 }, // Kabupaten Sarolangun
  { code: '17.71', year: 2023 }, // Kota Bengkulu
  { code: '16.01', year: 2023 }, // Kabupaten Ogan Komering Ulu
  { code: '15.04', year: 2023 }, // Kabupaten Batang Hari
  { code: '15.05', year: 2023 }, // Kabupaten Muaro Jambi
  { code: '18.02', year: 2023 }, // Kabupaten Lampung Tengah
  { code: '18.72', year: 2023 }, // Kota Metro
  { code: '35.20', year: 2022 }, // Kabupaten Magetan (seed 003: MoU 21 April 2022)
]

/** How many regions the programme guided each year (shared/research/roster.md, roster-2021-2023.md §0). */
const OFFICIAL_SIZE: Record<number, number> = { 2017: 25, 2018: 50, 2019: 25, 2021: 48, 2022: 50, 2023: 50, 2024: 10 }

/** Pages about the programme as a whole that name no region for that year: programme facts, not a region's evidence. */
const PROGRAMME_ONLY = [
  'https://aptika.kominfo.go.id/2019/08/6545/',
  'https://bekasi.tribunnews.com/2022/04/21/gerakan-menuju-smart-city-jadi-cara-kemenkominfo-memperluas-titik-pertumbuhan-digital-di-indonesia',
]

/** One region's own MoU page, once cited for others: evidence for that region only. */
const OTHER_REGIONS_PAGES: Array<[string, string]> = [
  ['https://manggaraitimurkab.go.id/berita/berita-matim/286-', '53.19'],
  ['https://amcnews.co.id/2023/02/28/implementasi-smart-city-pemkab-agam', '13.06'],
]

let exhibition: Exhibition
let roster: RosterRow[]

beforeAll(async () => {
  const loaded = await loadExhibition({ dir: resolve(root, 'src/content/regions'), publicDir: resolve(root, 'public'), areas: await loadAreaTables(), root })
  expect(loaded.problems).toEqual([])
  exhibition = loaded.exhibition!
  roster = existsSync(rosterPath) ? parseRoster(readFileSync(rosterPath, 'utf8')) : []
})

describe('the roster', () => {
  it('reads the roster beside the project', () => {
    expect(existsSync(rosterPath), `${rosterPath} is missing: CI runs with ../shared beside the repo`).toBe(true)
    expect(roster.length).toBeGreaterThanOrEqual(125)
  })

  it('resolves every code in idn-area-data, as a kota or kabupaten with its province', async () => {
    const areas = await loadAreaTables()
    for (const booth of exhibition.booths) {
      const area = areas.regencies.get(booth.code)
      expect(area, booth.code).toBeDefined()
      expect(booth.name).toBe(area!.name)
      expect(booth.province.name).toBe(areas.provinces.get(area!.provinceCode))
      expect(booth.name).toMatch(/^(Kota|Kabupaten) /)
    }
  })

  it('never shows more confirmed booths in a cohort than the programme guided, unless each extra says why', () => {
    for (const [year, size] of Object.entries(OFFICIAL_SIZE)) {
      const inCohort = exhibition.booths.flatMap((b) => b.cohorts.filter((c) => c.year === Number(year)).map((c) => ({ code: b.code, cohort: c })))
      const confirmed = inCohort.filter((x) => !x.cohort.uncertain)
      const explained = confirmed.filter((x) => x.cohort.note?.id && x.cohort.note.en)
      expect(confirmed.length - size, `${year}: ${confirmed.length} confirmed booths for ${size} guided, ${explained.length} with a note`).toBeLessThanOrEqual(explained.length)
      // Every uncertain cohort says why, in both languages.
      for (const x of inCohort.filter((i) => i.cohort.uncertain)) expect(x.cohort.note?.id && x.cohort.note.en, `${x.code} ${year}`).toBeTruthy()
    }
  })

  it('has the three complete cohorts in full: 25 / 50 / 25 booths in 2017 / 2018 / 2019 from the printed lists', () => {
    for (const year of [2017, 2018, 2019]) {
      const printed = roster.filter((r) => r.year === year).map((r) => r.code)
      const booths = new Set(exhibition.booths.filter((b) => b.cohorts.some((c) => c.year === year)).map((b) => b.code))
      expect(printed.length, String(year)).toBe(OFFICIAL_SIZE[year])
      for (const code of printed) expect(booths.has(code), `${code} ${year}`).toBe(true)
    }
  })

  it('shows the corrections of the audit, with their conflicts', () => {
    const booth = (code: string) => exhibition.booths.find((b) => b.code === code)!
    const cohort = (code: string, year: number) => booth(code).cohorts.find((c) => c.year === year)
    // Lombok Timur is among the 2017 recipients; Singkawang's 2017 completion is doubtful and it has 2022 evidence.
    expect(cohort('52.03', 2017)).toBeDefined()
    expect(cohort('61.72', 2017)?.uncertain).toBe(true)
    expect(cohort('61.72', 2022)).toBeDefined()
    // Kotamobagu's reported 2018 signing is a note on its booth, not a silent cohort.
    expect(booth('71.74').cohorts.some((c) => /2018/.test(c.note?.en ?? ''))).toBe(true)
    // 2024: the selection letter names Bone Bolango, the invitation Flores Timur; both shown, both uncertain.
    expect(cohort('75.03', 2024)?.uncertain).toBe(true)
    expect(cohort('53.06', 2024)?.uncertain).toBe(true)
    // The 2021 repeat participants: a second cohort on the same booth, never a second booth.
    for (const [code, before] of [['34.04', 2017], ['33.74', 2017], ['64.02', 2017], ['33.19', 2018], ['33.20', 2018], ['35.14', 2018]] as const) {
      expect(booth(code).cohorts.map((c) => c.year), code).toEqual(expect.arrayContaining([before, 2021]))
    }
    expect(new Set(exhibition.booths.map((b) => b.code)).size).toBe(exhibition.booths.length)
  })

  it('reaches the roster the public record allows (at least 225 booths)', () => {
    expect(exhibition.booths.length).toBeGreaterThanOrEqual(225)
  })

  it('cites, for a cohort, only pages that name the region: never a programme page that names none', () => {
    for (const booth of exhibition.booths) {
      for (const c of booth.cohorts) {
        for (const s of c.sources) {
          expect(PROGRAMME_ONLY.some((p) => s.url.startsWith(p)), `${booth.code} ${c.year}: ${s.url}`).toBe(false)
          for (const [prefix, owner] of OTHER_REGIONS_PAGES) if (s.url.startsWith(prefix)) expect(booth.code, `${booth.code} ${c.year} cites ${owner}'s page`).toBe(owner)
        }
      }
    }
  })

  it('gives every participant of the roster a booth with its cohort, under its official name', () => {
    const byCode = new Map(exhibition.booths.map((b) => [b.code, b]))
    for (const row of roster) {
      const booth = byCode.get(row.code)
      expect(booth, `${row.code} ${row.name}`).toBeDefined()
      expect(booth!.name.toLowerCase(), row.code).toBe(row.name.toLowerCase())
      expect(booth!.province.name.toLowerCase(), row.code).toBe(row.province.toLowerCase())
      // A year the roster left unclear is marked uncertain, or settled with the reason in a note.
      if (row.year === 'unclear') expect(booth!.cohorts.some((c) => c.uncertain || (c.note?.id && c.note.en)), row.code).toBe(true)
      else expect(booth!.cohorts.map((c) => c.year), `${row.code} ${row.name}`).toContain(row.year)
    }
  })

  it('gives every participant the seed documents name a booth with its cohort', () => {
    for (const { code, year } of SEED_PARTICIPANTS) {
      const booth = exhibition.booths.find((b) => b.code === code)
      expect(booth?.cohorts.map((c) => c.year), code).toContain(year)
    }
  })

  it('keeps both cohorts of Kota Depok and Kabupaten Banyumas, with a note on the conflict', () => {
    for (const code of ['32.76', '33.02']) {
      const booth = exhibition.booths.find((b) => b.code === code)!
      expect(booth.cohorts.map((c) => c.year)).toEqual(expect.arrayContaining([2018, 2019]))
      expect(booth.cohorts.some((c) => c.note?.id && c.note.en)).toBe(true)
    }
  })

  it('cites a public source for every cohort and every exhibit, in both languages where it speaks', () => {
    for (const booth of exhibition.booths) {
      for (const c of booth.cohorts) expect(c.sources.length, booth.code).toBeGreaterThan(0)
      for (const e of booth.exhibits) {
        expect(e.sources.length, `${booth.code} ${e.id}`).toBeGreaterThan(0)
        for (const s of e.sources) expect(s.url, `${booth.code} ${e.id}`).toMatch(/^https?:\/\/[^/]+\.[a-z]{2,}/)
      }
    }
  })

  it('ships no invented test regions', () => {
    expect(exhibition.booths.filter((b) => /contoh|example|test/i.test(b.name))).toEqual([])
  })
})
