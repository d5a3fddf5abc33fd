/**
 * Advance widths of a TrueType font, read from its `cmap` (format 4) and `hmtx` tables, so the
 * build can wrap and fit text for the Open Graph cards before resvg draws it. Kerning is ignored,
 * which errs on the wide (safe) side.
 */
import { readFileSync } from 'node:fs'

export interface FontMetrics {
  /** Width of `text` at `size` px. */
  width(text: string, size: number): number
}

export function loadFontMetrics(file: string): FontMetrics {
  const buf = readFileSync(file)
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  const tables = new Map<string, number>()
  const numTables = view.getUint16(4)
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16
    tables.set(buf.toString('latin1', rec, rec + 4), view.getUint32(rec + 8))
  }
  const table = (tag: string) => {
    const at = tables.get(tag)
    if (at === undefined) throw new Error(`${file}: no "${tag}" table`)
    return at
  }
  const unitsPerEm = view.getUint16(table('head') + 18)
  const numberOfHMetrics = view.getUint16(table('hhea') + 34)
  const hmtx = table('hmtx')
  const advance = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1))

  // cmap: the Windows Unicode BMP subtable (platform 3, encoding 1), format 4.
  const cmap = table('cmap')
  let sub = -1
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const rec = cmap + 4 + i * 8
    if (view.getUint16(rec) === 3 && view.getUint16(rec + 2) === 1) sub = cmap + view.getUint32(rec + 4)
  }
  if (sub < 0 || view.getUint16(sub) !== 4) throw new Error(`${file}: no format-4 Unicode cmap`)
  const segX2 = view.getUint16(sub + 6)
  const ends = sub + 14
  const starts = ends + segX2 + 2
  const deltas = starts + segX2
  const rangeOffsets = deltas + segX2

  const glyphOf = (code: number): number => {
    for (let i = 0; i < segX2; i += 2) {
      if (code > view.getUint16(ends + i)) continue
      const start = view.getUint16(starts + i)
      if (code < start) return 0
      const delta = view.getInt16(deltas + i)
      const ro = view.getUint16(rangeOffsets + i)
      if (ro === 0) return (code + delta) & 0xffff
      const g = view.getUint16(rangeOffsets + i + ro + 2 * (code - start))
      return g === 0 ? 0 : (g + delta) & 0xffff
    }
    return 0
  }

  const cache = new Map<number, number>()
  const unitWidth = (code: number) => {
    let w = cache.get(code)
    if (w === undefined) cache.set(code, (w = advance(glyphOf(code))))
    return w
  }
  return {
    width(text, size) {
      let units = 0
      for (const ch of text) units += unitWidth(ch.codePointAt(0)!)
      return (units / unitsPerEm) * size
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
