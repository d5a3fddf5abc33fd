export const LOCALES = ['id', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'id'

export function isLocale(value: unknown): value is Locale {
  return value === 'id' || value === 'en'
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'id' ? 'en' : 'id'
}

/**
 * The contract's rule for `/`: a saved choice first, then the browser's language
 * (`en*` gives `en`), else `id`.
 */
export function pickLocale(saved: unknown, browserLanguages: readonly string[]): Locale {
  if (isLocale(saved)) return saved
  const first = browserLanguages[0]?.toLowerCase() ?? ''
  return first.startsWith('en') ? 'en' : DEFAULT_LOCALE
}
