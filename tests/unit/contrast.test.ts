/**
 * Colour contrast of the design tokens (WCAG 2.2 AA, 1.4.3 and 1.4.11), in the light and dark schemes.
 * axe checks rendered pages but not hover states or colours a page does not show yet; this checks the
 * pairs the components use, straight from src/styles/tokens.css.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const css = readFileSync(resolve(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8')
// Exactly one dark block, however its media query is written (else the light checks would read dark values).
const schemeParts = css.split(/@media[^{]*prefers-color-scheme:\s*dark/)
if (schemeParts.length !== 2) throw new Error(`tokens.css: expected one prefers-color-scheme: dark block, found ${schemeParts.length - 1}`)
const [lightCss = '', darkCss = ''] = schemeParts
const hexTokens = (s: string) => Object.fromEntries([...s.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]))
const light = hexTokens(lightCss)
const SCHEMES = { light, dark: { ...light, ...hexTokens(darkCss) } }

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = channels(hex).map((c) => c / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
/** WCAG contrast ratio. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}
/** CSS `color-mix(in srgb, a p%, b)`. */
const mix = (a: string, b: string, p: number) =>
  `#${channels(a).map((c, i) => Math.round(c * p + channels(b)[i]! * (1 - p)).toString(16).padStart(2, '0')).join('')}`

const SURFACES = ['bg', 'surface', 'surface-2']
const TEXT = ['ink', 'ink-2', 'link', 'accent', 'ok']
const PILLARS = ['governance', 'economy', 'branding', 'society', 'living', 'environment'].map((p) => `p-${p}`)

describe.each(Object.entries(SCHEMES))('%s scheme', (_, t) => {
  const get = (name: string) => {
    const value = t[name]
    if (!value) throw new Error(`no token --${name}`)
    return value
  }
  const pairs: Array<[label: string, fg: string, bg: string, min: number]> = [
    ...TEXT.flatMap((fg) => SURFACES.map((bg) => [`--${fg} on --${bg}`, get(fg), get(bg), 4.5] as [string, string, string, number])),
    ['--brand-ink on --brand (buttons, skip link)', get('brand-ink'), get('brand'), 4.5],
    ['--warn-ink on --warn-bg (notices)', get('warn-ink'), get('warn-bg'), 4.5],
    ...SURFACES.map((bg) => [`--focus ring next to --${bg}`, get('focus'), get(bg), 3] as [string, string, string, number]),
    ...PILLARS.flatMap((p) => [
      ...SURFACES.map((bg) => [`--${p} text on --${bg}`, get(p), get(bg), 4.5] as [string, string, string, number]),
      // PillarBadge: pillar text on an 8% tint of itself, 16% on hover.
      [`--${p} on its badge tint`, get(p), mix(get(p), get('surface'), 0.08), 4.5],
      [`--${p} on its badge tint, hovered`, get(p), mix(get(p), get('surface'), 0.16), 4.5],
      // Hall arches and coverage lamps: --surface text or icons on the pillar colour.
      [`--surface on --${p}`, get('surface'), get(p), 4.5],
    ] as Array<[string, string, string, number]>),
  ]

  it.each(pairs)('%s', (_label, fg, bg, min) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(min)
  })
})

it('computes the reference ratios of WCAG', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
  expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
})
