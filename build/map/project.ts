/**
 * Fits a Mercator projection of Indonesia to a viewBox of the requested width.
 *
 * Mercator because Indonesia straddles the equator (about 11°S to 6°N), where Mercator's
 * area distortion is a few percent at most, and it is conformal: the islands keep the shapes
 * people know from the national map. Nothing of d3 reaches the browser; it runs at build time.
 */
import { geoMercator } from 'd3-geo'
import type { Admin1, Position } from './geodata.ts'
import type { Polygon } from './geometry.ts'

export interface Fitted {
  /** [lon, lat] → [x, y] in viewBox units, y down. */
  project(p: Position): Position
  width: number
  height: number
}

/**
 * Every vertex as one MultiPoint, for d3's fitting. Points, not polygons: d3 reads a polygon's
 * winding on the sphere, and a ring wound the other way would stand for the rest of the globe.
 */
function allVertices(features: readonly Admin1[]) {
  return { type: 'MultiPoint' as const, coordinates: features.flatMap((f) => f.polygons.flat(2)) }
}

/** Width fixed, height whatever the country's aspect asks for, with `padding` units on every side. */
export function fitIndonesia(features: readonly Admin1[], width: number, padding: number): Fitted {
  const vertices = allVertices(features)
  const projection = geoMercator().fitWidth(width - 2 * padding, vertices)
  const [tx, ty] = projection.translate()
  projection.translate([tx + padding, ty + padding])
  const maxY = vertices.coordinates.reduce((m, p) => Math.max(m, projection([p[0] ?? 0, p[1] ?? 0])?.[1] ?? m), -Infinity)
  return {
    project: (p) => {
      const xy = projection([p[0] ?? 0, p[1] ?? 0])
      if (!xy) throw new Error(`Cannot project ${p.join(',')}`)
      return xy
    },
    width,
    height: Math.ceil(maxY + padding),
  }
}

export function projectPolygons(polygons: readonly Polygon[], project: (p: Position) => Position): Polygon[] {
  return polygons.map((polygon) => polygon.map((ring) => ring.map(project)))
}
