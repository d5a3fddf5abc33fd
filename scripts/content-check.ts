/**
 * `npm run content:check`: validates every content file and prints each problem as
 * file › path: what was expected. Exits 1 when there is any.
 */
import { resolve } from 'node:path'
import { loadAreaTables } from '../build/content/areas.ts'
import { formatProblems, loadExhibition } from '../build/content/load.ts'

const root = resolve(import.meta.dirname, '..')
const { exhibition, problems } = await loadExhibition({
  dir: resolve(root, 'src/content/regions'),
  publicDir: resolve(root, 'public'),
  areas: await loadAreaTables(),
  root,
})
if (!exhibition) {
  console.error(formatProblems(problems))
  console.error(`\n✖ ${problems.length} problem(s) in the exhibition's content`)
  process.exit(1)
}
const { stats } = exhibition
console.log(
  `✔ content is valid: ${stats.booths} booths, ${stats.exhibits} exhibits, ${stats.provinces} provinces, ${stats.sources} sources; ` +
  `cohorts ${stats.perYear.map((y) => `${y.year}: ${y.booths}`).join(', ')}`,
)
