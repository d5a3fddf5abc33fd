/**
 * Dates of the timeline: a day ("4 November 2019"), a span within a month ("4–6 November 2019") or a
 * month ("Februari 2026"). Spans are joined by hand rather than with Intl's formatRange, whose
 * spacing differs between ICU versions: the prerender (Node) and the browser must print the same.
 */
import type { Locale } from '@/domain/locales'
import type { DateSpan } from '@/content/programme'
import { formatDate, formatMonth } from '@/i18n/format'

export function formatSpan(locale: Locale, span: DateSpan): string {
  if (span.from.length === 7) return formatMonth(locale, span.from)
  if (!span.to) return formatDate(locale, span.from)
  // Both locales write the day first: "4–6 November 2019".
  if (span.to.slice(0, 7) === span.from.slice(0, 7)) return `${Number(span.from.slice(8))}–${formatDate(locale, span.to)}`
  return `${formatDate(locale, span.from)} – ${formatDate(locale, span.to)}`
}
