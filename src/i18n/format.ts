/** Formatting helpers that follow the page's locale. */
import type { Locale } from '@/domain/locales'

const TAG: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' }

export function formatNumber(locale: Locale, n: number): string {
  return new Intl.NumberFormat(TAG[locale]).format(n)
}

/** "22 Mei 2018" / "22 May 2018" from an ISO date; timezone-proof (dates are calendar days). */
export function formatDate(locale: Locale, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return new Intl.DateTimeFormat(TAG[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)),
  )
}

// Making an Intl.ListFormat costs far more than using one: lists are formatted on every card.
const listFormats = new Map<Locale, Intl.ListFormat>()

export function formatList(locale: Locale, items: readonly string[]): string {
  let format = listFormats.get(locale)
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(TAG[locale], { style: 'long', type: 'conjunction' })))
  return format.format(items)
}
