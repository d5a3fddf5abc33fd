/**
 * Editors' photos become AVIF and WebP at the widths the gallery's srcset names (scripts/media.ts),
 * tried on invented photos made here.
 */
import { mkdtemp, mkdir, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import sharp from 'sharp'
import { derivableMedia, deriveMediaVariants } from '../../scripts/media.ts'
import { rasterVariants } from '@/domain/gallery.ts'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'psc-media-'))
  await mkdir(join(dir, 'public/media/kota-contoh-0001'), { recursive: true })
  await sharp({ create: { width: 1000, height: 750, channels: 3, background: '#3b7a1f' } }).jpeg().toFile(join(dir, 'public/media/kota-contoh-0001/market.jpg'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('photo variants', () => {
  it('derives every variant the srcset names, at its width, in its format', async () => {
    const media = { src: '/media/kota-contoh-0001/market.jpg', width: 1000, height: 750 }
    const { files } = await deriveMediaVariants(join(dir, 'public'), join(dir, 'dist'), [media])
    const named = Object.values(rasterVariants(media)!).flatMap((set) => (set as string).split(', ').map((c: string) => c.split(' ') as [string, string]))
    expect(files).toBe(named.length)
    for (const [path, w] of named) {
      const file = join(dir, 'dist', path)
      expect(existsSync(file), path).toBe(true)
      const meta = await sharp(file).metadata()
      expect(`${meta.width}w`).toBe(w)
      expect(meta.format).toBe(path.endsWith('.avif') ? 'heif' : 'webp')
    }
  })

  it('fails with the file and both sizes when the declared size is wrong', async () => {
    await expect(deriveMediaVariants(join(dir, 'public'), join(dir, 'dist'), [{ src: '/media/kota-contoh-0001/market.jpg', width: 1200, height: 900 }])).rejects.toThrow(
      '/media/kota-contoh-0001/market.jpg: declared 1200 x 900, but the file is 1000 x 750',
    )
    await expect(deriveMediaVariants(join(dir, 'public'), join(dir, 'dist'), [{ src: '/media/nope.jpg', width: 1, height: 1 }])).rejects.toThrow('/media/nope.jpg: file not found')
  })

  it('derives only from JPEG and PNG originals', () => {
    const m = (src: string) => ({ src, width: 10, height: 10, alt: { id: 'a', en: 'a' } })
    expect(derivableMedia([{ exhibits: [{ media: [m('/media/a.jpg'), m('/media/b.svg'), m('/media/c.webp'), m('/media/d.png')] }] }]).map((x) => x.src)).toEqual(['/media/a.jpg', '/media/d.png'])
  })
})
