/**
 * Phase 2 of the build: the pictures. An Open Graph card (1200 x 630 PNG) for every booth and pillar
 * page in both languages plus `/og/default.png`, a poster (SVG, light and dark) for every exhibit
 * without media, each booth's QR code (SVG) for its printed sheet, the install icons (PNG), and the
 * AVIF/WebP variants of editors' photos. Link previews on WhatsApp and Facebook read no SVG and run no
 * JavaScript, so the cards are PNGs named in the prerendered HTML.
 *
 * resvg draws with Inter (@expo-google-fonts/inter, SIL Open Font License 1.1), never with the
 * machine's fonts, so every build draws the same pixels. A picture that fails to draw fails the build
 * with the picture's path and the content file and field it was drawn from.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { renderAsync } from '@resvg/resvg-js'
import { encode } from 'uqr'
import { LOCALES, type Locale } from '../../src/domain/locales.ts'
import { PILLAR_IDS, type PillarId } from '../../src/domain/pillars.ts'
import { DEFAULT_OG_IMAGE, artwork } from '../../src/domain/artwork.ts'
import { canonicalUrl, paths } from '../../src/domain/paths.ts'
import { pickText } from '../../src/domain/text.ts'
import { qrDrawing, qrSvgFile } from '../../src/domain/qr.ts'
import type { Booth } from '../../src/domain/model.ts'
import { messageLookup, type Lookup } from '../../src/i18n/messages.ts'
import type { Exhibition } from '../content/load.ts'
import { readMessages } from '../locales.ts'
import { loadFontMetrics } from './fonts.ts'
import { boothCardLayout, defaultCardLayout, pillarCardLayout, posterLayout, toSvg, type Fonts, type Layout } from './cards.ts'
import { iconFiles } from './icons.ts'

const require = createRequire(import.meta.url)
const INTER = dirname(require.resolve('@expo-google-fonts/inter/package.json'))
export const FONT_FILES = {
  bold: join(INTER, '700Bold/Inter_700Bold.ttf'),
  semibold: join(INTER, '600SemiBold/Inter_600SemiBold.ttf'),
  regular: join(INTER, '400Regular/Inter_400Regular.ttf'),
}
const RESVG_OPTIONS = {
  font: { loadSystemFonts: false, fontFiles: Object.values(FONT_FILES), defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
  fitTo: { mode: 'original' as const },
}

export function loadFonts(): Fonts {
  return { bold: loadFontMetrics(FONT_FILES.bold), regular: loadFontMetrics(FONT_FILES.regular) }
}

/** Interface strings for the pictures: the site's own locale files, read by the site's own lookup. */
export function buildMessages(root: string): Record<Locale, Lookup> {
  return { id: messageLookup('id', readMessages(root, 'id')), en: messageLookup('en', readMessages(root, 'en')) }
}

export interface ArtworkFile {
  /** Path under the site root, without the leading slash. */
  file: string
  /** What it is drawn from, for an error: "src/content/regions/35.78.json › exhibits.2". */
  from: string
  /** The picture's layout (cards and posters), for the layout test; absent for QR codes and icons. */
  layout?: () => Layout
  /** The SVG source; PNG files are drawn from it by resvg. */
  svg: () => string
  png: boolean
}

export class ArtworkError extends Error {
  override name = 'ArtworkError'
}

const fileOf = (b: Pick<Booth, 'code'>) => `src/content/regions/${b.code}.json`

/** The booth card's texts in one locale. */
export function boothCardText(t: Lookup, b: Booth) {
  return {
    name: b.name,
    place: `${b.province.name} · ${t(`island.${b.island}`)}`,
    cohorts: b.cohorts.map((c) => t('booth.cohort.year', { year: c.uncertain ? t('booth.cohort.uncertain', { year: c.year }) : c.year })),
    kind: b.type,
    pillars: b.pillars,
    pillarLabels: Object.fromEntries(PILLAR_IDS.map((p) => [p, t(`pillars.${p}.name`)])) as Record<PillarId, string>,
    coverageLabel: t('booth.pillarCoverage'),
    exhibitCount: t('booth.exhibitCount', {}, b.exhibits.length),
    siteName: t('app.shortName'),
    alt: boothCardAlt(t, b),
  }
}

/** The booth card's alternative text; BoothPage builds the same sentence for og:image:alt. */
export function boothCardAlt(t: Lookup, b: Pick<Booth, 'name' | 'province' | 'pillars'>): string {
  return t('booth.card.alt', { name: b.name, province: b.province.name }, b.pillars.length)
}

/** Every picture of the exhibition, as recipes (nothing drawn yet). */
export function artworkFiles(root: string, exhibition: Exhibition, siteUrl: string, fonts: Fonts = loadFonts()): ArtworkFile[] {
  const files: ArtworkFile[] = []
  const at = (path: string) => path.slice(1)
  const add = (file: string, from: string, layout: () => Layout) => files.push({ file, from, layout, svg: () => toSvg(layout()), png: file.endsWith('.png') })
  const perPillar = new Map(exhibition.stats.perPillar.map((p) => [p.pillar, p]))
  const m = buildMessages(root)

  add(at(DEFAULT_OG_IMAGE), 'locales/{id,en}.json › app.name', () => defaultCardLayout(fonts, { names: [m.id('app.name'), m.en('app.name')], alt: m.id('app.name') }))
  files.push(...iconFiles())

  for (const l of LOCALES) {
    const t = m[l]
    for (const b of exhibition.booths) {
      add(at(artwork.boothCard(l, b.slug)), fileOf(b), () => boothCardLayout(fonts, boothCardText(t, b)))
      const url = canonicalUrl(siteUrl, paths.booth(l, b.slug))
      files.push({ file: at(artwork.boothQr(l, b.slug)), from: fileOf(b), png: false, svg: () => qrSvgFile(qrDrawing(encode(url, { ecc: 'M', border: 0 }).data), url) })
      b.exhibits.forEach((e, i) => {
        if (e.media.length) return
        const title = pickText(e.title, l).value
        for (const scheme of ['light', 'dark'] as const) {
          add(at(artwork.poster(l, b.slug, e.id, scheme)), `${fileOf(b)} › exhibits.${i}`, () =>
            posterLayout(fonts, {
              pillar: e.pillar,
              eyebrow: t(`pillars.${e.pillar}.sub.${e.subElement}`),
              title,
              region: b.name,
              pillarName: t(`pillars.${e.pillar}.name`),
              alt: t('booth.gallery.posterAlt', { title }),
              scheme,
            }),
          )
        }
      })
    }
    for (const p of PILLAR_IDS) {
      const name = t(`pillars.${p}.name`)
      const meaning = t(`pillars.${p}.meaning`)
      const counts = perPillar.get(p)
      add(at(artwork.pillarCard(l, p)), `locales/${l}.json › pillars.${p}`, () =>
        pillarCardLayout(fonts, {
          pillar: p,
          eyebrow: t('pillar.card.eyebrow'),
          name,
          meaning,
          counts: `${t('pillar.boothCount', {}, counts?.booths ?? 0)} · ${t('booth.exhibitCount', {}, counts?.exhibits ?? 0)}`,
          siteName: t('app.shortName'),
          alt: t('pillar.card.alt', { name, meaning }),
        }),
      )
    }
  }
  return files
}

export async function drawArtwork(item: ArtworkFile): Promise<Buffer | string> {
  try {
    const source = item.svg()
    if (!item.png) return source
    return (await renderAsync(source, RESVG_OPTIONS)).asPng()
  } catch (error) {
    throw new ArtworkError(`Could not draw ${item.file} (from ${item.from}): ${(error as Error).message}`, { cause: error })
  }
}

/** Draws every picture into `outDir`, a few at a time (resvg draws on libuv's thread pool). */
export async function writeArtwork(items: ArtworkFile[], outDir: string): Promise<{ files: number; ms: number }> {
  const start = performance.now()
  const queue = [...items]
  await Promise.all([...new Set(queue.map((q) => dirname(join(outDir, q.file))))].map((d) => mkdir(d, { recursive: true })))
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) await writeFile(join(outDir, item.file), await drawArtwork(item))
  }
  await Promise.all(Array.from({ length: 4 }, worker))
  return { files: items.length, ms: performance.now() - start }
}

/** Answers a picture's path with its drawing, for the dev server. */
export async function drawOnRequest(items: ArtworkFile[], path: string): Promise<{ type: string; body: Buffer | string } | undefined> {
  const item = items.find((a) => `/${a.file}` === path)
  if (!item) return undefined
  return { type: item.png ? 'image/png' : 'image/svg+xml', body: await drawArtwork(item) }
}

export { readFile }
