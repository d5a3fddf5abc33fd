/**
 * `npm run content:report`: how full the exhibition is, from the content files: booths and exhibits
 * per cohort, pillar and island group, recognitions and web sites, and the booths still without
 * exhibits (where the next researcher can start). Prints a plain table; `--json` for a machine.
 */
import { resolve } from 'node:path'
import { readExhibition } from '../build/content/load.ts'
import { ISLAND_GROUPS } from '../src/domain/regions.ts'
import { PILLAR_IDS } from '../src/domain/pillars.ts'
import { PROGRAMME } from '../src/content/programme.ts'

const root = resolve(import.meta.dirname, '..')
const { booths, stats } = await readExhibition(root)

const withExhibits = (list: typeof booths) => list.filter((b) => b.exhibits.length > 0).length
const row = (label: string, list: typeof booths) =>
  `${label.padEnd(22)} ${String(list.length).padStart(6)} ${String(withExhibits(list)).padStart(8)} ${String(list.filter((b) => b.exhibits.length >= 3).length).padStart(7)} ${String(list.reduce((n, b) => n + b.exhibits.length, 0)).padStart(9)}`
const head = `${''.padEnd(22)} ${'booths'.padStart(6)} ${'with ≥1'.padStart(8)} ${'with ≥3'.padStart(7)} ${'exhibits'.padStart(9)}`

const report = {
  booths: stats.booths,
  participants: PROGRAMME.participants,
  exhibits: stats.exhibits,
  boothsWithExhibits: stats.boothsWithExhibits,
  boothsWithThree: booths.filter((b) => b.exhibits.length >= 3).length,
  recognitions: stats.recognitions,
  sites: booths.filter((b) => b.sites.length > 0).length,
  sources: stats.sources,
  perPillar: Object.fromEntries(stats.perPillar.map((p) => [p.pillar, { booths: p.booths, exhibits: p.exhibits }])),
  perYear: Object.fromEntries(stats.perYear.map((y) => [y.year, { booths: y.booths, official: PROGRAMME.cohorts.find((c) => c.year === y.year)?.size }])),
  withoutExhibits: booths.filter((b) => b.exhibits.length === 0).map((b) => `${b.code} ${b.name}`),
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2))
} else {
  console.log(`${stats.booths} booths for ${PROGRAMME.participants} participants of the programme; ${stats.exhibits} exhibits on ${stats.boothsWithExhibits} booths (${report.boothsWithThree} with three or more); ${stats.recognitions} recognitions; ${report.sites} booths with a web site; ${stats.sources} sources\n`)
  console.log(`by cohort (a booth of two cohorts counts in both)\n${head}`)
  for (const y of stats.perYear) {
    const official = PROGRAMME.cohorts.find((c) => c.year === y.year)?.size
    console.log(`${row(`${y.year} (${official ?? '?'} guided)`, booths.filter((b) => b.cohorts.some((c) => c.year === y.year)))}`)
  }
  console.log(`\nby island group\n${head}`)
  for (const g of ISLAND_GROUPS) console.log(row(g, booths.filter((b) => b.island === g)))
  console.log(`\nby pillar\n${''.padEnd(22)} ${'booths'.padStart(6)} ${'exhibits'.padStart(9)}`)
  for (const p of PILLAR_IDS) {
    const s = stats.perPillar.find((x) => x.pillar === p)!
    console.log(`${p.padEnd(22)} ${String(s.booths).padStart(6)} ${String(s.exhibits).padStart(9)}`)
  }
  console.log(`\n${report.withoutExhibits.length} booths without exhibits:\n  ${report.withoutExhibits.join('\n  ')}`)
}
