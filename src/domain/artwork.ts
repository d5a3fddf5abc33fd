/**
 * Addresses of the pictures the build draws for the exhibition (scripts/artwork.ts): the Open Graph
 * cards that link previews show, the exhibits' posters, and the booths' printable QR codes.
 * Kept here so the pages that reference them and the build that writes them never disagree.
 */
import type { Locale } from './locales.ts'
import type { PillarId } from './pillars.ts'

/** The card for pages without their own (lobby, directory, about, not found). */
export const DEFAULT_OG_IMAGE = '/og/default.png'
export const OG_WIDTH = 1200
export const OG_HEIGHT = 630

/** A poster's size: 4:3, drawn as SVG, so it is sharp at any width. */
export const POSTER_WIDTH = 1200
export const POSTER_HEIGHT = 900

export const artwork = {
  boothCard: (l: Locale, slug: string) => `/og/${l}/booths/${slug}.png`,
  pillarCard: (l: Locale, pillar: PillarId) => `/og/${l}/pillars/${pillar}.png`,
  poster: (l: Locale, slug: string, exhibitId: string) => `/posters/${l}/${slug}/${exhibitId}.svg`,
  boothQr: (l: Locale, slug: string) => `/qr/${l}/booths/${slug}.svg`,
}
