/**
 * Planar geometry on projected coordinates (SVG user units, y pointing down).
 * Small pure functions so each step of the pipeline can be tested on its own.
 */
import type { Position } from './geodata.ts'

export type Ring = Position[]
/** Exterior ring first, then holes. */
export type Polygon = Ring[]

/** Shoelace area; positive when the ring runs clockwise on screen (y down). */
export function signedRingArea(ring: Ring): number {
  let sum = 0
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? []
    const [xj = 0, yj = 0] = ring[j] ?? []
    sum += (xj - xi) * (yj + yi)
  }
  return sum / 2
}

export function polygonArea(polygon: Polygon): number {
  const [outer, ...holes] = polygon
  if (!outer) return 0
  return Math.abs(signedRingArea(outer)) - holes.reduce((a, h) => a + Math.abs(signedRingArea(h)), 0)
}

/**
 * Drops islands smaller than minArea, but never a province's largest polygon:
 * every province must stay on the map, however small (DKI Jakarta is a few units wide).
 */
export function dropSmallPolygons(polygons: readonly Polygon[], minArea: number): Polygon[] {
  if (polygons.length === 0) return []
  const areas = polygons.map(polygonArea)
  const largest = areas.indexOf(Math.max(...areas))
  return polygons.filter((_, i) => i === largest || (areas[i] ?? 0) >= minArea)
}

export function largestPolygon(polygons: readonly Polygon[]): Polygon | undefined {
  let best: Polygon | undefined
  let bestArea = -1
  for (const p of polygons) {
    const a = polygonArea(p)
    if (a > bestArea) [best, bestArea] = [p, a]
  }
  return best
}

/**
 * Rounds a ring to a grid of 1/scale units (scale 10 → one decimal), as integers of that grid,
 * and removes the repeated points and the closing point that rounding leaves behind.
 * Returns [] when fewer than three distinct points survive: such a ring draws nothing.
 */
export function snapRing(ring: Ring, scale: number): Ring {
  const out: Ring = []
  for (const [x = 0, y = 0] of ring) {
    const p = [Math.round(x * scale), Math.round(y * scale)]
    const last = out[out.length - 1]
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p)
  }
  const first = out[0]
  const last = out[out.length - 1]
  if (out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) out.pop()
  return out.length >= 3 ? out : []
}

/** Exterior clockwise, holes counter-clockwise, so the default nonzero fill rule leaves holes empty. */
export function orientPolygon(polygon: Polygon): Polygon {
  return polygon.map((ring, i) => {
    const clockwise = signedRingArea(ring) > 0
    return clockwise === (i === 0) ? ring : [...ring].reverse()
  })
}
