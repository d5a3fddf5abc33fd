/**
 * Phase 1 of the build: reads every content file, validates it against the schema, joins it with
 * idn-area-data, and derives the index and figures the site shows. Runs in Node (the build,
 * `npm run content:check`, the tests). Every problem names its file, the path inside it and what
 * was expected; nothing here throws on bad content.
 */
import { readdir, readFile } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import * as v from 'valibot'
import { slugify } from '../../src/domain/slug.ts'
import { regionTypeOf, shortNameOf } from '../../src/domain/names.ts'
import { islandGroupOf, provinceCodeOf } from '../../src/domain/regions.ts'
import { PILLAR_IDS, SUB_ELEMENTS, type PillarId } from '../../src/domain/pillars.ts'
import { compareBoothsByName } from '../../src/domain/sort.ts'
import type { Booth, BoothEntry, BoothLink, ExhibitionStats, RegionIdentity } from '../../src/domain/model.ts'
import { RegionFileSchema, type RegionFile } from '../../src/content/schema.ts'
import { loadAreaTables, type AreaTables } from './areas.ts'
import { readJsonStrictly } from './json.ts'
import { mediaFileProblems } from './media-files.ts'

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
  /** The site's public folder, to check the media files. Skipped when absent. */
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
  if (!result.success) {
    return { problems: result.issues.map((issue) => ({ file, path: v.getDotPath(issue) ?? '', message: describeIssue(issue) })) }
  }
  const region = result.output
  const problems = [
    ...uniqueBy(file, 'exhibits', region.exhibits, (e) => e.id, 'id', 'an id unique within the region'),
    ...uniqueBy(file, 'cohorts', region.cohorts, (c) => String(c.year), 'year', 'each cohort year once'),
    ...uniqueBy(file, 'recognitions', region.recognitions, (r) => r.id, 'id', 'each award once per region'),
    ...uniqueBy(file, 'sites', region.sites, (s) => s.url, 'url', 'each web site once'),
  ]
  return problems.length ? { problems } : { region, problems }
}

function uniqueBy<T>(file: string, list: string, items: readonly T[], keyOf: (item: T) => string, field: string, expected: string): ContentProblem[] {
  const seen = new Map<string, number>()
  const problems: ContentProblem[] = []
  items.forEach((item, i) => {
    const key = keyOf(item)
    const first = seen.get(key)
    if (first !== undefined) problems.push({ file, path: `${list}.${i}.${field}`, message: `Expected ${expected}; "${key}" is also ${list}.${first}.${field}` })
    else seen.set(key, i)
  })
  return problems
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  // valibot's message says what was expected; add what was found so an editor can spot it.
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never') {
    return `Unexpected key "${v.getDotPath(issue)?.split('.').pop() ?? issue.received}"; remove it or check its spelling`
  }
  // A check over a whole object (forwarded to one field) received the object: saying so helps nobody.
  const shown = issue.received && issue.received !== 'Object' && !issue.message.includes(issue.received)
  const received = shown ? ` (received ${issue.received.length > 80 ? `${issue.received.slice(0, 80)}…` : issue.received})` : ''
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

export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.file}${p.path ? ` › ${p.path}` : ''}: ${p.message}`).join('\n')
}

/** Reads, validates and joins one region file; its problems otherwise. */
async function loadRegion(path: string, options: LoadOptions): Promise<{ booth?: Booth; problems: ContentProblem[] }> {
  const { areas, publicDir, root = process.cwd() } = options
  const file = relative(root, path) || path
  const { value, problems: jsonProblems } = readJsonStrictly(await readFile(path, 'utf8'))
  if (jsonProblems.length) return { problems: jsonProblems.map((p) => ({ file, ...p })) }
  const { region, problems } = validateRegionDocument(file, value)
  if (!region) return { problems }

  if (basename(path, '.json') !== region.code) return { problems: [{ file, path: 'code', message: `Expected the file to be named after its code: "${region.code}.json"` }] }
  const identity = identityOf(region.code, areas)
  if (!identity) return { problems: [{ file, path: 'code', message: `Expected a Kemendagri code of a kota/kabupaten in idn-area-data; "${region.code}" is not one` }] }

  if (publicDir) {
    for (const [i, exhibit] of region.exhibits.entries()) {
      for (const [j, media] of exhibit.media.entries()) {
        for (const message of await mediaFileProblems(publicDir, media)) problems.push({ file, path: `exhibits.${i}.media.${j}.src`, message })
      }
    }
    if (problems.length) return { problems }
  }

  const { $schema: _schema, ...content } = region
  const pillars = PILLAR_IDS.filter((p) => region.exhibits.some((e) => e.pillar === p))
  const facts = areas.facts.get(region.code) ?? { districts: 0, villages: 0, islands: 0, populatedIslands: 0 }
  const cohorts = [...region.cohorts].sort((a, b) => a.year - b.year)
  return { booth: { ...identity, ...content, cohorts, pillars, facts, neighbours: {}, nearby: [] }, problems }
}

export async function loadExhibition(options: LoadOptions): Promise<{ exhibition?: Exhibition; problems: ContentProblem[] }> {
  const { dir, root = process.cwd(), featured = 6 } = options
  const problems: ContentProblem[] = []
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()
  const loaded = await Promise.all(names.map((name) => loadRegion(join(dir, name), options)))
  const booths: Booth[] = []
  const bySlug = new Map<string, string>()
  loaded.forEach(({ booth, problems: found }, i) => {
    problems.push(...found)
    if (!booth) return
    const file = relative(root, join(dir, names[i]!))
    const clash = bySlug.get(booth.slug)
    if (clash) problems.push({ file, path: 'code', message: `Expected a unique booth address; "${booth.slug}" is also ${clash}` })
    else {
      bySlug.set(booth.slug, file)
      booths.push(booth)
    }
  })
  if (names.length === 0) problems.push({ file: relative(root, dir) || dir, path: '', message: 'Expected at least one content file' })
  if (problems.length) return { problems }
  return { exhibition: assembleExhibition(booths, featured), problems }
}

/** Orders the booths, links them to each other and derives the index and figures. */
export function assembleExhibition(booths: Booth[], featured = 6): Exhibition {
  booths.sort(compareBoothsByName)
  linkNeighbours(booths)
  linkNearby(booths)
  const index = booths.map(toEntry)
  return { booths, index, stats: computeStats(booths, index, featured) }
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

/** How many nearby booths a booth without exhibits points to. */
export const NEARBY_COUNT = 4

/**
 * For a booth without exhibits: booths with exhibits in its province first, then in its island
 * group, most exhibits first (booths already sorted by name, which breaks ties).
 */
export function linkNearby(booths: Booth[]): void {
  const withExhibits = booths.filter((b) => b.exhibits.length > 0).sort((a, b) => b.exhibits.length - a.exhibits.length)
  for (const booth of booths) {
    if (booth.exhibits.length) continue
    const same = withExhibits.filter((b) => b.province.code === booth.province.code)
    const group = withExhibits.filter((b) => b.island === booth.island && b.province.code !== booth.province.code)
    booth.nearby = [...same, ...group].slice(0, NEARBY_COUNT).map((b): BoothLink => ({ slug: b.slug, name: b.name }))
  }
}

export function toEntry(booth: Booth): BoothEntry {
  const { code, name, shortName, slug, type, province, island, pillars } = booth
  return {
    code, name, shortName, slug, type, province, island, pillars,
    years: booth.cohorts.map((c) => c.year),
    exhibits: booth.exhibits.map((e) => {
      const cover = e.media[0]
      return { id: e.id, pillar: e.pillar, subElement: e.subElement, title: e.title, ...(cover && { cover: { src: cover.src, width: cover.width, height: cover.height, alt: cover.alt } }) }
    }),
  }
}

export function computeStats(booths: readonly Booth[], index: readonly BoothEntry[], featuredCount: number): ExhibitionStats {
  const years = new Map<number, { booths: number; exhibits: Record<PillarId, number> }>()
  const none = () => Object.fromEntries(PILLAR_IDS.map((p) => [p, 0])) as Record<PillarId, number>
  for (const b of index) {
    for (const y of b.years) {
      const row = years.get(y) ?? { booths: 0, exhibits: none() }
      row.booths++
      for (const e of b.exhibits) row.exhibits[e.pillar]++
      years.set(y, row)
    }
  }
  const perPillar = PILLAR_IDS.map((pillar: PillarId) => ({
    pillar,
    booths: index.filter((b) => b.pillars.includes(pillar)).length,
    exhibits: index.reduce((n, b) => n + b.exhibits.filter((e) => e.pillar === pillar).length, 0),
    perSubElement: Object.fromEntries(
      SUB_ELEMENTS[pillar].map((sub) => [sub, index.reduce((n, b) => n + b.exhibits.filter((e) => e.pillar === pillar && e.subElement === sub).length, 0)]),
    ),
  }))
  const sources = new Set<string>()
  for (const b of booths) {
    for (const c of b.cohorts) for (const s of c.sources) sources.add(s.url)
    for (const e of b.exhibits) for (const s of e.sources) sources.add(s.url)
    for (const r of b.recognitions) for (const s of r.sources) sources.add(s.url)
  }
  const featured = [...index]
    .filter((b) => b.exhibits.length > 0)
    .sort((a, b) => b.pillars.length - a.pillars.length || b.exhibits.length - a.exhibits.length || compareBoothsByName(a, b))
    .slice(0, featuredCount)
    .map(({ slug, name, type, province, island, years, pillars, exhibits }) => ({ slug, name, type, province, island, years, pillars, exhibitCount: exhibits.length }))
  return {
    booths: index.length,
    boothsWithExhibits: index.filter((b) => b.exhibits.length > 0).length,
    exhibits: index.reduce((n, b) => n + b.exhibits.length, 0),
    recognitions: booths.reduce((n, b) => n + b.recognitions.length, 0),
    provinces: new Set(index.map((b) => b.province.code)).size,
    sources: sources.size,
    perYear: [...years].sort((a, b) => a[0] - b[0]).map(([year, row]) => ({ year, booths: row.booths, exhibits: row.exhibits })),
    perPillar,
    featured,
  }
}

export class ContentError extends Error {
  override name = 'ContentError'
}

/** The project's exhibition (src/content/regions, public/ media), or a ContentError listing every problem. */
export async function readExhibition(root: string, areas?: AreaTables): Promise<Exhibition> {
  const { exhibition, problems } = await loadExhibition({
    dir: join(root, 'src/content/regions'),
    publicDir: join(root, 'public'),
    areas: areas ?? (await loadAreaTables()),
    root,
  })
  if (!exhibition) throw new ContentError(`The exhibition's content has ${problems.length} problem(s):\n${formatProblems(problems)}`)
  return exhibition
}
