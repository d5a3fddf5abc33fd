/**
 * `t` for the messages a list repeats on every item (a card's kind, island group, pillar names):
 * vue-i18n walks the message on each call, which adds up to milliseconds when a filter click
 * re-renders a page of cards. Only plain keys and plural counts are kept, per locale; messages never
 * change once loaded, and a key that has not loaded yet (the text is the key itself) is not kept.
 */
import { useLocale } from '@/composables/locale'

const kept = new Map<string, string>()

export function useCachedT() {
  const { locale, t } = useLocale()
  return (key: string, n?: number): string => {
    const id = `${locale.value}\u0000${key}\u0000${n ?? ''}`
    let text = kept.get(id)
    if (text === undefined) {
      text = n === undefined ? t(key as never) : t(key as never, n)
      if (text !== key) kept.set(id, text)
    }
    return text
  }
}
