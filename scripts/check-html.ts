/**
 * `npm run check:html`: every prerendered page through the W3C Nu HTML Checker (vnu-jar; needs
 * Java), in one JVM run. Fails on any error; warnings are counted and listed but do not fail.
 *
 *   tsx scripts/check-html.ts [--dir dist] [--verbose]
 */
import { spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'

export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error'
  subType?: 'warning' | 'fatal' | 'io' | 'schema' | 'internal'
  url?: string
  message: string
  extract?: string
  lastLine?: number
  firstColumn?: number
}

/** Every .html file under `dir` (not the precompressed copies). */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort()
}

/** Runs vnu once over the files and returns its messages. */
export function runVnu(files: string[]): Promise<VnuMessage[]> {
  // The package exports the jar's path (as a String object).
  const jar = String(createRequire(import.meta.url)('vnu-jar'))
  return new Promise((done, fail) => {
    // vnu writes its report to stderr.
    const child = spawn('java', ['-Xss4m', '-jar', jar, '--format', 'json', ...files], { stdio: ['ignore', 'ignore', 'pipe'] })
    let out = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
    child.on('error', (error) => fail(new Error(`could not start java (is a JRE installed?): ${error.message}`)))
    child.on('close', () => {
      try {
        done((JSON.parse(out) as { messages: VnuMessage[] }).messages)
      } catch {
        fail(new Error(`vnu printed no JSON report:\n${out.slice(0, 2000)}`))
      }
    })
  })
}

async function main() {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, verbose: { type: 'boolean', default: false } } })
  const dir = resolve(values.dir)
  const files = htmlFiles(dir)
  if (!files.length) throw new Error(`No HTML files in ${dir}: build first`)
  const start = performance.now()
  const messages = await runVnu(files)
  const where = (m: VnuMessage) => `${m.url ? relative(dir, m.url.replace(/^file:/, '')) : '?'}${m.lastLine ? `:${m.lastLine}:${m.firstColumn ?? 0}` : ''}`
  const errors = messages.filter((m) => m.type !== 'info')
  // vnu checks files from disk, so the CSP meta tag's 'self' matches nothing: every script, stylesheet
  // and image "violates" it. The browser tests check the policy where it means something (csp.spec.ts).
  const cspFromDisk = (m: VnuMessage) => /^Resource violates Content Security Policy \(meta tag\)/.test(m.message)
  const skipped = messages.filter((m) => m.type === 'info' && m.subType === 'warning' && cspFromDisk(m)).length
  const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning' && !cspFromDisk(m))
  const show = (list: VnuMessage[], limit: number) => {
    for (const m of list.slice(0, limit)) console.log(`  ${where(m)}  ${m.message}${m.extract ? `\n      ${m.extract.replace(/\s+/g, ' ').trim()}` : ''}`)
    if (list.length > limit) console.log(`  … and ${list.length - limit} more`)
  }
  if (errors.length) {
    console.log('errors:')
    show(errors, values.verbose ? Infinity : 40)
  }
  if (warnings.length) {
    console.log('warnings:')
    show(warnings, values.verbose ? Infinity : 10)
  }
  const pagesWithErrors = new Set(errors.map((m) => m.url)).size
  console.log(`vnu: ${files.length} pages checked in ${((performance.now() - start) / 1000).toFixed(1)} s — ${errors.length} errors (on ${pagesWithErrors} pages), ${warnings.length} warnings (${skipped} CSP-from-disk warnings not counted)`)
  if (errors.length) process.exit(1)
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
