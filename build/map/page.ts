/**
 * The map page's data (src/domain/map.ts, `MapData`): the drawn provinces (index.ts) joined with
 * every province of idn-area-data and the booths of the content index. Pure: the build and the
 * tests call it with what they have read.
 */
import type { BoothEntry } from '../../src/domain/model.ts'
import type { MapData, MapLabel, MapProvince, MapShape } from '../../src/domain/map.ts'
import { islandGroupOf } from '../../src/domain/regions.ts'
import { slugify } from '../../src/domain/slug.ts'
import type { IndonesiaMap } from './index.ts'
import { LABELS, defaultLines } from './labels.ts'

type Project = (lonLat: readonly [number, number]) => { x: number; y: number }

/** Every province, official names title-cased (as the content index names them). */
export interface ProvinceName {
  code: string
  name: string
}

export function mapProvinces(names: readonly ProvinceName[], index: readonly BoothEntry[], map: Pick<IndonesiaMap, 'shared'>): MapProvince[] {
  const shared = new Map(map.shared.map((s) => [s.code, s]))
  return names.map(({ code, name }) => {
    const slug = slugify(name)
    const entries = index.filter((b) => b.province.code === code)
    for (const b of entries) {
      // The directory filters by the index's slug: the map must link with the very same one.
      if (b.province.slug !== slug) throw new Error(`Province ${code}: the index calls it "${b.province.slug}", the map "${slug}"`)
    }
    const s = shared.get(code)
    return {
      code,
      name,
      slug,
      island: islandGroupOf(code),
      booths: entries.map((b) => ({ slug: b.slug, name: b.name, exhibits: b.exhibits.length })),
      exhibits: entries.reduce((n, b) => n + b.exhibits.length, 0),
      ...(s ? { drawnIn: { code: s.sharedShapeOf, law: s.law, year: s.year } } : {}),
    }
  })
}

function labelOf(shape: IndonesiaMap['provinces'][number], name: string, project: Project): { label: MapLabel; marker?: { x: number; y: number } } {
  const placement = LABELS[shape.code] ?? {}
  const marker = shape.small ? (placement.marker ? project(placement.marker) : shape.label) : undefined
  const inside = marker ?? shape.label
  const at = placement.at ? project(placement.at) : inside
  const label: MapLabel = {
    ...at,
    anchor: placement.anchor ?? 'middle',
    lines: placement.lines ?? defaultLines(name),
    ...(placement.at ? { leader: inside } : {}),
  }
  return { label, ...(marker ? { marker } : {}) }
}

export function mapPageData(map: IndonesiaMap, names: readonly ProvinceName[], index: readonly BoothEntry[], project: Project): MapData {
  const provinces = mapProvinces(names, index, map)
  const nameOf = new Map(provinces.map((p) => [p.code, p.name]))
  const shapes: MapShape[] = map.provinces.map((shape) => ({
    code: shape.code,
    d: shape.d,
    provinces: [shape.code, ...(shape.sharedWith ?? [])],
    ...labelOf(shape, nameOf.get(shape.code) ?? shape.code, project),
  }))
  return { width: map.width, height: map.height, shapes, provinces, missing: map.missing }
}
