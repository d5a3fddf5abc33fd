import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Locale } from '@/domain/locales'
import type { MessageSchema } from '@/i18n'

/** The page's locale (the router has already made the URL's locale current) and the typed `t`. */
export function useLocale() {
  const i18n = useI18n<{ message: MessageSchema }, Locale>({ useScope: 'global' })
  const locale: ComputedRef<Locale> = computed(() => i18n.locale.value)
  return { locale, t: i18n.t }
}
