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
  /** An exhibit's poster, in the light or the dark scheme (the gallery picks one with a media query). */
  poster: (l: Locale, slug: string, exhibitId: string, scheme: 'light' | 'dark' = 'light') =>
    `/posters/${l}/${slug}/${exhibitId}${scheme === 'dark' ? '.dark' : ''}.svg`,
  boothQr: (l: Locale, slug: string) => `/qr/${l}/booths/${slug}.svg`,
}

/** The install icons the build draws (PNG), named in the web app manifest. */
export const INSTALL_ICONS = [
  { src: '/icons/icon-192.png', size: 192, purpose: 'any' },
  { src: '/icons/icon-512.png', size: 512, purpose: 'any' },
  { src: '/icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
] as const
