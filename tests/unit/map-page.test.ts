/**
 * The map page's data (build/map/page.ts, files.ts; src/domain/map.ts): every province of
 * idn-area-data accounted for, the counts the map shades by equal to the directory's own facet
 * counts (src/domain/directory.ts), each shape's link giving exactly its booths, and the lobby's
 * island-group counts equal to the directory's. Expected values come from idn-area-data's CSV, the
 * content and the directory's functions, never from the map's output.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { brotliCompressSync, constants } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { readExhibition, type Exhibition } from '../../build/content/load.ts'
import { virtualModule } from '../../build/content/modules.ts'
import { createIndonesiaMaps } from '../../build/map/index.ts'
import { makeMapFiles, type MapFiles } from '../../build/map/files.ts'
import { defaultLines } from '../../build/map/labels.ts'
import { SHARED_SHAPES } from '../../build/map/provinces.ts'
import { dataKeys } from '../../build/manifest.ts'
import { htmlFetches } from '../../scripts/check-preload.ts'
import { createDirectoryModel, runDirectory } from '../../src/domain/directory.ts'
import { islandTotals, shadeOf, shadeRange, summarizeShapes, SHADE_FLOORS, type ShapeSummary } from '../../src/domain/map.ts'
import { EMPTY_STATE, parseDirectoryQuery, toQuery } from '../../src/domain/query.ts'
import { ISLAND_GROUPS } from '../../src/domain/regions.ts'

const root = resolve(import.meta.dirname, '../..')

/** Province codes and names straight from idn-area-data's CSV (the build reads them through the package API). */
function csvProvinces(): Array<{ code: string; name: string }> {
  const pkg = createRequire(import.meta.url).resolve('idn-area-data/package.json')
  const csv = readFileSync(join(dirname(pkg), 'data', 'provinces.csv'), 'utf8')
  return csv.trim().split(/\r?\n/).slice(1).map((line) => {
    const [code = '', name = ''] = line.split(',')
    return { code, name: name.replace(/^"|"$/g, '') }
  })
}

let exhibition: Exhibition
let files: MapFiles
let shapes: ShapeSummary[]

beforeAll(async () => {
  exhibition = await readExhibition(root)
  files = await makeMapFiles(createIndonesiaMaps(), exhibition.index)
  shapes = summarizeShapes(files.data)
}, 60_000)

describe('the map page\'s provinces', () => {
  it('lists every province of idn-area-data once, in its order', () => {
    expect(files.data.provinces.map((p) => p.code)).toEqual(csvProvinces().map((p) => p.code))
  })

  it('draws every province: as its own shape, inside the shape it was formed from (with the law and year), or says why not', () => {
    const drawn = new Set(files.data.shapes.flatMap((s) => s.provinces))
    const missing = new Set(files.data.missing.map((m) => m.code))
    for (const p of files.data.provinces) {
      expect(drawn.has(p.code) || missing.has(p.code), p.code).toBe(true)
      const own = files.data.shapes.some((s) => s.code === p.code)
      if (!own && drawn.has(p.code)) {
        const shared = SHARED_SHAPES.find((s) => s.code === p.code)
        expect(shared, `${p.code} is drawn inside another shape without a reason`).toBeDefined()
        expect(p.drawnIn).toEqual({ code: shared!.sharedShapeOf, law: shared!.law, year: shared!.year })
        expect(files.data.shapes.find((s) => s.code === shared!.sharedShapeOf)?.provinces).toContain(p.code)
      }
    }
    for (const m of files.data.missing) expect(m.reason.length, m.code).toBeGreaterThan(10)
  })

  it('names Papua\'s 2022 split and Kalimantan Utara as drawn inside their old provinces', () => {
    const drawnIn = Object.fromEntries(files.data.provinces.filter((p) => p.drawnIn).map((p) => [p.code, p.drawnIn!.code]))
    expect(drawnIn).toEqual({ 65: '64', 93: '91', 94: '91', 95: '91', 96: '92' })
  })

  it('uses the directory\'s province slugs and the index\'s names', () => {
    for (const b of exhibition.index) {
      const p = files.data.provinces.find((x) => x.code === b.province.code)
      expect(p?.slug, b.slug).toBe(b.province.slug)
      expect(p?.name, b.slug).toBe(b.province.name)
    }
  })
})

describe('the counts the map shows', () => {
  it('equal the directory\'s facet counts, province by province', () => {
    const { facets } = runDirectory(createDirectoryModel(exhibition.index), EMPTY_STATE)
    const facetCount = new Map(facets.province.map((o) => [o.value, o.count]))
    for (const p of files.data.provinces) expect(p.booths.length, p.name).toBe(facetCount.get(p.slug) ?? 0)
    // And no province of the directory is left off the map.
    expect(facets.province.map((o) => o.value).sort()).toEqual(files.data.provinces.filter((p) => p.booths.length).map((p) => p.slug).sort())
  })

  it('count each province\'s exhibits and list its booths, as the content has them', () => {
    for (const p of files.data.provinces) {
      const booths = exhibition.booths.filter((b) => b.province.code === p.code)
      expect(p.booths.map((b) => b.slug).sort(), p.name).toEqual(booths.map((b) => b.slug).sort())
      expect(p.exhibits, p.name).toBe(booths.reduce((n, b) => n + b.exhibits.length, 0))
      for (const b of p.booths) expect(b.exhibits).toBe(booths.find((x) => x.slug === b.slug)!.exhibits.length)
    }
  })

  it('link each shape to a directory view of exactly its booths, in the directory\'s canonical form', () => {
    const model = createDirectoryModel(exhibition.index)
    for (const s of shapes) {
      if (!s.booths) {
        expect(s.provinceQuery, s.shape.code).toBe('')
        continue
      }
      const state = parseDirectoryQuery({ province: s.provinceQuery }, model.vocabulary)
      expect(toQuery(state).province, s.shape.code).toBe(s.provinceQuery)
      const slugs = runDirectory(model, state).items.map((b) => b.slug).sort()
      expect(slugs, s.shape.code).toEqual(s.provinces.flatMap((p) => p.booths.map((b) => b.slug)).sort())
    }
  })

  it('per island group equal the directory\'s region facet, on the map page and in the lobby\'s module', () => {
    const { facets } = runDirectory(createDirectoryModel(exhibition.index), EMPTY_STATE)
    const totals = islandTotals(files.data.provinces)
    // Every island group, in the island groups' order: the map page and its table list them so.
    expect([...totals.keys()]).toEqual([...ISLAND_GROUPS])
    const lobby = JSON.parse(/JSON\.parse\((".*")\)/.exec(virtualModule('islands', exhibition)!)![1]!) as string
    const lobbyCounts = JSON.parse(lobby) as Array<{ id: string; booths: number }>
    for (const id of ISLAND_GROUPS) {
      const expected = facets.region.find((o) => o.value === id)?.count ?? 0
      expect(totals.get(id)?.booths ?? 0, id).toBe(expected)
      expect(lobbyCounts.find((g) => g.id === id)?.booths, id).toBe(expected)
    }
  })

  it('shade by booths in the legend\'s ranges, none for no booth', () => {
    expect(shadeOf(0)).toBe(0)
    expect(SHADE_FLOORS.map(shadeOf)).toEqual([1, 2, 3, 4, 5])
    SHADE_FLOORS.forEach((floor, i) => expect(shadeOf(floor - 1)).toBe(i))
    expect(shadeRange(1)).toEqual({ from: 1, to: 2 })
    expect(shadeRange(SHADE_FLOORS.length)).toEqual({ from: SHADE_FLOORS.at(-1) })
    for (const s of shapes) {
      const { from, to } = shadeRange(s.shade)
      expect(s.booths >= from && (to === undefined || s.booths <= to), s.shape.code).toBe(true)
    }
  })
})

describe('the drawing', () => {
  it('puts every label, leader and marker inside the picture', () => {
    const inside = ({ x, y }: { x: number; y: number }) => x >= 0 && y >= 0 && x <= files.data.width && y <= files.data.height
    for (const s of files.data.shapes) {
      expect(inside(s.label), `${s.code} label`).toBe(true)
      if (s.label.leader) expect(inside(s.label.leader), `${s.code} leader`).toBe(true)
      if (s.marker) expect(inside(s.marker), `${s.code} marker`).toBe(true)
      expect(s.label.lines.join(' ').replace('Kep.', 'Kepulauan').replace(/^DI /, 'Daerah Istimewa ')).toBe(files.data.provinces.find((p) => p.code === s.code)!.name)
    }
  })

  it('splits long names in two at the space nearest the middle', () => {
    expect(defaultLines('Aceh')).toEqual(['Aceh'])
    expect(defaultLines('Sumatera Selatan')).toEqual(['Sumatera', 'Selatan'])
    expect(defaultLines('Nusa Tenggara Timur')).toEqual(['Nusa Tenggara', 'Timur'])
  })
})

describe('the map\'s files', () => {
  it('are content-addressed under /data/, the data file the same as the data', () => {
    for (const f of files.files) expect(f.path).toMatch(/^\/data\/[0-9a-f]{12}\/(map\.json|islands-(light|dark)\.svg)$/)
    expect(files.dataUrl).toBe(files.files.find((f) => f.path.endsWith('map.json'))!.path)
    expect(JSON.parse(files.files.find((f) => f.path === files.dataUrl)!.body)).toEqual(files.data)
    expect(files.islands.light).not.toBe(files.islands.dark)
  })

  it('keep the map within its budget (60 kB brotli)', () => {
    const body = files.files.find((f) => f.path === files.dataUrl)!.body
    expect(brotliCompressSync(Buffer.from(body), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length).toBeLessThan(60_000)
  })

  it('are data, not JavaScript: the route\'s map adds no chunk, and the preload check reads fetch preloads', () => {
    expect(dataKeys(['map'])).toEqual([])
    const html = '<link rel="preload" as="fetch" crossorigin="anonymous" href="/data/abc/map.json"><link rel="preload" as="image" href="/x.png"><link rel="modulepreload" href="/a.js">'
    expect(htmlFetches(html)).toEqual(['/data/abc/map.json'])
  })
})
