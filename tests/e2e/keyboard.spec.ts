/**
 * A keyboard-only journey: skip link, focus on `#main` after every route change,
 * the language switch, document titles per page, and a visible focus indicator at every stop.
 * The booth visit (gallery, sharing) has its own journey below; the facets by keyboard are in directory.spec.ts.
 */
import type { Page } from '@playwright/test'
import { test, expect, appReady, SITE_URL } from './fixtures'
import { content } from './content'
import { focused, tabTo } from './focus'

async function expectMainFocused(page: Page): Promise<void> {
  await expect(page.locator('#main')).toBeFocused()
}

test('skip link: the first Tab reveals it, Enter moves focus into main', async ({ page }) => {
  await page.goto('/en/')
  await appReady(page)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expectMainFocused(page)
  // The next Tab continues inside main, not back in the header.
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.getElementById('main')!.contains(document.activeElement))).toBe(true)
})

test('a keyboard journey: lobby → directory → booth → other language → pillar → back', async ({ page }) => {
  const titles: string[] = []
  await page.goto('/en/')
  await appReady(page)
  titles.push(await page.title())

  // Header navigation to the directory.
  await tabTo(page, (f) => f.href === '/en/booths')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/en\/booths$/)
  await expectMainFocused(page)
  await expect(page).not.toHaveTitle(titles[0]!)
  titles.push(await page.title())

  // From main, the first booth in name order that has exhibits (its page links to pillar halls).
  const withExhibits = (await content()).booths.find((b) => b.exhibits.length > 0)!
  await tabTo(page, (f) => f.href === `/en/booths/${withExhibits.slug}`)
  const booth = (await focused(page)).href!
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${booth}$`))
  await expectMainFocused(page)
  const name = await page.locator('h1').textContent()
  await expect(page).toHaveTitle(new RegExp(`^${name} · `))
  titles.push(await page.title())

  // The language switch, reached backwards from main: it is in the header.
  await tabTo(page, (f) => f.name === 'Bahasa Indonesia', { back: true })
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${booth.replace('/en/', '/id/')}$`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'id')
  await expectMainFocused(page)
  await expect(page.getByRole('link', { name: 'English' })).toBeVisible()
  await expect(page).not.toHaveTitle(titles.at(-1)!)
  titles.push(await page.title())

  // Into a pillar hall from the booth, then Back with the keyboard.
  await tabTo(page, (f) => /^\/id\/pillars\//.test(f.href ?? ''))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/id\/pillars\/[a-z]+$/)
  await expectMainFocused(page)
  await expect(page).not.toHaveTitle(titles.at(-1)!)
  titles.push(await page.title())
  await page.goBack()
  await expect(page).toHaveURL(new RegExp(`${booth.replace('/en/', '/id/')}$`))
  await expectMainFocused(page)

  // Every page had its own title (WCAG 2.4.2), in the page's language.
  expect(new Set(titles).size, titles.join(' | ')).toBe(titles.length)
  expect(titles[3]).toContain('Pameran')
})

test('every header link moves focus to main and sets its own title', async ({ page }) => {
  await page.goto('/id/about')
  await appReady(page)
  const seen = new Map<string, string>()
  let previous = await page.title()
  const labels = ['Stan', 'Pilar', 'Peta', 'Linimasa', 'Tersimpan']
  for (const label of labels) {
    const link = page.getByRole('banner').getByRole('navigation').getByRole('link', { name: label, exact: true })
    const target = new URL((await link.getAttribute('href'))!, page.url()).pathname
    await link.focus()
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname === target)
    await expect(page.locator('h1')).toHaveCount(1)
    await expectMainFocused(page)
    // The head is written a moment after the route changes; wait for the new title.
    await expect(page).not.toHaveTitle(previous)
    previous = await page.title()
    seen.set(target, previous)
  }
  expect(seen.size).toBe(labels.length)
  expect(new Set(seen.values()).size, [...seen.values()].join(' | ')).toBe(seen.size)
})

test('a keyboard-only booth visit: gallery, copy link and QR code', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
  const page = await context.newPage()
  await page.goto('/en/booths/kota-surabaya')
  await appReady(page)
  await page.locator('.gallery__controls--ready').waitFor()

  // The gallery: Tab to its next button, Enter moves one picture on; the arrow keys work inside it.
  await tabTo(page, (f) => f.tag === 'BUTTON' && /Next picture/.test(f.name))
  await page.keyboard.press('Enter')
  const current = page.locator('.gallery__dot[aria-current="true"]')
  await expect(current).toHaveAttribute('aria-label', 'Go to picture 2')
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('ArrowRight')
  await expect(current).toHaveAttribute('aria-label', 'Go to picture 3')

  // Sharing: Copy link by keyboard, confirmed in a live region.
  await tabTo(page, (f) => f.tag === 'BUTTON' && /Copy link/.test(f.name))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_URL}/en/booths/kota-surabaya`)

  // The QR code opens by keyboard and its download link is the next stop.
  await tabTo(page, (f) => f.tag === 'BUTTON' && /^QR code/.test(f.name))
  await page.keyboard.press('Enter')
  await expect(page.locator('.qr__code')).toBeVisible()
  const stops = await tabTo(page, (f) => f.tag === 'A' && /SVG/.test(f.name))
  expect(stops.map((f) => `${f.tag} ${f.name}`), 'Tab stops from the QR code button to its download').toHaveLength(1)
  await context.close()
})
