/**
 * The exhibition's pictures as SVG: Open Graph cards (1200 x 630, drawn to PNG by resvg) and the
 * exhibits' posters (served as SVG). One identity throughout: the cream hall, the striped awning of
 * a booth (teal for a kota, amber for a kabupaten), the six pillar colours and pictograms, and the logo.
 * Pure functions of their inputs; texts arrive already translated.
 */
import type { PillarId } from '../src/domain/pillars.ts'
import { PILLAR_IDS } from '../src/domain/pillars.ts'
import { COLOURS, LOGO_PETAL_PATH, PILLAR_COLOURS, PILLAR_ICON_PATHS } from '../src/domain/identity.ts'
import { OG_HEIGHT, OG_WIDTH, POSTER_HEIGHT, POSTER_WIDTH } from '../src/domain/artwork.ts'
import { fitText, type FontMetrics } from './font-metrics.ts'

export interface Fonts {
  bold: FontMetrics
  regular: FontMetrics
}

/** resvg draws with Inter (shipped as a dev dependency); browsers showing a poster use their own sans. */
const FONT = `Inter, system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif`

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function text(x: number, y: number, value: string, attrs: Record<string, string | number> = {}): string {
  const a = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join('')
  return `<text x="${x}" y="${y}" font-family="${esc(FONT)}"${a}>${esc(value)}</text>`
}

/** A pillar pictogram, its 24-unit box scaled to `size` at (x, y). */
export function icon(pillar: PillarId, x: number, y: number, size: number, colour: string, width = 1.8): string {
  const paths = PILLAR_ICON_PATHS[pillar].map((d) => `<path d="${d}"/>`).join('')
  return `<g transform="translate(${x} ${y}) scale(${size / 24})" fill="none" stroke="${colour}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round">${paths}</g>`
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

/** The booth's awning: stripes with a scalloped edge, as on the booth cards. */
function awning(width: number, height: number, colour: string, background: string): string {
  const stripe = height * 1.1
  const light = mix(colour, COLOURS.surface, 0.7)
  let out = `<rect width="${width}" height="${height}" fill="${colour}"/>`
  for (let x = stripe; x < width; x += 2 * stripe) out += `<rect x="${x}" width="${stripe}" height="${height}" fill="${light}"/>`
  for (let x = stripe / 2; x < width + stripe; x += stripe) out += `<circle cx="${x}" cy="${height}" r="${stripe / 2}" fill="${background}"/>`
  return out
}

/** Six colour bars: the exhibition's signature strip. */
function pillarStrip(y: number, height: number, width: number): string {
  const w = width / PILLAR_IDS.length
  return PILLAR_IDS.map((p, i) => `<rect x="${i * w}" y="${y}" width="${w + 0.5}" height="${height}" fill="${PILLAR_COLOURS[p]}"/>`).join('')
}

const svg = (width: number, height: number, title: string, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img"><title>${esc(title)}</title>${body}</svg>\n`

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
  exhibitCount: string
  siteName: string
  alt: string
}

/** The Open Graph card of a booth. */
export function boothCard(fonts: Fonts, t: BoothCardText): string {
  const W = OG_WIDTH
  const H = OG_HEIGHT
  const left = 80
  const tint = t.kind === 'kota' ? COLOURS.brand : COLOURS.accent
  let y = 0
  let body = `<rect width="${W}" height="${H}" fill="${COLOURS.bg}"/>` + awning(W, 40, tint, COLOURS.bg)

  body += logo(left, 78, 52) + text(left + 68, 114, t.siteName, { 'font-size': 28, 'font-weight': 600, fill: COLOURS.ink2 })

  const name = fitText(fonts.bold, t.name, { size: 92, minSize: 54, maxWidth: W - 2 * left, maxLines: 2 })
  y = 150
  for (const line of name.lines) {
    y += name.size * 1.08
    body += text(left, y, line, { 'font-size': name.size, 'font-weight': 700, fill: COLOURS.ink, 'letter-spacing': -1 })
  }
  y += 54
  body += text(left, y, t.place, { 'font-size': 36, fill: COLOURS.ink2 })

  y += 26
  let x = left
  for (const c of t.cohorts) {
    const w = fonts.bold.width(c, 26) + 40
    body += `<rect x="${x}" y="${y}" width="${w}" height="46" rx="23" fill="${tint}"/>` + text(x + 20, y + 32, c, { 'font-size': 26, 'font-weight': 700, fill: '#ffffff' })
    x += w + 12
  }

  // The pillar band: six lamps, lit where the booth has exhibits.
  const band = 448
  body += `<rect y="${band}" width="${W}" height="${H - band}" fill="${COLOURS.surface}"/><rect y="${band}" width="${W}" height="2" fill="${COLOURS.line}"/>`
  body += text(left, band + 44, t.coverageLabel, { 'font-size': 22, 'font-weight': 600, fill: COLOURS.ink2 })
  const step = 138
  PILLAR_IDS.forEach((p, i) => {
    const cx = left + 34 + i * step
    const cy = band + 100
    const on = t.pillars.includes(p)
    body += on
      ? `<circle cx="${cx}" cy="${cy}" r="34" fill="${PILLAR_COLOURS[p]}"/>` + icon(p, cx - 20, cy - 20, 40, '#ffffff', 2)
      : `<circle cx="${cx}" cy="${cy}" r="33" fill="none" stroke="${COLOURS.line}" stroke-width="2.5" stroke-dasharray="6 5"/>` + icon(p, cx - 20, cy - 20, 40, '#a39d92', 2)
    body += text(cx, cy + 66, t.pillarLabels[p], { 'font-size': 19, 'font-weight': on ? 700 : 400, fill: on ? PILLAR_COLOURS[p] : COLOURS.ink2, 'text-anchor': 'middle' })
  })
  body += text(W - left, band + 112, t.exhibitCount, { 'font-size': 36, 'font-weight': 700, fill: COLOURS.ink, 'text-anchor': 'end' })
  return svg(W, H, t.alt, body)
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
export function pillarCard(fonts: Fonts, t: PillarCardText): string {
  const W = OG_WIDTH
  const H = OG_HEIGHT
  const colour = PILLAR_COLOURS[t.pillar]
  const dark = mix(colour, '#000000', 0.78)
  let body = `<rect width="${W}" height="${H}" fill="${colour}"/>` + pillarStrip(0, 14, W)
  body += `<g opacity="0.1">${icon(t.pillar, 760, 150, 520, '#ffffff', 1.4)}</g>`
  // The hall's arch.
  body += `<path d="M80 360V206a100 100 0 0 1 200 0v154a12 12 0 0 1-12 12H92a12 12 0 0 1-12-12z" fill="#ffffff"/>` + icon(t.pillar, 110, 196, 140, colour, 2)
  const left = 330
  body += text(left, 160, t.eyebrow.toUpperCase(), { 'font-size': 26, 'font-weight': 700, fill: '#ffffff', 'letter-spacing': 3, opacity: 0.9 })
  const name = fitText(fonts.bold, t.name, { size: 84, minSize: 56, maxWidth: W - left - 80, maxLines: 1 })
  body += text(left, 160 + name.size * 1.1, name.lines[0] ?? '', { 'font-size': name.size, 'font-weight': 700, fill: '#ffffff', 'letter-spacing': -1 })
  const meaning = fitText(fonts.regular, t.meaning, { size: 34, minSize: 26, maxWidth: W - left - 80, maxLines: 4 })
  let y = 170 + name.size * 1.1 + 20
  for (const line of meaning.lines) {
    y += meaning.size * 1.3
    body += text(left, y, line, { 'font-size': meaning.size, fill: '#ffffff' })
  }
  body += `<rect y="${H - 110}" width="${W}" height="110" fill="${dark}" opacity="0.35"/>`
  body += logo(80, H - 82, 54, '#ffffff') + text(150, H - 44, t.siteName, { 'font-size': 28, 'font-weight': 600, fill: '#ffffff' })
  body += text(W - 80, H - 44, t.counts, { 'font-size': 28, 'font-weight': 700, fill: '#ffffff', 'text-anchor': 'end' })
  return svg(W, H, t.alt, body)
}

export interface DefaultCardText {
  /** The site's name in the first language and in the second. */
  names: [string, string]
  alt: string
}

/** The card of every other page: the logo and the exhibition's name in both languages. */
export function defaultCard(fonts: Fonts, t: DefaultCardText): string {
  const W = OG_WIDTH
  const H = OG_HEIGHT
  let body = `<rect width="${W}" height="${H}" fill="${COLOURS.bg}"/>` + awning(W, 40, COLOURS.brand, COLOURS.bg) + pillarStrip(H - 18, 18, W)
  body += logo(80, 190, 250)
  const left = 400
  const first = fitText(fonts.bold, t.names[0], { size: 64, minSize: 44, maxWidth: W - left - 70, maxLines: 3 })
  let y = 200
  for (const line of first.lines) {
    y += first.size * 1.1
    body += text(left, y, line, { 'font-size': first.size, 'font-weight': 700, fill: COLOURS.ink, 'letter-spacing': -1 })
  }
  const second = fitText(fonts.regular, t.names[1], { size: 34, minSize: 26, maxWidth: W - left - 70, maxLines: 2 })
  y += 20
  for (const line of second.lines) {
    y += second.size * 1.3
    body += text(left, y, line, { 'font-size': second.size, fill: COLOURS.ink2 })
  }
  return svg(W, H, t.alt, body)
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
}

/**
 * An exhibit's poster, shown by the gallery until an editor adds photos. Served as SVG with live
 * text in the visitor's sans-serif, so the lines are fitted with room to spare.
 */
export function poster(fonts: Fonts, t: PosterText): string {
  const W = POSTER_WIDTH
  const H = POSTER_HEIGHT
  const colour = PILLAR_COLOURS[t.pillar]
  const left = 90
  let body = `<rect width="${W}" height="${H}" fill="${colour}"/>`
  body += `<g opacity="0.09">${icon(t.pillar, 620, 300, 640, '#ffffff', 1.3)}</g>`
  body += `<path d="M${left} 250V150a75 75 0 0 1 150 0v100a10 10 0 0 1-10 10H${left + 10}a10 10 0 0 1-10-10z" fill="#ffffff"/>` + icon(t.pillar, left + 27, 125, 96, colour, 2)
  body += text(left, 340, t.eyebrow.toUpperCase(), { 'font-size': 30, 'font-weight': 700, fill: '#ffffff', 'letter-spacing': 3, opacity: 0.9 })
  // Browsers draw with their own sans: fit against Inter with 12 % to spare.
  const title = fitText(fonts.bold, t.title, { size: 80, minSize: 46, maxWidth: (W - 2 * left) / 1.12, maxLines: 4 })
  let y = 350
  for (const line of title.lines) {
    y += title.size * 1.15
    body += text(left, y, line, { 'font-size': title.size, 'font-weight': 700, fill: '#ffffff' })
  }
  body += `<rect y="${H - 120}" width="${W}" height="120" fill="#000000" opacity="0.16"/>`
  body += text(left, H - 68, t.region, { 'font-size': 32, 'font-weight': 700, fill: '#ffffff' })
  body += text(left, H - 30, t.pillarName, { 'font-size': 26, fill: '#ffffff', opacity: 0.9 })
  body += logo(W - 90 - 64, H - 92, 64, '#ffffff')
  return svg(W, H, t.alt, body)
}
