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
}
