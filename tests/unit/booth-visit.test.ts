/**
 * The booth visit's pure parts: share addresses, QR drawing, the list trail for
 * previous/next, gallery slides and photo variants, the drawn identity, and the build's artwork.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { encode } from 'uqr'
import { SHARE_TARGETS, shareIntentUrl, shortAddress } from '@/domain/share.ts'
import { qrDrawing, qrPath, qrSvgFile } from '@/domain/qr.ts'
import { neighboursIn, orderBySlugs, parseTrail, trailApplies } from '@/domain/trail.ts'
import { gallerySlides, rasterVariants, variantPath, variantWidths } from '@/domain/gallery.ts'
import { COLOURS, PILLAR_COLOURS } from '@/domain/identity.ts'
import { PILLAR_IDS } from '@/domain/pillars.ts'
import { loadFontMetrics, fitText } from '../../build/artwork/fonts.ts'
import { FONT_FILES, artworkFiles, buildMessages, drawArtwork } from '../../build/artwork/index.ts'
import { readExhibition } from '../../build/content/load.ts'

const root = resolve(import.meta.dirname, '../..')

describe('share addresses', () => {
  const url = 'https://example.org/en/booths/kota-contoh-0001'
  it('gives each network a plain https address carrying the encoded canonical address', () => {
    for (const target of SHARE_TARGETS) {
      const href = shareIntentUrl(target, url, 'Kota & Contoh')
      expect(new URL(href).protocol).toBe('https:')
      expect(href).toContain(encodeURIComponent(url))
      expect(href).not.toContain(' ')
    }
    expect(shareIntentUrl('whatsapp', url, 'Kota & Contoh')).toBe(`https://wa.me/?text=Kota%20%26%20Contoh%20${encodeURIComponent(url)}`)
    expect(new URL(shareIntentUrl('telegram', url, 'T')).searchParams.get('url')).toBe(url)
    expect(new URL(shareIntentUrl('facebook', url, 'T')).searchParams.get('u')).toBe(url)
  })

  it('shortens an address for print', () => {
    expect(shortAddress('https://www.example.org/id/booths/kota-sabang')).toBe('example.org/id/booths/kota-sabang')
    expect(shortAddress('http://localhost:4173/en/booths/x')).toBe('localhost:4173/en/booths/x')
  })
})

describe('QR drawing', () => {
  it('draws one rectangle per run of dark modules', () => {
    expect(qrPath([[true, true, false, true], [false, false, false, false], [false, true, true, true]])).toBe(
      'M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3z',
    )
  })

  it('draws a real QR code of the address with a quiet zone, as a standalone SVG file', () => {
    const url = 'http://localhost:4173/en/booths/kota-surabaya'
    const { data } = encode(url, { ecc: 'M', border: 0 })
    const drawing = qrDrawing(data)
    expect(drawing.size).toBe(data.length + 8)
    // Every dark module is covered by exactly the path's rectangles.
    const dark = data.flat().filter(Boolean).length
    const area = [...drawing.path.matchAll(/h(\d+)v1/g)].reduce((sum, m) => sum + Number(m[1]), 0)
    expect(area).toBe(dark)
    const file = qrSvgFile(drawing, url)
    expect(file).toContain(`viewBox="0 0 ${drawing.size} ${drawing.size}"`)
    // The modules sit inside a quiet zone of 4 on every side.
    expect(file).toContain(`<path transform="translate(4 4)"`)
    expect(file).toContain(`<title>${url}</title>`)
    expect(qrSvgFile(drawing, '<a&b>')).toContain('<title>&lt;a&amp;b&gt;</title>')
  })
})

describe('previous/next in the order of the list the visitor came from', () => {
  const trail = { v: 1, path: '/en/booths?pillar=economy', slugs: ['kota-b', 'kota-a', 'kota-c'] }

  it('reads only a well-formed trail of the current version', () => {
    expect(parseTrail(trail)).toEqual(trail)
    for (const bad of [null, 'x', { ...trail, v: 0 }, { ...trail, slugs: 'kota-a' }, { ...trail, slugs: [1] }, { ...trail, path: 5 }]) {
      expect(parseTrail(bad)).toBeUndefined()
    }
  })

  it('applies when the visitor came from that list (either language) or from one of its booths', () => {
    const t = parseTrail(trail)
    expect(trailApplies(t, 'kota-a', '/en/booths?pillar=economy')).toBe(true)
    expect(trailApplies(t, 'kota-a', '/id/booths?pillar=economy')).toBe(true)
    expect(trailApplies(t, 'kota-a', '/en/booths/kota-b')).toBe(true)
    expect(trailApplies(t, 'kota-a', '/id/booths/kota-a')).toBe(true)
  })

  it('does not apply from elsewhere, to a booth outside the list, or on a direct visit', () => {
    const t = parseTrail(trail)
    expect(trailApplies(t, 'kota-a', '/en/')).toBe(false)
    expect(trailApplies(t, 'kota-a', '/en/booths?pillar=living')).toBe(false)
    expect(trailApplies(t, 'kota-z', '/en/booths?pillar=economy')).toBe(false)
    expect(trailApplies(t, 'kota-a', '/en/booths/kota-z')).toBe(false)
    expect(trailApplies(t, 'kota-a', null)).toBe(false)
    expect(trailApplies(undefined, 'kota-a', '/en/booths?pillar=economy')).toBe(false)
  })

  it('finds the neighbours in the list order, dropping booths that no longer exist', () => {
    const index = ['kota-a', 'kota-b', 'kota-c', 'kota-d'].map((slug) => ({ slug }))
    const order = orderBySlugs(index, ['kota-c', 'gone', 'kota-a', 'kota-d'])
    expect(order.map((b) => b.slug)).toEqual(['kota-c', 'kota-a', 'kota-d'])
    expect(neighboursIn(order, 'kota-a')).toEqual({ previous: { slug: 'kota-c' }, next: { slug: 'kota-d' } })
    expect(neighboursIn(order, 'kota-c')).toEqual({ previous: undefined, next: { slug: 'kota-a' } })
    expect(neighboursIn(order, 'kota-b')).toEqual({})
  })
})

describe('gallery slides', () => {
  const exhibit = (id: string, media: unknown[] = []) =>
    ({ id, pillar: 'living', subElement: 'health', title: { en: id }, summary: { en: 's' }, body: { en: 'b' }, sources: [], media }) as never

  it('shows a poster for an exhibit without media, and each medium otherwise', () => {
    const photo = { src: '/media/x/a.png', width: 800, height: 600, alt: { id: 'a', en: 'a' } }
    const svg = { src: '/media/x/b.svg', width: 400, height: 300, alt: { id: 'b', en: 'b' } }
    const slides = gallerySlides({ slug: 'kota-contoh-0001', exhibits: [exhibit('one'), exhibit('two', [photo, svg])] }, 'id')
    expect(slides.map((s) => [s.kind, s.src])).toEqual([
      ['poster', '/posters/id/kota-contoh-0001/one.svg'],
      ['media', '/media/x/a.png'],
      ['media', '/media/x/b.svg'],
    ])
    expect(slides[1]!.variants?.webp).toBe('/media/x/a-480w.webp 480w, /media/x/a-800w.webp 800w')
    expect(slides[2]!.variants).toBeUndefined()
    expect(gallerySlides({ slug: 's', exhibits: [exhibit('two', [photo])] }, 'en', { variants: false })[0]!.variants).toBeUndefined()
  })

  it('never enlarges a photo and caps the largest variant', () => {
    expect(variantWidths(300)).toEqual([300])
    expect(variantWidths(1000)).toEqual([480, 960, 1000])
    expect(variantWidths(4000)).toEqual([480, 960, 1440, 1920])
    expect(variantPath('/media/a/b.JPG', 480, 'avif')).toBe('/media/a/b-480w.avif')
    expect(rasterVariants({ src: '/media/a/b.webp', width: 900 })).toBeUndefined()
  })
})

describe('the drawn identity', () => {
  it('uses the light colours of tokens.css', () => {
    const css = readFileSync(resolve(root, 'src/styles/tokens.css'), 'utf8').split('@media')[0]!
    const token = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1]?.toLowerCase()
    for (const p of PILLAR_IDS) expect(PILLAR_COLOURS[p], p).toBe(token(`p-${p}`))
    expect(COLOURS.brand).toBe(token('brand'))
    expect(COLOURS.accent).toBe(token('accent'))
    expect(COLOURS.bg).toBe(token('bg'))
    expect(COLOURS.ink).toBe(token('ink'))
  })

  it('fits text to a width and a number of lines, shrinking, then cutting with an ellipsis', () => {
    const bold = loadFontMetrics(FONT_FILES.bold)
    expect(bold.width('WWW', 100)).toBeGreaterThan(bold.width('iii', 100))
    const options = { size: 92, minSize: 54, maxWidth: 1040, maxLines: 2 }
    // A short name keeps the largest size, on one line.
    expect(fitText(bold, 'Kota Batu', options)).toEqual({ lines: ['Kota Batu'], size: 92 })
    // A long one shrinks just enough for two lines, and keeps every word.
    const name = 'Kabupaten Kepulauan Siau Tagulandang Biaro'
    const fitted = fitText(bold, name, options)
    expect(fitted.lines).toHaveLength(2)
    expect(fitted.lines.join(' ')).toBe(name)
    expect(fitted.size).toBeLessThan(92)
    expect(fitted.size).toBeGreaterThanOrEqual(54)
    for (const line of fitted.lines) expect(bold.width(line, fitted.size)).toBeLessThanOrEqual(1040)
    // One step larger (2 px), no way of putting the words on two lines fits.
    const words = name.split(' ')
    const splits = words.slice(1).map((_, i) => [words.slice(0, i + 1).join(' '), words.slice(i + 1).join(' ')])
    for (const split of splits) expect(split.some((line) => bold.width(line, fitted.size + 2) > 1040), split.join(' / ')).toBe(true)
    const cut = fitText(bold, 'word '.repeat(60), { size: 40, minSize: 30, maxWidth: 300, maxLines: 2 })
    expect(cut.lines).toHaveLength(2)
    expect(cut.lines[1]).toMatch(/…$/)
  })
})

describe('the build\'s artwork', async () => {
  const exhibition = await readExhibition(root)
  const files = artworkFiles(root, exhibition, 'https://example.org')

  it('has an Open Graph card per booth and hall in both languages, a default card, posters and QR codes', () => {
    const names = new Set(files.map((f) => f.file))
    expect(names.has('og/default.png')).toBe(true)
    for (const l of ['id', 'en']) {
      for (const b of exhibition.booths) {
        expect(names.has(`og/${l}/booths/${b.slug}.png`)).toBe(true)
        expect(names.has(`qr/${l}/booths/${b.slug}.svg`)).toBe(true)
        for (const e of b.exhibits) {
          expect(names.has(`posters/${l}/${b.slug}/${e.id}.svg`)).toBe(true)
          expect(names.has(`posters/${l}/${b.slug}/${e.id}.dark.svg`)).toBe(true)
        }
      }
      for (const p of PILLAR_IDS) expect(names.has(`og/${l}/pillars/${p}.png`)).toBe(true)
    }
  })

  it('draws a 1200 x 630 PNG card with the booth\'s name in its SVG', async () => {
    const card = files.find((f) => f.file === 'og/en/booths/kota-surabaya.png')!
    expect(card.svg()).toContain('>Kota Surabaya</text>')
    expect(card.svg()).toContain('<title>Booth card of Kota Surabaya, Jawa Timur: exhibits in 3 of 6 pillars</title>')
    const png = (await drawArtwork(card)) as Buffer
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
  })

  it('reads interface strings with placeholders and plurals the way vue-i18n does', () => {
    const t = buildMessages(root).en
    expect(t('booth.exhibitCount', {}, 0)).toBe('No exhibit material yet')
    expect(t('booth.exhibitCount', {}, 1)).toBe('1 exhibit')
    expect(t('booth.exhibitCount', {}, 7)).toBe('7 exhibits')
    expect(t('booth.cohort.year', { year: 2019 })).toBe('Cohort 2019')
    expect(() => t('booth.nope')).toThrow(/booth.nope/)
  })
})
