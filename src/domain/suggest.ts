/**
 * The closest booths to a mistyped address ("kota-sabangg", "sabang", "surabya").
 * Damerau-Levenshtein distance on slugs, also against the name without "kota-"/"kabupaten-".
 */
import { slugify } from './slug.ts'

export interface Suggestible {
  slug: string
}

export function editDistance(a: string, b: string): number {
  const m = a.length
  const n = b.length
  if (m === 0) return n
  if (n === 0) return m
  let prev2: number[] = []
  let prev = Array.from({ length: n + 1 }, (_, j) => j)
  for (let i = 1; i <= m; i++) {
    const cur = [i]
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1)
      cur.push(d)
    }
    prev2 = prev
    prev = cur
  }
  return prev[n]!
}

const PREFIX = /^(kota|kabupaten|kab)-/

export function suggestBooths<T extends Suggestible>(input: string, booths: readonly T[], limit = 3): T[] {
  const wanted = slugify(input).slice(0, 80)
  if (!wanted) return []
  const bare = wanted.replace(PREFIX, '')
  const scored = booths.map((booth) => {
    const short = booth.slug.replace(PREFIX, '')
    const distance = Math.min(editDistance(wanted, booth.slug), editDistance(bare, short) + (bare === wanted ? 0 : 1))
    const contains = short.length >= 3 && (bare.includes(short) || short.startsWith(bare)) ? 0 : 1
    return { booth, score: Math.min(distance, contains ? Infinity : 1) }
  })
  const threshold = Math.max(2, Math.ceil(bare.length * 0.4))
  return scored
    .filter((s) => s.score <= threshold)
    .sort((a, b) => a.score - b.score || a.booth.slug.localeCompare(b.booth.slug))
    .slice(0, limit)
    .map((s) => s.booth)
}
