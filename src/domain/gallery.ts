/**
 * What a booth's gallery shows: every exhibit's media, or, for an exhibit without media, the
 * project's poster for it (pillar colour, icon, title; a light and a dark one, picked by the
 * visitor's colour scheme). Raster photos are served as AVIF and WebP at a few widths (derived by
 * the build, build/artwork/media.ts) with the original as fallback.
 */
import type { Exhibit, LocalizedText, Media } from '../content/schema.ts'
import type { Locale } from './locales.ts'
import type { PillarId } from './pillars.ts'
import { POSTER_HEIGHT, POSTER_WIDTH, artwork } from './artwork.ts'

/** Widths (px) the build derives for raster photos; a photo is never enlarged. */
export const RASTER_WIDTHS = [480, 960, 1440] as const
/** Originals the build derives AVIF/WebP variants from. */
export const DERIVABLE = /\.(jpe?g|png)$/i

export interface RasterVariants {
  avif: string
  webp: string
}

export interface GallerySlide {
  key: string
  exhibitId: string
  pillar: PillarId
  subElement: string
  kind: 'poster' | 'media'
  src: string
  /** A poster's dark-scheme drawing. */
  darkSrc?: string
  width: number
  height: number
  /** The exhibit's title (captions and poster alt text are built from it). */
  title: LocalizedText
  alt?: Media['alt']
  caption?: LocalizedText
  credit?: string
  variants?: RasterVariants
}

/** The widths a photo of this width gets: the standard ones below it, and its own width. */
export function variantWidths(width: number): number[] {
  return [...RASTER_WIDTHS.filter((w) => w < width), Math.min(width, 1920)]
}

/** `/media/a/b.jpg` at 480 px in AVIF is `/media/a/b-480w.avif`. */
export function variantPath(src: string, width: number, format: 'avif' | 'webp'): string {
  return src.replace(DERIVABLE, `-${width}w.${format}`)
}

export function rasterVariants(media: Pick<Media, 'src' | 'width'>): RasterVariants | undefined {
  if (!DERIVABLE.test(media.src)) return undefined
  const set = (format: 'avif' | 'webp') => variantWidths(media.width).map((w) => `${variantPath(media.src, w, format)} ${w}w`).join(', ')
  return { avif: set('avif'), webp: set('webp') }
}

export function gallerySlides(
  booth: { slug: string; exhibits: readonly Exhibit[] },
  locale: Locale,
  options: { variants?: boolean } = {},
): GallerySlide[] {
  const variants = options.variants ?? true
  return booth.exhibits.flatMap((e): GallerySlide[] => {
    const base = { exhibitId: e.id, pillar: e.pillar, subElement: e.subElement, title: e.title }
    if (!e.media.length) {
      const src = artwork.poster(locale, booth.slug, e.id)
      return [{ ...base, key: `${e.id}:poster`, kind: 'poster', src, darkSrc: artwork.poster(locale, booth.slug, e.id, 'dark'), width: POSTER_WIDTH, height: POSTER_HEIGHT }]
    }
    return e.media.map((m, i) => ({
      ...base,
      key: `${e.id}:${i}`,
      kind: 'media',
      src: m.src,
      width: m.width,
      height: m.height,
      alt: m.alt,
      caption: m.caption,
      credit: m.credit,
      variants: variants ? rasterVariants(m) : undefined,
    }))
  })
}
