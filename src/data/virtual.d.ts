declare module 'virtual:exhibition/stats' {
  const stats: import('../domain/model').ExhibitionStats
  export default stats
}
declare module 'virtual:exhibition/index' {
  const index: import('../domain/model').BoothEntry[]
  export default index
}
declare module 'virtual:exhibition/booths' {
  export const loaders: Record<string, () => Promise<{ default: import('../domain/model').Booth }>>
}
declare module 'virtual:exhibition/data' {
  /** Folder of the booths' data files, `/data/{hash}/booths/`; a booth is `${BOOTH_DATA}${slug}.json`. */
  export const BOOTH_DATA: string
  /** The map page's data file, `/data/{hash}/map.json` (src/domain/map.ts, MapData). */
  export const MAP_DATA: string
  /** The lobby's island-group picture in each colour scheme, and its size. */
  export const ISLAND_PICTURE: { light: string; dark: string; width: number; height: number }
}
declare module 'virtual:exhibition/islands' {
  const islands: Array<{ id: import('../domain/regions').IslandGroupId; booths: number }>
  export default islands
}
declare module 'virtual:exhibition/map' {
  const map: import('../domain/map').MapData
  export default map
}
