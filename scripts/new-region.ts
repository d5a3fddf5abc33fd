/**
 * `npm run new-region CODE YEAR [SOURCE_URL "HEADLINE"]`: writes a valid skeleton for a new booth,
 * src/content/regions/{CODE}.json, with its cohort and the page that names the region for that year.
 * The name, province and kind come from idn-area-data, so only the code is typed. Without the source
 * on the command line it asks for it (a cohort needs a page that names the region, docs/contract.md).
 *
 *   npm run new-region 11.72 2023 https://aceh.antaranews.com/berita/339003/… "Pemkot rumuskan Sabang konsep kota cerdas …"
 */
import { existsSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createInterface } from 'node:readline/promises'
import { loadAreaTables } from '../build/content/areas.ts'
import { identityOf, validateRegionDocument, formatProblems } from '../build/content/load.ts'
import { PROGRAMME } from '../src/content/programme.ts'

/** The MoU date of each cohort's main signing (docs/research/timeline.md). */
const MOU: Record<number, string> = { 2017: '2017-05-22', 2018: '2018-05-08', 2019: '2019-05-15', 2021: '2021-05-20', 2022: '2022-04-21', 2023: '2023-02-28', 2024: '2024-03-05' }

export function skeleton(code: string, year: number, source: { url: string; title: string }, today: string) {
  return {
    $schema: '../region.schema.json',
    code,
    cohorts: [{ year, ...(MOU[year] ? { mou: MOU[year] } : {}), sources: [{ url: source.url, title: source.title, read: today }] }],
    exhibits: [],
    recognitions: [],
    sites: [],
  }
}

async function main(): Promise<void> {
  const [code, yearText, urlArg, titleArg] = process.argv.slice(2)
  const usage = 'Usage: npm run new-region CODE YEAR [SOURCE_URL "HEADLINE"]   e.g. npm run new-region 11.72 2023'
  if (!code || !yearText) throw new Error(usage)
  const year = Number(yearText)
  if (!PROGRAMME.cohorts.some((c) => c.year === year)) throw new Error(`${yearText} is not a cohort year (${PROGRAMME.cohorts.map((c) => c.year).join(', ')}).\n${usage}`)
  const identity = identityOf(code, await loadAreaTables())
  if (!identity) throw new Error(`"${code}" is not the Kemendagri code of a kota/kabupaten in idn-area-data (see node_modules/idn-area-data/data/regencies.csv).`)
  const file = resolve(import.meta.dirname, '../src/content/regions', `${code}.json`)
  if (existsSync(file)) throw new Error(`${identity.name} has a booth already: src/content/regions/${code}.json (add the cohort there).`)

  let url = urlArg
  let title = titleArg
  if (!url || !title) {
    if (!process.stdin.isTTY) throw new Error(`Give the page that names ${identity.name} for ${year}: SOURCE_URL and "HEADLINE".\n${usage}`)
    const rl = createInterface({ input: process.stdin, output: process.stdout })
    url ||= (await rl.question(`Address of a page naming ${identity.name} in the ${year} cohort: `)).trim()
    title ||= (await rl.question('Its headline, as the page prints it: ')).trim()
    rl.close()
  }
  const doc = skeleton(code, year, { url, title }, new Date().toISOString().slice(0, 10))
  const { problems } = validateRegionDocument(`src/content/regions/${code}.json`, doc)
  if (problems.length) throw new Error(formatProblems(problems))
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`)
  console.log(`✔ wrote src/content/regions/${code}.json: ${identity.name} (${identity.province.name}), cohort ${year}.\n  Its booth will be at /id/booths/${identity.slug}. Add exhibits with their sources, then run npm run content:check.`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: Error) => {
    console.error(`✖ ${error.message}`)
    process.exit(1)
  })
}
