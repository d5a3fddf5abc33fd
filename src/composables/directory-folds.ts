/**
 * Which folds of a facet are open (DirectoryFacetFold): the visitor's choice, kept while the page
 * lives, plus any fold that holds a chosen value, opened as soon as it does (a chip, Back, a link),
 * so a chosen value is never out of sight.
 */
import { reactive, watch } from 'vue'

export function useFolds(holdingChosen: () => readonly string[]) {
  const open = reactive(new Set<string>(holdingChosen()))
  watch(holdingChosen, (ids) => {
    for (const id of ids) open.add(id)
  })
  return {
    isOpen: (id: string): boolean => open.has(id),
    set: (id: string, on: boolean): void => {
      if (on) open.add(id)
      else open.delete(id)
    },
  }
}
