/**
 * A visit that holds up, on the built site: a booth opens like a stand on a phone, its printed sheet
 * starts with content, its posters follow dark mode; the header fits in two rows at 360 px with the
 * section marked; the pillars overview and the visitor's saved booths.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { test, expect, appReady } from './fixtures'
import { booth, content, exhibitTitle } from './content'
import { collidesWithPageId } from '../../src/domain/element-ids.ts'
import { pickText } from '../../src/domain/text.ts'
import { PILLAR_IDS } from '../../src/domain/pillars.ts'

const SURABAYA = '/en/booths/kota-surabaya'

/** The text of each page of a PDF. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise
  const pages: string[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const text = await (await doc.getPage(i)).getTextContent()
    pages.push(text.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '))
  }
  return pages
}

test.describe('a booth on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } })

  test('shows who the region is in one block, then the start of its gallery, on the first screen', async ({ page }) => {
    await page.goto(SURABAYA)
    await appReady(page)
    const header = page.locator('.booth-header')
    await expect(header.getByRole('heading', { level: 1 })).toHaveText('Kota Surabaya')
    // Kind, province and island group said once each in the block, no "Province:" labels.
    await expect(header).toContainText('City (kota) · Jawa Timur · Java')
    await expect(header.locator('dt')).toHaveCount(0)
    const galleryTop = await page.locator('.booth__gallery').evaluate((el) => el.getBoundingClientRect().top)
    expect(galleryTop).toBeLessThan(740 - 120)
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360)
  })

  test('gives its own ids only: every other id is an exhibit, a recognised page id, or derived from one', async ({ page }) => {
    await page.goto(SURABAYA)
    const exhibitIds = new Set((await booth('kota-surabaya')).exhibits.map((e) => e.id))
    const ids = await page.locator('main [id]').evaluateAll((els) => els.map((e) => e.id))
    const foreign = ids.filter((id) => !exhibitIds.has(id) && !collidesWithPageId(id) && !exhibitIds.has(id.replace(/-title$/, '')))
    expect(foreign).toEqual([])
  })
})

test('a booth prints as an A4 sheet that starts with its content, with the QR address unbroken', async ({ page }) => {
  await page.goto(SURABAYA)
  await appReady(page)
  // The sheet lists exhibits by pillar, in the pillars' order: the first is the first of the first pillar shown.
  const exhibits = (await booth('kota-surabaya')).exhibits
  const first = exhibits.find((e) => e.pillar === PILLAR_IDS.find((p) => exhibits.some((x) => x.pillar === p)))!
  const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }))
  expect(pages.length).toBeGreaterThanOrEqual(1)
  expect(pages.length).toBeLessThanOrEqual(6)
  // Page 1: the booth's sign, the heading of the exhibits and the first exhibit itself, not a heading alone.
  expect(pages[0]).toContain('Kota Surabaya')
  expect(pages[0]).toContain('Exhibits by pillar')
  expect(pages[0]).toContain(pickText(first.title, 'en').value.slice(0, 20))
  // No site navigation, sharing or gallery controls on paper.
  expect(pages.join(' ')).not.toMatch(/Copy link|Next picture|Skip to main content/)
  // The short address breaks only after "/" or "-", never inside a word.
  await page.emulateMedia({ media: 'print' })
  const breaks = await page.locator('.print-sheet__address').evaluate((el) => {
    const text = el.textContent ?? ''
    const node = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    const chars: Array<{ ch: string; top: number }> = []
    for (let n = node.nextNode(); n; n = node.nextNode()) {
      for (let i = 0; i < (n.textContent ?? '').length; i++) {
        const range = document.createRange()
        range.setStart(n, i)
        range.setEnd(n, i + 1)
        chars.push({ ch: n.textContent![i]!, top: range.getBoundingClientRect().top })
      }
    }
    const before: string[] = []
    for (let i = 1; i < chars.length; i++) if (chars[i]!.top > chars[i - 1]!.top + 2) before.push(chars[i - 1]!.ch)
    return { text, before }
  })
  expect(breaks.text).toMatch(/\/en\/booths\/kota-surabaya$/)
  for (const ch of breaks.before) expect(['/', '-']).toContain(ch)
})

test('a poster follows the visitor\'s dark scheme', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' })
  const page = await context.newPage()
  await page.goto(SURABAYA)
  await appReady(page)
  const img = page.locator('.gallery img').first()
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.currentSrc)).toMatch(/\.dark\.svg$/)
  await context.close()
})

for (const locale of ['id', 'en'] as const) {
  test(`the header fits in two rows at 360 px and marks the section on a booth (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
    const page = await context.newPage()
    await page.goto(`/${locale}/booths/kota-surabaya`)
    await appReady(page)
    const header = page.locator('.site-header')
    // Two rows of 44 px targets, and the padding around them.
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(2 * 44 + 24)
    const links = header.getByRole('navigation').getByRole('link')
    for (const box of await links.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) expect(box.right).toBeLessThanOrEqual(360)
    await expect(header.getByRole('link', { name: locale === 'en' ? 'Booths' : 'Stan' })).toHaveAttribute('aria-current', 'true')
    for (const path of [`/${locale}/`, `/${locale}/booths`, `/${locale}/pillars`]) {
      await page.goto(path)
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth), path).toBeLessThanOrEqual(360)
    }
    await expect(header.getByRole('link', { name: locale === 'en' ? 'Pillars' : 'Pilar' })).toHaveAttribute('aria-current', 'page')
    await context.close()
  })
}

test('the pillars overview gives each pillar its hall, its figures and its sub-elements', async ({ page }) => {
  await page.goto('/en/pillars')
  await appReady(page)
  const { stats } = await content()
  for (const p of stats.perPillar) {
    const item = page.locator(`.pillars__pillar[data-pillar="${p.pillar}"]`)
    await expect(item.getByRole('heading', { level: 2 })).toBeVisible()
    await expect(item).toContainText(p.booths === 1 ? '1 booth' : `${p.booths} booths`)
    await expect(item.locator('.pillars__subs li')).toHaveCount(3)
  }
  await page.locator('.pillars__pillar[data-pillar="economy"]').getByRole('heading').getByRole('link').click()
  await expect(page).toHaveURL(/\/en\/pillars\/economy$/)
  // The hall is a gallery of its exhibits, grouped by sub-element.
  const economy = stats.perPillar.find((p) => p.pillar === 'economy')!
  await expect(page.locator('.exhibit-card')).toHaveCount(economy.exhibits)
})

test('the saved page lists the booths saved and visited, and removes them', async ({ page }) => {
  await page.goto(SURABAYA)
  await appReady(page)
  await page.getByRole('button', { name: 'Save booth' }).click()
  await page.goto('/en/booths/kota-sabang')
  await appReady(page)
  await page.getByRole('button', { name: 'Save booth' }).click()
  await page.goto('/en/saved')
  await appReady(page)
  const saved = page.getByRole('region', { name: 'Saved booths' })
  await expect(saved.locator('article.booth-card h3')).toHaveText(['Kota Surabaya', 'Kota Sabang'])
  const visited = page.getByRole('region', { name: 'Visited lately' })
  // Most recent first.
  await expect(visited.locator('article.booth-card h3')).toHaveText(['Kota Sabang', 'Kota Surabaya'])
  await saved.getByRole('button', { name: /^Remove from saved\s*:\s*Kota Surabaya$/ }).click()
  await expect(page.getByRole('status')).toHaveText('Kota Surabaya removed from your saved booths.')
  await expect(saved.locator('article.booth-card h3')).toHaveText(['Kota Sabang'])
  // It lasts: another visit of the page shows the same.
  await page.reload()
  await appReady(page)
  await expect(saved.locator('article.booth-card h3')).toHaveText(['Kota Sabang'])
  expect(await exhibitTitle('kota-surabaya', (await booth('kota-surabaya')).exhibits[0]!.id, 'en')).toBeTruthy()
})
