/**
 * The exhibition's pictures as SVG: Open Graph cards (1200 x 630, drawn to PNG by resvg) and the
 * exhibits' posters (served as SVG, in a light and a dark scheme). One identity throughout: the cream
 * hall, the striped awning of a booth (teal for a kota, amber for a kabupaten), the six pillar
 * colours and pictograms, and the logo.
 *
 * Each picture is first laid out as a list of placed parts with their boxes, then written as SVG:
 * the boxes are what a unit test checks (no text or icon over another, all inside the picture).
 * Pure functions of their inputs; texts arrive already translated.
 */
import type { PillarId } from '../../src/domain/pillars.ts'
import { PILLAR_IDS } from '../../src/domain/pillars.ts'
import { COLOURS, LOGO_PETAL_PATH, PILLAR_COLOURS, PILLAR_ICON_PATHS } from '../../src/domain/identity.ts'
import { OG_HEIGHT, OG_WIDTH, POSTER_HEIGHT, POSTER_WIDTH } from '../../src/domain/artwork.ts'
import { fitText, type FontMetrics } from './fonts.ts'

export interface Fonts {
  bold: FontMetrics
  regular: FontMetrics
}

/** resvg draws with Inter (a dev dependency); browsers showing a poster use their own sans. */
const FONT = `Inter, system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif`

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export interface Box { x: number; y: number; width: number; height: number }

/** One placed part of a picture. Backgrounds are drawn under everything and are not checked. */
export interface Part {
  kind: 'background' | 'text' | 'icon' | 'badge'
  /** What it shows, for a test's message ("name line 1", "lamp economy"). */
  label: string
  box?: Box
  svg: string
}

export interface Layout {
  width: number
  height: number
  title: string
  parts: Part[]
}

function text(
  fonts: Fonts,
  label: string,
  x: number,
  baseline: number,
  value: string,
  { size, bold = false, fill, anchor = 'start', spacing = 0, opacity }: { size: number; bold?: boolean; fill: string; anchor?: 'start' | 'middle' | 'end'; spacing?: number; opacity?: number },
): Part {
  const metrics = bold ? fonts.bold : fonts.regular
  const width = metrics.width(value, size) + spacing * Math.max(0, [...value].length - 1)
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width
  // The box is the ink (what a reader sees), from the glyph outlines; empty text has none.
  const ink = value ? metrics.ink(value, size) : { top: 0, bottom: 0, left: 0, right: 0 }
  const attrs = [
    `font-size="${size}"`,
    bold ? 'font-weight="700"' : '',
    `fill="${fill}"`,
    anchor !== 'start' ? `text-anchor="${anchor}"` : '',
    spacing ? `letter-spacing="${spacing}"` : '',
    opacity !== undefined ? `opacity="${opacity}"` : '',
  ].filter(Boolean).join(' ')
  return {
    kind: 'text',
    label,
    box: { x: left + Math.min(0, ink.left), y: baseline + ink.top, width: Math.max(width, ink.right - Math.min(0, ink.left)), height: ink.bottom - ink.top },
    svg: `<text x="${round(x)}" y="${round(baseline)}" font-family="${esc(FONT)}" ${attrs}>${esc(value)}</text>`,
  }
}

const round = (n: number) => Math.round(n * 10) / 10

/** A pillar pictogram, its 24-unit box scaled to `size` at (x, y). */
export function icon(pillar: PillarId, x: number, y: number, size: number, colour: string, width = 1.8): string {
  const paths = PILLAR_ICON_PATHS[pillar].map((d) => `<path d="${d}"/>`).join('')
  return `<g transform="translate(${round(x)} ${round(y)}) scale(${round(size / 24 * 1000) / 1000})" fill="none" stroke="${colour}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round">${paths}</g>`
}

/** The logo (six petals round a core), `size` wide, at (x, y); `mono` draws it in one colour. */
export function logo(x: number, y: number, size: number, mono?: string): string {
  const petals = PILLAR_IDS.map((p, i) => `<path transform="rotate(${i * 60})" fill="${mono ?? PILLAR_COLOURS[p]}" d="${LOGO_PETAL_PATH}"/>`).join('')
  const core = `<rect x="-3.2" y="-3.2" width="6.4" height="6.4" rx="1.2" transform="rotate(45)" fill="${mono ?? COLOURS.ink}"/>`
  return `<g transform="translate(${x} ${y}) scale(${size / 40}) translate(20 20)">${petals}${core}</g>`
}

/** Mixes two #rrggbb colours: `amount` of `a`, the rest `b`. */
export function mix(a: string, b: string, amount: number): string {
  const ch = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16)
  return `#${[0, 1, 2].map((i) => Math.round(ch(a, i) * amount + ch(b, i) * (1 - amount)).toString(16).padStart(2, '0')).join('')}`
}

const background = (label: string, svg: string): Part => ({ kind: 'background', label, svg })

/** The booth's awning: stripes with a scalloped edge, as on the booth cards. */
function awning(width: number, height: number, colour: string, bg: string): Part {
  const stripe = height * 1.1
  const light = mix(colour, COLOURS.surface, 0.7)
  let out = `<rect width="${width}" height="${height}" fill="${colour}"/>`
  for (let x = stripe; x < width; x += 2 * stripe) out += `<rect x="${round(x)}" width="${round(stripe)}" height="${height}" fill="${light}"/>`
  for (let x = stripe / 2; x < width + stripe; x += stripe) out += `<circle cx="${round(x)}" cy="${height}" r="${round(stripe / 2)}" fill="${bg}"/>`
  return background('awning', out)
}

/** Six colour bars: the exhibition's signature strip. */
function pillarStrip(y: number, height: number, width: number): Part {
  const w = width / PILLAR_IDS.length
  return background('pillar strip', PILLAR_IDS.map((p, i) => `<rect x="${round(i * w)}" y="${y}" width="${round(w + 0.5)}" height="${height}" fill="${PILLAR_COLOURS[p]}"/>`).join(''))
}

/** Writes a layout as a standalone SVG document. */
export function toSvg(layout: Layout): string {
  const body = [...layout.parts.filter((p) => p.kind === 'background'), ...layout.parts.filter((p) => p.kind !== 'background')].map((p) => p.svg).join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="img"><title>${esc(layout.title)}</title>${body}</svg>\n`
}

export interface BoothCardText {
  name: string
  /** "Jawa Timur · Jawa". */
  place: string
  /** One badge a cohort: "Angkatan 2017". */
  cohorts: string[]
  kind: 'kota' | 'kabupaten'
  pillars: readonly PillarId[]
  pillarLabels: Record<PillarId, string>
  coverageLabel: string
  /** "12 pameran" or "Belum ada materi pameran". */
  exhibitCount: string
  siteName: string
  alt: string
}

/** Where the booth card's pillar band begins; everything about the region sits above it. */
const BAND = 440

/**
 * The Open Graph card of a booth: who the region is above, its six pillar lamps below, and the
 * number of exhibits in the band's header row, clear of the lamps. The name takes the largest size
 * (at most two lines) at which the place and the cohort badges still fit above the band.
 */
export function boothCardLayout(fonts: Fonts, t: BoothCardText): Layout {
  const W = OG_WIDTH
  const H = OG_HEIGHT
  const left = 80
  const tint = t.kind === 'kota' ? COLOURS.brand : COLOURS.accent
  const fixed: Part[] = [background('hall', `<rect width="${W}" height="${H}" fill="${COLOURS.bg}"/>`), awning(W, 40, tint, COLOURS.bg)]
  fixed.push({ kind: 'icon', label: 'logo', box: { x: left, y: 72, width: 52, height: 52 }, svg: logo(left, 72, 52) })
  fixed.push(text(fonts, 'site name', left + 68, 108, t.siteName, { size: 28, bold: true, fill: COLOURS.ink2 }))

  let top: Part[] = []
  for (let size = 84; size >= 44; size -= 2) {
    top = []
    const name = fitText(fonts.bold, t.name, { size, minSize: size, maxWidth: W - 2 * left, maxLines: 2 })
    let y = 150
    name.lines.forEach((line, i) => {
      y += name.size * 1.08
      top.push(text(fonts, `name line ${i + 1}`, left, y, line, { size: name.size, bold: true, fill: COLOURS.ink, spacing: -1 }))
    })
    const place = fitText(fonts.regular, t.place, { size: 34, minSize: 26, maxWidth: W - 2 * left, maxLines: 1 })
    y += Math.max(44, place.size * 1.4)
    top.push(text(fonts, 'place', left, y, place.lines[0] ?? '', { size: place.size, fill: COLOURS.ink2 }))
    y += 24
    let x = left
    for (const c of t.cohorts) {
      const w = fonts.bold.width(c, 26) + 40
      const badge = text(fonts, `cohort ${c}`, x + 20, y + 32, c, { size: 26, bold: true, fill: '#ffffff' })
      top.push({ kind: 'badge', label: `cohort badge ${c}`, box: { x, y, width: w, height: 46 }, svg: `<rect x="${round(x)}" y="${round(y)}" width="${round(w)}" height="46" rx="23" fill="${tint}"/>${badge.svg}` })
      x += w + 12
    }
    const bottom = Math.max(...top.map((p) => p.box!.y + p.box!.height))
    const widest = Math.max(...top.map((p) => p.box!.x + p.box!.width))
    if (name.lines.length <= 2 && bottom <= BAND - 16 && widest <= W - left && !name.lines.at(-1)?.endsWith('…')) break
  }

  // The pillar band: a header row (what the lamps mean, and how many exhibits), then six lamps.
  const band: Part[] = [background('band', `<rect y="${BAND}" width="${W}" height="${H - BAND}" fill="${COLOURS.surface}"/><rect y="${BAND}" width="${W}" height="2" fill="${COLOURS.line}"/>`)]
  const count = text(fonts, 'exhibit count', W - left, BAND + 46, t.exhibitCount, { size: 26, bold: true, fill: COLOURS.ink, anchor: 'end' })
  const coverage = fitText(fonts.regular, t.coverageLabel, { size: 22, minSize: 18, maxWidth: W - 2 * left - count.box!.width - 32, maxLines: 1 })
  band.push(text(fonts, 'coverage label', left, BAND + 44, coverage.lines[0] ?? '', { size: coverage.size, fill: COLOURS.ink2 }), count)
  const step = (W - 2 * left) / PILLAR_IDS.length
  PILLAR_IDS.forEach((p, i) => {
    const cx = left + step * (i + 0.5)
    const cy = BAND + 108
    const on = t.pillars.includes(p)
    const lamp = on
      ? `<circle cx="${round(cx)}" cy="${cy}" r="34" fill="${PILLAR_COLOURS[p]}"/>` + icon(p, cx - 20, cy - 20, 40, '#ffffff', 2)
      : `<circle cx="${round(cx)}" cy="${cy}" r="33" fill="none" stroke="${COLOURS.line}" stroke-width="2.5" stroke-dasharray="6 5"/>` + icon(p, cx - 20, cy - 20, 40, '#8a847a', 2)
    band.push({ kind: 'icon', label: `lamp ${p}`, box: { x: cx - 35, y: cy - 35, width: 70, height: 70 }, svg: lamp })
    const label = fitText(on ? fonts.bold : fonts.regular, t.pillarLabels[p], { size: 19, minSize: 15, maxWidth: step - 12, maxLines: 1 })
    band.push(text(fonts, `lamp label ${p}`, cx, cy + 64, label.lines[0] ?? '', { size: label.size, bold: on, fill: on ? PILLAR_COLOURS[p] : COLOURS.ink2, anchor: 'middle' }))
  })
  return { width: W, height: H, title: t.alt, parts: [...fixed, ...top, ...band] }
}

export interface PillarCardText {
  pillar: PillarId
  eyebrow: string
  name: string
  meaning: string
  counts: string
  siteName: string
  alt: string
}

/** The Open Graph card of a pillar's hall: the hall's colour, its arch and pictogram. */
export function pillarCardLayout(fonts: Fonts, t: PillarCardText): Layout {
  const W = OG_WIDTH
  const H = OG_HEIGHT
  const colour = PILLAR_COLOURS[t.pillar]
  const dark = mix(colour, '#000000', 0.78)
  const parts: Part[] = [
    background('hall', `<rect width="${W}" height="${H}" fill="${colour}"/>`),
    pillarStrip(0, 14, W),
    background('watermark', `<g opacity="0.1">${icon(t.pillar, 760, 150, 440, '#ffffff', 1.4)}</g>`),
    { kind: 'icon', label: 'arch', box: { x: 80, y: 106, width: 200, height: 266 }, svg: `<path d="M80 360V206a100 100 0 0 1 200 0v154a12 12 0 0 1-12 12H92a12 12 0 0 1-12-12z" fill="#ffffff"/>` + icon(t.pillar, 110, 196, 140, colour, 2) },
  ]
  const left = 330
  const maxWidth = W - left - 80
  const eyebrow = fitText(fonts.bold, t.eyebrow.toUpperCase(), { size: 26, minSize: 20, maxWidth, maxLines: 1 })
  parts.push(text(fonts, 'eyebrow', left, 150, eyebrow.lines[0] ?? '', { size: eyebrow.size, bold: true, fill: '#ffffff', spacing: 3, opacity: 0.9 }))
  const name = fitText(fonts.bold, t.name, { size: 80, minSize: 52, maxWidth, maxLines: 1 })
  let y = 160 + name.size * 1.05
  parts.push(text(fonts, 'name', left, y, name.lines[0] ?? '', { size: name.size, bold: true, fill: '#ffffff', spacing: -1 }))
  const meaning = fitText(fonts.regular, t.meaning, { size: 32, minSize: 24, maxWidth, maxLines: 5 })
  y += 14
  meaning.lines.forEach((line, i) => {
    y += meaning.size * 1.3
    parts.push(text(fonts, `meaning line ${i + 1}`, left, y, line, { size: meaning.size, fill: '#ffffff' }))
  })
  parts.push(background('footer', `<rect y="${H - 110}" width="${W}" height="110" fill="${dark}" opacity="0.35"/>`))
  parts.push({ kind: 'icon', label: 'logo', box: { x: 80, y: H - 82, width: 54, height: 54 }, svg: logo(80, H - 82, 54, '#ffffff') })
  const counts = text(fonts, 'counts', W - 80, H - 44, t.counts, { size: 28, bold: true, fill: '#ffffff', anchor: 'end' })
  const site = fitText(fonts.bold, t.siteName, { size: 28, minSize: 20, maxWidth: W - 80 - counts.box!.width - 150 - 32, maxLines: 1 })
  parts.push(text(fonts, 'site name', 150, H - 44, site.lines[0] ?? '', { size: site.size, bold: true, fill: '#ffffff' }), counts)
  return { width: W, height: H, title: t.alt, parts }
}

export interface DefaultCardText {
  /** The site's name in the first language and in the second. */
  names: [string, string]
  alt: string
}

/** The card of every other page: the logo and the exhibition's name in both languages. */
export function defaultCardLayout(fonts: Fonts, t: DefaultCardText): Layout {
  const W = OG_WIDTH
  const H = OG_HEIGHT
  const parts: Part[] = [background('hall', `<rect width="${W}" height="${H}" fill="${COLOURS.bg}"/>`), awning(W, 40, COLOURS.brand, COLOURS.bg), pillarStrip(H - 18, 18, W)]
  parts.push({ kind: 'icon', label: 'logo', box: { x: 80, y: 190, width: 250, height: 250 }, svg: logo(80, 190, 250) })
  const left = 400
  const first = fitText(fonts.bold, t.names[0], { size: 64, minSize: 44, maxWidth: W - left - 70, maxLines: 3 })
  let y = 190
  first.lines.forEach((line, i) => {
    y += first.size * 1.1
    parts.push(text(fonts, `name line ${i + 1}`, left, y, line, { size: first.size, bold: true, fill: COLOURS.ink, spacing: -1 }))
  })
  const second = fitText(fonts.regular, t.names[1], { size: 34, minSize: 26, maxWidth: W - left - 70, maxLines: 2 })
  y += 20
  second.lines.forEach((line, i) => {
    y += second.size * 1.3
    parts.push(text(fonts, `second name line ${i + 1}`, left, y, line, { size: second.size, fill: COLOURS.ink2 }))
  })
  return { width: W, height: H, title: t.alt, parts }
}

export interface PosterText {
  pillar: PillarId
  /** The exhibit's sub-element ("Public service"). */
  eyebrow: string
  title: string
  /** The booth ("Kota Surabaya"). */
  region: string
  /** The pillar's name. */
  pillarName: string
  alt: string
  scheme: 'light' | 'dark'
}

/**
 * An exhibit's poster, shown by the gallery until an editor adds photos. Served as SVG with live
 * text in the visitor's sans-serif, so the lines are fitted against Inter with room to spare. The
 * dark scheme deepens the pillar's colour so the poster sits quietly on a dark page.
 */
export function posterLayout(fonts: Fonts, t: PosterText): Layout {
  const W = POSTER_WIDTH
  const H = POSTER_HEIGHT
  const colour = t.scheme === 'dark' ? mix(PILLAR_COLOURS[t.pillar], '#0b0f12', 0.55) : PILLAR_COLOURS[t.pillar]
  const ink = t.scheme === 'dark' ? '#eef1f3' : '#ffffff'
  const left = 90
  const maxWidth = (W - 2 * left) / 1.12
  const parts: Part[] = [
    background('poster', `<rect width="${W}" height="${H}" fill="${colour}"/>`),
    background('watermark', `<g opacity="0.09">${icon(t.pillar, 620, 300, 560, ink, 1.3)}</g>`),
    { kind: 'icon', label: 'arch', box: { x: left, y: 75, width: 150, height: 185 }, svg: `<path d="M${left} 250V150a75 75 0 0 1 150 0v100a10 10 0 0 1-10 10H${left + 10}a10 10 0 0 1-10-10z" fill="${ink}"/>` + icon(t.pillar, left + 27, 125, 96, colour, 2) },
  ]
  const eyebrow = fitText(fonts.bold, t.eyebrow.toUpperCase(), { size: 30, minSize: 22, maxWidth, maxLines: 1 })
  parts.push(text(fonts, 'eyebrow', left, 330, eyebrow.lines[0] ?? '', { size: eyebrow.size, bold: true, fill: ink, spacing: 3, opacity: 0.9 }))
  // Browsers draw with their own sans: fit against Inter with 12 % to spare.
  const title = fitText(fonts.bold, t.title, { size: 76, minSize: 44, maxWidth, maxLines: 4 })
  let y = 350
  title.lines.forEach((line, i) => {
    y += title.size * 1.15
    parts.push(text(fonts, `title line ${i + 1}`, left, y, line, { size: title.size, bold: true, fill: ink }))
  })
  parts.push(background('footer', `<rect y="${H - 130}" width="${W}" height="130" fill="#000000" opacity="0.16"/>`))
  const region = fitText(fonts.bold, t.region, { size: 32, minSize: 24, maxWidth: W - 2 * left - 100, maxLines: 1 })
  parts.push(text(fonts, 'region', left, H - 74, region.lines[0] ?? '', { size: region.size, bold: true, fill: ink }))
  parts.push(text(fonts, 'pillar name', left, H - 32, t.pillarName, { size: 26, fill: ink, opacity: 0.9 }))
  parts.push({ kind: 'icon', label: 'logo', box: { x: W - 90 - 64, y: H - 98, width: 64, height: 64 }, svg: logo(W - 90 - 64, H - 98, 64, ink) })
  return { width: W, height: H, title: t.alt, parts }
}
