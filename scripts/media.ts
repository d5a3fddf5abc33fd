/**
 * Photos an editor adds as JPEG or PNG (under public/media/, declared in a region file with their
 * width and height) are served as AVIF and WebP at the widths src/domain/gallery.ts names
 * (`photo-480w.avif` …), with the original as fallback. This derives them into the build, with
 * sharp (libvips). Editors provide only the original, at least as wide as the widest variant they
 * want (1920 px is the largest derived); AVIF, WebP and SVG media are served as they are.
 */
import { mkdir, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import sharp from 'sharp'
import type { Media } from '../src/content/schema.ts'
import { DERIVABLE, variantPath, variantWidths } from '../src/domain/gallery.ts'

export class MediaError extends Error {
  override name = 'MediaError'
}

/** The media of every exhibit that the build derives variants for. */
export function derivableMedia(booths: ReadonlyArray<{ exhibits: ReadonlyArray<{ media: readonly Media[] }> }>): Media[] {
  return booths.flatMap((b) => b.exhibits.flatMap((e) => e.media.filter((m) => DERIVABLE.test(m.src))))
}

export async function deriveMediaVariants(
  publicDir: string,
  outDir: string,
  media: ReadonlyArray<Pick<Media, 'src' | 'width' | 'height'>>,
): Promise<{ files: number; ms: number }> {
  const start = performance.now()
  let files = 0
  for (const m of media) {
    const input = join(publicDir, m.src)
    await stat(input).catch(() => {
      throw new MediaError(`${m.src}: file not found under ${publicDir}`)
    })
    const meta = await sharp(input).metadata()
    // Camera photos may be stored turned and carry an EXIF orientation: compare the upright size.
    const turned = (meta.orientation ?? 1) >= 5
    const [w, h] = turned ? [meta.height, meta.width] : [meta.width, meta.height]
    // A wrong declared size would make the srcset lie and the page shift: fail the build instead.
    if (w !== m.width || h !== m.height) throw new MediaError(`${m.src}: declared ${m.width} x ${m.height}, but the file is ${w} x ${h}`)
    for (const width of variantWidths(m.width)) {
      for (const format of ['avif', 'webp'] as const) {
        const out = join(outDir, variantPath(m.src, width, format))
        await mkdir(dirname(out), { recursive: true })
        const pipeline = sharp(input).rotate().resize({ width, withoutEnlargement: true })
        await (format === 'avif' ? pipeline.avif({ quality: 55, effort: 4 }) : pipeline.webp({ quality: 78 })).toFile(out)
        files++
      }
    }
  }
  return { files, ms: performance.now() - start }
}
