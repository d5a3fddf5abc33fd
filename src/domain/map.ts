/**
 * The map page's data (docs/contract.md, "Addresses": `/{locale}/map`): Indonesia's provinces drawn
 * at build time (build/map), joined with the booths of each province. The build writes it as one
 * content-addressed JSON file; the page declares it in its route (`meta.data: ['map']`), so the path
 * data is never JavaScript. Pure: the build makes it, the page and the tests read it.
 */
import type { IslandGroupId } from './regions.ts'

/** A booth as the map lists it under its province. */
export interface MapBooth {
  slug: string
  name: string
  exhibits: number
}

/** A province of idn-area-data, with its booths (sorted by name). */
export interface MapProvince {
  code: string
  /** Official name in title case ("Jawa Timur"). */
  name: string
  /** The directory's `province` value (src/domain/slug.ts, from the official name). */
  slug: string
  island: IslandGroupId
  booths: MapBooth[]
  exhibits: number
  /**
   * A province formed after the boundary data was made: drawn inside the shape of the province it was
   * formed from (`code`), by the law that formed it.
   */
  drawnIn?: { code: string; law: string; year: number }
}

/** Where a shape's label goes, in viewBox units; a leader line joins it to the shape when set. */
export interface MapLabel {
  x: number
  y: number
  anchor: 'start' | 'middle' | 'end'
  /** The name as the map prints it, one entry per line. */
  lines: string[]
  /** A point inside the shape the label stands for, when the label sits outside it. */
  leader?: { x: number; y: number }
}

/** One drawn shape: a province of the geodata, standing also for the provinces drawn inside it. */
export interface MapShape {
  /** The province whose shape it is. */
  code: string
  d: string
  /** Every province the shape stands for: its own code first, then those drawn inside it. */
  provinces: string[]
  label: MapLabel
  /** Too small to see or tap: a marker is drawn here. */
  marker?: { x: number; y: number }
}

export interface MapData {
  width: number
  height: number
  shapes: MapShape[]
  /** Every province of idn-area-data, in code order (west to east, roughly). */
  provinces: MapProvince[]
  /** Provinces with no shape at all, and why (empty with the current data). */
  missing: Array<{ code: string; reason: string }>
}

/** Shading classes by booths: 0 is "no booth yet", then these lower bounds. */
export const SHADE_FLOORS = [1, 3, 6, 11, 21] as const

/** The shading class of a number of booths: 0 for none, else 1–5. */
export function shadeOf(booths: number): number {
  let shade = 0
  SHADE_FLOORS.forEach((floor, i) => {
    if (booths >= floor) shade = i + 1
  })
  return shade
}

/** The booths a shading class covers: [from, to], `to` undefined for the last. */
export function shadeRange(shade: number): { from: number; to?: number } {
  if (shade <= 0) return { from: 0, to: 0 }
  const from = SHADE_FLOORS[shade - 1] ?? 0
  const next = SHADE_FLOORS[shade]
  return next === undefined ? { from } : { from, to: next - 1 }
}

/** A shape with its provinces and totals, as the map and its table show it. */
export interface ShapeSummary {
  shape: MapShape
  provinces: MapProvince[]
  booths: number
  exhibits: number
  shade: number
  /**
   * The directory's `province` value for this shape: the slugs of its provinces that have booths,
   * in the directory's canonical order (sorted), comma-separated; '' when none has a booth.
   */
  provinceQuery: string
}

export function summarizeShapes(data: MapData): ShapeSummary[] {
  const byCode = new Map(data.provinces.map((p) => [p.code, p]))
  return data.shapes.map((shape) => {
    const provinces = shape.provinces.map((c) => byCode.get(c)).filter((p): p is MapProvince => p !== undefined)
    const booths = provinces.reduce((n, p) => n + p.booths.length, 0)
    const exhibits = provinces.reduce((n, p) => n + p.exhibits, 0)
    const provinceQuery = provinces.filter((p) => p.booths.length).map((p) => p.slug).sort().join(',')
    return { shape, provinces, booths, exhibits, shade: shadeOf(booths), provinceQuery }
  })
}

/**
 * Booths and exhibits per island group, from the provinces, in the provinces' order. The map's data
 * lists provinces by code, and Kemendagri's codes run by island group (11–21 Sumatera, 31–36 Jawa,
 * … 91–96 Papua), so the groups come out in the island groups' order (a unit test holds this), and the
 * map page needs no list of its own.
 */
export function islandTotals(provinces: readonly MapProvince[]): Map<IslandGroupId, { booths: number; exhibits: number }> {
  const totals = new Map<IslandGroupId, { booths: number; exhibits: number }>()
  for (const p of provinces) {
    const t = totals.get(p.island) ?? { booths: 0, exhibits: 0 }
    t.booths += p.booths.length
    t.exhibits += p.exhibits
    totals.set(p.island, t)
  }
  return totals
}
