/**
 * The visitor's saved language choice. Read before the app mounts (to pick a locale for `/`),
 * so it lives outside any store; browser-only, and safe where storage is unavailable.
 */
import { isLocale, type Locale } from '@/domain/locales'
import { safeStorage } from '@/browser/safe-storage'

export const LOCALE_KEY = 'psc:locale'

export function readSavedLocale(): Locale | undefined {
  const value = safeStorage()?.getItem(LOCALE_KEY)
  return isLocale(value) ? value : undefined
}

export function saveLocale(locale: Locale): void {
  safeStorage()?.setItem(LOCALE_KEY, locale)
}
