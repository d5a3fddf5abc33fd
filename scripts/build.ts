/**
 * `npm run build`: prerenders the exhibition into dist/ with vite-ssg.
 *
 * vite-ssg resolves the Vite config once and then builds the client and the server; run as
 * `vite-ssg build` it would load vite.config.ts anew for each, and every load makes its own build
 * state (see build/index.ts). Here the config is loaded once and handed to vite-ssg as an inline
 * config, so the client build, the server build and the page hooks share one owner. Any failure
 * (content, artwork, a page) prints its reason and exits 1.
 */
import { resolve } from 'node:path'
import { build } from 'vite-ssg/node'
import { SiteUrlError, siteUrlFrom } from '../build/site-url.ts'

const root = resolve(import.meta.dirname, '..')

function fail(error: unknown): never {
  console.error(`\n✖ The build failed.\n${error instanceof Error ? (error.name === 'Error' ? error.message : `${error.name}: ${error.message}`) : String(error)}`)
  if (error instanceof Error && error.cause) console.error(`  (cause: ${String(error.cause)})`)
  process.exit(1)
}

// A page that fails to render rejects inside vite-ssg's queue, where nothing awaits it.
process.on('unhandledRejection', fail)

try {
  siteUrlFrom(process.env.SITE_URL, 'build')
} catch (error) {
  if (error instanceof SiteUrlError) {
    console.error(`\n✖ ${error.message}\n`)
    process.exit(1)
  }
  throw error
}

try {
  const { default: config } = await import('../vite.config.ts')
  await build({}, { ...config, root, configFile: false })
  process.exit(0)
} catch (error) {
  fail(error)
}
