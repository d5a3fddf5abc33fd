/**
 * Photos an editor adds as JPEG or PNG (under public/media/, declared in a region file with their
 * width and height) are served as AVIF and WebP at the widths src/domain/gallery.ts names
 * (`photo-480w.avif` …), with the original as fallback. This derives them into the build, with
 * sharp (libvips). Editors provide only the original; AVIF, WebP and SVG media are served as they are.
 * The declared size is checked with the content (build/content/media-files.ts) and again here,
 * where the variants are cut from it.
 */
import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import sharp from 'sharp'
import type { Media } from '../../src/content/schema.ts'
import type { Booth } from '../../src/domain/model.ts'
import { DERIVABLE, variantPath, variantWidths } from '../../src/domain/gallery.ts'
import { mediaFileProblems } from '../content/media-files.ts'

export class MediaError extends Error {
  override name = 'MediaError'
}

export interface DerivableMedia extends Pick<Media, 'src' | 'width' | 'height'> {
  /** Where it is declared: "src/content/regions/35.78.json › exhibits.0.media.1". */
  from: string
}

/** The media of every exhibit that the build derives variants for. */
export function derivableMedia(booths: ReadonlyArray<Pick<Booth, 'code' | 'exhibits'>>): DerivableMedia[] {
  return booths.flatMap((b) =>
    b.exhibits.flatMap((e, i) =>
      e.media.flatMap((m, j) => (DERIVABLE.test(m.src) ? [{ src: m.src, width: m.width, height: m.height, from: `src/content/regions/${b.code}.json › exhibits.${i}.media.${j}` }] : [])),
    ),
  )
}

export async function deriveMediaVariants(publicDir: string, outDir: string, media: readonly DerivableMedia[]): Promise<{ files: number; ms: number }> {
  const start = performance.now()
  let files = 0
  for (const m of media) {
    const problems = await mediaFileProblems(publicDir, m)
    if (problems.length) throw new MediaError(`${m.from}: ${problems.join('; ')}`)
    const input = join(publicDir, m.src)
    for (const width of variantWidths(m.width)) {
      for (const format of ['avif', 'webp'] as const) {
        const out = join(outDir, variantPath(m.src, width, format))
        await mkdir(dirname(out), { recursive: true })
        const pipeline = sharp(input).rotate().resize({ width, withoutEnlargement: true })
        try {
          await (format === 'avif' ? pipeline.avif({ quality: 55, effort: 4 }) : pipeline.webp({ quality: 78 })).toFile(out)
        } catch (error) {
          throw new MediaError(`${m.from}: could not write ${variantPath(m.src, width, format)} (${(error as Error).message})`, { cause: error })
        }
        files++
      }
    }
  }
  return { files, ms: performance.now() - start }
}
