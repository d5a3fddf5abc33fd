/**
 * The map's files as the site serves them, under one content-addressed folder `/data/{hash}/`
 * (immutable, like the booths' data): the map page's data (`map.json`, src/domain/map.ts) and the
 * lobby's island-group picture in the light and the dark colour scheme. Made once per build by the
 * site's owner (build/index.ts) from the drawn map and the content index.
 */
import { createHash } from 'node:crypto'
import { getProvinces } from 'idn-area-data'
import type { BoothEntry } from '../../src/domain/model.ts'
import type { MapData } from '../../src/domain/map.ts'
import { titleCaseAreaName } from '../../src/domain/names.ts'
import { islandGroupsSvg, type createIndonesiaMaps } from './index.ts'
import { mapPageData } from './page.ts'

export interface MapFiles {
  data: MapData
  /** Site path of the map page's data file. */
  dataUrl: string
  /** Site paths of the lobby's island-group picture, with its size. */
  islands: { light: string; dark: string; width: number; height: number }
  /** Every file to write, by site path. */
  files: Array<{ path: string; body: string }>
}

/**
 * The picture's colours, from src/styles/tokens.css: land is the brand colour mixed into the surface
 * (35 % light, 45 % dark), borders are the surface. A picture cannot read the page's CSS.
 */
const ISLAND_COLOURS = {
  light: { land: '#abc0c6', border: '#ffffff' },
  dark: { land: '#3d6872', border: '#171e22' },
} as const

export async function makeMapFiles(maps: ReturnType<typeof createIndonesiaMaps>, index: readonly BoothEntry[]): Promise<MapFiles> {
  const [provinces, groups, project, names] = await Promise.all([maps.provinces(), maps.islandGroups(), maps.projection(), getProvinces()])
  const data = mapPageData(provinces, names.map((p) => ({ code: p.code, name: titleCaseAreaName(p.name) })), index, project)
  const json = JSON.stringify(data)
  const picture = (scheme: keyof typeof ISLAND_COLOURS) => islandGroupsSvg(groups, {
    fillOf: () => ISLAND_COLOURS[scheme].land,
    border: ISLAND_COLOURS[scheme].border,
    title: 'Indonesia',
  })
  const light = picture('light')
  const dark = picture('dark')
  const hash = createHash('sha256').update(json).update(light).update(dark).digest('hex').slice(0, 12)
  const base = `/data/${hash}/`
  const files = [
    { path: `${base}map.json`, body: json },
    { path: `${base}islands-light.svg`, body: light },
    { path: `${base}islands-dark.svg`, body: dark },
  ]
  return {
    data,
    dataUrl: files[0]!.path,
    islands: { light: files[1]!.path, dark: files[2]!.path, width: groups.width, height: groups.height },
    files,
  }
}
