/**
 * The nginx locations are generated from public/_headers (scripts/nginx-headers.ts): the committed file
 * is up to date, every location carries every security header (nginx's add_header inheritance trap),
 * and the rules mean the same on Netlify, Cloudflare Pages, scripts/serve.ts and nginx.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { HEADERS_FILE, LOCATIONS_FILE, TRY_FILES, headersFor, nginxLocations, parseHeaders } from '../../scripts/nginx-headers.ts'
import { parseHeadersFile } from '../../scripts/serve.ts'

const text = readFileSync(HEADERS_FILE, 'utf8')
const rules = parseHeaders(text)
const SECURITY = ['Content-Security-Policy', 'Strict-Transport-Security', 'Permissions-Policy', 'Cross-Origin-Opener-Policy', 'Cross-Origin-Resource-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'X-Frame-Options', 'Cache-Control']
const IMMUTABLE = 'public, max-age=31536000, immutable'
const get = (path: string) => Object.fromEntries(headersFor(rules, path))

describe('public/_headers', () => {
  it('gives every path the security headers, and caches only hashed files for good', () => {
    for (const path of ['/', '/id/booths', '/id/booths/', '/sw.js', '/og/default.png', '/assets/app-x.js', '/data/0123abcd/booths/kota-contoh.json', '/404.html']) {
      expect(Object.keys(get(path)), path).toEqual(expect.arrayContaining(SECURITY))
    }
    expect(get('/assets/app-x.js')['Cache-Control']).toBe(IMMUTABLE)
    expect(get('/data/0123abcd/booths/kota-contoh.json')['Cache-Control']).toBe(IMMUTABLE)
    for (const path of ['/', '/id/booths', '/sw.js', '/og/default.png', '/site.webmanifest', '/404.html']) expect(get(path)['Cache-Control'], path).toBe('no-cache')
    expect(get('/og/id/booths/kota-contoh.png')['Cross-Origin-Resource-Policy']).toBe('cross-origin')
    expect(get('/posters/id/kota-contoh/x.svg')['Cross-Origin-Resource-Policy']).toBe('same-origin')
    expect(get('/')['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains')
  })

  it('means the same to scripts/serve.ts (last rule wins, "!" lines skipped)', () => {
    const serve = parseHeadersFile(text)
    for (const path of ['/', '/id/booths', '/assets/app-x.js', '/data/h/booths/x.json', '/og/default.png', '/sw.js']) {
      const sent = new Map<string, string>()
      for (const rule of serve) if (rule.pattern.test(path)) for (const [k, v] of rule.headers) sent.set(k, v)
      expect(Object.fromEntries(sent), path).toEqual(get(path))
    }
  })
})

describe('deploy/nginx/pameran/locations.conf', () => {
  const generated = nginxLocations(text)

  it('is what public/_headers gives (run `npx tsx scripts/nginx-headers.ts` after changing it)', () => {
    expect(readFileSync(LOCATIONS_FILE, 'utf8')).toBe(generated)
  })

  it('repeats every header in every location, always, and finds files the same way in each', () => {
    const blocks = generated.split(/\n(?=# \/)/).slice(1)
    expect(blocks.map((b) => /^location (.*) \{$/m.exec(b)?.[1])).toEqual(['/', '^~ /assets/', '^~ /data/', '^~ /og/'])
    for (const block of blocks) {
      const path = /^# (\S+)/.exec(block)![1]!
      const lines = block.split('\n').filter((l) => l.includes('add_header'))
      expect(lines.every((l) => / always;$/.test(l)), path).toBe(true)
      const names = lines.map((l) => /add_header (\S+)/.exec(l)![1])
      expect(names, path).toEqual(expect.arrayContaining(SECURITY))
      expect(new Set(names).size, `${path}: no header twice`).toBe(names.length)
      expect(block, path).toContain(TRY_FILES)
    }
    // Outside any location too (answers nginx gives before it picks one).
    const serverLevel = generated.split(/\n(?=# \/)/)[0]!
    expect(serverLevel.match(/^add_header (\S+)/gm)?.map((l) => l.split(' ')[1])).toEqual(expect.arrayContaining(SECURITY))
  })

  it('quotes values for nginx', () => {
    const conf = nginxLocations('/*\n  X-Test: a "quoted" \\ value\n')
    expect(conf).toContain('add_header X-Test "a \\"quoted\\" \\\\ value" always;')
  })
})

describe('the generator refuses what hosts would read differently', () => {
  it('a later rule that overrides a header without detaching it (Cloudflare would join the values)', () => {
    expect(() => parseHeaders('/*\n  Cache-Control: no-cache\n/assets/*\n  Cache-Control: immutable\n')).toThrow(/! Cache-Control/)
    expect(() => parseHeaders('/*\n  Cache-Control: no-cache\n/assets/*\n  ! Cache-Control\n  Cache-Control: immutable\n')).not.toThrow()
    // Rules that never meet may set the same header freely.
    expect(() => parseHeaders('/*\n  X-A: 1\n/a/*\n  ! X-A\n  X-A: 2\n/b/*\n  ! X-A\n  X-A: 3\n')).not.toThrow()
  })

  it('patterns nginx prefix and exact locations cannot express', () => {
    for (const path of ['/*.js', '/data/:hash/*', 'https://example.org/*', '/a*', '/*/x']) expect(() => parseHeaders(`/*\n  X-A: 1\n${path}\n  X-B: 1\n`), path).toThrow(/supported|not a path/)
  })

  it('malformed lines, "$" in values and a file without /*', () => {
    expect(() => parseHeaders('  X-A: 1\n')).toThrow(/before any path/)
    expect(() => parseHeaders('/*\n  X-A\n')).toThrow(/Name: value/)
    expect(() => parseHeaders('/*\n  X-A:\n')).toThrow(/no value/)
    expect(() => nginxLocations('/*\n  X-A: $host\n')).toThrow(/nginx variable/)
    expect(() => nginxLocations('/a/*\n  X-A: 1\n')).toThrow(/no \/\* rule/)
  })

  it('applies rules in order: exact paths, detach, and a name repeated in one rule', () => {
    const r = parseHeaders('/*\n  X-A: 1\n  X-B: 1\n  X-B: 2\n/sw.js\n  ! X-A\n')
    expect(headersFor(r, '/sw.js')).toEqual([['X-B', '1, 2']])
    expect(headersFor(r, '/sw.jsx')).toEqual([['X-A', '1'], ['X-B', '1, 2']])
    expect(nginxLocations('/*\n  X-A: 1\n/sw.js\n  ! X-A\n  X-A: 2\n')).toMatch(/location = \/sw\.js \{\n {4}add_header X-A "2" always;/)
  })
})
