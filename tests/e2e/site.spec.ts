/**
 * The exhibition end to end, on the built site served as static files.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { test, expect, appReady, SITE_URL } from './fixtures'
import { messageLookup } from '../../src/i18n/messages.ts'
import { cohortSize } from './content'
import { indexedPaths } from '../../build/pages.ts'
import { loadAreaTables } from '../../build/content/areas.ts'
import { loadExhibition } from '../../build/content/load.ts'
import { readMessages } from '../../build/locales.ts'

const root = resolve(import.meta.dirname, '../..')

async function content() {
  const { exhibition } = await loadExhibition({ dir: resolve(root, 'src/content/regions'), areas: await loadAreaTables(), root })
  return exhibition!
}

const lookups = { id: messageLookup('id', readMessages(root, 'id')), en: messageLookup('en', readMessages(root, 'en')) }
/** An interface string of locales/ in language l, read the way the site reads it. */
const message = (l: 'id' | 'en', key: string, params: Record<string, string> = {}): string => lookups[l](key, params)

test.describe('`/` picks a locale', () => {
  for (const [browserLocale, expected] of [['en-US', '/en/'], ['en-GB', '/en/'], ['id-ID', '/id/'], ['fr-FR', '/id/']] as const) {
    test(`browser language ${browserLocale} lands on ${expected}`, async ({ browser }) => {
      const context = await browser.newContext({ locale: browserLocale })
      const page = await context.newPage()
      await page.goto('/')
      await expect(page).toHaveURL(new RegExp(`${expected}$`))
      await expect(page.locator('h1')).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('lang', expected.slice(1, 3))
      await context.close()
    })
  }

  test('a saved choice wins over the browser language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    await page.goto('/id/about')
    await appReady(page)
    await page.getByRole('link', { name: 'English' }).click()
    await expect(page).toHaveURL(/\/en\/about$/)
    // Now the visitor chooses Indonesian from an English page.
    await page.getByRole('link', { name: 'Bahasa Indonesia' }).click()
    await expect(page).toHaveURL(/\/id\/about$/)
    await page.goto('/')
    await expect(page).toHaveURL(/\/id\/$/)
    await context.close()
  })
})

test.describe('every page type in both locales', () => {
  /** What each page's title must be, from the locale files and the content (the page's own name, then the site's short name). */
  const titleOf = async (l: 'id' | 'en', kind: (typeof pages)[number][0]): Promise<string> => {
    const own = (title: string) => `${title} · ${message(l, 'app.shortName')}`
    const boothName = async (slug: string) => (await content()).booths.find((b) => b.slug === slug)!.name
    switch (kind) {
      case 'lobby': return message(l, 'app.name')
      case 'directory': return own(message(l, 'directory.title'))
      case 'booth': return own(await boothName('kota-surabaya'))
      case 'booth without exhibits': return own(await boothName('kota-sabang'))
      case 'pillar hall': return own(message(l, 'pillar.title', { name: message(l, 'pillars.environment.name') }))
      case 'about': return own(message(l, 'about.title'))
      case 'not found': return own(message(l, 'notFound.title'))
    }
  }
  const pages = [
    ['lobby', '/{l}/'],
    ['directory', '/{l}/booths'],
    ['booth', '/{l}/booths/kota-surabaya'],
    ['booth without exhibits', '/{l}/booths/kota-sabang'],
    ['pillar hall', '/{l}/pillars/environment'],
    ['about', '/{l}/about'],
    ['not found', '/{l}/no-such-hall'],
  ] as const
  for (const l of ['id', 'en'] as const) {
    // One page visits them in turn (a step each): a fresh browser context per page type bought nothing.
    test(`every page type (${l}) has an <h1>, <html lang="${l}"> and its own title`, async ({ page }) => {
      test.setTimeout(90_000)
      for (const [kind, pattern] of pages) {
        await test.step(kind, async () => {
          const response = await page.goto(pattern.replace('{l}', l))
          expect(response?.status(), kind).toBe(kind === 'not found' ? 404 : 200)
          await appReady(page)
          await expect(page.locator('h1'), kind).toHaveCount(1)
          await expect(page.locator('h1'), kind).not.toBeEmpty()
          await expect(page.locator('html'), kind).toHaveAttribute('lang', l)
          // The prerendered 404.html carries the Indonesian title: an English "not found" must replace it.
          await expect(page, kind).toHaveTitle(await titleOf(l, kind))
        })
      }
    })

    // Each page's title is checked exactly above, so distinct expectations mean distinct titles (WCAG 2.4.2).
    test(`the page titles in ${l} are all different`, async () => {
      const titles = await Promise.all(pages.map(([kind]) => titleOf(l, kind)))
      expect(new Set(titles).size, titles.join(' | ')).toBe(pages.length)
    })
  }

  test('each address also works with a trailing slash', async ({ page }) => {
    const { booths } = await content()
    for (const [path, heading] of [
      ['/en/booths/', message('en', 'directory.heading')],
      ['/id/booths/kota-surabaya/', booths.find((b) => b.slug === 'kota-surabaya')!.name],
      ['/en/pillars/living/', message('en', 'pillars.living.name')],
      ['/id/about/', message('id', 'about.heading')],
    ]) {
      const response = await page.goto(path!)
      expect(response?.status(), path).toBe(200)
      // After hydration the router must still recognise the page (not swap in "not found").
      await appReady(page)
      await expect(page.locator('h1'), path).toHaveCount(1)
      await expect(page.locator('h1'), path).toHaveText(heading!)
    }
  })
})

test('the language switch keeps path, query and fragment', async ({ page }) => {
  await page.goto('/id/booths?year=2017&type=kota#main')
  await appReady(page)
  const link = page.getByRole('link', { name: 'English' })
  await expect(link).toHaveAttribute('href', '/en/booths?year=2017&type=kota#main')
  await expect(link).toHaveAttribute('hreflang', 'en')
  await link.click()
  await expect(page).toHaveURL(/\/en\/booths\?year=2017&type=kota#main$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All booths')
})

test('/en/booths?year=2017 announces the first cohort\'s booths', async ({ page }) => {
  await page.goto('/en/booths?year=2017')
  await expect(page.getByRole('status')).toHaveText(`${await cohortSize(2017)} booths`)
  await expect(page.locator('main article')).toHaveCount(await cohortSize(2017))
  // The prerendered page counts every booth; the filtered count comes from the content.
  const { index } = await content()
  const kota2018 = index.filter((b) => b.type === 'kota' && b.years.includes(2018)).length
  expect(kota2018).toBeLessThan(index.length)
  await page.goto('/id/booths?year=2018&type=kota')
  await expect(page.getByRole('status')).toHaveText(`${kota2018} stan`)
})

test('a booth card is a link named with the official name', async ({ page }) => {
  await page.goto('/en/booths?year=2019')
  await page.getByRole('link', { name: 'Kabupaten Gunungkidul' }).click()
  await expect(page).toHaveURL(/\/en\/booths\/kabupaten-gunungkidul$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kabupaten Gunungkidul')
  await expect(page.locator('#main')).toBeFocused()
})

test('the build wrote a page for every booth in both locales', async () => {
  const { booths } = await content()
  expect(booths.length).toBeGreaterThan(100)
  const missing = booths.flatMap((b) => ['id', 'en'].map((l) => `dist/${l}/booths/${b.slug}/index.html`)).filter((f) => !existsSync(resolve(root, f)))
  expect(missing).toEqual([])
  for (const f of ['dist/404.html', 'dist/sitemap.xml', 'dist/robots.txt', 'dist/index.html']) expect(existsSync(resolve(root, f)), f).toBe(true)
})

test('every booth page answers', async ({ request }) => {
  const { booths } = await content()
  for (const b of booths) {
    const response = await request.get(`/en/booths/${b.slug}`)
    expect(response.status(), b.slug).toBe(200)
    expect(await response.text()).toContain(`<h1 class="booth-header__name"`)
  }
})

test('an unknown booth shows "not found" with the closest booths', async ({ page }) => {
  const response = await page.goto('/en/booths/kota-surabya')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await expect(page.getByRole('link', { name: 'Kota Surabaya' })).toHaveAttribute('href', '/en/booths/kota-surabaya')
  await page.goto('/id/booths/sabang')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan')
  await expect(page.getByRole('link', { name: 'Kota Sabang' })).toBeVisible()
})

test('any unknown address renders a localised page', async ({ page, browser }) => {
  await page.goto('/en/this/is/not/here')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  // Outside any locale the page speaks the browser's language. The prerendered 404.html is Indonesian
  // whatever the address, so read the page once the app is ready.
  for (const [browserLocale, l] of [['en-GB', 'en'], ['id-ID', 'id']] as const) {
    const context = await browser.newContext({ locale: browserLocale })
    const other = await context.newPage()
    const response = await other.goto('/nowhere')
    expect(response?.status()).toBe(404)
    await appReady(other)
    await expect(other.locator('html')).toHaveAttribute('lang', l)
    await expect(other.getByRole('heading', { level: 1 })).toHaveText(message(l, 'notFound.heading'))
    await context.close()
  }
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a booth carries its <h1>, content and sharing tags', async ({ page }) => {
    await page.goto('/en/booths/kota-surabaya')
    await expect(page.locator('h1')).toHaveText('Kota Surabaya')
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Kota Surabaya')
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${SITE_URL}/en/booths/kota-surabaya`)
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /^https?:\/\/.+\.png$/)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE_URL}/en/booths/kota-surabaya`)
    await expect(page.locator('link[rel="alternate"][hreflang="id"]')).toHaveAttribute('href', `${SITE_URL}/id/booths/kota-surabaya`)
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1)
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_GB')
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Kota Surabaya, Jawa Timur/)
    await expect(page.locator('main')).toContainText('Smart Governance')
  })

  test('every page type carries its head tags', async ({ page }) => {
    for (const path of ['/id/', '/en/booths', '/id/pillars/economy', '/en/about']) {
      await page.goto(path)
      await expect(page.locator('h1'), path).toHaveCount(1)
      for (const sel of ['title', 'meta[name="description"]', 'link[rel="canonical"]', 'meta[property="og:title"]', 'meta[property="og:image"]', 'meta[property="og:locale"]']) {
        await expect(page.locator(sel), `${path} ${sel}`).toHaveCount(1)
      }
      await expect(page.locator('link[rel="alternate"][hreflang]'), path).toHaveCount(3)
    }
  })
})

test('the sitemap lists every page with its alternates', async ({ request }) => {
  const { booths } = await content()
  const xml = await (await request.get('/sitemap.xml')).text()
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
  expect(locs).toHaveLength(2 * indexedPaths(booths.map((b) => b.slug)).length)
  expect(locs).toContain(`${SITE_URL}/en/booths/kota-surabaya`)
  expect(xml).toContain('hreflang="x-default"')
  expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`)
})
