/**
 * The strict Content-Security-Policy (docs/contract.md, "Bad input"). The static server applies dist/_headers, so
 * every browser test runs under the policy (and fixtures.ts fails a test on the console error Chromium
 * logs for a violation). Here: the policy as served, a `securitypolicyviolation` listener across in-app
 * navigations (a11y.spec.ts listens on every page state, on the load it checks with axe), and the built
 * HTML checked for anything the policy would block.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { test, expect, appReady, listenForViolations, violations } from './fixtures'
import { PAGE_STATES, BROWSER_LANGUAGE, pathIn } from './page-states'
import { metaPolicy, readPolicy } from '../../build/head.ts'

const root = resolve(import.meta.dirname, '../..')
const dist = resolve(root, 'dist')
const POLICY = readPolicy(root)

test('the policy is strict and served with every page, as a header and a meta tag', async ({ request }) => {
  const directives = new Map(POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v.join(' ')]))
  expect(Object.fromEntries(directives)).toMatchObject({
    'default-src': '\'self\'',
    'script-src': '\'self\'',
    'style-src': '\'self\'',
    'object-src': '\'none\'',
    'base-uri': '\'none\'',
    'frame-ancestors': '\'none\'',
  })
  expect(POLICY).not.toMatch(/unsafe-|\*|https?:|nonce-|sha\d+-/)
  const meta = `<meta http-equiv="Content-Security-Policy" content="${metaPolicy(POLICY)}">`
  expect(meta).not.toContain('frame-ancestors')
  for (const state of PAGE_STATES) {
    const path = pathIn(state, 'en')
    const response = await request.get(path)
    expect(response.status(), path).toBe(state.status)
    expect(response.headers()['content-security-policy'], path).toBe(POLICY)
    expect(await response.text(), path).toContain(meta)
  }
})

test.describe('the control', () => {
  // The violations provoked here are also logged by Chromium as console errors; that is expected.
  test.use({ allowConsoleErrors: [/Content Security Policy/] })

  test('the listener sees what the policy blocks: an inline <style> and an inline <script>', async ({ page }) => {
    await listenForViolations(page)
    await page.goto('/en/about')
    await appReady(page)
    const ran = await page.evaluate(async () => {
      const style = document.createElement('style')
      style.textContent = 'body { color: red }'
      document.head.append(style)
      const script = document.createElement('script')
      script.textContent = 'window.inlineRan = true'
      document.head.append(script)
      await new Promise((done) => setTimeout(done, 50))
      return (window as { inlineRan?: boolean }).inlineRan ?? false
    })
    expect(ran).toBe(false)
    // The header and the meta tag are two policies, so one attempt may be reported twice.
    await expect.poll(async () => [...new Set(await violations(page))].map((v) => v.split(' at ')[0]).sort()).toEqual([
      'script-src-elem blocked inline',
      'style-src-elem blocked inline',
    ])
  })
})

// Every page state of page-states.ts is opened under the listener by a11y.spec.ts, which checks it for
// violations too (one load per state for both checks). This walk adds what only in-app navigation does:
// lazy chunks, data and the other language's strings, loaded as the visitor moves. One language is
// enough: the chunks are the same scripts, and the walk ends in the other language.
test.describe('no violation', () => {
  test.use({ locale: BROWSER_LANGUAGE.id })

  test('across in-app navigations (lazy chunks, data, the language switch)', async ({ page }) => {
    const l = 'id'
    await listenForViolations(page)
    await page.goto(`/${l}/`)
    await appReady(page)
    for (const [link, url] of [
      [page.locator(`header nav a[href="/${l}/booths"]`), `/${l}/booths`],
      [page.locator(`main a[href^="/${l}/booths/"]`).first(), `/${l}/booths/[a-z0-9-]+$`],
      [page.locator(`header nav a[href="/${l}/pillars"]`), `/${l}/pillars$`],
      [page.locator(`main a[href^="/${l}/pillars/"]`).first(), `/${l}/pillars/`],
      [page.locator(`footer a[href="/${l}/about"]`), `/${l}/about`],
      [page.locator('header a[hreflang]'), '/en/about'],
      [page.locator('header nav a[href="/en/booths"]'), '/en/booths'],
    ] as const) {
      await link.click()
      await expect(page).toHaveURL(new RegExp(url))
      await expect(page.locator('h1')).toHaveCount(1)
    }
    expect(await violations(page)).toEqual([])
  })
})

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  )
}

test('the built HTML has nothing the policy would block', () => {
  const files = htmlFiles(dist)
  expect(files.length).toBeGreaterThan(100)
  const problems: string[] = []
  for (const file of files) {
    const html = readFileSync(file, 'utf8')
    const name = relative(dist, file)
    const tags = html.match(/<[a-z][^>]*>/gi) ?? []
    for (const tag of tags) {
      if (/\sstyle\s*=/i.test(tag)) problems.push(`${name}: style attribute in ${tag.slice(0, 80)}`)
      if (/\son[a-z]+\s*=/i.test(tag)) problems.push(`${name}: event handler attribute in ${tag.slice(0, 80)}`)
      if (/\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(tag)) problems.push(`${name}: javascript: URL in ${tag.slice(0, 80)}`)
      if (/^<script\b/i.test(tag) && !/\ssrc=/i.test(tag)) problems.push(`${name}: inline script ${tag}`)
      if (/^<style\b/i.test(tag)) problems.push(`${name}: inline <style>`)
      if (/^<(?:link|script|img|iframe|object|embed)\b/i.test(tag) && /\s(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i.test(tag) && !/rel="(?:canonical|alternate)"/.test(tag))
        problems.push(`${name}: resource from another origin in ${tag.slice(0, 100)}`)
    }
    // vite-ssg writes the initial state as an inline script; the app keeps the state empty so it never does.
    if (html.includes('__INITIAL_STATE__')) problems.push(`${name}: inline initial state`)
  }
  expect(problems.slice(0, 20), `${problems.length} problems in ${files.length} files`).toEqual([])
})

test('the built JavaScript never evaluates strings (no eval, no new Function)', () => {
  const assets = resolve(dist, 'assets')
  const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'))
  expect(scripts.length).toBeGreaterThan(10)
  const offenders = scripts.filter((f) => /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/.test(readFileSync(join(assets, f), 'utf8')))
  expect(offenders).toEqual([])
})
