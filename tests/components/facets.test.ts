/**
 * The directory's facets: each a fieldset named by its legend; the pillar facet a tree of checkboxes
 * (a chosen pillar checks its sub-elements, a chosen sub-element leaves its pillar half-checked);
 * values that would give no booth are disabled unless chosen; a change says which key and value.
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
  province: [],
  type: [{ value: 'kota', count: 2 }, { value: 'kabupaten', count: 1 }],
}
const label = (key: FilterKey, value: string) => `${key}=${value}`

async function facetsWith(state: Partial<DirectoryState>) {
  const { wrapper } = await mountWithApp(DirectoryFacets, {
    props: { state: { ...EMPTY_STATE, ...state }, facets, label },
  })
  return wrapper as unknown as VueWrapper
}
const box = (w: VueWrapper, name: string, value: string) => w.get<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)

describe('DirectoryFacets', () => {
  it('draws a fieldset per facet, named by its legend, with one checkbox per value', async () => {
    const w = await facetsWith({})
    const legends = w.findAll('fieldset > legend').map((l) => l.text())
    expect(legends).toEqual(['Pillar', 'Cohort', 'Island group', 'Province', 'Kind of region'])
    expect(w.findAll('input[name="pillar"]')).toHaveLength(6 * 4)
    expect(w.findAll('input[name="year"]')).toHaveLength(3)
    expect(w.findAll('input[name="province"]')).toHaveLength(0)
    // Each option reads as its label and its count.
    const option = box(w, 'type', 'kota').element.closest('label')!
    expect(option.textContent).toContain('type=kota')
    expect(option.textContent).toContain('2 booths')
    // The sub-elements are a list named after their pillar.
    const subs = w.get('[data-pillar="economy"] ul')
    expect(subs.attributes('aria-label')).toBe('Sub-elements of pillar=economy')
    expect(subs.findAll('input').map((i) => i.element.value)).toEqual(['economy:industry', 'economy:welfare', 'economy:transactions'])
  })

  it('a chosen pillar checks its sub-elements; a chosen sub-element leaves its pillar half-checked', async () => {
    const w = await facetsWith({ pillar: ['governance', 'economy:welfare'] })
    expect(box(w, 'pillar', 'governance').element.checked).toBe(true)
    expect(box(w, 'pillar', 'governance').element.indeterminate).toBe(false)
    for (const s of SUB_ELEMENTS.governance) expect(box(w, 'pillar', `governance:${s}`).element.checked).toBe(true)

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
    expect(box(w, 'pillar', 'environment:energy').element.disabled).toBe(true)
    expect(box(w, 'pillar', 'environment:waste').element.disabled).toBe(false)
  })

  it('says which key and value a change turns on or off', async () => {
    const w = await facetsWith({ type: ['kota'] })
    await box(w, 'pillar', 'living:health').setValue(true)
    await box(w, 'type', 'kota').setValue(false)
    await box(w, 'region', 'jawa').setValue(true)
    expect(w.emitted('toggle')).toEqual([
      ['pillar', 'living:health', true],
      ['type', 'kota', false],
      ['region', 'jawa', true],
    ])
  })
})
