/**
 * The pages and page states that the quality gates (axe, keyboard, CSP) visit, in every locale.
 * A new state is one line: give it a name, an address ("{l}" becomes the locale) and, when the state
 * needs a visitor's action (filters opened, a gallery slide shown), a `prepare` step run once the app is
 * ready. For example:
 *   { name: 'directory, filters open', path: '/{l}/booths?pillar=economy', prepare: (p) => p.getByRole('button', { name: /filter/i }).click() },
 *   { name: 'booth with its gallery', path: '/{l}/booths/kota-surabaya', prepare: (p) => p.locator('.booth-gallery').scrollIntoViewIfNeeded() },
 */
import type { Page } from '@playwright/test'
import { appReady } from './fixtures'

export type Locale = 'id' | 'en'
export const LOCALES: readonly Locale[] = ['id', 'en']

/** A browser language that makes `/` choose this locale (contract, "Addresses"). */
export const BROWSER_LANGUAGE: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' }

export interface PageState {
  name: string
  /** The address; "{l}" is replaced by the locale. `/` picks the locale from the browser language. */
  path: string
  /** The HTTP status the static host answers with. */
  status: number
  /** Brings the page into the state under test, after the app is ready. */
  prepare?: (page: Page) => Promise<void>
  /**
   * Parts axe may skip: repeats of a part it checks anyway. axe needs over 10 s for the ~230 cards of
   * the whole directory; the first 24 cards stand for the rest (same component, same colours).
   */
  axeExclude?: string[]
}

const LATER_CARDS = ['main .grid-cards > li:nth-child(n+25)']
/** A pillar hall's exhibit cards: the first six of each sub-element stand for the rest (axe took 12 s on a whole hall). */
const LATER_EXHIBITS = ['main .hall__exhibits > li:nth-child(n+7)']

export const PAGE_STATES: readonly PageState[] = [
  { name: 'root', path: '/', status: 200 },
  { name: 'lobby', path: '/{l}/', status: 200 },
  { name: 'directory', path: '/{l}/booths', status: 200, axeExclude: LATER_CARDS },
  { name: 'directory, filtered by the address', path: '/{l}/booths?year=2017&type=kota', status: 200 },
  { name: 'directory, facets, search and chips in use', path: '/{l}/booths?pillar=economy:welfare,living&region=jawa&q=kota', status: 200 },
  { name: 'directory, folds open, with exhibits, most first', path: '/{l}/booths?pillar=living:health&province=jawa-timur&has=exhibits&sort=exhibits', status: 200 },
  {
    name: 'directory on a phone, filter panel open',
    path: '/{l}/booths?year=2018',
    status: 200,
    axeExclude: LATER_CARDS,
    prepare: async (p) => {
      await p.setViewportSize({ width: 390, height: 844 })
      await p.locator('.directory__open').click()
      await p.getByRole('dialog').waitFor()
    },
  },
  { name: 'booth with exhibits', path: '/{l}/booths/kota-surabaya', status: 200 },
  {
    name: 'booth, gallery on its second picture and QR code open',
    path: '/{l}/booths/kota-surabaya',
    status: 200,
    prepare: async (p) => {
      await p.locator('.gallery__controls--ready').waitFor()
      await p.locator('.gallery__arrow').last().click()
      await p.locator('.qr > button').click()
      await p.locator('.qr__code').waitFor()
    },
  },
  { name: 'booth without exhibits', path: '/{l}/booths/kota-sabang', status: 200 },
  { name: 'pillar hall', path: '/{l}/pillars/environment', status: 200, axeExclude: [...LATER_CARDS, ...LATER_EXHIBITS] },
  { name: 'about', path: '/{l}/about', status: 200 },
  {
    name: 'booth whose data failed, with its retry',
    path: '/{l}/booths/kota-surabaya',
    status: 200,
    prepare: async (p) => {
      // JSON that is not a booth: refused, and the browser logs no failed request.
      await p.route('**/data/*/booths/*.json', (route) => route.fulfill({ contentType: 'application/json', body: '{}' }))
      await p.locator('a[rel="next"]').click()
      await p.locator('.booth-error').waitFor()
    },
  },
  { name: 'offline page', path: '/offline', status: 200 },
  // The whole map page, with the panel of a focused province's booths open.
  {
    name: 'map, a province focused and its booths listed',
    path: '/{l}/map',
    status: 200,
    prepare: async (p) => {
      await p.locator('svg.map-canvas a[data-code="35"]').focus()
      await p.locator('.map-panel__booths').waitFor()
    },
  },
  { name: 'timeline', path: '/{l}/timeline', status: 200 },
  { name: 'not found', path: '/{l}/no-such-hall', status: 404 },
  { name: 'mistyped booth', path: '/{l}/booths/kota-surabya', status: 404 },
]

export const pathIn = (state: PageState, l: Locale): string => state.path.replace('{l}', l)

/** Opens a state: goes to its address, checks the status, waits for the app, then runs `prepare`. */
export async function openState(page: Page, state: PageState, l: Locale): Promise<void> {
  const response = await page.goto(pathIn(state, l))
  if (response?.status() !== state.status) throw new Error(`${pathIn(state, l)} answered ${response?.status()}, expected ${state.status}`)
  await appReady(page)
  await state.prepare?.(page)
}
