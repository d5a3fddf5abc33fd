/**
 * Fuzzed addresses (docs/contract.md, "Bad input"): every address renders exactly one non-empty
 * `<h1>`, throws nothing uncaught, logs no error, runs no injected script and pollutes no prototype.
 * One page is reused for a share of the cases, so the whole list runs in well under a minute.
 */
import { createHash } from 'node:crypto'
import type { Page } from '@playwright/test'
import { test, expect, appReady } from './fixtures'
import { FUZZ_SEED, HAND_WRITTEN, generatedAddresses } from './fuzz-cases'

// 100 generated addresses beside the hand-written ones: each costs a full page load (about half a
// second); the query parser's own properties run thousands of cases in tests/unit/directory.test.ts.
const GENERATED = generatedAddresses(100)
const CASES = [...HAND_WRITTEN, ...GENERATED]
const SHARES = 4

declare global {
  interface Window { prototypeBaseline?: Record<string, string[]>; __xss?: unknown }
}

/** Own property names of the built-in prototypes, as the document starts and as it is now. */
function prototypeNames(): Record<string, string[]> {
  const protos = { Object: Object.prototype, Array: Array.prototype, String: String.prototype, Function: Function.prototype, Number: Number.prototype }
  return Object.fromEntries(Object.entries(protos).map(([name, proto]) => [name, Object.getOwnPropertyNames(proto).sort()]))
}

async function inspect(page: Page) {
  return page.evaluate(() => {
    const protos = { Object: Object.prototype, Array: Array.prototype, String: String.prototype, Function: Function.prototype, Number: Number.prototype }
    const now = Object.fromEntries(Object.entries(protos).map(([name, proto]) => [name, Object.getOwnPropertyNames(proto).sort()]))
    const probe = {} as Record<string, unknown>
    return {
      h1: [...document.querySelectorAll('h1')].map((h) => h.textContent?.trim() ?? ''),
      added: Object.entries(now).flatMap(([name, names]) => names.filter((n) => !window.prototypeBaseline?.[name]?.includes(n)).map((n) => `${name}.prototype.${n}`)),
      polluted: ['polluted', 'x', '0'].filter((k) => probe[k] !== undefined || ([] as unknown as Record<string, unknown>)[k] !== undefined),
      xss: window.__xss !== undefined,
      // Markup a hostile address would smuggle in, even if it never ran (the page itself has none of it).
      injected: [...document.querySelectorAll('img[src="x"], [onerror], [onload], main script, main iframe, a[href^="javascript:" i]')].map((el) => el.outerHTML.slice(0, 80)),
      lang: document.documentElement.lang,
    }
  })
}

test.describe('fuzzed addresses', () => {
  test.describe.configure({ timeout: 120_000 })

  for (let share = 0; share < SHARES; share++) {
    const cases = CASES.filter((_, i) => i % SHARES === share)
    test(`share ${share + 1} of ${SHARES}: ${cases.length} addresses`, async ({ page }) => {
      await page.addInitScript(`window.prototypeBaseline = (${prototypeNames.toString()})()`)
      let current = ''
      const thrown: string[] = []
      page.on('pageerror', (e) => thrown.push(`${current}: ${e.message}`))
      const failures: string[] = []
      for (const address of cases) {
        current = address.length > 120 ? `${address.slice(0, 120)}… (${address.length} chars)` : address
        let response
        try {
          response = await page.goto(address, { waitUntil: 'commit' })
        } catch (error) {
          failures.push(`${current}: ${(error as Error).message.split(' at ')[0]}`)
          continue
        }
        const status = response?.status() ?? 200 // a same-document (fragment) navigation has no response
        if (status !== 200 && status !== 404) failures.push(`${current}: HTTP ${status}`)
        try {
          // Bounded, so one hung address is reported by name and the rest of the share still runs.
          await appReady(page, { timeout: 10_000 })
        } catch {
          failures.push(`${current}: the app was not ready within 10 s`)
          continue
        }
        const r = await inspect(page)
        if (r.h1.length !== 1 || !r.h1[0]) failures.push(`${current}: h1 ${JSON.stringify(r.h1)}`)
        if (r.added.length || r.polluted.length) failures.push(`${current}: polluted ${[...r.added, ...r.polluted].join(', ')}`)
        if (r.xss) failures.push(`${current}: an injected script ran`)
        if (r.injected.length) failures.push(`${current}: injected markup ${r.injected.join(' ')}`)
        if (r.lang !== 'id' && r.lang !== 'en') failures.push(`${current}: <html lang="${r.lang}">`)
      }
      const generated = cases.filter((c) => GENERATED.includes(c)).length
      console.log(`fuzz share ${share + 1}/${SHARES}: ${cases.length} addresses opened (${cases.length - generated} hand-written, ${generated} generated with seed ${FUZZ_SEED}), ${failures.length + thrown.length} problems`)
      test.info().annotations.push({ type: 'fuzz cases', description: String(cases.length) })
      expect([...failures, ...thrown]).toEqual([])
    })
  }
})

/**
 * SHA-256 of the 100 generated addresses joined by newlines, recorded once (the first 100 of the 200
 * that earlier runs opened). It changes only when the generator (fuzz-cases.ts), the seed or
 * fast-check's sampling changes: then look at the new list and record its hash here, so a run can
 * always be replayed from the seed.
 */
const GENERATED_SHA256 = '759ff0275773611ba9f244b921bc1ef1a2bd65e015f2fa3f133a1bb60c65d0b3'

test('the fuzz list is big enough and fixed', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(150)
  expect(new Set(GENERATED).size).toBe(100)
  expect(createHash('sha256').update(GENERATED.join('\n')).digest('hex')).toBe(GENERATED_SHA256)
})
