/**
 * The site's name order (src/domain/sort.ts) is Indonesian collation: names of Latin letters and
 * spaces are compared without ICU, which must give exactly what Intl.Collator gives, for every real
 * name and for strings made to probe case, spaces and prefixes; anything else goes to the collator.
 * The directory, opened on the real exhibition, makes no collator at all.
 */
import { resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadAreaTables } from '../../build/content/areas.ts'
import { readExhibition } from '../../build/content/load.ts'
import { shortNameOf } from '@/domain/names.ts'
import { compareNames } from '@/domain/sort.ts'
import { createDirectoryModel } from '@/domain/directory.ts'

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true })

function expectSameOrder(names: readonly string[]) {
  const wrong: string[] = []
  for (const a of names) {
    for (const b of names) {
      if (Math.sign(compareNames(a, b)) !== Math.sign(collator.compare(a, b))) wrong.push(`${a} / ${b}`)
    }
  }
  expect(wrong).toEqual([])
}

afterEach(() => vi.restoreAllMocks())

describe('compareNames', () => {
  it('orders every kota, kabupaten and province name in idn-area-data as the Indonesian collator does', async () => {
    const areas = await loadAreaTables()
    const regencies = [...areas.regencies.values()].map((r) => r.name)
    const names = [...new Set([...regencies, ...regencies.map(shortNameOf), ...areas.provinces.values()])]
    expect(names.length).toBeGreaterThan(900)
    expectSameOrder(names)
  })

  it('agrees with the collator on case, spaces and prefixes', () => {
    // Every string of up to three of these characters: upper and lower case of near letters, a space.
    const alphabet = ['a', 'A', 'b', 'B', 'z', ' ']
    let strings = ['']
    const all: string[] = ['']
    for (let length = 1; length <= 3; length++) {
      strings = strings.flatMap((s) => alphabet.map((c) => s + c))
      all.push(...strings)
    }
    expectSameOrder(all)
  })

  it('leaves anything but Latin letters and spaces to the collator', () => {
    const names = ['Bau-Bau', 'Baubau', 'Bau Bau', 'Éboh', 'Eboh', 'Kota 2', 'Kota 10', 'Ma\'rang', 'Marang']
    expectSameOrder(names)
    expect(compareNames('Kota 2', 'Kota 10')).toBeLessThan(0)
    expect(compareNames('Éboh', 'eboh')).toBe(0)
  })

  it('lets the directory open on the real exhibition without making a collator', async () => {
    const { index } = await readExhibition(resolve(import.meta.dirname, '../..'))
    const made = vi.spyOn(Intl, 'Collator')
    const model = createDirectoryModel(index)
    expect(made).not.toHaveBeenCalled()
    // And it is the collator's order: provinces, and booths by name.
    expect(model.vocabulary.provinces.map((p) => model.provinceNames.get(p))).toEqual(
      [...model.provinceNames.values()].sort((a, b) => collator.compare(a, b)),
    )
    const byName = [...model.order.name].map((i) => index[i]!)
    expect(byName.map((b) => b.slug)).toEqual(
      [...index].sort((a, b) => collator.compare(a.shortName, b.shortName) || collator.compare(a.name, b.name)).map((b) => b.slug),
    )
  })
})
