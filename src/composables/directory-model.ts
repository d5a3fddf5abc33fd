/**
 * The directory's prepared booths and the words its filters show, shared by the directory's parts.
 * The model is built once per index (it never changes while the site runs).
 */
import type { BoothEntry } from '@/domain/model'
import { useIndex } from '@/data/client'
import { createDirectoryModel, type DirectoryModel } from '@/domain/directory'
import type { FilterKey } from '@/domain/query'
import type { PillarId } from '@/domain/pillars'
import type { IslandGroupId } from '@/domain/regions'
import type { RegionType } from '@/domain/names'
import { useLocale } from '@/composables/locale'

const models = new WeakMap<readonly BoothEntry[], DirectoryModel<BoothEntry>>()

export function useDirectoryModel(): DirectoryModel<BoothEntry> {
  const index = useIndex()
  let model = models.get(index)
  if (!model) models.set(index, (model = createDirectoryModel(index)))
  return model
}

/**
 * The name of a filter value: short (beside its checkbox) or complete (on its own, in a chip).
 * Kept once made: the facets name the same values on every click, and vue-i18n's `t` is not free.
 */
export function useFilterLabels(model: DirectoryModel) {
  const { locale, t } = useLocale()
  const cache = new Map<string, string>()
  const make = (key: FilterKey, value: string, complete: boolean): string => {
    switch (key) {
      case 'pillar': {
        const [p, sub] = value.split(':') as [PillarId, string | undefined]
        if (!sub) return t(`pillars.${p}.name`)
        const name = t(`pillars.${p}.sub.${sub}` as `pillars.${PillarId}.name`)
        return complete ? `${t(`pillars.${p}.name`)}: ${name}` : name
      }
      case 'year': return complete ? t('directory.facets.yearValue', { year: value }) : value
      case 'region': return t(`island.${value as IslandGroupId}`)
      case 'province': return model.provinceNames.get(value) ?? value
      case 'type': return t(`kind.${value as RegionType}`)
      case 'has': return t('directory.facets.hasValue')
    }
  }
  return (key: FilterKey, value: string, complete = false): string => {
    const id = `${locale.value} ${key} ${value} ${complete}`
    let text = cache.get(id)
    if (text === undefined) cache.set(id, (text = make(key, value, complete)))
    return text
  }
}

/** "25 booths" / "25 stan": every facet value says it, on every click. */
export function useBoothCount() {
  const { t } = useLocale()
  return (n: number): string => t('directory.results', n)
}
