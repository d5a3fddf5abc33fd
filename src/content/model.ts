/**
 * The shapes the site reads: a content file joined with its official identity from idn-area-data.
 * Content fields come from the schema's inferred types; only the derived fields are declared here.
 */
import type { PillarId } from '../domain/pillars.ts'
import type { IslandGroupId } from '../domain/regions.ts'
import type { RegionType } from '../domain/names.ts'
import type { Exhibit, LocalizedText, RegionFile } from './schema.ts'

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

/** A link to a booth: enough to name it. */
export type BoothLink = Pick<RegionIdentity, 'slug' | 'name'>

/**
 * One booth with all its content: loaded with the booth's own page. Its neighbours in name order
 * come with it, so a booth page needs no index of every booth (the list order, when the visitor
 * came from a list, loads the index after hydration).
 */
export type Booth = RegionIdentity & RegionFile & {
  pillars: PillarId[]
  neighbours: { previous?: BoothLink; next?: BoothLink }
}

/** An exhibit's headline, enough to list it and link to it. */
export type ExhibitHeadline = Pick<Exhibit, 'id' | 'pillar' | 'subElement'> & { title: LocalizedText }

/** A booth in the compact index the directory, halls and suggestions read. */
export type BoothEntry = RegionIdentity & {
  years: number[]
  pillars: PillarId[]
  exhibits: ExhibitHeadline[]
}

/** Figures for the lobby, computed from the data at build time. */
export interface ExhibitionStats {
  booths: number
  exhibits: number
  provinces: number
  sources: number
  perYear: Array<{ year: number; booths: number }>
  perPillar: Array<{ pillar: PillarId; booths: number; exhibits: number }>
  featured: BoothCardData[]
}

/** What a booth card shows. */
export type BoothCardData = Pick<BoothEntry, 'slug' | 'name' | 'type' | 'province' | 'island' | 'years' | 'pillars'> & {
  exhibitCount: number
}
