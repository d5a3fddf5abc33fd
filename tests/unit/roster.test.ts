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

  it('has 25 / 50 / 25 / 10 booths in the 2017 / 2018 / 2019 / 2024 cohorts', () => {
    const count = (year: number) => exhibition.booths.filter((b) => b.cohorts.some((c) => c.year === year)).length
    expect([2017, 2018, 2019, 2024].map(count)).toEqual([25, 50, 25, 10])
  })

  it('gives every participant of the roster a booth with its cohort, under its official name', () => {
    const byCode = new Map(exhibition.booths.map((b) => [b.code, b]))
    for (const row of roster) {
      const booth = byCode.get(row.code)
      expect(booth, `${row.code} ${row.name}`).toBeDefined()
      expect(booth!.name.toLowerCase(), row.code).toBe(row.name.toLowerCase())
      expect(booth!.province.name.toLowerCase(), row.code).toBe(row.province.toLowerCase())
      if (row.year === 'unclear') expect(booth!.cohorts.some((c) => c.uncertain), row.code).toBe(true)
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
