import { chromium } from '@playwright/test'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] })
const base = 'http://127.0.0.1:4401'
const which = process.argv[2] ?? 'all'
for (const [name, path, width] of [['surabaya-desktop', '/en/booths/kota-surabaya', 1280], ['surabaya-phone', '/id/booths/kota-surabaya', 360], ['sabang-desktop', '/en/booths/kota-sabang', 1280]] as const) {
  if (which !== 'all' && which !== name) continue
  const page = await browser.newPage({ viewport: { width, height: width > 400 ? 900 : 1400 } })
  page.on('console', (m) => console.log(name, m.type(), m.text()))
  page.on('pageerror', (e) => console.log(name, 'pageerror', e.message))
  await page.goto(base + path)
  await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true')
  await page.waitForTimeout(800)
  await page.screenshot({ path: `/tmp/wt4-${name}.png`, fullPage: width > 400, clip: width > 400 ? undefined : { x: 0, y: 0, width, height: 1400 } })
  await page.close()
}
await browser.close()
