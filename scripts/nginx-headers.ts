/**
 * One source of truth for the response headers: `public/_headers` (Netlify/Cloudflare format). This
 * script turns it into nginx `location` blocks (`deploy/nginx/pameran/locations.conf`), so nginx
 * sends what the static hosts send.
 *
 *   tsx scripts/nginx-headers.ts           writes deploy/nginx/pameran/locations.conf
 *   tsx scripts/nginx-headers.ts --check   fails if that file is not what public/_headers gives
 *
 * The `_headers` meaning kept here is the one Netlify and Cloudflare Pages agree on: rules apply in
 * file order, every matching rule applies, and `! Name` (Cloudflare's detach) removes a header set by
 * an earlier rule. A rule that sets a header an earlier overlapping rule already set must detach it
 * first (Cloudflare would join the two values with a comma); that is checked, not assumed.
 *
 * nginx's trap: a `location` with any `add_header` of its own drops every `add_header` of the server.
 * So each generated location carries the whole set of headers that applies to it, all with `always`
 * (else nginx adds them only to 2xx and 3xx answers, not to the 404 page).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'

export interface HeaderRule {
  /** The path pattern as written: `/*`, `/prefix/*` or an exact path. */
  path: string
  /** 1-based line of the pattern, for messages. */
  line: number
  /** Header names removed from what earlier rules set (`! Name`). */
  detach: string[]
  /** Headers this rule sets, in order; a name given twice in one rule is one comma-joined value. */
  set: Array<[string, string]>
}

type Pattern = { kind: 'all' } | { kind: 'prefix'; prefix: string } | { kind: 'exact'; path: string }

const HEADER_NAME = /^[A-Za-z0-9-]+$/

/** Parses a `_headers` file strictly: anything the hosts would read differently is an error. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '')
    const where = `_headers line ${index + 1}`
    if (!line.trim() || line.trim().startsWith('#')) return
    if (!/^\s/.test(line)) {
      const path = line.trim()
      pattern(path, where)
      rules.push({ path, line: index + 1, detach: [], set: [] })
      return
    }
    const rule = rules.at(-1)
    if (!rule) throw new Error(`${where}: a header before any path`)
    const detach = /^\s*!\s*(\S+)\s*$/.exec(line)
    if (detach) {
      const name = detach[1]!
      if (!HEADER_NAME.test(name)) throw new Error(`${where}: "${name}" is not a header name`)
      if (rule.set.some(([n]) => same(n, name))) throw new Error(`${where}: detach ${name} before setting it in the same rule`)
      rule.detach.push(name)
      return
    }
    const at = line.indexOf(':')
    if (at < 0) throw new Error(`${where}: expected "Name: value" or "! Name", got "${line.trim()}"`)
    const name = line.slice(0, at).trim()
    const value = line.slice(at + 1).trim()
    if (!HEADER_NAME.test(name)) throw new Error(`${where}: "${name}" is not a header name`)
    if (!value) throw new Error(`${where}: ${name} has no value`)
    const earlier = rule.set.find(([n]) => same(n, name))
    if (earlier) earlier[1] = `${earlier[1]}, ${value}`
    else rule.set.push([name, value])
  })
  checkOverrides(rules)
  return rules
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/** The patterns nginx can express with plain prefix and exact locations; others are refused. */
function pattern(path: string, where = path): Pattern {
  if (!path.startsWith('/')) throw new Error(`${where}: "${path}" is not a path (absolute URLs are not supported)`)
  if (/[:\s]/.test(path) || path.slice(0, -1).includes('*') || (path.endsWith('*') && !path.endsWith('/*')))
    throw new Error(`${where}: "${path}": only /*, /prefix/* and exact paths are supported (nginx locations are made from them)`)
  if (path === '/*') return { kind: 'all' }
  if (path.endsWith('/*')) return { kind: 'prefix', prefix: path.slice(0, -1) }
  return { kind: 'exact', path }
}

/** Does the rule's pattern match this URL path? */
export function matches(rulePath: string, urlPath: string): boolean {
  const p = pattern(rulePath)
  return p.kind === 'all' || (p.kind === 'prefix' ? urlPath.startsWith(p.prefix) : urlPath === p.path)
}

/** Does pattern `outer` match every path that pattern `inner` matches? */
function covers(outer: Pattern, inner: Pattern): boolean {
  if (outer.kind === 'all') return true
  if (inner.kind === 'all') return false
  const innerPath = inner.kind === 'prefix' ? inner.prefix : inner.path
  return outer.kind === 'prefix' ? innerPath.startsWith(outer.prefix) : inner.kind === 'exact' && inner.path === outer.path
}

const overlap = (a: Pattern, b: Pattern) => covers(a, b) || covers(b, a)

/** A later rule may only replace an earlier overlapping rule's header after detaching it. */
function checkOverrides(rules: HeaderRule[]): void {
  rules.forEach((rule, i) => {
    for (const [name] of rule.set) {
      if (rule.detach.some((d) => same(d, name))) continue
      const earlier = rules.slice(0, i).find((r) => overlap(pattern(r.path), pattern(rule.path)) && r.set.some(([n]) => same(n, name)))
      if (earlier)
        throw new Error(
          `_headers line ${rule.line}: ${rule.path} sets ${name}, which ${earlier.path} (line ${earlier.line}) already sets; `
          + `add "! ${name}" above it, or Cloudflare Pages sends both values joined by a comma`,
        )
    }
  })
}

/** The headers a response for this URL path carries, by the rules above, in order of first setting. */
export function headersFor(rules: HeaderRule[], urlPath: string): Array<[string, string]> {
  return resolveHeaders(rules.filter((r) => matches(r.path, urlPath)))
}

function resolveHeaders(applying: HeaderRule[]): Array<[string, string]> {
  const out: Array<[string, string]> = []
  for (const rule of applying) {
    for (const name of rule.detach) {
      const at = out.findIndex(([n]) => same(n, name))
      if (at >= 0) out.splice(at, 1)
    }
    for (const [name, value] of rule.set) {
      const at = out.findIndex(([n]) => same(n, name))
      if (at >= 0) out[at] = [name, value]
      else out.push([name, value])
    }
  }
  return out
}

/** A value as an nginx double-quoted string; `$` would be read as a variable, so it is refused. */
function quote(name: string, value: string): string {
  if (value.includes('$')) throw new Error(`${name}: a "$" in a header value would be an nginx variable`)
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new Error(`${name}: control character in the value`)
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

/** How nginx finds the file for a location: no rewrite, `dir/index.html` for `dir` and `dir/`, else 404.html. */
export const TRY_FILES = 'try_files $uri $uri/index.html =404;'

function locationLine(p: Pattern): string {
  if (p.kind === 'all') return 'location /'
  // ^~: a matching prefix wins over any regex location someone may add later.
  return p.kind === 'prefix' ? `location ^~ ${p.prefix}` : `location = ${p.path}`
}

/** The generated nginx file: server-level headers, then one location per distinct `_headers` pattern. */
export function nginxLocations(text: string, source = 'public/_headers'): string {
  const rules = parseHeaders(text)
  const paths = [...new Set(rules.map((r) => r.path))]
  if (!paths.includes('/*')) throw new Error('_headers: no /* rule, so some responses would carry no header at all')
  paths.sort((a, b) => (a === '/*' ? -1 : b === '/*' ? 1 : 0))
  const addHeaders = (headers: Array<[string, string]>, indent: string) =>
    headers.map(([n, v]) => `${indent}add_header ${n} ${quote(n, v)} always;`).join('\n')
  const blocks = paths.map((path) => {
    const p = pattern(path)
    // Every rule whose pattern covers this location's, in file order (nginx picks the most specific location).
    const headers = resolveHeaders(rules.filter((r) => covers(pattern(r.path), p)))
    return `# ${path}\n${locationLine(p)} {\n${addHeaders(headers, '    ')}\n    ${TRY_FILES}\n}`
  })
  const all = resolveHeaders(rules.filter((r) => r.path === '/*'))
  return [
    `# Generated from ${source} by scripts/nginx-headers.ts: do not edit; change ${source} and run`,
    '# `npx tsx scripts/nginx-headers.ts`. Included in a server { } block by site.conf.',
    '# Each location repeats every header that applies to it: nginx drops the server\'s add_header lines in a',
    '# location that has add_header lines of its own. `always` also puts them on the 404 page and other errors.',
    '',
    '# Answers nginx gives before it picks a location (a malformed request, say).',
    addHeaders(all, ''),
    '',
    blocks.join('\n\n'),
    '',
  ].join('\n')
}

const root = resolve(import.meta.dirname, '..')
export const HEADERS_FILE = resolve(root, 'public/_headers')
export const LOCATIONS_FILE = resolve(root, 'deploy/nginx/pameran/locations.conf')

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } })
  const wanted = nginxLocations(readFileSync(HEADERS_FILE, 'utf8'))
  if (values.check) {
    let current = ''
    try {
      current = readFileSync(LOCATIONS_FILE, 'utf8')
    } catch {
      // missing: reported below
    }
    if (current !== wanted) {
      console.error('deploy/nginx/pameran/locations.conf is not what public/_headers gives: run `npx tsx scripts/nginx-headers.ts`')
      process.exit(1)
    }
    console.log('deploy/nginx/pameran/locations.conf matches public/_headers')
  } else {
    writeFileSync(LOCATIONS_FILE, wanted)
    console.log('wrote deploy/nginx/pameran/locations.conf')
  }
}
