/**
 * The ways in for a visitor who knows no region's name: the map, the timeline and the lobby's charts,
 * on the built site. Expected counts come from the content (./content.ts) and the map's table of
 * provinces drawn inside another (build/map/provinces.ts), never from the pages under test.
 */
import type { Page } from '@playwright/test'
import { test, expect, appReady } from './fixtures'
import { content, cohortSize } from './content'
import { SHARED_SHAPES } from '../../build/map/provinces.ts'
import { PROGRAMME } from '../../src/content/programme-size.ts'
import { shadeOf } from '../../src/domain/map.ts'

/** The province whose drawn shape stands for this one (itself, unless it was formed later). */
const hostOf = (code: string) => SHARED_SHAPES.find((s) => s.code === code)?.sharedShapeOf ?? code

async function boothsByProvince(): Promise<Map<string, { name: string; slug: string; booths: string[] }>> {
  const out = new Map<string, { name: string; slug: string; booths: string[] }>()
  for (const b of (await content()).booths) {
    const p = out.get(b.province.code) ?? { name: b.province.name, slug: b.province.slug, booths: [] }
    p.booths.push(b.name)
    out.set(b.province.code, p)
  }
  return out
}

const mapLinks = (page: Page) => page.locator('svg.map-canvas a')

test('the map\'s province links are in the HTML, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/id/map')
  const provinces = await boothsByProvince()
  const hosts = new Set([...provinces.keys()].map(hostOf))
  await expect(mapLinks(page)).toHaveCount(hosts.size)
  const east = provinces.get('35')!
  const link = page.getByRole('link', { name: new RegExp(`^${east.name}: ${east.booths.length} stan`) })
  await expect(link).toHaveAttribute('href', `/id/booths?province=${east.slug}`)
  // Papua's shape stands for the provinces formed from it in 2022: its link asks for all of them that have booths.
  const papua = [...provinces].filter(([code]) => hostOf(code) === '91').map(([, p]) => p.slug).sort()
  await expect(page.locator('svg.map-canvas a[data-code="91"]')).toHaveAttribute('href', `/id/booths?province=${papua.join(',')}`)
  await context.close()
})

test('following a province gives the directory of that province, with its count', async ({ page }) => {
  const east = (await boothsByProvince()).get('35')!
  await page.goto('/en/map')
  await appReady(page)
  await page.locator('svg.map-canvas a[data-code="35"]').focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/en/booths\\?province=${east.slug}$`))
  await expect(page.getByRole('status')).toHaveText(`${east.booths.length} booths`)
})

test('keyboard focus moves through the provinces with a visible ring, and lists each one\'s booths', async ({ page }) => {
  const provinces = await boothsByProvince()
  await page.goto('/en/map')
  await appReady(page)
  // From the last island-group entrance, Tab enters the map.
  await page.locator('.island-links a').last().focus()
  const seen: string[] = []
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab')
    const code = await page.evaluate(() => document.activeElement?.closest('svg.map-canvas a')?.getAttribute('data-code') ?? null)
    expect(code, `Tab #${i + 1} is on a province`).not.toBeNull()
    seen.push(code!)
    // The ring is drawn over the focused shape, in the focus colour.
    const d = await page.locator(`svg.map-canvas a[data-code="${code}"] path`).getAttribute('d')
    await expect(page.locator('.map-canvas__ring path')).toHaveAttribute('d', d!)
    const ring = await page.locator('.map-canvas__ring').evaluate((g) => ({ stroke: getComputedStyle(g).stroke, width: parseFloat(getComputedStyle(g).strokeWidth) }))
    const focusColour = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--focus').trim())
    expect(ring.width).toBeGreaterThan(0)
    expect(ring.stroke).toBe(await page.evaluate((c) => {
      const probe = document.createElement('span')
      probe.style.color = c
      document.body.append(probe)
      const rgb = getComputedStyle(probe).color
      probe.remove()
      return rgb
    }, focusColour))
    // Beside the map, the province's booths, every one a link.
    const names = [...provinces].filter(([c]) => hostOf(c) === code).flatMap(([, p]) => p.booths)
    const panel = page.locator('.map-panel')
    await expect(panel.locator('.map-panel__booths a')).toHaveCount(names.length)
    await expect(panel.getByRole('link', { name: names[0]!, exact: true })).toHaveAttribute('href', /^\/en\/booths\/[a-z0-9-]+$/)
  }
  expect(new Set(seen).size).toBe(3)
})

test('the table alternative gives the numbers the map is shaded by', async ({ page }) => {
  const provinces = await boothsByProvince()
  await page.goto('/en/map')
  await appReady(page)
  // The table: each province's booths, as the content has them.
  const table = new Map(await page.locator('.map-table tbody tr[data-code]').evaluateAll((rows) =>
    rows.map((r) => [r.getAttribute('data-code')!, Number(r.querySelector('td')?.textContent)] as const)))
  expect(table.size).toBe(38)
  for (const [code, n] of table) expect(n, code).toBe(provinces.get(code)?.booths.length ?? 0)
  // The map: each shape's booths and shade are the sum of the table's rows it stands for.
  const shapes = await page.locator('svg.map-canvas [data-code]').evaluateAll((els) =>
    els.map((e) => ({ code: e.getAttribute('data-code')!, booths: e.getAttribute('data-booths'), classes: e.getAttribute('class') ?? '' })))
  expect(shapes.length).toBeGreaterThan(30)
  for (const shape of shapes) {
    const sum = [...table].filter(([c]) => hostOf(c) === shape.code).reduce((n, [, v]) => n + v, 0)
    expect(shape.booths, shape.code).toBe(String(sum))
    expect(shape.classes.split(' '), shape.code).toContain(`map-canvas__shape--${shadeOf(sum)}`)
  }
})

test('the timeline links every cohort to its booths in the directory', async ({ page }) => {
  await page.goto('/en/timeline')
  await appReady(page)
  const years = [...new Set((await content()).booths.flatMap((b) => b.cohorts.map((c) => c.year)))].sort()
  expect(years).toEqual(PROGRAMME.cohorts.map((c) => c.year))
  for (const year of years) {
    const n = await cohortSize(year)
    await expect(page.getByRole('link', { name: `See the ${n} booths of the ${year} cohort` })).toHaveAttribute('href', `/en/booths?year=${year}`)
  }
  // Every fact, note and milestone names its sources.
  for (const sources of await page.locator('.timeline-sources').all()) expect(await sources.locator('a').count()).toBeGreaterThan(0)
  await page.getByRole('link', { name: /of the 2019 cohort$/ }).click()
  await expect(page.getByRole('status')).toHaveText(`${await cohortSize(2019)} booths`)
})

test('the lobby says how many participants have booths, and its charts lead into the directory', async ({ page }) => {
  const { booths } = await content()
  await page.goto('/en/')
  await appReady(page)
  await expect(page.locator('.coverage-note')).toContainText(`${booths.length} of the programme's ${PROGRAMME.participants} participants`)
  for (const c of PROGRAMME.cohorts) {
    await expect(page.locator(`.cohort-chart a[href="/en/booths?year=${c.year}"]`)).toContainText(`${await cohortSize(c.year)} booths`)
  }
  // A cell: the exhibits in one pillar of one cohort, linking to the booths that have them.
  const of2017 = booths.filter((b) => b.cohorts.some((c) => c.year === 2017))
  const governance = of2017.reduce((n, b) => n + b.exhibits.filter((e) => e.pillar === 'governance').length, 0)
  const cell = page.locator('.pillar-chart a[href="/en/booths?pillar=governance&year=2017"]')
  await expect(cell).toHaveAccessibleName(`${governance} exhibits in Governance, 2017 cohort: show the booths`)
  await cell.click()
  await expect(page.getByRole('status')).toHaveText(`${of2017.filter((b) => b.exhibits.some((e) => e.pillar === 'governance')).length} booths`)
  // The way in by map: the build's picture of the island groups loads.
  await page.goBack()
  const picture = page.locator('.ways-in__map img')
  await picture.scrollIntoViewIfNeeded()
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0)
})
