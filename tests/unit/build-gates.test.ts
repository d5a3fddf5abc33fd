/**
 * The build-side quality gates of issue 5: the dependency trims, the hydration preloads, the
 * size budget's page tracing and the link checker's parsing.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isReExportOnly, REWRITES, slimDeps } from '../../scripts/slim-deps.ts'
import { addHydrationPreloads, dataKeys, hydrationKeys, jsFiles, staticClosure, type Manifest } from '../../scripts/preload.ts'
import { htmlScripts } from '../../scripts/size.ts'
import { classify, indexPage, pageAddress, srcsetUrls } from '../../scripts/check-links.ts'

const root = resolve(import.meta.dirname, '../..')
const require = createRequire(join(root, 'package.json'))
const packageFile = (pkg: string, file: string) => join(dirname(require.resolve(`${pkg}/package.json`)), file)

describe('slim-deps', () => {
  const installed = [
    packageFile('vue-i18n', 'dist/vue-i18n.runtime.mjs'),
    packageFile('vue-i18n', 'dist/vue-i18n.mjs'),
    packageFile('pinia', 'dist/pinia.js'),
  ]

  it('finds the text it rewrites in the installed packages (an upgrade that changes it shows here)', () => {
    for (const rewrite of REWRITES) {
      const files = installed.filter((f) => rewrite.file.test(f))
      expect(files.length, String(rewrite.file)).toBeGreaterThan(0)
      for (const f of files) expect(readFileSync(f, 'utf8'), f).toContain(rewrite.find)
    }
  })

  it('leaves vue-i18n without a namespace import of vue and pinia with a pure saveAs', () => {
    const plugin = slimDeps()
    const transform = plugin.transform as (this: unknown, code: string, id: string) => { code: string } | undefined
    const fail = (m: string) => {
      throw new Error(m)
    }
    const context = { warn: fail, error: fail }
    const i18n = installed[0]!
    const out = transform.call(context, readFileSync(i18n, 'utf8'), i18n)!.code
    expect(out).not.toMatch(/import \* as Vue from/)
    expect(out).toContain('const Vue = { getCurrentInstance: __i18nGetCurrentInstance }')
    // The rest of the file keeps its lines (source maps stay right).
    expect(out.split('\n').length).toBe(readFileSync(i18n, 'utf8').split('\n').length)
    const pinia = installed[2]!
    expect(transform.call(context, readFileSync(pinia, 'utf8'), pinia)!.code).toContain('const saveAs = /*#__PURE__*/ (() =>')
    expect(transform.call(context, 'export const x = 1', '/src/other.ts')).toBeUndefined()
  })

  it('passes over a file that only re-exports (the bundler entry vue-i18n resolves to) and warns when the text is gone', () => {
    const plugin = slimDeps()
    const transform = plugin.transform as (this: unknown, code: string, id: string) => { code: string } | undefined
    const warnings: string[] = []
    const context = { warn: (m: string) => warnings.push(m) }
    const shim = packageFile('vue-i18n', 'dist/vue-i18n.runtime.esm-bundler.js')
    expect(REWRITES[0]!.file.test(shim)).toBe(true)
    expect(transform.call(context, readFileSync(shim, 'utf8'), shim)).toBeUndefined()
    expect(warnings).toEqual([])
    // A real module of the package without the expected text is an upgrade to look at.
    const changed = packageFile('vue-i18n', 'dist/vue-i18n.runtime.mjs')
    expect(transform.call(context, 'import { h } from \'vue\';\nexport const x = h', changed)).toBeUndefined()
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('vue-i18n.runtime.mjs')
    expect(isReExportOnly('export * from \'../dist/a.mjs\'\n')).toBe(true)
    expect(isReExportOnly('export * from \'./a.mjs\'\nexport const b = 1\n')).toBe(false)
    expect(isReExportOnly('')).toBe(false)
  })
})

describe('hydration preloads', () => {
  const manifest: Manifest = {
    'index.html': { file: 'assets/app.js', isEntry: true, dynamicImports: ['src/pages/A.vue', 'locales/id.json'] },
    'src/pages/A.vue': { file: 'assets/A.js', isDynamicEntry: true, imports: ['index.html', '_meta.js'] },
    '_meta.js': { file: 'assets/meta.js', imports: ['index.html'] },
    'locales/id.json': { file: 'assets/id.js', isDynamicEntry: true },
    'locales/en.json': { file: 'assets/en.js', isDynamicEntry: true },
    'virtual:exhibition/index': { file: 'assets/index.js', isDynamicEntry: true },
  }

  it('follows static imports, entry first, each once', () => {
    expect(staticClosure(manifest, ['index.html', 'src/pages/A.vue'])).toEqual(['index.html', 'src/pages/A.vue', '_meta.js'])
    expect(() => staticClosure(manifest, ['nope'])).toThrow(/nope/)
  })

  it('maps route data to the content chunks (a booth is a JSON file, not a chunk)', () => {
    expect(dataKeys([])).toEqual([])
    expect(dataKeys(['booth'])).toEqual([])
    expect(dataKeys(['index', 'booth'])).toEqual(['virtual:exhibition/index'])
  })

  it('needs the page, its imports, the locale and the data before hydration', () => {
    const keys = hydrationKeys(manifest, { page: 'src/pages/A.vue', locale: 'en', data: ['index'] })
    expect(jsFiles(manifest, keys).sort()).toEqual(['/assets/A.js', '/assets/app.js', '/assets/en.js', '/assets/index.js', '/assets/meta.js'])
  })

  it('adds only the missing preloads, before </head>: modules, and the booth data as a fetch', () => {
    const html = '<html lang="id"><head><script type="module" crossorigin src="/assets/app.js"></script><link rel="modulepreload" crossorigin href="/assets/A.js"></head><body></body></html>'
    const needs = { locale: 'id', data: ['booth'], fetches: ['/data/abc/booths/kota-contoh-0001.json'] }
    const out = addHydrationPreloads(html, manifest, needs)
    expect(htmlScripts(out).sort()).toEqual(['/assets/A.js', '/assets/app.js', '/assets/id.js', '/assets/meta.js'])
    expect(out).toContain('<link rel="preload" as="fetch" crossorigin="anonymous" href="/data/abc/booths/kota-contoh-0001.json">')
    expect(out.indexOf('/assets/meta.js')).toBeLessThan(out.indexOf('</head>'))
    expect(addHydrationPreloads(out, manifest, needs)).toBe(out)
  })
})

describe('link checker', () => {
  it('collects ids and every URL-bearing attribute, entities decoded', () => {
    const page = indexPage(
      `<head><link rel="canonical" href="https://x.test/id"><meta property="og:image" content="/og/a.png"><meta name="twitter:image" content="/og/b.png"><meta name="description" content="/not-a-link"></head>
       <body><h1 id="top-heading">x</h1><a name="old">o</a><a href="/id/booths?pillar=economy&amp;q=a#kota">k</a>
       <img alt="" src="/m/a.jpg" srcset="/m/a-1.jpg 1x, /m/a-2.jpg 2x"><svg><use href="#icon-x"/></svg></body>`,
      'id/index.html',
    )
    expect([...page.ids].sort()).toEqual(['old', 'top-heading'])
    expect(page.refs.map((r) => `${r.kind} ${r.url}`)).toEqual([
      'link[href] https://x.test/id',
      'meta[og:image] /og/a.png',
      'meta[twitter:image] /og/b.png',
      'a[href] /id/booths?pillar=economy&q=a#kota',
      'img[src] /m/a.jpg',
      'img[srcset] /m/a-1.jpg',
      'img[srcset] /m/a-2.jpg',
      'use[href] #icon-x',
    ])
  })

  it('reads srcset candidates', () => {
    expect(srcsetUrls('a.png 480w,  b.png 960w')).toEqual(['a.png', 'b.png'])
    expect(srcsetUrls('')).toEqual([])
  })

  it('knows the address each file is served at', () => {
    expect(pageAddress('id/booths/kota-contoh-0001/index.html')).toBe('/id/booths/kota-contoh-0001')
    expect(pageAddress('index.html')).toBe('/')
    expect(pageAddress('404.html')).toBe('/404')
  })

  it('tells internal from external and flags URLs that cannot work', () => {
    const site = new URL('https://pameran.example')
    const base = new URL('/id/booths/kota-contoh-0001', site)
    expect(classify('https://pameran.example/en#x', base, site)).toEqual({ internal: true, path: '/en', hash: '#x' })
    expect(classify('../about', base, site)).toEqual({ internal: true, path: '/id/about', hash: '' })
    expect(classify('#sources', base, site)).toEqual({ internal: true, path: '/id/booths/kota-contoh-0001', hash: '#sources' })
    expect(classify('https://kominfo.go.id/', base, site)).toEqual({ internal: false })
    expect(classify('mailto:a@b.test', base, site)).toEqual({ internal: false })
    expect(classify('', base, site)).toMatchObject({ invalid: 'empty URL' })
    expect(classify('javascript:alert(1)', base, site)).toMatchObject({ invalid: 'javascript: URL' })
  })
})
