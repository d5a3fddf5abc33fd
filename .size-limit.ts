/**
 * `npm run size`: the weight budgets of the built site (size-limit with its file plugin, gzip level
 * 9 unless said otherwise, kB of 1000 bytes). Which files a page loads is read from the build
 * manifest (build/manifest.ts, `pageScripts`); scripts/check-preload.ts proves in Chromium that the
 * browser loads exactly those, and that the HTML preloads what hydration waits for.
 */
import { existsSync, readdirSync } from 'node:fs'
import { readManifest, pageScripts } from './build/manifest.ts'

const dist = 'dist'
const manifest = readManifest(dist)
const at = (paths: string[]) => paths.map((p) => `${dist}${p}`)
const lobby = pageScripts(manifest, 'lobby')
const boothExtra = pageScripts(manifest, 'booth').filter((f) => !lobby.includes(f))
const mapExtra = pageScripts(manifest, 'map').filter((f) => !lobby.includes(f))
/** The map page's drawing: the data file its route fetches (build/map/files.ts), named by its hash. */
const mapData = readdirSync(`${dist}/data`).map((hash) => `${dist}/data/${hash}/map.json`).filter((f) => existsSync(f))

export default [
  { name: 'lobby: initial JavaScript (/id/)', path: at(lobby), gzip: true, limit: '80 kB' },
  { name: 'booth: JavaScript over the lobby (page, data client, gallery)', path: at(boothExtra), gzip: true, limit: '35 kB' },
  // Since the strings split by hall, the map page carries its own (map.{locale}.json, 1.2 kB), which
  // the lobby carried before; lobby and map page together went from 84.99 to 83.8 kB.
  { name: 'map page: JavaScript over the lobby (page, its components and strings; the drawing is data)', path: at(mapExtra), gzip: true, limit: '5 kB' },
  { name: 'map page: its map (the drawing and its booths, map.json)', path: mapData, brotli: true, limit: '60 kB' },
  { name: 'all CSS', path: readdirSync(`${dist}/assets`).filter((f) => f.endsWith('.css')).map((f) => `${dist}/assets/${f}`), gzip: true, limit: '15 kB' },
  { name: 'lobby HTML (id/index.html)', path: [`${dist}/id/index.html`], gzip: true, limit: '14 kB' },
]
