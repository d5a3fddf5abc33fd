import { chromium } from '@playwright/test'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] })
const page = await browser.newPage()
await page.goto('http://127.0.0.1:4401/' + (process.argv[2] ?? 'en/booths/kota-surabaya'))
await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true')
await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
await page.pdf({ path: '/tmp/wt4-print.pdf', format: 'A4' })
await browser.close()
