/**
 * The only place that sets up vue-i18n. Interface strings live in locales/{id,en}.json,
 * precompiled at build (no message compiler at runtime) and loaded per locale on demand.
 * Content texts (booths, exhibits) are not i18n messages: they are `{id, en}` fields of the data.
 */
import { createI18n } from 'vue-i18n'
import { DEFAULT_LOCALE, type Locale } from '@/domain/locales'
import { i18nOptions } from './options'
import type messagesId from '../../locales/id.json'

export type MessageSchema = typeof messagesId
export type ExhibitionI18n = ReturnType<typeof createExhibitionI18n>

const loaders: Record<Locale, () => Promise<{ default: MessageSchema }>> = {
  id: () => import('../../locales/id.json'),
  en: () => import('../../locales/en.json'),
}

export function createExhibitionI18n() {
  return createI18n<[MessageSchema], Locale, false>(i18nOptions<MessageSchema>(DEFAULT_LOCALE, {}, import.meta.env.DEV))
}

/** Loads the locale's messages if needed and makes it current. */
export async function activateLocale(i18n: ExhibitionI18n, locale: Locale): Promise<void> {
  const g = i18n.global
  if (!g.availableLocales.includes(locale)) g.setLocaleMessage(locale, (await loaders[locale]()).default)
  g.locale.value = locale
}
