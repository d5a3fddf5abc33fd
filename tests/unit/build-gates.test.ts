/**
 * The build side's own logic: the dependency trim, the hydration preloads, the pages the budgets
 * weigh, the canonical origin a build needs, the CSP meta tag and the strict JSON reader.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isReExportOnly, REWRITES, slimDeps } from '../../build/slim-deps.ts'
import { dataKeys, hydrationKeys, hydrationPreloads, jsFiles, pageScripts, staticClosure, type Manifest } from '../../build/manifest.ts'
import { htmlScripts } from '../../scripts/check-preload.ts'
import { DEV_SITE_URL, SiteUrlError, siteUrlFrom } from '../../build/site-url.ts'
import { metaPolicy, policyFromHeaders } from '../../build/head.ts'
import { readJsonStrictly } from '../../build/content/json.ts'
import { indexedPaths, pagePaths, prerenderPaths, sitemapXml } from '../../build/pages.ts'
import { SW_PAGES, workboxOptions } from '../../build/pwa.ts'
import { PAGES_CACHE } from '../../src/domain/paths.ts'

const root = resolve(import.meta.dirname, '../..')
const require = createRequire(join(root, 'package.json'))
const packageFile = (pkg: string, file: string) => join(dirname(require.resolve(`${pkg}/package.json`)), file)

type Transform = (this: unknown, code: string, id: string) => { code: string } | undefined
const fail = (message: string): never => {
  throw new Error(message)
}

describe('slim-deps', () => {
  const pinia = packageFile('pinia', 'dist/pinia.js')

  it('finds the text it rewrites in the installed packages (an upgrade that changes it shows here)', () => {
    for (const rewrite of REWRITES) {
      expect(rewrite.file.test(pinia), String(rewrite.file)).toBe(true)
      expect(readFileSync(pinia, 'utf8')).toContain(rewrite.find)
    }
  })

  it('no longer needs to touch vue-i18n: its bundles import vue by name (intlify/vue-i18n#2573 is fixed)', () => {
    for (const file of ['dist/vue-i18n.mjs', 'dist/vue-i18n.runtime.mjs']) expect(readFileSync(packageFile('vue-i18n', file), 'utf8')).not.toMatch(/import \* as Vue from/)
  })

  it('marks pinia\'s saveAs pure, keeps the file\'s lines, and leaves other files alone', () => {
    const transform = slimDeps().transform as Transform
    const context = { error: fail }
    const source = readFileSync(pinia, 'utf8')
    const out = transform.call(context, source, pinia)!.code
    expect(out).toContain('const saveAs = /*#__PURE__*/ (() =>')
    expect(out.split('\n').length).toBe(source.split('\n').length)
    expect(transform.call(context, 'export const x = 1', '/src/other.ts')).toBeUndefined()
  })

  it('fails the build when the text is gone, and passes over a file that only re-exports', () => {
    const transform = slimDeps().transform as Transform
    const context = { error: fail }
    expect(() => transform.call(context, 'export const saveAs = () => {}', pinia)).toThrow(/pinia\.js: the text build\/slim-deps\.ts rewrites is gone/)
    expect(transform.call(context, 'export * from \'./pinia.mjs\'\n', pinia)).toBeUndefined()
    expect(isReExportOnly('export * from \'../dist/a.mjs\'\n')).toBe(true)
    expect(isReExportOnly('export * from \'./a.mjs\'\nexport const b = 1\n')).toBe(false)
    expect(isReExportOnly('')).toBe(false)
  })
})

describe('hydration preloads', () => {
  const manifest: Manifest = {
    'index.html': { file: 'assets/app.js', isEntry: true, imports: ['_vue.js'], dynamicImports: ['src/pages/A.vue', 'locales/id.json'] },
    '_vue.js': { file: 'assets/vue.js' },
    'src/pages/A.vue': { file: 'assets/A.js', isDynamicEntry: true, imports: ['index.html', '_meta.js'], dynamicImports: ['node_modules/swiper/swiper.mjs', 'node_modules/swiper/modules/index.mjs'] },
    '_meta.js': { file: 'assets/meta.js', imports: ['index.html'] },
    'locales/id.json': { file: 'assets/id.js', isDynamicEntry: true },
    'locales/en.json': { file: 'assets/en.js', isDynamicEntry: true, imports: ['_vue.js'] },
    'virtual:exhibition/index': { file: 'assets/index.js', isDynamicEntry: true },
    'node_modules/swiper/swiper.mjs': { file: 'assets/swiper.js', isDynamicEntry: true, imports: ['_utils.js'] },
    'node_modules/swiper/modules/index.mjs': { file: 'assets/modules.js', isDynamicEntry: true, imports: ['_utils.js'] },
    '_utils.js': { file: 'assets/utils.js' },
  }

  it('follows static imports, entry first, each once', () => {
    expect(staticClosure(manifest, ['index.html', 'src/pages/A.vue'])).toEqual(['index.html', '_vue.js', 'src/pages/A.vue', '_meta.js'])
    expect(() => staticClosure(manifest, ['nope'])).toThrow(/nope/)
  })

  it('maps route data to the content chunks (a booth is a JSON file, not a chunk)', () => {
    expect(dataKeys([])).toEqual([])
    expect(dataKeys(['booth'])).toEqual([])
    expect(dataKeys(['index', 'booth'])).toEqual(['virtual:exhibition/index'])
  })

  it('needs the page, its imports, the locale and the data before hydration', () => {
    const keys = hydrationKeys(manifest, { page: 'src/pages/A.vue', locale: 'en', data: ['index'] })
    expect(jsFiles(manifest, keys).sort()).toEqual(['/assets/A.js', '/assets/app.js', '/assets/en.js', '/assets/index.js', '/assets/meta.js', '/assets/vue.js'])
  })

  it('preloads through the head the page, messages and data chunks with their imports, not what the template already does (the entry\'s)', () => {
    expect(hydrationPreloads(manifest, { page: 'src/pages/A.vue', locale: 'en', data: ['index', 'booth'] })).toEqual(['/assets/A.js', '/assets/meta.js', '/assets/en.js', '/assets/index.js'])
    expect(hydrationPreloads(manifest, { locale: 'xx', data: [] })).toEqual([])
  })

  it('weighs a booth visit with the gallery it always loads right after mounting', () => {
    const withPages: Manifest = { ...manifest, 'src/pages/BoothPage.vue': manifest['src/pages/A.vue']!, 'src/pages/LobbyPage.vue': { file: 'assets/L.js', imports: ['index.html'] } }
    expect(pageScripts(withPages, 'booth').sort()).toEqual(['/assets/A.js', '/assets/app.js', '/assets/id.js', '/assets/meta.js', '/assets/modules.js', '/assets/swiper.js', '/assets/utils.js', '/assets/vue.js'])
    expect(pageScripts(withPages, 'lobby').sort()).toEqual(['/assets/L.js', '/assets/app.js', '/assets/id.js', '/assets/vue.js'])
  })

  it('reads the scripts an HTML page loads or preloads', () => {
    const html = '<script type="module" crossorigin src="/assets/app.js"></script><link rel="modulepreload" crossorigin href="/assets/A.js"><link rel="stylesheet" href="/assets/a.css">'
    expect(htmlScripts(html)).toEqual(['/assets/app.js', '/assets/A.js'])
  })
})

describe('the canonical origin', () => {
  it('is required by a build, with a message that says how to set it', () => {
    expect(() => siteUrlFrom(undefined, 'build')).toThrow(SiteUrlError)
    expect(() => siteUrlFrom('  ', 'build')).toThrow(/SITE_URL is not set[\s\S]*SITE_URL=https:\/\/\S+ npm run build/)
  })

  it('defaults to the dev server\'s own when serving', () => {
    expect(siteUrlFrom(undefined, 'serve')).toBe(DEV_SITE_URL)
  })

  it('is an origin: no path, query, fragment or credentials, no trailing slash', () => {
    expect(siteUrlFrom('https://pameran.example.org/', 'build')).toBe('https://pameran.example.org')
    expect(siteUrlFrom('http://127.0.0.1:8080', 'build')).toBe('http://127.0.0.1:8080')
    for (const bad of ['pameran.example.org', 'ftp://x.test', 'https://x.test/sub', 'https://x.test/?a=1', 'https://u:p@x.test']) expect(() => siteUrlFrom(bad, 'build'), bad).toThrow(SiteUrlError)
  })
})

describe('pages', () => {
  it('prerenders every page in both locales, the root and the fallback; the sitemap lists the indexed ones', () => {
    const paths = prerenderPaths(['kota-contoh-0001'])
    for (const p of ['/', '/404', '/id', '/en/booths/kota-contoh-0001', '/id/pillars', '/en/pillars/economy', '/id/map', '/en/timeline', '/id/saved', '/en/about']) expect(paths, p).toContain(p)
    expect(pagePaths([])).toContain('/saved')
    expect(indexedPaths([])).not.toContain('/saved')
    const xml = sitemapXml('https://pameran.example', ['kota-contoh-0001'])
    expect(xml).toContain('<loc>https://pameran.example/en/booths/kota-contoh-0001</loc>')
    expect(xml).not.toContain('/saved')
  })
})

describe('the service worker', () => {
  it('imports the script that empties its page cache, which names the cache the worker saves pages in', () => {
    const options = workboxOptions()
    expect(options.importScripts).toEqual([`/${SW_PAGES}`])
    const pages = options.runtimeCaching?.find((r) => r.options?.cacheName === PAGES_CACHE)
    expect(pages?.handler).toBe('StaleWhileRevalidate')
    const script = readFileSync(resolve(root, 'public', SW_PAGES), 'utf8')
    expect(script).toMatch(new RegExp(`addEventListener\\('activate'[\\s\\S]*caches\\.delete\\('${PAGES_CACHE}'\\)`))
  })
})

describe('the CSP meta tag', () => {
  it('comes from the /* rule of _headers, without the directives a meta tag cannot carry', () => {
    const headers = '/assets/*\n  Cache-Control: immutable\n/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: default-src \'self\'; frame-ancestors \'none\'; img-src \'self\' data:\n'
    expect(metaPolicy(policyFromHeaders(headers))).toBe('default-src \'self\'; img-src \'self\' data:')
    expect(() => policyFromHeaders('/*\n  X-Frame-Options: DENY\n')).toThrow(/no Content-Security-Policy/)
  })
})

describe('the strict JSON reader', () => {
  it('refuses a key given twice, naming the object and both lines', () => {
    const { value, problems } = readJsonStrictly('{\n  "code": "91.90",\n  "exhibits": [\n    { "id": "a",\n      "id": "b" }\n  ]\n}')
    expect(value).toBeUndefined()
    expect(problems).toEqual([{ path: 'exhibits.0', message: 'Expected each key once in an object; "id" is given on line 4 and again on line 5' }])
  })

  it('reports a syntax error with its position, and reads good JSON as JSON.parse does', () => {
    expect(readJsonStrictly('{"a": 1,}').problems[0]!.message).toMatch(/^Expected valid JSON \(.*1:9\)/)
    expect(readJsonStrictly('{"a": [1, {"b": "c"}], "d": 1e3}')).toEqual({ value: { a: [1, { b: 'c' }], d: 1000 }, problems: [] })
  })
})
