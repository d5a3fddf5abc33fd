/**
 * The hall directory on the built site: filters and search live in the URL, Back and
 * Forward restore them, links reproduce them, the language switch keeps them, and the facets work
 * by keyboard alone, on a phone too; a filtered link never shows the unfiltered list, even while
 * scripts load; the search forgives typos. Expected counts come from the content, filtered plainly here.
 */
import { resolve } from 'node:path'
import { cohortSize } from './content'
import { test, expect, appReady } from './fixtures'
import type { Page } from '@playwright/test'
import { runAxe } from './axe'
import { loadAreaTables } from '../../build/content/areas.ts'
import { loadExhibition } from '../../build/content/load.ts'
import type { BoothEntry } from '../../src/domain/model.ts'

const root = resolve(import.meta.dirname, '../..')
let index: BoothEntry[]

test.beforeAll(async () => {
  const { exhibition } = await loadExhibition({ dir: resolve(root, 'src/content/regions'), areas: await loadAreaTables(), root })
  index = exhibition!.index
})

const count = (filter: (b: BoothEntry) => boolean) => index.filter(filter).length
const booths = (n: number) => (n === 1 ? '1 booth' : `${n} booths`)
const status = (page: Page) => page.getByRole('status')
const facet = (page: Page, name: string | RegExp) => page.getByRole('checkbox', { name: typeof name === 'string' ? new RegExp(`^${name} \\(`) : name })
const search = (url: string) => new URL(url).search
/** Whether a booth's name, province or an exhibit title has a word beginning with `prefix` (plain letters). */
const hasWordStarting = (b: BoothEntry, prefix: string) =>
  new RegExp(`(^|[^a-z0-9])${prefix}`).test(
    [b.name, b.province.name, ...b.exhibits.flatMap((e) => [e.title.id ?? '', e.title.en ?? ''])].join(' ').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(),
  )

test('choosing filters writes the URL in a fixed order and changes the count', async ({ page }) => {
  await page.goto('/en/booths')
  await appReady(page)
  await expect(status(page)).toHaveText(`${index.length} booths`)

  await facet(page, 'Sumatra').check()
  await expect(page).toHaveURL(/\/en\/booths\?region=sumatera$/)
  const sumatra = count((b) => b.island === 'sumatera')
  await expect(status(page)).toHaveText(`${sumatra} booths`)

  await facet(page, '2017').check()
  await expect(page).toHaveURL(/\/en\/booths\?year=2017&region=sumatera$/)
  const both = count((b) => b.island === 'sumatera' && b.years.includes(2017))
  await expect(status(page)).toHaveText(both === 1 ? '1 booth' : `${both} booths`)
  // One page of 24 cards, or all of them when a few more would be left for a second page.
  await expect(page.locator('main article')).toHaveCount(both <= 30 ? both : 24)

  // Each value's count is what choosing it would give with the other filters kept.
  const java2017 = count((b) => b.island === 'jawa' && b.years.includes(2017))
  await expect(facet(page, 'Java')).toHaveAccessibleName(`Java (${java2017} booths)`)
  const chip = page.getByRole('button', { name: 'Remove filter: Sumatra' })
  await expect(chip).toBeVisible()
  await chip.click()
  await expect(page).toHaveURL(/\/en\/booths\?year=2017$/)
  await expect(status(page)).toHaveText(`${await cohortSize(2017)} booths`)
})

test('Back and Forward restore the filters, the count and the scroll position', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  // Scrolls happen at once (no smooth scrolling), so a frame or two shows where a scroll would land.
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto('/en/booths')
  await appReady(page)
  await facet(page, 'City \\(kota\\)').check()
  await expect(page).toHaveURL(/\?type=kota$/)
  const kota = count((b) => b.type === 'kota')
  await expect(status(page)).toHaveText(`${kota} booths`)
  await page.evaluate(() => window.scrollTo(0, 900))
  await page.waitForFunction(() => Math.abs(window.scrollY - 900) < 2)

  // A filter chosen down the page (by keyboard: a click would first scroll the facet into view) keeps the page where it is.
  await facet(page, 'Smart Economy').evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }))
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/\?pillar=economy&type=kota$/)
  const kotaEconomy = count((b) => b.type === 'kota' && b.pillars.includes('economy'))
  await expect(status(page)).toHaveText(kotaEconomy === 1 ? '1 booth' : `${kotaEconomy} booths`)
  // The router's scroll runs after the navigation: let two frames pass, then the page is where it was
  // (or at its new bottom, when fewer results made it shorter than that).
  const after = await page.evaluate(
    () => new Promise<{ y: number; bottom: number }>((done) =>
      requestAnimationFrame(() => requestAnimationFrame(() => done({ y: scrollY, bottom: document.documentElement.scrollHeight - innerHeight })))),
  )
  expect(Math.abs(after.y - Math.min(900, after.bottom)), `scrolled to ${after.y} (bottom ${after.bottom})`).toBeLessThan(2)
  await page.evaluate(() => window.scrollTo(0, 0))

  await page.goBack()
  await expect(page).toHaveURL(/\?type=kota$/)
  await expect(status(page)).toHaveText(`${kota} booths`)
  await expect(facet(page, 'Smart Economy')).not.toBeChecked()
  await expect(facet(page, 'City \\(kota\\)')).toBeChecked()
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(850)

  await page.goForward()
  await expect(page).toHaveURL(/\?pillar=economy&type=kota$/)
  await expect(facet(page, 'Smart Economy')).toBeChecked()
  await expect(status(page)).toHaveText(kotaEconomy === 1 ? '1 booth' : `${kotaEconomy} booths`)
})

test('at most 60 cards at once: "show more" up to 60, then the next booths, and back', async ({ page }) => {
  await page.goto('/en/booths')
  await appReady(page)
  await page.getByRole('button', { name: 'Show 24 more' }).click()
  await page.getByRole('button', { name: 'Show 12 more' }).click()
  await expect(page.locator('main article')).toHaveCount(60)
  await page.getByRole('button', { name: 'Next booths (61–84)' }).click()
  await expect(page.locator('main article')).toHaveCount(24)
  await expect(page.getByText('Booths 61–84 of')).toHaveCount(2)
  await expect(page.locator('main article').first().getByRole('link')).toBeFocused()
  await page.getByRole('button', { name: 'Previous booths (1–60)' }).click()
  await expect(page.locator('main article')).toHaveCount(60)
  await expect(page.locator('main article').first().getByRole('link')).toBeFocused()
})

test('"show more" adds a page, moves focus to it, and comes back with Back from a booth', async ({ page }) => {
  await page.goto('/en/booths')
  await appReady(page)
  await expect(page.locator('main article')).toHaveCount(24)
  await page.getByRole('button', { name: 'Show 24 more' }).click()
  await expect(page.locator('main article')).toHaveCount(48)
  await expect(page.locator('main article').nth(24).getByRole('link')).toBeFocused()

  const card = page.locator('main article').nth(40).getByRole('link')
  const name = await card.textContent()
  await card.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name!)
  await page.goBack()
  await expect(page).toHaveURL(/\/en\/booths$/)
  await expect(page.locator('main article')).toHaveCount(48)
  await expect(page.getByRole('link', { name: name!, exact: true })).toBeInViewport()
})

test('a filtered link opened afresh shows the same booths, and odd queries are cleaned', async ({ page, browser }) => {
  await page.goto('/en/booths?pillar=living,economy:welfare&sort=year&type=kabupaten')
  await appReady(page)
  // Canonical order: pillar values in pillar order, then the other keys in the contract's order.
  await expect(page).toHaveURL(/\?pillar=economy:welfare,living&type=kabupaten&sort=year$/)
  const expected = count((b) => b.type === 'kabupaten' && b.exhibits.some((e) => e.pillar === 'living' || (e.pillar === 'economy' && e.subElement === 'welfare')))
  await expect(status(page)).toHaveText(expected === 1 ? '1 booth' : `${expected} booths`)
  const names = await page.locator('main article h3').allTextContents()

  const fresh = await browser.newPage()
  await fresh.goto(page.url())
  await appReady(fresh)
  await expect(status(fresh)).toHaveText(expected === 1 ? '1 booth' : `${expected} booths`)
  await expect(fresh.locator('main article h3')).toHaveText(names)
  await fresh.close()

  await page.goto('/en/booths?utm_source=x&year=1999,2017&region=atlantis&q=%20%20&pillar[]=economy')
  await expect(page).toHaveURL(/\/en\/booths\?year=2017$/)
  await expect(status(page)).toHaveText(`${await cohortSize(2017)} booths`)
})

test('switching the language keeps the filters', async ({ page }) => {
  await page.goto('/en/booths?pillar=economy&type=kota')
  await appReady(page)
  const n = count((b) => b.type === 'kota' && b.pillars.includes('economy'))
  await expect(status(page)).toHaveText(n === 1 ? '1 booth' : `${n} booths`)
  await page.getByRole('link', { name: 'Bahasa Indonesia' }).click()
  await expect(page).toHaveURL(/\/id\/booths\?pillar=economy&type=kota$/)
  await expect(status(page)).toHaveText(`${n} stan`)
  await expect(facet(page, 'Kota')).toBeChecked()
  await expect(facet(page, 'Smart Economy')).toBeChecked()
  await expect(page.getByRole('button', { name: 'Hapus filter: Kota' })).toBeVisible()
})

test('search folds case and accents, matches prefixes, and replaces the history entry', async ({ page }) => {
  await page.goto('/en/booths?type=kota')
  await appReady(page)
  const before = await page.evaluate(() => history.length)
  const box = page.getByRole('searchbox', { name: 'Search the booths' })
  await box.pressSequentially('SURÂ')
  await expect(page).toHaveURL(/\?type=kota&q=SUR%C3%82$/)
  await expect(page.getByRole('link', { name: 'Kota Surabaya' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Kota Surakarta' })).toBeVisible()
  await expect(status(page)).toHaveText(`${count((b) => b.type === 'kota' && hasWordStarting(b, 'sura'))} booths`)
  expect(await page.evaluate(() => history.length)).toBe(before)

  // A search that matches nothing offers to drop the filter that brings most booths back.
  await box.fill('zzzq')
  await box.press('Enter')
  await expect(page.getByRole('heading', { name: 'No booths match' })).toBeVisible()
  await expect(status(page)).toHaveText('0 booths')
  const kota = count((b) => b.type === 'kota')
  await page.getByRole('button', { name: `Clear the search “zzzq” (${kota} booths)` }).click()
  await expect(page).toHaveURL(/\?type=kota$/)
  await expect(status(page)).toHaveText(`${kota} booths`)
  await expect(box).toHaveValue('')
  await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused()
})

test('the facets work with the keyboard alone', async ({ page }) => {
  await page.goto('/en/booths')
  await appReady(page)
  const target = facet(page, 'Bali and Nusa Tenggara')
  for (let i = 0; i < 80 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(target).toBeFocused()
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/\?region=bali-nusa-tenggara$/)
  await expect(target).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/\?region=bali-nusa-tenggara,kalimantan$/)

  // Disabled values (none would match) are skipped; chips are removed by keyboard, focus staying on the chips.
  const chip = page.getByRole('button', { name: 'Remove filter: Bali and Nusa Tenggara' })
  await chip.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\?region=kalimantan$/)
  await expect(page.getByRole('button', { name: 'Remove filter: Kalimantan' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/en\/booths$/)
  await expect(page.getByRole('searchbox')).toBeFocused()

  // A skip link leads past the facets to the results.
  const skip = page.getByRole('link', { name: 'Skip to the results' })
  for (let i = 0; i < 10 && !(await skip.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  // Focus brings it on screen (unfocused it waits off to the left, where `toBeVisible` would still pass).
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused()
})

test('on a phone the facets open in a panel that keeps focus and closes with Escape', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/en/booths')
  await appReady(page)
  const opener = page.getByRole('button', { name: 'Filters' })
  await opener.focus()
  await page.keyboard.press('Enter')
  const panel = page.getByRole('dialog', { name: 'Filters' })
  await expect(panel).toBeVisible()
  await expect.poll(() => panel.evaluate((el) => el.contains(document.activeElement))).toBe(true)

  // Tab round the whole panel and further: focus never leaves it.
  for (let i = 0; i < 70; i++) {
    await page.keyboard.press('Tab')
    expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true)
  }
  await page.keyboard.press('Shift+Tab')
  expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true)

  await panel.getByRole('group', { name: 'Island group' }).getByRole('checkbox', { name: /^Papua \(/ }).focus()
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/\?region=papua$/)
  const papua = count((b) => b.island === 'papua')
  await expect(panel.getByRole('button', { name: papua === 1 ? 'Show 1 booth' : `Show ${papua} booths` })).toBeVisible()

  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeFocused()
  await expect(status(page)).toHaveText(papua === 1 ? '1 booth' : `${papua} booths`)
})

test('a pillar hall links into the directory filtered by its pillar', async ({ page }) => {
  await page.goto('/en/pillars/living')
  await appReady(page)
  await page.getByRole('link', { name: 'Filter these booths in the directory' }).click()
  await expect(page).toHaveURL(/\/en\/booths\?pillar=living$/)
  const n = count((b) => b.pillars.includes('living'))
  await expect(status(page)).toHaveText(n === 1 ? '1 booth' : `${n} booths`)
  await expect(facet(page, 'Smart Living')).toBeChecked()
  expect(search(page.url())).toBe('?pillar=living')
})

test('any query renders the directory and is cleaned, without an error', async ({ page }) => {
  const long = 'a'.repeat(10_000)
  // Each query with the query it must be cleaned to (contract, "Directory query": unknown keys and values
  // dropped, values once each, `q` cut to 64 characters), and the booths it then shows.
  const cases: Array<{ query: string; cleaned: Array<[string, string]>; booths?: number }> = [
    { query: `?q=${long}`, cleaned: [['q', 'a'.repeat(64)]], booths: count((b) => hasWordStarting(b, 'a'.repeat(64))) },
    { query: '?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&pillar[]=economy&__proto__[year]=2017', cleaned: [['q', '<script>alert(1)</script>']] },
    { query: '?year=%E0%A4%A&region=%&type=kota,kota,KOTA', cleaned: [['type', 'kota']], booths: count((b) => b.type === 'kota') },
    {
      query: '?constructor=x&pillar=economy:welfare:x,,,economy:welfare',
      cleaned: [['pillar', 'economy:welfare']],
      booths: count((b) => b.exhibits.some((e) => e.pillar === 'economy' && e.subElement === 'welfare')),
    },
  ]
  for (const { query, cleaned, booths } of cases) {
    const label = query.slice(0, 80)
    await page.goto(`/en/booths${query}`)
    await appReady(page)
    await expect(page.getByRole('heading', { level: 1 }), label).toHaveText('All booths')
    await expect.poll(() => [...new URL(page.url()).searchParams], label).toEqual(cleaned)
    if (booths !== undefined) await expect(status(page), label).toHaveText(booths === 1 ? '1 booth' : `${booths} booths`)
    else await expect(status(page), label).toHaveText(/^\d+ booths?$/)
    // Each address is a new document: check this one's prototypes, after the app has read its query.
    expect(
      await page.evaluate(() => {
        const probe = {} as Record<string, unknown>
        return { year: probe.year, pillar: probe.pillar, ownYear: Object.hasOwn(Object.prototype, 'year'), constructorIsObject: probe.constructor === Object }
      }),
      label,
    ).toEqual({ year: undefined, pillar: undefined, ownYear: false, constructorIsObject: true })
  }
})

// Filtered, folded open and on a phone with the panel open, the directory is checked by a11y.spec.ts
// (page-states.ts) in both languages and both colour schemes; the empty result only here.
test('the directory with no booth to show passes axe (WCAG 2.2 AA)', async ({ page }) => {
  await page.goto('/id/booths?q=zzzz')
  await appReady(page)
  await expect(page.getByRole('heading', { name: 'Tidak ada stan yang cocok' })).toBeVisible()
  const axe = await runAxe(page)
  expect(axe.applied).toBeGreaterThan(0)
  expect(axe.violations).toEqual([])
})

test('a filtered link shows neither the unfiltered count nor its list while scripts load, then the filtered ones', async ({ page }) => {
  // Hold back every script of the app (the tiny mark script in the head goes through).
  let release = () => {}
  const held = new Promise<void>((done) => (release = done))
  await page.route(/\/assets\/.+\.js$/, async (route) => {
    if (!/directory-mark/.test(route.request().url())) await held
    await route.continue()
  })
  await page.goto('/en/booths?year=2017&type=kota', { waitUntil: 'commit' })
  await expect(page.getByRole('heading', { level: 1, name: 'All booths' })).toBeVisible()
  // The prerendered count and cards are in the page, but not shown (nor read out).
  await expect(page.getByText(`${index.length} booths`)).toBeHidden()
  await expect(status(page)).toHaveCount(0)
  expect(await page.locator('main article').count()).toBeGreaterThan(0)
  expect(await page.locator('main article').evaluateAll((all) => all.filter((a) => a.checkVisibility({ visibilityProperty: true })).length)).toBe(0)
  await expect(page.getByText('Applying the filters of this link…')).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.dataset.appReady)).toBeUndefined()

  release()
  await appReady(page)
  const n = count((b) => b.type === 'kota' && b.years.includes(2017))
  await expect(status(page)).toHaveText(booths(n))
  await expect(page.locator('main article').first()).toBeVisible()
  await expect(page.getByText('Applying the filters of this link…')).toHaveCount(0)
})

test('"with exhibits" and "most exhibits first" write the URL and give the content\'s count and order', async ({ page }) => {
  await page.goto('/en/booths?year=2017')
  await appReady(page)
  const withExhibits = index.filter((b) => b.years.includes(2017) && b.exhibits.length > 0)
  await expect(facet(page, 'With exhibits')).toHaveAccessibleName(`With exhibits (${booths(withExhibits.length)})`)
  await facet(page, 'With exhibits').check()
  await expect(page).toHaveURL(/\/en\/booths\?year=2017&has=exhibits$/)
  await expect(status(page)).toHaveText(booths(withExhibits.length))
  // Only cards: the rows are for booths without exhibits.
  await expect(page.locator('main .booth-row')).toHaveCount(0)
  await page.getByLabel('Sort by').selectOption('exhibits')
  await expect(page).toHaveURL(/\/en\/booths\?year=2017&has=exhibits&sort=exhibits$/)
  const most = withExhibits.map((b) => b.exhibits.length).sort((a, b) => b - a)
  await expect(page.locator('main article .booth-card__count')).toHaveText(most.map((n) => (n === 1 ? '1 exhibit' : `${n} exhibits`)))
})

test('on a phone the panel opens on cohort, island group, province and kind; pillars and provinces fold', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/en/booths')
  await appReady(page)
  await page.getByRole('button', { name: 'Filters' }).click()
  const panel = page.getByRole('dialog', { name: 'Filters' })
  await expect(panel.locator('legend')).toHaveText(['Cohort', 'Island group', 'Province', 'Kind of region', 'Exhibits', 'Pillar'])
  // Folded: about two screens of panel rather than three and a half.
  expect(await panel.evaluate((el) => el.scrollHeight / el.clientHeight)).toBeLessThan(2.2)

  const living = panel.getByRole('button', { name: 'Sub-elements of Smart Living' })
  await expect(living).toHaveAttribute('aria-expanded', 'false')
  await expect(facet(page, 'Health')).toHaveCount(0)
  await living.click()
  await expect(living).toHaveAttribute('aria-expanded', 'true')
  await expect(panel.getByRole('list', { name: 'Sub-elements of Smart Living' }).getByRole('checkbox')).toHaveCount(3)

  const java = panel.getByRole('button', { name: 'Java', exact: true })
  await expect(java).toHaveAttribute('aria-expanded', 'false')
  await java.click()
  await panel.getByRole('list', { name: 'Provinces of Java' }).getByRole('checkbox', { name: /^Jawa Timur \(/ }).check()
  await expect(page).toHaveURL(/\/en\/booths\?province=jawa-timur$/)
  await expect(panel.getByRole('button', { name: 'Java 1 chosen' })).toHaveAttribute('aria-expanded', 'true')
  await expect(panel.getByRole('button', { name: `Show ${booths(count((b) => b.province.slug === 'jawa-timur'))}` })).toBeVisible()
})

test('search forgives a typo and knows short names and sub-elements in both languages, the exact name first', async ({ page }) => {
  await page.goto('/en/booths')
  await appReady(page)
  const box = page.getByRole('searchbox', { name: 'Search the booths' })
  for (const [q, name] of [['surabya', 'Kota Surabaya'], ['Makasar', 'Kota Makassar'], ['Jogja', 'Kota Yogyakarta']] as const) {
    await box.fill(q)
    await box.press('Enter')
    await expect(page).toHaveURL(new RegExp(`\\?q=${q}$`))
    await expect(page.locator('main article h3').first(), q).toHaveText(name)
  }
  // An Indonesian sub-element's name on the English page: every booth with a health exhibit.
  await page.goto('/en/booths?pillar=living:health&q=kesehatan')
  await appReady(page)
  await expect(status(page)).toHaveText(booths(count((b) => b.exhibits.some((x) => x.pillar === 'living' && x.subElement === 'health'))))
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the prerendered directory lists the first booths, unfiltered, with its facets', async ({ page }) => {
    await page.goto('/en/booths?year=2017')
    await expect(status(page)).toHaveText(`${index.length} booths`)
    await expect(page.getByText('This is the full list, unfiltered: the filters and the search need JavaScript.')).toBeVisible()
    await expect(page.locator('main article')).toHaveCount(24)
    await expect(page.getByRole('checkbox', { name: /^2017 \(/ })).toBeVisible()
    await expect(page.getByRole('link', { name: index[0]!.name, exact: true })).toHaveAttribute('href', `/en/booths/${index[0]!.slug}`)
  })
})
