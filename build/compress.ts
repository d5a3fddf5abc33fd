/**
 * Phase 6 of the build: `file.br` and `file.gz` beside every text file of the built site, so a
 * static server (scripts/serve.ts --compress, deploy/nginx with `brotli_static`/`gzip_static`, …)
 * sends them precompressed, as a real host would. Vite's compression plugins see only the bundle;
 * the prerendered pages are written after it, so this runs once they are.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const TEXT = /\.(html|js|mjs|css|svg|json|webmanifest|xml|txt)$/
const brotli = promisify(brotliCompress)
const gz = promisify(gzip)

async function* textFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      // The build manifest is for tools, not visitors.
      if (entry.name !== '.vite') yield* textFiles(path)
    } else if (TEXT.test(entry.name)) yield path
  }
}

/** Compresses every text file of `dir`; returns how many text files there were. */
export async function compressSite(dir: string): Promise<number> {
  const jobs: Promise<void>[] = []
  for await (const file of textFiles(dir)) {
    jobs.push((async () => {
      const body = await readFile(file)
      // Brotli's best level for hashed assets (compressed once, cached for a year); pages are many
      // and change each build, and level 10 makes them 1-2 % larger in half the time.
      const quality = file.endsWith('.html') ? 10 : 11
      const [br, gzipped] = await Promise.all([
        brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
        gz(body, { level: 9 }),
      ])
      // A server falls back to the plain file; tiny files do not shrink.
      await Promise.all([br.length < body.length && writeFile(`${file}.br`, br), gzipped.length < body.length && writeFile(`${file}.gz`, gzipped)])
    })())
  }
  await Promise.all(jobs)
  return jobs.length
}
