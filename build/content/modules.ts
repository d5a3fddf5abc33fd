/**
 * How the exhibition's data reaches the app: virtual modules and data files, made from phase 1's
 * result (the site build owns it; see build/index.ts).
 *
 * - `virtual:exhibition/stats`   figures for the lobby (small, static)
 * - `virtual:exhibition/index`   the compact index of every booth (directory, halls, suggestions)
 * - `virtual:exhibition/data`    where the browser fetches one booth's full content:
 *                                `/data/{content hash}/booths/{slug}.json`, one file per booth,
 *                                written by the client build and answered by the dev server
 * - `virtual:exhibition/booths`  for the prerender only: `loaders[slug]()` imports one booth
 *
 * So the first page's payload does not grow with the booths' content, and a booth page's does not
 * grow with the number of booths (no map of every booth reaches the browser).
 */
import { createHash } from 'node:crypto'
import type { Plugin, ViteDevServer } from 'vite'
import type { Exhibition } from './load.ts'

const PREFIX = 'virtual:exhibition/'
const RESOLVED = '\0' + PREFIX

/** The folder of the booths' data files: content-addressed, so hosts may cache them for good. */
export function boothDataBase(exhibition: Exhibition): string {
  const hash = createHash('sha256').update(JSON.stringify(exhibition.booths)).digest('hex').slice(0, 12)
  return `/data/${hash}/booths/`
}

const json = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})\n`

/** The source of each virtual module, or undefined for an id that is not one of them. */
export function virtualModule(name: string, exhibition: Exhibition): string | undefined {
  if (name === 'stats') return json(exhibition.stats)
  if (name === 'index') return json(exhibition.index)
  if (name === 'data') return `export const BOOTH_DATA = ${JSON.stringify(boothDataBase(exhibition))}\n`
  if (name === 'booths') {
    const lines = exhibition.booths.map((b) => `  ${JSON.stringify(b.slug)}: () => import(${JSON.stringify(PREFIX + 'booth/' + b.slug)}),`)
    return `export const loaders = {\n${lines.join('\n')}\n}\n`
  }
  if (name.startsWith('booth/')) {
    const booth = exhibition.booths.find((b) => b.slug === name.slice('booth/'.length))
    return booth && json(booth)
  }
  return undefined
}

export interface ContentSource {
  exhibition(): Promise<Exhibition>
  /** Forgets the content read so far (an editor changed a file in dev). */
  forget(): void
  /** The folder of region files, watched in dev. */
  readonly contentDir: string
}

/** The Vite side of phase 1: virtual modules, booth data files, and a reload when content changes in dev. */
export function contentPlugin(source: ContentSource): Plugin {
  let ssr = false
  return {
    name: 'exhibition:content',
    configResolved(config) {
      ssr = Boolean(config.build.ssr)
    },
    configureServer(server: ViteDevServer) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.startsWith('/data/')) return next()
        source.exhibition().then((exhibition) => {
          const base = boothDataBase(exhibition)
          const slug = req.url!.startsWith(base) ? req.url!.slice(base.length).replace(/\.json$/, '') : undefined
          const booth = exhibition.booths.find((b) => b.slug === slug)
          if (!booth) return next()
          res.setHeader('Content-Type', 'application/json')
          res.end(JSON.stringify(booth))
        }, next)
      })
      server.watcher.add(source.contentDir)
      const onChange = (file: string) => {
        if (!file.startsWith(source.contentDir)) return
        source.forget()
        for (const mod of server.moduleGraph.idToModuleMap.values()) if (mod.id?.startsWith(RESOLVED)) server.moduleGraph.invalidateModule(mod)
        server.ws.send({ type: 'full-reload' })
      }
      server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange)
    },
    resolveId(id) {
      if (id.startsWith(PREFIX)) return '\0' + id
    },
    async load(id) {
      if (!id.startsWith(RESOLVED)) return
      const code = virtualModule(id.slice(RESOLVED.length), await source.exhibition())
      if (code === undefined) this.error(`Unknown module ${id}`)
      return code
    },
    async generateBundle() {
      if (ssr) return
      const exhibition = await source.exhibition()
      const base = boothDataBase(exhibition).slice(1)
      for (const booth of exhibition.booths) this.emitFile({ type: 'asset', fileName: `${base}${booth.slug}.json`, source: JSON.stringify(booth) })
    },
  }
}
