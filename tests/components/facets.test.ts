/**
 * The directory's facets: each a fieldset named by its legend, the most used first (cohort, island
 * group, province, kind), then "with exhibits" and the pillars; the pillar facet a tree of
 * checkboxes whose sub-elements fold under their pillar (a chosen pillar checks its sub-elements,
 * a chosen sub-element leaves its pillar half-checked and its fold open); the provinces folded by
 * island group; values that would give no booth disabled unless chosen; a change says which key and value.
 */
import { describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import DirectoryFacets from '@/components/directory/DirectoryFacets.vue'
import { EMPTY_STATE, type DirectoryState, type FilterKey } from '@/domain/query'
import type { DirectoryResult } from '@/domain/directory'
import { PILLAR_IDS, SUB_ELEMENTS } from '@/domain/pillars'
import { mountWithApp } from './mount'

// Invented counts: every pillar and sub-element has booths except environment:energy.
const pillarOptions = PILLAR_IDS.flatMap((p, i) => [
  { value: p, count: 10 + i },
  ...SUB_ELEMENTS[p].map((s, j) => ({ value: `${p}:${s}`, count: p === 'environment' && s === 'energy' ? 0 : 1 + j })),
])
const facets: DirectoryResult['facets'] = {
  pillar: pillarOptions,
  year: [{ value: '2017', count: 3 }, { value: '2018', count: 0 }, { value: '2019', count: 0 }],
  region: [{ value: 'jawa', count: 4 }],
  province: [{ value: 'aceh', count: 2 }, { value: 'bali', count: 1 }, { value: 'jawa-timur', count: 3 }, { value: 'sumatera-utara', count: 0 }],
  type: [{ value: 'kota', count: 2 }, { value: 'kabupaten', count: 1 }],
  has: [{ value: 'exhibits', count: 5 }],
}
const ISLANDS: Record<string, string> = { aceh: 'sumatera', 'sumatera-utara': 'sumatera', bali: 'bali-nusa-tenggara', 'jawa-timur': 'jawa' }
const label = (key: FilterKey, value: string) => `${key}=${value}`

async function facetsWith(state: Partial<DirectoryState>) {
  const { wrapper } = await mountWithApp(DirectoryFacets, {
    props: { state: { ...EMPTY_STATE, ...state }, facets, label, islandOf: (p: string) => ISLANDS[p] },
  })
  return wrapper as unknown as VueWrapper
}
const box = (w: VueWrapper, name: string, value: string) => w.get<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)
const fold = (w: VueWrapper, name: string) => {
  const button = w.findAll('button[aria-expanded]').find((b) => b.text().trim() === name)
  if (!button) throw new Error(`No fold "${name}"`)
  return button
}

describe('DirectoryFacets', () => {
  it('draws a fieldset per facet, the most used first, with one checkbox per value in sight', async () => {
    const w = await facetsWith({})
    const legends = w.findAll('fieldset > legend').map((l) => l.text())
    expect(legends).toEqual(['Cohort', 'Island group', 'Province', 'Kind of region', 'Exhibits', 'Pillar'])
    expect(w.findAll('input[name="year"]')).toHaveLength(3)
    // Each option reads as its label and its count.
    const option = box(w, 'type', 'kota').element.closest('label')!
    expect(option.textContent).toContain('type=kota')
    expect(option.textContent).toContain('2 booths')
    expect(box(w, 'has', 'exhibits').element.closest('label')!.textContent).toContain('has=exhibits')
    // The pillars' sub-elements and the provinces are folded.
    expect(w.findAll<HTMLInputElement>('input[name="pillar"]').map((i) => i.element.value)).toEqual([...PILLAR_IDS])
    expect(w.findAll('input[name="province"]')).toHaveLength(0)
  })

  it('folds each pillar\'s sub-elements under it, behind a button that says whether it is open', async () => {
    const w = await facetsWith({})
    const button = fold(w, 'Sub-elements of pillar=economy')
    expect(button.attributes('aria-expanded')).toBe('false')
    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('true')
    // The sub-elements are a list named after their pillar, after the pillar's own checkbox.
    const subs = w.get('[data-pillar="economy"] ul')
    expect(subs.attributes('aria-label')).toBe('Sub-elements of pillar=economy')
    expect(subs.findAll('input').map((i) => i.element.value)).toEqual(['economy:industry', 'economy:welfare', 'economy:transactions'])
    const inPillar = w.get('[data-pillar="economy"]').findAll('input, button').map((el) => el.element.tagName)
    expect(inPillar).toEqual(['INPUT', 'BUTTON', 'INPUT', 'INPUT', 'INPUT'])
    await button.trigger('click')
    expect(w.find('[data-pillar="economy"] ul').exists()).toBe(false)
  })

  it('groups the provinces by island group, in the island groups\' order, a chosen one in sight', async () => {
    const w = await facetsWith({ province: ['jawa-timur'] })
    const groups = w.get('fieldset:nth-of-type(3)').findAll('button[aria-expanded]')
    expect(groups.map((b) => b.text())).toEqual(['Sumatra', 'Java 1 chosen', 'Bali and Nusa Tenggara'])
    expect(groups.map((b) => b.attributes('aria-expanded'))).toEqual(['false', 'true', 'false'])
    expect(box(w, 'province', 'jawa-timur').element.checked).toBe(true)
    await fold(w, 'Sumatra').trigger('click')
    const list = w.get('ul[aria-label="Provinces of Sumatra"]')
    expect(list.findAll('input').map((i) => i.element.value)).toEqual(['aceh', 'sumatera-utara'])
    expect(box(w, 'province', 'sumatera-utara').element.disabled).toBe(true)
  })

  it('a chosen pillar checks its sub-elements; a chosen sub-element leaves its pillar half-checked and open', async () => {
    const w = await facetsWith({ pillar: ['governance', 'economy:welfare'] })
    expect(box(w, 'pillar', 'governance').element.checked).toBe(true)
    expect(box(w, 'pillar', 'governance').element.indeterminate).toBe(false)
    await fold(w, 'Sub-elements of pillar=governance').trigger('click')
    for (const s of SUB_ELEMENTS.governance) expect(box(w, 'pillar', `governance:${s}`).element.checked).toBe(true)

    expect(fold(w, 'Sub-elements of pillar=economy').attributes('aria-expanded')).toBe('true')
    expect(box(w, 'pillar', 'economy').element.checked).toBe(false)
    expect(box(w, 'pillar', 'economy').element.indeterminate).toBe(true)
    expect(box(w, 'pillar', 'economy:welfare').element.checked).toBe(true)
    expect(box(w, 'pillar', 'economy:industry').element.checked).toBe(false)
    expect(box(w, 'pillar', 'branding').element.indeterminate).toBe(false)
  })

  it('disables a value that would give no booth, unless it is chosen', async () => {
    const w = await facetsWith({ year: [2018] })
    expect(box(w, 'year', '2017').element.disabled).toBe(false)
    expect(box(w, 'year', '2018').element.disabled).toBe(false)
    expect(box(w, 'year', '2018').element.checked).toBe(true)
    expect(box(w, 'year', '2019').element.disabled).toBe(true)
    await fold(w, 'Sub-elements of pillar=environment').trigger('click')
    expect(box(w, 'pillar', 'environment:energy').element.disabled).toBe(true)
    expect(box(w, 'pillar', 'environment:waste').element.disabled).toBe(false)
  })

  it('says which key and value a change turns on or off', async () => {
    const w = await facetsWith({ type: ['kota'] })
    await fold(w, 'Sub-elements of pillar=living').trigger('click')
    await box(w, 'pillar', 'living:health').setValue(true)
    await box(w, 'type', 'kota').setValue(false)
    await box(w, 'region', 'jawa').setValue(true)
    await box(w, 'has', 'exhibits').setValue(true)
    expect(w.emitted('toggle')).toEqual([
      ['pillar', 'living:health', true],
      ['type', 'kota', false],
      ['region', 'jawa', true],
      ['has', 'exhibits', true],
    ])
  })
})
