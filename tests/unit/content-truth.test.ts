/**
 * The exhibition's content as a whole, and the tools for whoever adds the next hundred: every
 * exhibit and recognition cites a source, no exhibit text is repeated on another booth, each award is
 * listed once per region, the schema refuses what it should (each refusal with file, path and what was
 * expected), the generated JSON Schema is current and agrees with the files, and a new region's
 * skeleton is valid.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { readExhibition, validateRegionDocument, type Exhibition } from '../../build/content/load.ts'
import { readJsonStrictly } from '../../build/content/json.ts'
import { regionJsonSchema, SCHEMA_FILE } from '../../scripts/content-schema.ts'
import { skeleton } from '../../scripts/new-region.ts'
import { BOOTH_PAGE_IDS } from '@/domain/element-ids.ts'

const root = resolve(import.meta.dirname, '../..')
const regionsDir = resolve(root, 'src/content/regions')
const FILE = 'src/content/regions/91.90.json'
const source = { url: 'https://example.org/contoh', title: 'Sumber contoh', read: '2026-01-01' }
const exhibit = { id: 'pasar-contoh', pillar: 'economy', subElement: 'welfare', title: { id: 'Pasar contoh' }, summary: { id: 'Ringkas.' }, body: { id: 'Isi.' }, sources: [source] }
const doc = (over: Record<string, unknown> = {}) => ({ code: '91.90', cohorts: [{ year: 2017, sources: [source] }], exhibits: [exhibit], ...over })
const problemsOf = (d: unknown) => validateRegionDocument(FILE, d).problems

let exhibition: Exhibition
beforeAll(async () => {
  exhibition = await readExhibition(root)
})

describe('the exhibition\'s content', () => {
  it('cites a public source for every cohort, exhibit and recognition', () => {
    for (const b of exhibition.booths) {
      for (const list of [b.cohorts, b.exhibits, b.recognitions]) {
        for (const item of list) {
          expect(item.sources.length, b.code).toBeGreaterThan(0)
          for (const s of item.sources) expect(s.url, b.code).toMatch(/^https?:\/\/[^/]+\.[a-z]{2,}/)
        }
      }
    }
  })

  it('repeats no exhibit text on another booth: no title, summary, body or sentence of forty letters or more', () => {
    const seen = new Map<string, string>()
    const repeated: string[] = []
    for (const b of exhibition.booths) {
      for (const e of b.exhibits) {
        for (const field of ['title', 'summary', 'body'] as const) {
          for (const text of Object.values(e[field])) {
            for (const sentence of [text, ...text.split(/(?<=[.!?])\s+|\n\n/)].map((t) => t.trim()).filter((t) => t.length >= 40)) {
              const where = seen.get(sentence)
              if (where && !where.startsWith(`${b.code} `)) repeated.push(`${b.code} ${e.id} repeats ${where}: "${sentence.slice(0, 60)}…"`)
              else seen.set(sentence, `${b.code} ${e.id}`)
            }
          }
        }
      }
    }
    expect(repeated).toEqual([])
  })

  it('lists each award once per region, and keeps awards out of the exhibits', () => {
    for (const b of exhibition.booths) {
      const ids = b.recognitions.map((r) => r.id)
      expect(new Set(ids).size, b.code).toBe(ids.length)
      // An award the region received (not a contest it runs, such as an innovation award of its own).
      for (const e of b.exhibits) expect(`${e.id} ${e.title.en ?? ''}`, `${b.code}: an award is a recognition, not an exhibit`).not.toMatch(/^(smart-city-award|isna|rkci|iga)-|\b(ISNA|Smart City Award) \d{4}\b/)
    }
  })

  it('gives every booth an exhibit or, failing that, booths nearby that have some', () => {
    for (const b of exhibition.booths) {
      if (b.exhibits.length) continue
      expect(b.nearby.length, b.code).toBeGreaterThan(0)
      const byslug = new Map(exhibition.booths.map((x) => [x.slug, x]))
      for (const n of b.nearby) {
        const other = byslug.get(n.slug)!
        expect(other.exhibits.length).toBeGreaterThan(0)
        expect(other.island, `${b.code} → ${other.code}`).toBe(b.island)
      }
    }
  })
})

describe('what the schema refuses', () => {
  it('refuses texts over their bounds, naming the field and the bound', () => {
    expect(problemsOf(doc({ exhibits: [{ ...exhibit, title: { id: 'x'.repeat(121) } }] }))).toEqual([{ file: FILE, path: 'exhibits.0.title.id', message: expect.stringMatching(/^Expected at most 120 characters/) }])
    expect(problemsOf(doc({ exhibits: [{ ...exhibit, body: { en: 'x'.repeat(1_000_000) } }] }))[0]).toMatchObject({ path: 'exhibits.0.body.en', message: expect.stringMatching(/^Expected at most 4000 characters/) })
    expect(problemsOf(doc({ cohorts: [{ year: 2017, sources: [source], note: { id: 'n'.repeat(1201) } }] }))[0]).toMatchObject({ path: 'cohorts.0.note.id', message: expect.stringMatching(/^Expected at most 1200 characters/) })
  })

  it('refuses an exhibit id the booth page uses itself', () => {
    for (const id of [...Object.values(BOOTH_PAGE_IDS), 'sources-heading']) {
      expect(problemsOf(doc({ exhibits: [{ ...exhibit, id }] })), id).toEqual([{ file: FILE, path: 'exhibits.0.id', message: expect.stringMatching(/^Expected an id the booth page does not use itself/) }])
    }
  })

  it('refuses source addresses with quotes, angle brackets or credentials', () => {
    for (const url of ['https://example.org/a"onmouseover="x', 'https://example.org/<script>', 'https://user:secret@example.org/']) {
      const [problem] = problemsOf(doc({ cohorts: [{ year: 2017, sources: [{ ...source, url }] }] }))
      expect(problem, url).toMatchObject({ path: 'cohorts.0.sources.0.url', message: expect.stringMatching(/^Expected (a full web address|an address without)/) })
    }
  })

  it('refuses impossible dates, and a page published after it was read', () => {
    expect(problemsOf(doc({ cohorts: [{ year: 2017, mou: '2023-02-30', sources: [source] }] }))).toEqual([{ file: FILE, path: 'cohorts.0.mou', message: expect.stringMatching(/^Expected a date that exists in the calendar/) }])
    expect(problemsOf(doc({ cohorts: [{ year: 2017, sources: [{ ...source, published: '2026-05-01', read: '2026-01-01' }] }] }))).toEqual([{ file: FILE, path: 'cohorts.0.sources.0.published', message: 'Expected a publication date on or before the date the page was read' }])
  })

  it('refuses an award listed twice, and a key given twice in the file', () => {
    const award = { id: 'isna-2022', year: 2022, title: { id: 'ISNA 2022' }, sources: [source] }
    expect(problemsOf(doc({ recognitions: [award, award] }))).toEqual([{ file: FILE, path: 'recognitions.1.id', message: 'Expected each award once per region; "isna-2022" is also recognitions.0.id' }])
    expect(readJsonStrictly('{"code": "91.90", "code": "91.91"}').problems).toEqual([{ path: '', message: 'Expected each key once in an object; "code" is given on line 1 and again on line 1' }])
  })
})

describe('the JSON Schema for editors', () => {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object
  const ajv = new Ajv({ allErrors: true, strict: false })
  addFormats.default(ajv)
  const validate = ajv.compile(schema)

  it('is what `npm run content:schema` writes from the valibot schema', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(regionJsonSchema())
  })

  it('accepts every region file, each of which names it', () => {
    for (const name of readdirSync(regionsDir)) {
      const data = JSON.parse(readFileSync(resolve(regionsDir, name), 'utf8')) as { $schema?: string }
      expect(data.$schema, name).toBe('../region.schema.json')
      expect(validate(data), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true)
    }
  })

  it('refuses the broken fixtures and the documents the schema refuses', () => {
    const broken = JSON.parse(readFileSync(resolve(root, 'tests/fixtures/content/broken/91.90.json'), 'utf8')) as unknown
    expect(validate(broken)).toBe(false)
    expect(validate(doc({ cohorts: [] }))).toBe(false)
    expect(validate(doc({ exhibits: [{ ...exhibit, title: { id: 'x'.repeat(121) } }] }))).toBe(false)
    expect(validate(doc({ typo: true }))).toBe(false)
    expect(validate(doc())).toBe(true)
  })
})

describe('a new region\'s skeleton', () => {
  it('is valid as written, with its cohort\'s MoU date and the page that names it', () => {
    const written = skeleton('91.90', 2023, { url: 'https://example.org/terpilih', title: 'Kota Contoh terpilih' }, '2026-12-02')
    expect(validateRegionDocument(FILE, written).problems).toEqual([])
    expect(written.cohorts[0]).toEqual({ year: 2023, mou: '2023-02-28', sources: [{ url: 'https://example.org/terpilih', title: 'Kota Contoh terpilih', read: '2026-12-02' }] })
  })
})
