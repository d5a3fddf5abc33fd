/** The vue-i18n options the app and every other reader of locales/*.json share (src/i18n/index.ts, messages.ts). */
import { DEFAULT_LOCALE, type Locale } from '../domain/locales.ts'

export function i18nOptions<M>(locale: Locale, messages: Partial<Record<Locale, M>>, warn = false) {
  return {
    legacy: false as const,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: messages as Record<Locale, M>,
    missingWarn: warn,
    fallbackWarn: warn,
  }
}
