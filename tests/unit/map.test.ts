/**
 * The build-time map of Indonesia (build/map). Expected values come from geography and from
 * idn-area-data's own CSV, never from the map's output; the path data is read back with a
 * parser written here, not with the module's own serializer.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { brotliCompressSync, constants } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  createIndonesiaMaps,
  islandGroupsSvg,
  mapSvg,
  type IndonesiaMap,
  type IslandGroupMap,
} from '../../build/map/index.ts'
import { dropSmallPolygons, snapRing } from '../../build/map/geometry.ts'
import { ringPath } from '../../build/map/path.ts'

const BROTLI_BUDGET = 60_000

/** Province codes straight from idn-area-data's CSV (the module reads them through the package API). */
function csvProvinceCodes(): string[] {
  const pkg = createRequire(import.meta.url).resolve('idn-area-data/package.json')
  const csv = readFileSync(join(dirname(pkg), 'data', 'provinces.csv'), 'utf8')
  return csv.trim().split(/\r?\n/).slice(1).map((line) => line.split(',')[0] ?? '')
}

type Point = [number, number]

/** Reads SVG path data (M, L, H, V, Z in both cases) into rings of absolute points. */
function parsePath(d: string): Point[][] {
  const tokens = d.match(/[MmLlHhVvZz]|[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/g) ?? []
  const rings: Point[][] = []
  let ring: Point[] = []
  let [x, y] = [0, 0]
  let [sx, sy] = [0, 0]
  let command = ''
  let i = 0
  const num = () => {
    const t = tokens[i++]
    if (t === undefined || /[A-Za-z]/.test(t)) throw new Error(`Expected a number in path at token ${i - 1}`)
    return Number(t)
  }
  while (i < tokens.length) {
    const t = tokens[i] ?? ''
    if (/[A-Za-z]/.test(t)) {
      command = t
      i++
      if (command === 'z' || command === 'Z') {
        if (ring.length) rings.push(ring)
        ring = []
        ;[x, y] = [sx, sy]
        continue
      }
    }
    switch (command) {
      case 'M': case 'm': {
        if (ring.length) rings.push(ring)
        const [dx, dy] = [num(), num()]
        ;[x, y] = command === 'm' ? [x + dx, y + dy] : [dx, dy]
        ;[sx, sy] = [x, y]
        ring = [[x, y]]
        command = command === 'm' ? 'l' : 'L' // implicit lineto after a moveto
        continue
      }
      case 'L': [x, y] = [num(), num()]
        break
      case 'l': {
        const [dx, dy] = [num(), num()]
        ;[x, y] = [x + dx, y + dy]
        break
      }
      case 'H': x = num()
        break
      case 'h': x += num()
        break
      case 'V': y = num()
        break
      case 'v': y += num()
        break
      default: throw new Error(`Unexpected path command "${command}"`)
    }
    ring.push([x, y])
  }
  if (ring.length) rings.push(ring)
  return rings
}

/** Even-odd point in polygon over every ring of a path, as a renderer would fill it. */
function insidePath(point: Point, rings: Point[][]): boolean {
  let inside = false
  for (const ring of rings) {
    for (let a = 0, b = ring.length - 1; a < ring.length; b = a++) {
      const [xa, ya] = ring[a] ?? [0, 0]
      const [xb, yb] = ring[b] ?? [0, 0]
      if ((ya > point[1]) !== (yb > point[1]) && point[0] < ((xb - xa) * (point[1] - ya)) / (yb - ya) + xa) inside = !inside
    }
  }
  return inside
}

function brotliSize(text: string): number {
  return brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
}

describe('path helpers', () => {
  it('serialises snapped rings so that reading them back gives the snapped points', () => {
    const ring = [[10.04, 20.06], [13.96, 20.04], [13.94, 25.52], [10.07, 24.96], [10.04, 20.06]]
    const snapped = snapRing(ring, 10)
    // Tenths of a unit; the closing point, equal to the first, is left to "z".
    expect(snapped).toEqual([[100, 201], [140, 200], [139, 255], [101, 250]])
    const [read = []] = parsePath(ringPath(snapped, 10))
    expect(read.map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)])).toEqual(snapped)
  })

  it('drops a ring that rounding collapses to fewer than three points', () => {
    expect(snapRing([[1, 1], [1.01, 1.02], [1.02, 1], [1, 1]], 10)).toEqual([])
  })

  it('drops small islands but never the largest piece of a province', () => {
    const square = (s: number) => [[[0, 0], [s, 0], [s, s], [0, s], [0, 0]]]
    expect(dropSmallPolygons([square(1), square(3), square(0.5)], 2)).toEqual([square(3)])
    expect(dropSmallPolygons([square(0.5), square(1)], 100)).toEqual([square(1)])
  })
})

describe('Indonesia map', () => {
  const provinceCodes = csvProvinceCodes()
  let map: IndonesiaMap
  let groups: IslandGroupMap

  beforeAll(async () => {
    const maps = createIndonesiaMaps()
    ;[map, groups] = await Promise.all([maps.provinces(), maps.islandGroups()])
  }, 60_000)

  const shapeOf = (code: string) => map.provinces.find((p) => p.code === code)

  it('reads the 38 provinces of idn-area-data, Papua\'s 2022 split included', () => {
    // Guards the test's own source: if the CSV were empty every check below would pass vacuously.
    expect(provinceCodes).toHaveLength(38)
    expect(provinceCodes).toEqual(expect.arrayContaining(['11', '31', '65', '91', '93', '94', '95', '96']))
  })

  it('accounts for every province exactly once: a shape, a shared shape, or missing with a reason', () => {
    for (const code of provinceCodes) {
      const drawn = map.provinces.filter((p) => p.code === code).length
      const shared = map.shared.filter((s) => s.code === code)
      const missing = map.missing.filter((m) => m.code === code)
      expect(drawn + shared.length + missing.length, `province ${code}`).toBe(1)
      for (const entry of [...shared, ...missing]) expect(entry.reason.trim(), `reason for ${code}`).not.toBe('')
    }
  })

  it('draws no shape, shared entry or missing entry for a code that is not a province', () => {
    const listed = [...map.provinces.map((p) => p.code), ...map.shared.map((s) => s.code), ...map.missing.map((m) => m.code)]
    for (const code of listed) expect(provinceCodes, `code ${code}`).toContain(code)
    const sharedWith = map.provinces.flatMap((p) => p.sharedWith ?? [])
    for (const code of sharedWith) expect(provinceCodes).toContain(code)
  })

  it('says, on both sides, which shape stands for a province carved out after the geodata', () => {
    for (const s of map.shared) {
      const host = shapeOf(s.sharedShapeOf)
      expect(host, `host of ${s.code}`).toBeDefined()
      expect(host?.sharedWith, `host ${s.sharedShapeOf}`).toContain(s.code)
    }
    for (const p of map.provinces) {
      for (const code of p.sharedWith ?? []) expect(map.shared.find((s) => s.code === code)?.sharedShapeOf).toBe(p.code)
    }
  })

  it('draws the four provinces carved out of Papua in 2022 inside Papua\'s or Papua Barat\'s shape, never a boundary of their own', () => {
    for (const code of ['93', '94', '95', '96']) {
      expect(shapeOf(code), `no invented boundary for ${code}`).toBeUndefined()
      expect(['91', '92']).toContain(map.shared.find((s) => s.code === code)?.sharedShapeOf)
    }
  })

  it('keeps the full SVG within the brotli budget', () => {
    const svg = mapSvg(map, { fillOf: () => '#9aa5b1', title: 'Peta Indonesia' })
    const size = brotliSize(svg)
    console.log(`map.svg: raw ${Buffer.byteLength(svg)} B, brotli ${size} B (budget ${BROTLI_BUDGET} B)`)
    expect(size).toBeLessThanOrEqual(BROTLI_BUDGET)
  })

  it('fits a viewBox 1000 wide, about as tall as Indonesia is for its width', () => {
    expect(map.viewBox).toBe(`0 0 ${map.width} ${map.height}`)
    expect(map.width).toBe(1000)
    // Indonesia: roughly 5,100 km by 1,900 km, so a ratio of about 0.37.
    expect(map.height / map.width).toBeGreaterThan(0.3)
    expect(map.height / map.width).toBeLessThan(0.45)
  })

  it('keeps every path point inside the viewBox, rounded to at most one decimal', () => {
    for (const p of map.provinces) {
      for (const n of p.d.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []) expect(n, `number in ${p.code}`).toMatch(/^-?\d*(?:\.\d)?$/)
      const points = parsePath(p.d).flat()
      expect(points.length, `points of ${p.code}`).toBeGreaterThanOrEqual(3)
      for (const [x, y] of points) {
        expect(x, `x in ${p.code}`).toBeGreaterThanOrEqual(0)
        expect(x, `x in ${p.code}`).toBeLessThanOrEqual(map.width)
        expect(y, `y in ${p.code}`).toBeGreaterThanOrEqual(0)
        expect(y, `y in ${p.code}`).toBeLessThanOrEqual(map.height)
      }
    }
  })

  it('puts every label inside the viewBox and inside its own shape', () => {
    for (const p of map.provinces) {
      const { x, y } = p.label
      expect(x >= 0 && x <= map.width && y >= 0 && y <= map.height, `label of ${p.code}`).toBe(true)
      expect(insidePath([x, y], parsePath(p.d)), `label of ${p.code} inside its shape`).toBe(true)
    }
  })

  it('is not mirrored: west is left, north is up', () => {
    const at = (code: string) => shapeOf(code)?.label ?? { x: NaN, y: NaN }
    expect(at('11').x).toBeLessThan(at('91').x) // Aceh is west of Papua
    expect(at('32').x).toBeLessThan(at('35').x) // Jawa Barat is west of Jawa Timur
    expect(at('11').y).toBeLessThan(at('53').y) // Aceh (5°N) is north of Nusa Tenggara Timur (9°S)
    expect(at('71').y).toBeLessThan(at('74').y) // Sulawesi Utara is north of Sulawesi Tenggara
  })

  it('marks the tiny provinces for a marker and leaves the big ones alone', () => {
    // DKI Jakarta (about 660 km²) and DI Yogyakarta (about 3,100 km²) are a few units wide at this scale.
    expect(shapeOf('31')?.small).toBe(true)
    expect(shapeOf('34')?.small).toBe(true)
    expect(shapeOf('64')?.small).toBeUndefined()
    expect(shapeOf('91')?.small).toBeUndefined()
  })

  it('credits its data source with a name, a link and a licence', () => {
    expect(map.credit.name).toMatch(/Natural Earth/)
    expect(map.credit.url).toMatch(/^https:\/\//)
    expect(map.credit.licence.trim()).not.toBe('')
  })

  it('writes a standalone SVG with the title and fills escaped', () => {
    const svg = mapSvg(map, { fillOf: (code) => (code === '11' ? 'url("#x")' : '#ccc'), title: 'Peta <Indonesia> & "provinsi"' })
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg).toContain('Peta &#60;Indonesia&#62; &#38; &#34;provinsi&#34;')
    expect(svg).toContain('fill="url(&#34;#x&#34;)"')
    expect(svg.match(/<path /g)).toHaveLength(map.provinces.length)
  })

  it('draws the seven island groups of the site from the province codes of each', () => {
    const ranges: Record<string, [number, number]> = {
      sumatera: [11, 21], jawa: [31, 36], 'bali-nusa-tenggara': [51, 53], kalimantan: [61, 65],
      sulawesi: [71, 76], maluku: [81, 82], papua: [91, 96],
    }
    expect(groups.groups.map((g) => g.id).sort()).toEqual(Object.keys(ranges).sort())
    for (const g of groups.groups) {
      const [lo, hi] = ranges[g.id] ?? [0, -1]
      expect(g.provinces, g.id).toEqual(provinceCodes.filter((c) => Number(c) >= lo && Number(c) <= hi))
      for (const [x, y] of parsePath(g.d).flat()) expect(x >= 0 && x <= groups.width && y >= 0 && y <= groups.height, g.id).toBe(true)
      expect(insidePath([g.label.x, g.label.y], parsePath(g.d)), `label of ${g.id}`).toBe(true)
    }
    const svg = islandGroupsSvg(groups, { fillOf: () => '#888', title: 'Pulau' })
    expect(brotliSize(svg)).toBeLessThan(brotliSize(mapSvg(map, { fillOf: () => '#888', title: 'Pulau' })))
  })
})
