/**
 * Text measuring for the pictures the build draws: the advance widths of the Inter font files that
 * resvg draws with, read by opentype.js (kerning included), so the build can wrap and fit a
 * region's name before resvg draws it.
 */
import opentype from 'opentype.js'

export interface FontMetrics {
  /** Width of `text` at `size` px. */
  width(text: string, size: number): number
  /** The ink of `text` at `size` px drawn from (0, 0) on its baseline: what a reader sees, for layout checks. */
  ink(text: string, size: number): { top: number; bottom: number; left: number; right: number }
}

export function loadFontMetrics(file: string): FontMetrics {
  const font = opentype.loadSync(file)
  const widths = new Map<string, number>()
  const inks = new Map<string, { x1: number; y1: number; x2: number; y2: number }>()
  return {
    width(text, size) {
      let units = widths.get(text)
      if (units === undefined) widths.set(text, (units = font.getAdvanceWidth(text, font.unitsPerEm, { kerning: true })))
      return (units / font.unitsPerEm) * size
    },
    ink(text, size) {
      let box = inks.get(text)
      if (!box) inks.set(text, (box = font.getPath(text, 0, 0, font.unitsPerEm, { kerning: true }).getBoundingBox()))
      const k = size / font.unitsPerEm
      return { top: box.y1 * k, bottom: box.y2 * k, left: box.x1 * k, right: box.x2 * k }
    },
  }
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth`, shrinking the size from
 * `size` down to `minSize` until it fits; the last line gets an ellipsis if even that fails.
 */
export function fitText(
  metrics: FontMetrics,
  text: string,
  { size, minSize, maxWidth, maxLines }: { size: number; minSize: number; maxWidth: number; maxLines: number },
): { lines: string[]; size: number } {
  const wrap = (s: number, limit: number) => {
    const lines: string[] = []
    let line = ''
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word
      if (!line || metrics.width(candidate, s) <= limit) line = candidate
      else {
        lines.push(line)
        line = word
      }
    }
    if (line) lines.push(line)
    return lines
  }
  // Even lines read better than a long line and an orphan: narrow the measure while the count holds.
  const balance = (lines: string[], s: number) => {
    let best = lines
    for (let limit = maxWidth - 8; lines.length > 1 && limit > maxWidth / 2; limit -= 8) {
      const tried = wrap(s, limit)
      if (tried.length !== lines.length || tried.some((l) => metrics.width(l, s) > limit)) break
      best = tried
    }
    return best
  }
  for (let s = size; s >= minSize; s -= 2) {
    const lines = wrap(s, maxWidth)
    if (lines.length <= maxLines && lines.every((l) => metrics.width(l, s) <= maxWidth)) return { lines: balance(lines, s), size: s }
  }
  const lines = wrap(minSize, maxWidth)
  const kept = lines.slice(0, maxLines)
  if (lines.length > maxLines || kept.some((l) => metrics.width(l, minSize) > maxWidth)) {
    let last = kept[maxLines - 1] ?? ''
    while (last && metrics.width(`${last}…`, minSize) > maxWidth) last = last.slice(0, -1).trimEnd()
    kept[kept.length - 1] = `${last}…`
  }
  return { lines: kept, size: minSize }
}
