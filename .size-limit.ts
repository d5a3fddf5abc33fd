/**
 * `npm run size`: the weight budgets of the built site (size-limit with its file plugin, gzip level
 * 9 unless said otherwise, kB of 1000 bytes). Which files a page loads is read from the build
 * manifest (build/manifest.ts, `pageScripts`); scripts/check-preload.ts proves in Chromium that the
 * browser loads exactly those, and that the HTML preloads what hydration waits for.
 */
import { readdirSync } from 'node:fs'
import { readManifest, pageScripts } from './build/manifest.ts'

const dist = 'dist'
const manifest = readManifest(dist)
const at = (paths: string[]) => paths.map((p) => `${dist}${p}`)
const lobby = pageScripts(manifest, 'lobby')
const boothExtra = pageScripts(manifest, 'booth').filter((f) => !lobby.includes(f))

export default [
  { name: 'lobby: initial JavaScript (/id/)', path: at(lobby), gzip: true, limit: '80 kB' },
  { name: 'booth: JavaScript over the lobby (page, data client, gallery)', path: at(boothExtra), gzip: true, limit: '35 kB' },
  { name: 'all CSS', path: readdirSync(`${dist}/assets`).filter((f) => f.endsWith('.css')).map((f) => `${dist}/assets/${f}`), gzip: true, limit: '15 kB' },
  { name: 'lobby HTML (id/index.html)', path: [`${dist}/id/index.html`], gzip: true, limit: '14 kB' },
]
