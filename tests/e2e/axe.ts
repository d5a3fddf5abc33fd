/**
 * axe-core, run inside the page. @axe-core/playwright's AxeBuilder runs axe in every frame and then
 * finishes the run in a new blank page, which cost about 0.7 s per call before any rule ran (measured:
 * a one-rule AxeBuilder run took 680 ms; injecting axe-core takes 100 ms, and the whole WCAG set on the
 * directory ran in 0.85 s here against 2.4 s through AxeBuilder). The site's pages have no frames
 * (checked on every run), so one run over the document is the whole check; axe is injected once per
 * document and reused for the dark run on the same page.
 */
import axe from 'axe-core'
import type { Page } from '@playwright/test'

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export interface AxeRun {
  /** Rules by tag (default: WCAG 2.2 A and AA), or exactly these rules. */
  rules?: readonly string[]
  /** Selectors axe skips. */
  exclude?: readonly string[]
}

interface Found {
  violations: Array<{ id: string; impact?: string | null; nodes: Array<{ target: unknown[]; failureSummary?: string }> }>
  applied: number
}

/** One line per violation and element, so a failure reads as a to-do list; and how many rules applied. */
export async function runAxe(page: Page, { rules, exclude = [] }: AxeRun = {}): Promise<{ violations: string[]; applied: number }> {
  const frames = page.frames().length
  if (frames !== 1) throw new Error(`runAxe checks a page without frames; this one has ${frames - 1}: it would need to run axe in each of them`)
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source)
  const found = await page.evaluate(
    async ({ rules, tags, exclude }): Promise<Found> => {
      const run = (window as unknown as { axe: typeof axe }).axe.run
      const result = await run(exclude.length ? { exclude: exclude.map((s) => [s]) } : document, {
        runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
        // Passes and the rest are only counted: fewer nodes to serialise.
        resultTypes: ['violations'],
      })
      return {
        violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })),
        applied: result.passes.length + result.violations.length,
      }
    },
    { rules: rules ? [...rules] : undefined, tags: WCAG_TAGS, exclude: [...exclude] },
  )
  return {
    applied: found.applied,
    violations: found.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`),
    ),
  }
}
