/**
 * The shapes the site reads: a content file joined with its official identity from idn-area-data.
 * Content fields come from the schema's inferred types; only the derived fields are declared here.
 */
import type { PillarId } from './pillars.ts'
import type { IslandGroupId } from './regions.ts'
import type { RegionType } from './names.ts'
import type { Exhibit, LocalizedText, Media, RegionFile } from '../content/schema.ts'

export interface Province {
  code: string
  /** Official name in title case: "Daerah Istimewa Yogyakarta". */
  name: string
  slug: string
}

/** Who a region is, officially (idn-area-data). */
export interface RegionIdentity {
  code: string
  /** Official name: "Kota Sabang". */
  name: string
  /** Without "Kota"/"Kabupaten": "Sabang". */
  shortName: string
  slug: string
  type: RegionType
  province: Province
  island: IslandGroupId
}

/** What idn-area-data counts in a kota/kabupaten: its "region at a glance". */
export interface RegionFacts {
  districts: number
  /** Villages (desa) and urban villages (kelurahan) together. */
  villages: number
  /** Named islands in the region; 0 for most inland regions. */
  islands: number
  populatedIslands: number
}

/** A link to a booth: enough to name it. */
export type BoothLink = Pick<RegionIdentity, 'slug' | 'name'>

/**
 * One booth with all its content: loaded with the booth's own page. Its neighbours in name order
 * come with it, so a booth page needs no index of every booth (the list order, when the visitor
 * came from a list, loads the index after hydration).
 */
export type Booth = RegionIdentity & Omit<RegionFile, '$schema'> & {
  pillars: PillarId[]
  facts: RegionFacts
  neighbours: { previous?: BoothLink; next?: BoothLink }
  /** Booths of the same province, else island group, that have exhibits: where to look when this one has none. */
  nearby: BoothLink[]
}

/** An exhibit's headline, enough to list it and link to it; its first photo when it has one (else its poster). */
export type ExhibitHeadline = Pick<Exhibit, 'id' | 'pillar' | 'subElement'> & {
  title: LocalizedText
  cover?: Pick<Media, 'src' | 'width' | 'height' | 'alt'>
}

/** A booth in the compact index the directory, halls and suggestions read. */
export type BoothEntry = RegionIdentity & {
  years: number[]
  pillars: PillarId[]
  exhibits: ExhibitHeadline[]
}

/** Figures for the lobby, computed from the data at build time. */
export interface ExhibitionStats {
  booths: number
  boothsWithExhibits: number
  exhibits: number
  recognitions: number
  provinces: number
  sources: number
  /** Booths per cohort, and the exhibits of those booths per pillar (a booth of two cohorts counts in both). */
  perYear: Array<{ year: number; booths: number; exhibits: Record<PillarId, number> }>
  perPillar: Array<{ pillar: PillarId; booths: number; exhibits: number; perSubElement: Record<string, number> }>
  featured: BoothCardData[]
}

/** What a booth card shows. */
export type BoothCardData = Pick<BoothEntry, 'slug' | 'name' | 'type' | 'province' | 'island' | 'years' | 'pillars'> & {
  exhibitCount: number
}
