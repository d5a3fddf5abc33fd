import type { Locale } from './locales.ts'
import { otherLocale } from './locales.ts'

/** A content text in one or both languages (the content schema's LocalizedText). */
export interface Bilingual {
  id?: string
  en?: string
}

export interface PickedText {
  value: string
  /** The language the value is in. */
  lang: Locale
  /** True when the page's language was missing and the other one is shown instead. */
  fallback: boolean
}

/** The text in the page's language, else in the other one, marked as such (contract, "Language"). */
export function pickText(text: Bilingual, locale: Locale): PickedText {
  const own = text[locale]
  if (own) return { value: own, lang: locale, fallback: false }
  const other = otherLocale(locale)
  return { value: text[other] ?? '', lang: other, fallback: true }
}

/** Paragraphs of a body text: separated by one or more blank lines. */
export function paragraphs(value: string): string[] {
  return value
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
}
