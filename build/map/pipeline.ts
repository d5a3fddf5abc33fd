/**
 * Projection → shared-border topology → simplification → tidy polygons.
 *
 * Simplifying a topology rather than each province on its own keeps neighbouring provinces
 * on the very same simplified border, so no slivers or gaps open between them.
 */
import { topology } from 'topojson-server'
import { presimplify, simplify } from 'topojson-simplify'
import { feature, merge } from 'topojson-client'
import polylabel from 'polylabel'
import type { GeoJsonObject, Geometry } from 'geojson'
import type { Admin1 } from './geodata.ts'
import { dropSmallPolygons, largestPolygon, orientPolygon, polygonArea, snapRing, type Polygon } from './geometry.ts'
import { ringsPath } from './path.ts'
import type { Fitted } from './project.ts'
import { projectPolygons } from './project.ts'

/** How coarse a drawing is; the lobby image can be coarser than the map page. */
export interface Detail {
  /** Visvalingam weight (triangle area, in square viewBox units) below which a vertex goes. */
  minWeight: number
  /** Islands smaller than this (square viewBox units) are dropped, except a province's largest. */
  minIslandArea: number
  /** Grid of the output coordinates: 10 → one decimal, 1 → integers. */
  scale: number
}

/** The simplified-ready topology, projected to viewBox units, one geometry per ISO code. */
export interface Prepared {
  fitted: Fitted
  // The topology types come from topojson-specification; inferring them keeps that package out of our imports.
  topology: ReturnType<typeof presimplify>
}

export function prepare(features: readonly Admin1[], fitted: Fitted): Prepared {
  // Features, not bare geometries: topojson-server carries a feature's id over, a geometry's not.
  const collection = {
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      id: f.iso,
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: projectPolygons(f.polygons, fitted.project) },
    })),
  }
  // topojson-server types a feature's properties as possibly null, topojson-simplify as {}: same data.
  const topo = topology({ provinces: collection as GeoJsonObject }) as unknown as Parameters<typeof presimplify>[0]
  return { fitted, topology: presimplify(topo) }
}

type Simplified = ReturnType<typeof simplify>
type TopoGeometry = Extract<Simplified['objects'][string], { type: 'GeometryCollection' }>['geometries'][number]

function provinceGeometries(topo: Simplified): TopoGeometry[] {
  const collection = topo.objects.provinces
  if (collection?.type !== 'GeometryCollection') throw new Error('Topology lost its provinces collection')
  return collection.geometries
}

function polygonsOfGeometry(geometry: Geometry | null): Polygon[] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates]
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates
  return []
}

/** The drawable outcome of one shape: path data, a label point, and its largest piece's area. */
export interface Drawn {
  d: string
  label: { x: number; y: number }
  /** Area of the largest polygon, in square viewBox units: how big a target it is. */
  largestArea: number
}

const round1 = (v: number) => Math.round(v * 10) / 10

/**
 * Label point: the pole of inaccessibility of the largest polygon, the point deepest inside it.
 * A centroid can fall outside a concave shape such as Sulawesi Tengah or into the sea.
 */
function labelOf(polygon: Polygon): { x: number; y: number } {
  const rings = polygon.map((ring) => ring.map(([px = 0, py = 0]): [number, number] => [px, py]))
  const [x = 0, y = 0] = polylabel(rings, 0.5)
  return { x: round1(x), y: round1(y) }
}

export function draw(polygons: readonly Polygon[], detail: Detail): Drawn | undefined {
  const kept = dropSmallPolygons(polygons, detail.minIslandArea)
  const largest = largestPolygon(kept)
  if (!largest) return undefined
  const snapped = kept
    .map((polygon) => polygon.map((ring) => snapRing(ring, detail.scale)).filter((ring) => ring.length > 0))
    .filter((polygon) => polygon.length > 0 && polygonArea(polygon) > 0)
    .map(orientPolygon)
  if (snapped.length === 0) return undefined
  return {
    d: snapped.map((polygon) => ringsPath(polygon, detail.scale)).join(''),
    label: labelOf(largest),
    largestArea: round1(polygonArea(largest)),
  }
}

/** One drawing per ISO code. */
export function drawProvinces(prepared: Prepared, detail: Detail): Map<string, Drawn> {
  const topo = simplify(prepared.topology, detail.minWeight)
  const out = new Map<string, Drawn>()
  for (const geometry of provinceGeometries(topo)) {
    const converted = feature(topo, geometry)
    const drawn = draw(polygonsOfGeometry('geometry' in converted ? converted.geometry : null), detail)
    if (drawn) out.set(String(geometry.id), drawn)
  }
  return out
}

/** One drawing per group of ISO codes, their inner borders dissolved. */
export function drawMerged(prepared: Prepared, groups: ReadonlyMap<string, readonly string[]>, detail: Detail): Map<string, Drawn> {
  const topo = simplify(prepared.topology, detail.minWeight)
  const geometries = provinceGeometries(topo)
  const out = new Map<string, Drawn>()
  for (const [group, isoCodes] of groups) {
    const members = geometries.filter((g) => isoCodes.includes(String(g.id)))
    const drawn = draw(polygonsOfGeometry(merge(topo, members as Parameters<typeof merge>[1])), detail)
    if (drawn) out.set(group, drawn)
  }
  return out
}
