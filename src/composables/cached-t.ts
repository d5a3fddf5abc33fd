/**
 * `t` for the messages a list repeats on every item (a card's kind, island group, pillar names, a
 * facet value's "25 booths"): vue-i18n walks the message on each call, which adds up to milliseconds
 * when a filter click re-renders a page of cards and every facet count. Plain keys are kept per
 * locale; a plural count keeps one text per plural form with a mark where the number goes, so every
 * number is not a new look-up. Messages never change once loaded; a key that has not loaded yet
 * (vue-i18n then returns the key itself) is not kept.
 */
import { useLocale } from '@/composables/locale'

const kept = new Map<string, string>()
const MARK = '\u0000#\u0000'

/** vue-i18n's default choice between "zero | one | many" (and "one | many"): 0, 1, other. */
const formOf = (n: number) => (n === 0 ? 0 : n === 1 ? 1 : 2)

export function useCachedT() {
  const { locale, t } = useLocale()
  return (key: string, n?: number): string => {
    const id = `${locale.value}\u0000${key}\u0000${n === undefined ? '' : formOf(n)}`
    let text = kept.get(id)
    if (text === undefined) {
      text = n === undefined ? t(key as never) : t(key as never, { n: MARK, count: MARK } as never, n)
      if (text === key) return text
      kept.set(id, text)
    }
    return n === undefined ? text : text.replaceAll(MARK, String(n))
  }
}
