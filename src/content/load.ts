/**
 * Reads every content file, validates it against the schema, joins it with idn-area-data,
 * and derives the index and figures the site shows. Runs in Node at build time (the Vite plugin,
 * `npm run content:check`, tests). Every problem names its file, the path inside it and what was expected.
 */
import { readdir, readFile, access } from 'node:fs/promises'
import { join, basename, relative } from 'node:path'
import * as v from 'valibot'
import { slugify } from '../domain/slug.ts'
import { regionTypeOf, shortNameOf } from '../domain/names.ts'
import { islandGroupOf, provinceCodeOf } from '../domain/regions.ts'
import { PILLAR_IDS, type PillarId } from '../domain/pillars.ts'
import { compareBoothsByName } from '../domain/sort.ts'
import { RegionFileSchema, type RegionFile } from './schema.ts'
import type { AreaTables } from './areas.ts'
import type { Booth, BoothEntry, ExhibitionStats, RegionIdentity } from './model.ts'

export interface ContentProblem {
  /** The file, relative to the project when possible: "src/content/regions/11.72.json". */
  file: string
  /** Dotted path inside the file: "exhibits.0.sources.0.url"; "" for the whole file. */
  path: string
  message: string
}

export interface Exhibition {
  booths: Booth[]
  index: BoothEntry[]
  stats: ExhibitionStats
}

export interface LoadOptions {
  /** Folder holding one `{code}.json` per region. */
  dir: string
  areas: AreaTables
  /** The site's public folder, to check that media files exist. Skipped when absent. */
  publicDir?: string
  /** Base for the file names in problems (the project root). */
  root?: string
  /** How many booths the lobby features. */
  featured?: number
}

/** Validates one parsed document. Never throws: anything it is given yields a region or problems. */
export function validateRegionDocument(file: string, data: unknown): { region?: RegionFile; problems: ContentProblem[] } {
  let result: ReturnType<typeof v.safeParse<typeof RegionFileSchema>>
  try {
    result = v.safeParse(RegionFileSchema, data, { abortPipeEarly: true })
  } catch (error) {
    // valibot does not throw on bad input; this guards against exotic objects (throwing getters, proxies).
    return { problems: [{ file, path: '', message: `Expected a plain JSON document (${String(error)})` }] }
  }
  if (result.success) {
    const region = result.output
    const problems: ContentProblem[] = []
    const seenIds = new Map<string, number>()
    region.exhibits.forEach((exhibit, i) => {
      const first = seenIds.get(exhibit.id)
      if (first !== undefined)
        problems.push({ file, path: `exhibits.${i}.id`, message: `Expected an id unique within the region; "${exhibit.id}" is also exhibits.${first}.id` })
      else seenIds.set(exhibit.id, i)
    })
    const seenYears = new Map<number, number>()
    region.cohorts.forEach((cohort, i) => {
      const first = seenYears.get(cohort.year)
      if (first !== undefined)
        problems.push({ file, path: `cohorts.${i}.year`, message: `Expected each cohort year once; ${cohort.year} is also cohorts.${first}.year` })
      else seenYears.set(cohort.year, i)
    })
    return problems.length ? { problems } : { region, problems }
  }
  return {
    problems: result.issues.map((issue) => ({
      file,
      path: v.getDotPath(issue) ?? '',
      message: describeIssue(issue),
    })),
  }
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  // valibot's message says what was expected; add what was found so an editor can spot it.
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never') {
    return `Unexpected key "${v.getDotPath(issue)?.split('.').pop() ?? issue.received}"; remove it or check its spelling`
  }
  const received = issue.received && !issue.message.includes(issue.received) ? ` (received ${issue.received})` : ''
  return issue.message + received
}

export function identityOf(code: string, areas: AreaTables): RegionIdentity | undefined {
  const record = areas.regencies.get(code)
  if (!record) return undefined
  const provinceName = areas.provinces.get(record.provinceCode)
  if (!provinceName) return undefined
  return {
    code,
    name: record.name,
    shortName: shortNameOf(record.name),
    slug: slugify(record.name),
    type: regionTypeOf(record.name),
    province: { code: record.provinceCode, name: provinceName, slug: slugify(provinceName) },
    island: islandGroupOf(provinceCodeOf(code)),
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.file}${p.path ? ` › ${p.path}` : ''}: ${p.message}`).join('\n')
}

export async function loadExhibition(options: LoadOptions): Promise<{ exhibition?: Exhibition; problems: ContentProblem[] }> {
  const { dir, areas, publicDir, root = process.cwd(), featured = 6 } = options
  const problems: ContentProblem[] = []
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()
  const booths: Booth[] = []
  const bySlug = new Map<string, string>()

  for (const name of names) {
    const path = join(dir, name)
    const file = relative(root, path) || path
    let data: unknown
    try {
      data = JSON.parse(await readFile(path, 'utf8'))
    } catch (error) {
      problems.push({ file, path: '', message: `Expected valid JSON (${(error as Error).message})` })
      continue
    }
    const { region, problems: found } = validateRegionDocument(file, data)
    problems.push(...found)
    if (!region) continue

    if (basename(name, '.json') !== region.code) {
      problems.push({ file, path: 'code', message: `Expected the file to be named after its code: "${region.code}.json"` })
      continue
    }
    const identity = identityOf(region.code, areas)
    if (!identity) {
      problems.push({ file, path: 'code', message: `Expected a Kemendagri code of a kota/kabupaten in idn-area-data; "${region.code}" is not one` })
      continue
    }
    const clash = bySlug.get(identity.slug)
    if (clash) {
      problems.push({ file, path: 'code', message: `Expected a unique booth address; "${identity.slug}" is also ${clash}` })
      continue
    }
    bySlug.set(identity.slug, file)

    if (publicDir) {
      for (const [i, exhibit] of region.exhibits.entries()) {
        for (const [j, media] of exhibit.media.entries()) {
          if (!(await exists(join(publicDir, media.src))))
            problems.push({ file, path: `exhibits.${i}.media.${j}.src`, message: `Expected a file at public${media.src}; none is there` })
        }
      }
    }

    const pillars = PILLAR_IDS.filter((p) => region.exhibits.some((e) => e.pillar === p))
    booths.push({ ...identity, ...region, cohorts: [...region.cohorts].sort((a, b) => a.year - b.year), pillars, neighbours: {} })
  }

  if (names.length === 0) problems.push({ file: relative(root, dir) || dir, path: '', message: 'Expected at least one content file' })
  if (problems.length) return { problems }

  booths.sort(compareBoothsByName)
  linkNeighbours(booths)
  const index = booths.map(toEntry)
  return { exhibition: { booths, index, stats: computeStats(booths, index, featured) }, problems }
}

/** Each booth's previous and next booth in name order (booths already sorted). */
export function linkNeighbours(booths: Booth[]): void {
  const link = (b: Booth | undefined) => (b ? { slug: b.slug, name: b.name } : undefined)
  booths.forEach((booth, i) => {
    const previous = link(booths[i - 1])
    const next = link(booths[i + 1])
    booth.neighbours = { ...(previous && { previous }), ...(next && { next }) }
  })
}

export function toEntry(booth: Booth): BoothEntry {
  const { code, name, shortName, slug, type, province, island, pillars } = booth
  return {
    code, name, shortName, slug, type, province, island, pillars,
    years: booth.cohorts.map((c) => c.year),
    exhibits: booth.exhibits.map((e) => ({ id: e.id, pillar: e.pillar, subElement: e.subElement, title: e.title })),
  }
}

export function computeStats(booths: readonly Booth[], index: readonly BoothEntry[], featuredCount: number): ExhibitionStats {
  const years = new Map<number, number>()
  for (const b of index) for (const y of b.years) years.set(y, (years.get(y) ?? 0) + 1)
  const perPillar = PILLAR_IDS.map((pillar: PillarId) => ({
    pillar,
    booths: index.filter((b) => b.pillars.includes(pillar)).length,
    exhibits: index.reduce((n, b) => n + b.exhibits.filter((e) => e.pillar === pillar).length, 0),
  }))
  const sources = new Set<string>()
  for (const b of booths) {
    for (const c of b.cohorts) for (const s of c.sources) sources.add(s.url)
    for (const e of b.exhibits) for (const s of e.sources) sources.add(s.url)
  }
  const featured = [...index]
    .filter((b) => b.exhibits.length > 0)
    .sort((a, b) => b.pillars.length - a.pillars.length || b.exhibits.length - a.exhibits.length || compareBoothsByName(a, b))
    .slice(0, featuredCount)
    .map(({ slug, name, type, province, island, years, pillars, exhibits }) => ({ slug, name, type, province, island, years, pillars, exhibitCount: exhibits.length }))
  return {
    booths: index.length,
    exhibits: index.reduce((n, b) => n + b.exhibits.length, 0),
    provinces: new Set(index.map((b) => b.province.code)).size,
    sources: sources.size,
    perYear: [...years].sort((a, b) => a[0] - b[0]).map(([year, booths]) => ({ year, booths })),
    perPillar,
    featured,
  }
}
