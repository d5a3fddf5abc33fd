/**
 * The booth visit on the built site: exhibit fragments, the gallery by keyboard,
 * sharing, link previews without JavaScript, previous/next, the visitor's marks and print.
 */
import { test, expect, appReady, SITE_URL } from './fixtures'
import { booth, content, exhibitTitle } from './content'
import { gallerySlides } from '../../src/domain/gallery.ts'
import { PILLAR_IDS } from '../../src/domain/pillars.ts'

const SITE = SITE_URL
const SURABAYA = '/en/booths/kota-surabaya'

/** Width and height from a PNG's IHDR chunk. */
function pngSize(body: Buffer): [number, number] {
  expect(body.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a')
  expect(body.subarray(12, 16).toString('latin1')).toBe('IHDR')
  return [body.readUInt32BE(16), body.readUInt32BE(20)]
}

test('#exhibit-id scrolls to that exhibit and gives it focus', async ({ page }) => {
  await page.goto(`${SURABAYA}#sayang-warga`)
  await appReady(page)
  const exhibit = page.locator('article#sayang-warga')
  await expect(exhibit).toBeFocused()
  await expect(exhibit).toBeInViewport()
  await expect(exhibit.getByRole('heading', { level: 4 })).toHaveText(await exhibitTitle('kota-surabaya', 'sayang-warga', 'en'))
})

test('an exhibit linked from a pillar hall takes focus after the in-app navigation', async ({ page }) => {
  await page.goto('/en/pillars/economy')
  await appReady(page)
  await page.getByRole('link', { name: await exhibitTitle('kota-surabaya', 'padat-karya', 'en'), exact: true }).click()
  await expect(page).toHaveURL(/\/en\/booths\/kota-surabaya#padat-karya$/)
  await expect(page.locator('article#padat-karya')).toBeFocused()
})

/** How many pictures Surabaya's gallery shows (one per exhibit, or its media). */
const surabayaSlides = async () => gallerySlides(await booth('kota-surabaya'), 'en', { variants: true }).length

test.describe('the gallery', () => {
  test('works by keyboard: arrow keys, Home/End and the buttons; hidden slides are inert', async ({ page }) => {
    await page.goto(SURABAYA)
    await appReady(page)
    const gallery = page.getByRole('region', { name: 'Exhibit pictures of Kota Surabaya' })
    const viewport = gallery.locator('.gallery__viewport')
    await expect(viewport).toHaveClass(/swiper-initialized/)
    const slides = gallery.locator('.gallery__slide')
    const n = await surabayaSlides()
    expect(n).toBeGreaterThanOrEqual(3)
    await expect(slides).toHaveCount(n)
    await expect(slides.nth(0)).toHaveAttribute('aria-label', `1 of ${n}`)
    await expect(slides.nth(1)).toHaveAttribute('inert', '')

    await viewport.focus()
    await page.keyboard.press('ArrowRight')
    await expect(slides.nth(1)).not.toHaveAttribute('inert')
    await expect(slides.nth(0)).toHaveAttribute('inert', '')
    await expect(slides.nth(1)).toBeInViewport({ ratio: 0.9 })
    await page.keyboard.press('End')
    await expect(slides.nth(n - 1)).not.toHaveAttribute('inert')
    await page.keyboard.press('Home')
    await expect(slides.nth(0)).not.toHaveAttribute('inert')

    const next = gallery.getByRole('button', { name: 'Next picture' })
    await next.focus()
    await page.keyboard.press('Enter')
    await expect(slides.nth(1)).not.toHaveAttribute('inert')
    for (let i = 2; i < n; i++) await page.keyboard.press('Enter')
    await expect(next).toHaveAttribute('aria-disabled', 'true')
    await expect(next).toBeFocused()

    // Pagination: real buttons, named, at least 24 x 24 px.
    const dots = gallery.getByRole('button', { name: /^Go to picture \d$/ })
    await expect(dots).toHaveCount(n)
    for (const box of await dots.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.width).toBeGreaterThanOrEqual(24)
      expect(box.height).toBeGreaterThanOrEqual(24)
    }
    await dots.nth(0).click()
    await expect(slides.nth(0)).not.toHaveAttribute('inert')
    await expect(dots.nth(0)).toHaveAttribute('aria-current', 'true')
  })

  test('speaks Indonesian on Indonesian pages', async ({ page }) => {
    await page.goto('/id/booths/kota-surabaya')
    await appReady(page)
    const gallery = page.getByRole('region', { name: 'Gambar pameran Kota Surabaya' })
    await expect(gallery.locator('.gallery__viewport')).toHaveClass(/swiper-initialized/)
    await expect(gallery.getByRole('button', { name: 'Gambar berikutnya' })).toBeVisible()
    await expect(gallery.getByRole('button', { name: 'Ke gambar 2' })).toBeVisible()
    await expect(gallery.locator('.gallery__slide').first()).toHaveAttribute('aria-label', `1 dari ${await surabayaSlides()}`)
  })

  test('starts without shifting the layout', async ({ page }) => {
    await page.goto(SURABAYA)
    await appReady(page)
    await expect(page.locator('.gallery__viewport')).toHaveClass(/swiper-initialized/)
    const shift = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          let sum = 0
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) sum += e.value
          }).observe({ type: 'layout-shift', buffered: true })
          setTimeout(() => done(sum), 300)
        }),
    )
    expect(shift).toBeLessThan(0.01)
  })

  // axe on the booth with its gallery ready: a11y.spec.ts ("booth with exhibits", and the gallery on
  // its second picture), in both languages and colour schemes.
})

test.describe('sharing', () => {
  test('"Copy link" puts the canonical address on the clipboard and says so', async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    const page = await context.newPage()
    await page.goto(`${SURABAYA}#padat-karya`)
    await appReady(page)
    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}${SURABAYA}`)
    await context.close()
  })

  test('the QR code is drawn on request and downloads as SVG', async ({ page }) => {
    await page.goto('/id/booths/kota-sabang')
    await appReady(page)
    await page.getByRole('button', { name: 'Kode QR' }).click()
    await expect(page.getByRole('img', { name: `Kode QR untuk ${SITE}/id/booths/kota-sabang` })).toBeVisible()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh kode QR (SVG)' }).click()])
    expect(download.suggestedFilename()).toBe('qr-kota-sabang.svg')
    const { readFile } = await import('node:fs/promises')
    const svg = await readFile((await download.path())!, 'utf8')
    expect(svg).toContain(`<title>${SITE}/id/booths/kota-sabang</title>`)
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  for (const path of [SURABAYA, '/id/booths/kota-sabang', '/en/pillars/living', '/id/']) {
    test(`${path} names an existing 1200 x 630 PNG as og:image, with its size and alt`, async ({ page, request }) => {
      await page.goto(path)
      const image = await page.locator('meta[property="og:image"]').getAttribute('content')
      expect(image?.startsWith(`${SITE}/og/`) && image.endsWith('.png'), String(image)).toBe(true)
      await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200')
      await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630')
      await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /\S/)
      const response = await request.get(new URL(image!).pathname)
      expect(response.status()).toBe(200)
      expect(pngSize(await response.body())).toEqual([1200, 630])
    })
  }

  test('a booth card names its region and the booth\'s own picture', async ({ page }) => {
    await page.goto(SURABAYA)
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${SITE}/og/en/booths/kota-surabaya.png`)
    const pillars = (await booth('kota-surabaya')).pillars.length
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', `Booth card of Kota Surabaya, Jawa Timur: exhibits in ${pillars} of 6 pillars`)
  })

  test('the gallery is a usable list: every picture there, the first loaded eagerly', async ({ page }) => {
    await page.goto(SURABAYA)
    const imgs = page.locator('.gallery img')
    await expect(imgs).toHaveCount(await surabayaSlides())
    await expect(imgs.first()).toHaveAttribute('loading', 'eager')
    await expect(imgs.nth(1)).toHaveAttribute('loading', 'lazy')
    await expect(imgs.first()).toHaveAttribute('width', '1200')
    expect(await imgs.first().evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
    await expect(page.locator('.gallery .gallery__slide[inert]')).toHaveCount(0)
  })
})

test.describe('previous and next booth', () => {
  test('follow the pillar hall the visitor came from', async ({ page }) => {
    // The hall lists its booths by name; the first two with a living exhibit are where this starts.
    const hall = (await content()).booths.filter((b) => b.pillars.includes('living'))
    const [first, second] = hall as [typeof hall[number], typeof hall[number]]
    expect(PILLAR_IDS).toContain('living')
    await page.goto('/en/pillars/living')
    await appReady(page)
    await page.getByRole('link', { name: first.name }).first().click()
    await expect(page).toHaveURL(new RegExp(`/en/booths/${first.slug}$`))
    const nav = page.getByRole('navigation', { name: 'Other booths' })
    await expect(nav).toContainText('In the order of the list you came from')
    await expect(nav.getByRole('link', { name: /Next booth/ })).toContainText(second.name)
    await expect(nav.getByRole('link', { name: /Previous booth/ })).toHaveCount(0)
    // On along the list, the order holds; back on the booth by reload too.
    await nav.getByRole('link', { name: /Next booth/ }).click()
    await expect(page).toHaveURL(new RegExp(`${second.slug}$`))
    await expect(nav.getByRole('link', { name: /Previous booth/ })).toContainText(first.name)
    await page.reload()
    await appReady(page)
    await expect(nav).toContainText('In the order of the list you came from')
    const previous = nav.getByRole('link', { name: /Previous booth/ })
    await expect(previous).toContainText(first.name)
    await expect(previous).toHaveAttribute('href', `/en/booths/${first.slug}`)
  })

  test('are by name for a visitor who came straight to the booth', async ({ page }) => {
    await page.goto(SURABAYA)
    await appReady(page)
    const nav = page.getByRole('navigation', { name: 'Other booths' })
    await expect(nav).toContainText('In name order')
    await expect(nav.getByRole('link', { name: /Next booth/ })).toContainText('Kota Surakarta')
  })
})

test('the directory marks booths the visitor saved and visited', async ({ page }) => {
  await page.goto(SURABAYA)
  await appReady(page)
  await page.getByRole('button', { name: 'Save booth' }).click()
  // The button says so: "Saved", and pressing it again removes the booth.
  await expect(page.getByRole('button', { name: /^Saved \(press to remove/ })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Booth saved.' })).toHaveCount(1)
  await page.goto('/en/booths/kota-sabang')
  await appReady(page)
  // The directory shows a page of cards at a time: search for the booths to see their cards.
  const card = (name: string) => page.locator('article.booth-card').filter({ has: page.getByRole('link', { name, exact: true }) })
  await page.goto('/en/booths?q=sura')
  await appReady(page)
  await expect(card('Kota Surabaya').locator('.card-marks li')).toHaveText(['Saved', 'Visited'])
  await expect(card('Kota Surakarta')).toHaveCount(1)
  await expect(card('Kota Surakarta').locator('.card-marks')).toHaveCount(0)
  await page.goto('/en/booths?q=sabang')
  await appReady(page)
  await expect(card('Kota Sabang').locator('.card-marks li')).toHaveText(['Visited'])
})

test('a damaged memory is dropped with a warning, not an error', async ({ page }) => {
  const KEY = 'psc:visitor:v1'
  const warnings: string[] = []
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()))
  // Damaged once, before the first page of the tab (not again on later pages).
  await page.addInitScript((key) => {
    if (sessionStorage.getItem('damaged')) return
    sessionStorage.setItem('damaged', 'yes')
    localStorage.setItem(key, '{oops')
  }, KEY)
  await page.goto('/en/booths')
  await appReady(page)
  await expect(page.locator('h1')).toBeVisible()
  await expect.poll(() => warnings.join('\n')).toContain(KEY)
  // Dropped, not just complained about: the key is gone (or holds a readable record again).
  const stored = await page.evaluate((key) => localStorage.getItem(key), KEY)
  expect(stored, 'the damaged record is still stored').not.toBe('{oops')
  if (stored !== null) expect(JSON.parse(stored)).toMatchObject({ v: 1, saved: [], visited: [] })

  // And the memory works again: a visited booth is marked in the directory.
  await page.goto('/en/booths/kota-sabang')
  await appReady(page)
  await page.goto('/en/booths?q=sabang')
  await appReady(page)
  const card = page.locator('article.booth-card').filter({ has: page.getByRole('link', { name: 'Kota Sabang', exact: true }) })
  await expect(card.locator('.card-marks li')).toHaveText(['Visited'])
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY))!)).toMatchObject({ v: 1, visited: ['kota-sabang'] })
})

test('prints as a sheet: identity, exhibits, sources with addresses, QR code; no navigation or controls', async ({ page }) => {
  await page.goto(SURABAYA)
  await appReady(page)
  await page.emulateMedia({ media: 'print' })
  for (const hidden of ['.site-header', '.site-footer', '.gallery', '.share', '.neighbours', '.save']) await expect(page.locator(hidden).first()).toBeHidden()
  await expect(page.locator('h1')).toBeVisible()
  await expect(page.locator('article#sapu-jagat')).toBeVisible()
  const qr = page.locator('.print-sheet img')
  await expect(qr).toBeVisible()
  await expect(page.locator('.print-sheet')).toContainText(`${SITE.replace(/^https?:\/\//, '')}/en/booths/kota-surabaya`)
  await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  const after = await page.locator('.exhibit__sources a').first().evaluate((a) => getComputedStyle(a, '::after').content)
  expect(after).toContain('https://')
  const pdf = await page.pdf({ format: 'A4' })
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
})
