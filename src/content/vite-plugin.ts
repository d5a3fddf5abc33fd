/**
 * Serves the exhibition's data to the app as virtual modules, validated and joined at build time:
 *
 * - `virtual:exhibition/stats`       figures for the lobby (small, static)
 * - `virtual:exhibition/index`       the compact index of every booth (directory, halls, suggestions)
 * - `virtual:exhibition/data`        where the browser fetches one booth's full content:
 *                                     `/data/{content hash}/booths/{slug}.json`, one file per booth,
 *                                     written by the build and served by the dev server
 * - `virtual:exhibition/booths`      for the prerender only: `loaders[slug]()` imports one booth
 *
 * So the first page's payload does not grow with the booths' content, and a booth page's does not
 * grow with the number of booths (no map of every booth reaches the browser). A broken content file fails
 * the build (and shows in the dev overlay) with its file, path and what was expected.
 */
import { createHash } from 'node:crypto'
import { resolve } from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import { loadAreaTables } from './areas.ts'
import { formatProblems, loadExhibition, type Exhibition } from './load.ts'

const PREFIX = 'virtual:exhibition/'
const RESOLVED = '\0' + PREFIX

export interface ExhibitionPluginOptions {
  /** Folder of region files; default `src/content/regions`. */
  dir?: string
  /** Where media files live; default `public`. */
  publicDir?: string
  /** Serves this exhibition instead of the content files (synthetic data for benchmarks, never shipped). */
  source?: () => Promise<Exhibition>
}

export class ContentError extends Error {
  override name = 'ContentError'
}

export async function readExhibition(root: string, options: ExhibitionPluginOptions = {}): Promise<Exhibition> {
  const { exhibition, problems } = await loadExhibition({
    dir: resolve(root, options.dir ?? 'src/content/regions'),
    publicDir: resolve(root, options.publicDir ?? 'public'),
    areas: await loadAreaTables(),
    root,
  })
  if (!exhibition) throw new ContentError(`The exhibition's content has ${problems.length} problem(s):\n${formatProblems(problems)}`)
  return exhibition
}

/** The folder of the booths' data files: content-addressed, so hosts may cache them for good. */
export function boothDataBase(exhibition: Exhibition): string {
  const hash = createHash('sha256').update(JSON.stringify(exhibition.booths)).digest('hex').slice(0, 12)
  return `/data/${hash}/booths/`
}

const json = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})\n`

export function exhibitionContent(options: ExhibitionPluginOptions = {}): Plugin {
  let root = process.cwd()
  let data: Promise<Exhibition> | undefined
  const get = () => (data ??= options.source ? options.source() : readExhibition(root, options))

  function reload(server: ViteDevServer) {
    data = undefined
    for (const mod of server.moduleGraph.idToModuleMap.values()) {
      if (mod.id?.startsWith(RESOLVED)) server.moduleGraph.invalidateModule(mod)
    }
    server.ws.send({ type: 'full-reload' })
  }

  let ssrBuild = false

  return {
    name: 'exhibition-content',
    configResolved(config) {
      root = config.root
      ssrBuild = Boolean(config.build.ssr)
    },
    configureServer(server) {
      // The dev server answers the booths' data files as the build writes them.
      server.middlewares.use((req, res, next) => {
        if (!req.url?.startsWith('/data/')) return next()
        get().then((exhibition) => {
          const base = boothDataBase(exhibition)
          const slug = req.url!.startsWith(base) ? req.url!.slice(base.length).replace(/\.json$/, '') : undefined
          const booth = exhibition.booths.find((b) => b.slug === slug)
          if (!booth) return next()
          res.setHeader('Content-Type', 'application/json')
          res.end(JSON.stringify(booth))
        }, next)
      })
      const dir = resolve(root, options.dir ?? 'src/content/regions')
      server.watcher.add(dir)
      const onChange = (file: string) => {
        if (file.startsWith(dir)) reload(server)
      }
      server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange)
    },
    resolveId(id) {
      if (id.startsWith(PREFIX)) return '\0' + id
    },
    async generateBundle() {
      if (ssrBuild) return
      const exhibition = await get()
      const base = boothDataBase(exhibition).slice(1)
      for (const booth of exhibition.booths) {
        this.emitFile({ type: 'asset', fileName: `${base}${booth.slug}.json`, source: JSON.stringify(booth) })
      }
    },
    async load(id) {
      if (!id.startsWith(RESOLVED)) return
      const name = id.slice(RESOLVED.length)
      const exhibition = await get()
      if (name === 'stats') return json(exhibition.stats)
      if (name === 'index') return json(exhibition.index)
      if (name === 'data') return `export const BOOTH_DATA = ${JSON.stringify(boothDataBase(exhibition))}\n`
      if (name === 'booths') {
        const lines = exhibition.booths.map((b) => `  ${JSON.stringify(b.slug)}: () => import(${JSON.stringify(PREFIX + 'booth/' + b.slug)}),`)
        return `export const loaders = {\n${lines.join('\n')}\n}\n`
      }
      if (name.startsWith('booth/')) {
        const booth = exhibition.booths.find((b) => b.slug === name.slice('booth/'.length))
        if (!booth) this.error(`No booth "${name}"`)
        return json(booth)
      }
      this.error(`Unknown module ${id}`)
    },
  }
}
