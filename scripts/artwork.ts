/**
 * The pictures the build draws (issue 4): an Open Graph card (1200 x 630 PNG) for every booth and
 * pillar page in both languages plus `/og/default.png`, a poster (SVG) for every exhibit without
 * media, and each booth's QR code (SVG) for its printed sheet. Link previews on WhatsApp and
 * Facebook read no SVG and run no JavaScript, so the cards are PNGs named in the prerendered HTML.
 *
 * The Vite plugin writes them next to the client build and serves them in dev; it also derives
 * the AVIF/WebP variants of editors' photos (scripts/media.ts). resvg draws with
 * Inter (@expo-google-fonts/inter, SIL Open Font License 1.1), never with the machine's fonts, so
 * every build draws the same pixels.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { renderAsync } from '@resvg/resvg-js'
import { encode } from 'uqr'
import { LOCALES, type Locale } from '../src/domain/locales.ts'
import { PILLAR_IDS, type PillarId } from '../src/domain/pillars.ts'
import { DEFAULT_OG_IMAGE, artwork } from '../src/domain/artwork.ts'
import { canonicalUrl } from '../src/domain/paths.ts'
import { paths } from '../src/domain/paths.ts'
import { pickText } from '../src/domain/text.ts'
import { qrDrawing, qrSvgFile } from '../src/domain/share.ts'
import type { Exhibition } from '../src/content/load.ts'
import { loadFontMetrics } from './font-metrics.ts'
import { boothCard, defaultCard, pillarCard, poster, type Fonts } from './artwork-draw.ts'
import { derivableMedia, deriveMediaVariants } from './media.ts'

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

type Tree = { [key: string]: string | Tree }

/** Interface strings for the build: the same locale files the site uses, with vue-i18n's `{name}` and `a | b | c` plurals. */
export function messages(root: string, locale: Locale) {
  const tree = JSON.parse(readFileSync(resolve(root, `locales/${locale}.json`), 'utf8')) as Tree
  return (key: string, params: Record<string, string | number> = {}, count?: number): string => {
    const value = key.split('.').reduce<string | Tree | undefined>((t, k) => (typeof t === 'object' ? t[k] : undefined), tree)
    if (typeof value !== 'string') throw new Error(`locales/${locale}.json has no "${key}"`)
    let chosen = value
    if (count !== undefined) {
      const forms = value.split(' | ')
      chosen = forms.length === 3 ? forms[Math.min(count, 2)]! : forms[count === 1 ? 0 : 1] ?? forms[0]!
    }
    return chosen.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? (name === 'n' ? count : `{${name}}`)))
  }
}

export interface ArtworkFile {
  /** Path under the site root, without the leading slash. */
  file: string
  /** The SVG source; PNG files are drawn from it by resvg. */
  svg: () => string
  png: boolean
}

let fonts: Fonts | undefined
const loadFonts = (): Fonts => (fonts ??= { bold: loadFontMetrics(FONT_FILES.bold), regular: loadFontMetrics(FONT_FILES.regular) })

/** Every picture of the exhibition, as recipes (nothing drawn yet). */
export function artworkFiles(root: string, exhibition: Exhibition, siteUrl: string): ArtworkFile[] {
  const f = loadFonts()
  const files: ArtworkFile[] = []
  const at = (path: string) => path.slice(1)
  const perPillar = new Map(exhibition.stats.perPillar.map((p) => [p.pillar, p]))
  const m = { id: messages(root, 'id'), en: messages(root, 'en') }

  files.push({
    file: at(DEFAULT_OG_IMAGE),
    png: true,
    svg: () => defaultCard(f, { names: [m.id('app.name'), m.en('app.name')], alt: m.id('app.name') }),
  })

  for (const l of LOCALES) {
    const t = m[l]
    const pillarLabels = Object.fromEntries(PILLAR_IDS.map((p) => [p, t(`pillars.${p}.short`)])) as Record<PillarId, string>

    for (const b of exhibition.booths) {
      files.push({
        file: at(artwork.boothCard(l, b.slug)),
        png: true,
        svg: () =>
          boothCard(f, {
            name: b.name,
            place: `${b.province.name} · ${t(`island.${b.island}`)}`,
            cohorts: b.cohorts.map((c) => t('booth.cohort.year', { year: c.uncertain ? t('booth.cohort.uncertain', { year: c.year }) : c.year })),
            kind: b.type,
            pillars: b.pillars,
            pillarLabels,
            coverageLabel: t('booth.pillarCoverage'),
            exhibitCount: t('booth.exhibitCount', {}, b.exhibits.length),
            siteName: t('app.shortName'),
            alt: boothCardAlt(t, b),
          }),
      })
      const url = canonicalUrl(siteUrl, paths.booth(l, b.slug))
      files.push({ file: at(artwork.boothQr(l, b.slug)), png: false, svg: () => qrSvgFile(qrDrawing(encode(url, { ecc: 'M', border: 0 }).data), url) })
      for (const e of b.exhibits) {
        if (e.media.length) continue
        const title = pickText(e.title, l).value
        files.push({
          file: at(artwork.poster(l, b.slug, e.id)),
          png: false,
          svg: () =>
            poster(f, {
              pillar: e.pillar,
              eyebrow: t(`pillars.${e.pillar}.sub.${e.subElement}`),
              title,
              region: b.name,
              pillarName: t(`pillars.${e.pillar}.name`),
              alt: t('booth.gallery.posterAlt', { title }),
            }),
        })
      }
    }

    for (const p of PILLAR_IDS) {
      const name = t(`pillars.${p}.name`)
      const meaning = t(`pillars.${p}.meaning`)
      const counts = perPillar.get(p)
      files.push({
        file: at(artwork.pillarCard(l, p)),
        png: true,
        svg: () =>
          pillarCard(f, {
            pillar: p,
            eyebrow: t('pillar.card.eyebrow'),
            name,
            meaning,
            counts: `${t('directory.count', { n: counts?.booths ?? 0 })} · ${t('booth.exhibitCount', {}, counts?.exhibits ?? 0)}`,
            siteName: t('app.shortName'),
            alt: t('pillar.card.alt', { name, meaning }),
          }),
      })
    }
  }
  return files
}

/** The booth card's alternative text; BoothPage builds the same sentence for og:image:alt. */
export function boothCardAlt(t: ReturnType<typeof messages>, b: Exhibition['booths'][number]): string {
  return t('booth.card.alt', { name: b.name, province: b.province.name }, b.pillars.length)
}

export async function drawArtwork(item: ArtworkFile): Promise<Buffer | string> {
  const source = item.svg()
  if (!item.png) return source
  return (await renderAsync(source, RESVG_OPTIONS)).asPng()
}

/** Draws every picture into `outDir`, a few at a time (resvg draws on libuv's thread pool). */
export async function writeArtwork(root: string, outDir: string, exhibition: Exhibition, siteUrl: string): Promise<{ files: number; ms: number }> {
  const start = performance.now()
  const queue = artworkFiles(root, exhibition, siteUrl)
  const total = queue.length
  const dirs = new Set(queue.map((q) => dirname(join(outDir, q.file))))
  await Promise.all([...dirs].map((d) => mkdir(d, { recursive: true })))
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) await writeFile(join(outDir, item.file), await drawArtwork(item))
  }
  await Promise.all(Array.from({ length: 4 }, worker))
  return { files: total, ms: performance.now() - start }
}

export interface ArtworkPluginOptions {
  read: () => Promise<Exhibition>
  siteUrl: string
}

const ARTWORK_PATH = /^\/(og|posters|qr)\//

let drawing: Promise<void> | undefined

/**
 * Resolves when the pictures started by the client build are written (rejects if one failed).
 * The build draws them while it goes on to prerender the pages; vite.config.ts awaits this at the end.
 */
export function artworkWritten(): Promise<void> {
  return drawing ?? Promise.resolve()
}

/** Writes the pictures beside the client build; serves them, drawn on request, in dev. */
export function exhibitionArtwork({ read, siteUrl }: ArtworkPluginOptions): Plugin {
  let root = process.cwd()
  let outDir = 'dist'
  let publicDir = 'public'
  let ssr = false
  return {
    name: 'exhibition-artwork',
    configResolved(config) {
      root = config.root
      outDir = resolve(config.root, config.build.outDir)
      publicDir = config.publicDir || resolve(config.root, 'public')
      ssr = Boolean(config.build.ssr)
    },
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const path = req.url?.split('?')[0] ?? ''
        if (!ARTWORK_PATH.test(path)) return next()
        try {
          const item = artworkFiles(root, await read(), siteUrl).find((a) => `/${a.file}` === path)
          if (!item) return next()
          res.setHeader('Content-Type', item.png ? 'image/png' : 'image/svg+xml')
          res.end(await drawArtwork(item))
        } catch (error) {
          next(error)
        }
      })
    },
    writeBundle() {
      if (ssr) return
      drawing = read().then(async (exhibition) => {
        const art = await writeArtwork(root, outDir, exhibition, siteUrl)
        console.log(`[artwork] drew ${art.files} pictures (Open Graph cards, posters, QR codes) in ${(art.ms / 1000).toFixed(1)} s`)
        const photos = await deriveMediaVariants(publicDir, outDir, derivableMedia(exhibition.booths))
        if (photos.files) console.log(`[artwork] derived ${photos.files} AVIF/WebP photo variants in ${(photos.ms / 1000).toFixed(1)} s`)
      })
      // Kept for artworkWritten(); a failure surfaces there, not as an unhandled rejection.
      drawing.catch(() => {})
    },
  }
}
