/**
 * SVG path data from snapped rings (integers on a grid of 1/scale units).
 * The first point of each ring is absolute, the rest relative: small deltas compress far better
 * than repeated absolute coordinates. Deltas are taken between snapped points, so rounding never
 * accumulates: the path lands exactly on the snapped vertices.
 */
import type { Ring } from './geometry.ts'

/** A grid integer as the shortest decimal SVG accepts: 15 → "1.5", 5 → ".5", -5 → "-.5". */
export function formatNumber(units: number, scale: number): string {
  const text = String(units / scale)
  return text.replace(/^(-?)0\./, '$1.')
}

/** Joins numbers, letting a minus sign or a leading dot stand in for the separator where SVG allows. */
export function joinNumbers(numbers: readonly string[]): string {
  let out = ''
  for (const n of numbers) {
    const needsSpace = out !== '' && !n.startsWith('-') && !(n.startsWith('.') && /\.\d*$/.test(out))
    out += (needsSpace ? ' ' : '') + n
  }
  return out
}

export function ringPath(ring: Ring, scale: number): string {
  const [first, ...rest] = ring
  if (!first) return ''
  const [x0 = 0, y0 = 0] = first
  const deltas: string[] = []
  let [px, py] = [x0, y0]
  for (const [x = 0, y = 0] of rest) {
    deltas.push(formatNumber(x - px, scale), formatNumber(y - py, scale))
    ;[px, py] = [x, y]
  }
  const move = `M${joinNumbers([formatNumber(x0, scale), formatNumber(y0, scale)])}`
  return deltas.length ? `${move}l${joinNumbers(deltas)}z` : `${move}z`
}

export function ringsPath(rings: readonly Ring[], scale: number): string {
  return rings.map((r) => ringPath(r, scale)).join('')
}
