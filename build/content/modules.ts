/**
 * How the exhibition's data reaches the app: virtual modules and data files, made from phase 1's
 * result (the site build owns it; see build/index.ts).
 *
 * - `virtual:exhibition/stats`   figures for the lobby (small, static)
 * - `virtual:exhibition/index`   the compact index of every booth (directory, halls, suggestions)
 * - `virtual:exhibition/data`    where the browser fetches one booth's full content:
 *                                `/data/{content hash}/booths/{slug}.json`, one file per booth,
 *                                written by the client build and answered by the dev server; and the
 *                                map's files (build/map/files.ts): the map page's data and the lobby's
 *                                island-group picture, under `/data/{their hash}/`
 * - `virtual:exhibition/islands` booths per island group (the lobby's way in by map)
 * - `virtual:exhibition/booths`  for the prerender only: `loaders[slug]()` imports one booth
 * - `virtual:exhibition/map`     for the prerender only: the map page's data, which the browser fetches
 *
 * So the first page's payload does not grow with the booths' content, and a booth page's does not
 * grow with the number of booths (no map of every booth reaches the browser).
 */
import { createHash } from 'node:crypto'
import type { Plugin, ViteDevServer } from 'vite'
import { ISLAND_GROUPS } from '../../src/domain/regions.ts'
import type { MapFiles } from '../map/files.ts'
import type { Exhibition } from './load.ts'

const PREFIX = 'virtual:exhibition/'
const RESOLVED = '\0' + PREFIX

/** The folder of the booths' data files: content-addressed, so hosts may cache them for good. */
export function boothDataBase(exhibition: Exhibition): string {
  const hash = createHash('sha256').update(JSON.stringify(exhibition.booths)).digest('hex').slice(0, 12)
  return `/data/${hash}/booths/`
}

const json = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})\n`

/** Modules that need the drawn map (a few seconds of work, done once per build). */
const NEEDS_MAP = new Set(['data', 'map'])

/** The source of each virtual module, or undefined for an id that is not one of them. */
export function virtualModule(name: string, exhibition: Exhibition, map?: MapFiles): string | undefined {
  if (name === 'stats') return json(exhibition.stats)
  if (name === 'index') return json(exhibition.index)
  if (name === 'islands') return json(ISLAND_GROUPS.map((id) => ({ id, booths: exhibition.index.filter((b) => b.island === id).length })))
  if (name === 'data' && map) {
    return `export const BOOTH_DATA = ${JSON.stringify(boothDataBase(exhibition))}\n`
      + `export const MAP_DATA = ${JSON.stringify(map.dataUrl)}\n`
      + `export const ISLAND_PICTURE = ${JSON.stringify(map.islands)}\n`
  }
  if (name === 'map' && map) return json(map.data)
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
  /** The map's files, made from the exhibition (build/map/files.ts). */
  mapFiles(): Promise<MapFiles>
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
        Promise.all([source.exhibition(), source.mapFiles()]).then(([exhibition, map]) => {
          const path = req.url!.split('?')[0]
          const file = map.files.find((f) => f.path === path)
          if (file) {
            res.setHeader('Content-Type', file.path.endsWith('.svg') ? 'image/svg+xml' : 'application/json')
            return res.end(file.body)
          }
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
      const name = id.slice(RESOLVED.length)
      const code = virtualModule(name, await source.exhibition(), NEEDS_MAP.has(name) ? await source.mapFiles() : undefined)
      if (code === undefined) this.error(`Unknown module ${id}`)
      return code
    },
    async generateBundle() {
      if (ssr) return
      const exhibition = await source.exhibition()
      const base = boothDataBase(exhibition).slice(1)
      for (const booth of exhibition.booths) this.emitFile({ type: 'asset', fileName: `${base}${booth.slug}.json`, source: JSON.stringify(booth) })
      for (const file of (await source.mapFiles()).files) this.emitFile({ type: 'asset', fileName: file.path.slice(1), source: file.body })
    },
  }
}
