/**
 * Looks at the map: writes the province map and the island groups as SVG and PNG into a folder,
 * and prints their sizes against the budget.
 *   npx tsx build/map/render.ts [out-dir]   (default: $TMPDIR/indonesia-map)
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { Resvg } from '@resvg/resvg-js'
import { createIndonesiaMaps, islandGroupsSvg, mapSvg } from './index.ts'

export const BROTLI_BUDGET = 60_000

export function sizes(svg: string): { raw: number; gzip: number; brotli: number } {
  const bytes = Buffer.from(svg)
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }
}

/** A distinct, stable colour per code so neighbours can be told apart when looking. */
function hue(key: string): string {
  let h = 0
  for (const c of key) h = (h * 31 + c.charCodeAt(0)) % 360
  return `hsl(${(h * 137) % 360} 55% 55%)`
}

async function main(outDir: string) {
  await mkdir(outDir, { recursive: true })
  const maps = createIndonesiaMaps()
  const provinces = mapSvg(await maps.provinces(), { fillOf: hue, title: 'Indonesia: 38 provinces' })
  const groups = islandGroupsSvg(await maps.islandGroups(), { fillOf: hue, title: 'Indonesia: island groups' })
  for (const [name, svg] of [['provinces', provinces], ['island-groups', groups]] as const) {
    await writeFile(join(outDir, `${name}.svg`), svg)
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: 2000 }, background: '#dfeaf3' }).render().asPng()
    await writeFile(join(outDir, `${name}.png`), png)
    const s = sizes(svg)
    console.log(`${name}: raw ${s.raw} B, gzip ${s.gzip} B, brotli ${s.brotli} B (budget ${BROTLI_BUDGET} B brotli)`)
  }
}

// Run only as a script, so tests can import sizes() without rendering anything.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv[2] ?? join(tmpdir(), 'indonesia-map'))
