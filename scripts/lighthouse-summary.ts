/**
 * Prints the medians of the last `lhci collect` (the runs in .lighthouseci/), per page: scores,
 * LCP, TBT, CLS. Part of `npm run lighthouse`; Lighthouse CI asserts the goals itself.
 */
import { readdirSync, readFileSync } from 'node:fs'

interface Lhr {
  finalDisplayedUrl: string
  categories: Record<string, { score: number }>
  audits: Record<string, { numericValue?: number }>
}

const dir = '.lighthouseci'
const runs = readdirSync(dir).filter((f) => /^lhr-.*\.json$/.test(f)).map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Lhr)
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}
const byPage = new Map<string, Lhr[]>()
for (const r of runs) {
  const page = new URL(r.finalDisplayedUrl).pathname
  byPage.set(page, [...(byPage.get(page) ?? []), r])
}
console.log(`${'page'.padEnd(40)} runs  perf  a11y  b-p  seo   LCP ms  TBT ms    CLS`)
for (const [page, list] of byPage) {
  const score = (c: string) => String(Math.round(median(list.map((r) => r.categories[c]?.score ?? 0)) * 100)).padStart(4)
  const metric = (a: string) => median(list.map((r) => r.audits[a]?.numericValue ?? NaN))
  console.log(`${page.padEnd(40)} ${String(list.length).padStart(4)}  ${score('performance')}  ${score('accessibility')} ${score('best-practices')} ${score('seo')}  ${metric('largest-contentful-paint').toFixed(0).padStart(7)} ${metric('total-blocking-time').toFixed(0).padStart(7)} ${metric('cumulative-layout-shift').toFixed(3).padStart(6)}`)
}
