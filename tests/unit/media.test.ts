/**
 * Editors' media, tried on invented files made here: photos become AVIF and WebP at the widths the
 * gallery's srcset names (build/artwork/media.ts); a wrong declared size fails the content check and
 * the build's media step, with the file and field; an SVG with active content is refused.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import sharp from 'sharp'
import { derivableMedia, deriveMediaVariants, MediaError } from '../../build/artwork/media.ts'
import { mediaFileProblems, svgProblems } from '../../build/content/media-files.ts'
import { loadExhibition } from '../../build/content/load.ts'
import { rasterVariants } from '@/domain/gallery.ts'
import { FIXTURE_AREAS } from '../fixtures/content/areas.ts'

let dir: string
const FROM = 'src/content/regions/91.90.json › exhibits.0.media.0'

/** A region file with one exhibit showing `media`, in its own content folder under `dir`. */
async function regionWith(media: { src: string; width: number; height: number }): Promise<string> {
  const content = await mkdtemp(join(dir, 'content-'))
  const source = { url: 'https://example.org/contoh', title: 'Sumber contoh', read: '2026-01-01' }
  await writeFile(join(content, '91.90.json'), JSON.stringify({
    code: '91.90',
    cohorts: [{ year: 2017, sources: [source] }],
    exhibits: [{ id: 'pasar', pillar: 'economy', subElement: 'welfare', title: { id: 'Pasar' }, summary: { id: 'Ringkas.' }, body: { id: 'Isi.' }, sources: [source], media: [{ ...media, alt: { id: 'Foto', en: 'Photo' } }] }],
  }))
  return content
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'psc-media-'))
  await mkdir(join(dir, 'public/media/kota-contoh-0001'), { recursive: true })
  await sharp({ create: { width: 1000, height: 750, channels: 3, background: '#3b7a1f' } }).jpeg().toFile(join(dir, 'public/media/kota-contoh-0001/market.jpg'))
  await writeFile(join(dir, 'public/media/kota-contoh-0001/plan.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>')
  await writeFile(join(dir, 'public/media/kota-contoh-0001/bad.svg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><foreignObject/></svg>')
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('photo variants', () => {
  it('derives every variant the srcset names, at its width, in its format', async () => {
    const media = { src: '/media/kota-contoh-0001/market.jpg', width: 1000, height: 750, from: FROM }
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

  it('fails the build\'s media step with the content file, the field and both sizes when the declared size is wrong', async () => {
    const step = deriveMediaVariants(join(dir, 'public'), join(dir, 'dist'), [{ src: '/media/kota-contoh-0001/market.jpg', width: 1200, height: 900, from: FROM }])
    await expect(step).rejects.toThrow(MediaError)
    await expect(step).rejects.toThrow(`${FROM}: Expected the declared size to be the photo's own: declared 1200 x 900, but public/media/kota-contoh-0001/market.jpg is 1000 x 750`)
    await expect(deriveMediaVariants(join(dir, 'public'), join(dir, 'dist'), [{ src: '/media/nope.jpg', width: 1, height: 1, from: FROM }])).rejects.toThrow(`${FROM}: Expected a file at public/media/nope.jpg; none is there`)
  })

  it('derives only from JPEG and PNG originals, and says where each is declared', () => {
    const m = (src: string) => ({ src, width: 10, height: 10, alt: { id: 'a', en: 'a' } })
    const booth = { code: '91.90', exhibits: [{ media: [m('/media/a.jpg'), m('/media/b.svg'), m('/media/c.webp'), m('/media/d.png')] }] }
    expect(derivableMedia([booth as never])).toEqual([
      { src: '/media/a.jpg', width: 10, height: 10, from: 'src/content/regions/91.90.json › exhibits.0.media.0' },
      { src: '/media/d.png', width: 10, height: 10, from: 'src/content/regions/91.90.json › exhibits.0.media.3' },
    ])
  })
})

describe('the content check of media files', () => {
  it('refuses a wrong declared photo size, naming the file and field', async () => {
    const content = await regionWith({ src: '/media/kota-contoh-0001/market.jpg', width: 1000, height: 700 })
    const { exhibition, problems } = await loadExhibition({ dir: content, areas: FIXTURE_AREAS, publicDir: join(dir, 'public'), root: dir })
    expect(exhibition).toBeUndefined()
    expect(problems).toEqual([{ file: expect.stringMatching(/content-.*\/91\.90\.json$/), path: 'exhibits.0.media.0.src', message: 'Expected the declared size to be the photo\'s own: declared 1000 x 700, but public/media/kota-contoh-0001/market.jpg is 1000 x 750' }])
  })

  it('accepts the right size and a plain SVG', async () => {
    for (const media of [{ src: '/media/kota-contoh-0001/market.jpg', width: 1000, height: 750 }, { src: '/media/kota-contoh-0001/plan.svg', width: 10, height: 10 }]) {
      const { problems } = await loadExhibition({ dir: await regionWith(media), areas: FIXTURE_AREAS, publicDir: join(dir, 'public'), root: dir })
      expect(problems, media.src).toEqual([])
    }
  })

  it('refuses an SVG with scripts, event handlers or foreign objects', async () => {
    const [problem] = await mediaFileProblems(join(dir, 'public'), { src: '/media/kota-contoh-0001/bad.svg', width: 10, height: 10 })
    expect(problem).toMatch(/^Expected an SVG without active content; public\/media\/kota-contoh-0001\/bad\.svg has /)
    expect(problem).toContain('an event handler (onload="…")')
    expect(problem).toContain('a <script> element')
    expect(problem).toContain('a <foreignObject> element')
  })

  it('finds every kind of active content an SVG can carry', () => {
    expect(svgProblems('<svg><rect/></svg>')).toEqual([])
    expect(svgProblems('<svg><a href="javascript:alert(1)"><text>x</text></a></svg>')).toEqual(['a javascript: address in href'])
    expect(svgProblems('<svg><image xlink:href="data:image/svg+xml,&lt;svg onload=alert(1)&gt;"/></svg>')).toEqual(['a data: address in xlink:href'])
    expect(svgProblems('<svg><SCRIPT href="x.js"/></svg>')).toEqual(['a <SCRIPT> element'])
    expect(svgProblems('<!DOCTYPE svg [<!ENTITY x "y">]><svg/>')).toEqual(['an entity declaration (<!ENTITY>)'])
    expect(svgProblems('<svg><set attributeName="onmouseover" to="alert(1)"/><animate onbegin="x()"/></svg>')).toEqual(['an animation that sets onmouseover', 'an event handler (onbegin="…")'])
  })
})
