/** Formatting helpers that follow the page's locale. */
import type { Locale } from '@/domain/locales'

const TAG: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' }

/*
 * Written out rather than asked of Intl: the first Intl formatter a page makes (whichever kind) loads
 * ICU's data for the locale on the main thread, 20-50 ms at full CPU speed in Chromium here and about
 * four times that on a phone (measured by making NumberFormat, DateTimeFormat and ListFormat in every
 * order: the first took 19-54 ms, the next two 1.4-5 ms), inside the hydration task of every page.
 * The site only formats whole numbers, calendar days and months, and lists, in two locales; the
 * results are held to Intl's own by tests/unit/format.test.ts (Node's full ICU).
 */
const MONTHS: Record<Locale, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
}
const THOUSANDS: Record<Locale, string> = { id: '.', en: ',' }

/** "10.000" / "10,000". A number with a fraction (none today) goes to Intl. */
export function formatNumber(locale: Locale, n: number): string {
  if (!Number.isInteger(n)) return new Intl.NumberFormat(TAG[locale]).format(n)
  return `${n < 0 ? '-' : ''}${String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, THOUSANDS[locale])}`
}

const parts = (iso: string) => {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number)
  return { y, m, d }
}

/** "22 Mei 2018" / "22 May 2018" from an ISO date (a calendar day: no timezone involved). */
export function formatDate(locale: Locale, iso: string): string {
  const { y, m, d } = parts(iso)
  return `${d} ${MONTHS[locale][m - 1]} ${y}`
}

/** "Februari 2026" / "February 2026" from "2026-02" (or a whole date). */
export function formatMonth(locale: Locale, iso: string): string {
  const { y, m } = parts(iso)
  return `${MONTHS[locale][m - 1]} ${y}`
}

/**
 * The conjunction before a list's last item, and whether a comma precedes it ("a, b, dan c" but "a, b
 * and c"): what Intl.ListFormat says for these two locales (style long, type conjunction).
 */
const LAST: Record<Locale, { word: string; serialComma: boolean }> = { id: { word: 'dan', serialComma: true }, en: { word: 'and', serialComma: false } }

export function formatList(locale: Locale, items: readonly string[]): string {
  if (items.length < 2) return items[0] ?? ''
  const { word, serialComma } = LAST[locale]
  const head = items.slice(0, -1).join(', ')
  return `${head}${serialComma && items.length > 2 ? ',' : ''} ${word} ${items.at(-1)}`
}
