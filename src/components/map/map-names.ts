/**
 * How the map's parts name a shape and its figures, in one place: the shape's link, the panel and
 * the table say the same words.
 */
import type { ShapeSummary } from '@/domain/map'
import { formatList } from '@/i18n/format'
import { useLocale } from '@/composables/locale'

export function useShapeName() {
  const { locale, t } = useLocale()
  /** "Papua, Papua Selatan, Papua Tengah and Papua Pegunungan: 4 booths, 7 exhibits". */
  return (s: ShapeSummary): string =>
    t('map.shapeName', {
      names: formatList(locale.value, s.provinces.map((p) => p.name)),
      booths: t('map.booths', s.booths),
      exhibits: t('map.exhibits', s.exhibits),
    })
}
