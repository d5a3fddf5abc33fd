/**
 * The link-preview cards and posters read right: no two text, icon or badge boxes overlap and every
 * box stays inside the picture, for every booth and hall in both languages, and for the longest
 * official names in idn-area-data with the most cohorts a booth can have.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { boothCardLayout, pillarCardLayout, posterLayout, type Box, type Layout } from '../../build/artwork/cards.ts'
import { artworkFiles, boothCardText, buildMessages, loadFonts } from '../../build/artwork/index.ts'
import { loadAreaTables } from '../../build/content/areas.ts'
import { readExhibition, type Exhibition } from '../../build/content/load.ts'
import { LOCALES } from '@/domain/locales.ts'
import { PILLAR_IDS, SUB_ELEMENTS } from '@/domain/pillars.ts'
import type { Booth } from '@/domain/model.ts'

const root = new URL('../..', import.meta.url).pathname
const fonts = loadFonts()
const messages = buildMessages(root)

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
const inside = (a: Box, w: number, h: number) => a.x >= 0 && a.y >= 0 && a.x + a.width <= w && a.y + a.height <= h

/** Every problem of a layout: parts outside it, parts over each other. A badge holds its own text. */
function problems(layout: Layout): string[] {
  const parts = layout.parts.filter((p) => p.box)
  const found: string[] = []
  for (const p of parts) if (!inside(p.box!, layout.width, layout.height)) found.push(`${p.label} leaves the picture`)
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      const [a, b] = [parts[i]!, parts[j]!]
      const ownText = (x: typeof a, y: typeof b) => x.kind === 'badge' && y.label === x.label.replace('cohort badge', 'cohort')
      if (ownText(a, b) || ownText(b, a)) continue
      if (overlap(a.box!, b.box!)) found.push(`${a.label} overlaps ${b.label}`)
    }
  }
  return found
}

let exhibition: Exhibition
let longest: string[]
beforeAll(async () => {
  exhibition = await readExhibition(root)
  const areas = await loadAreaTables()
  longest = [...areas.regencies.values()].map((r) => r.name).sort((a, b) => fonts.bold.width(b, 84) - fonts.bold.width(a, 84)).slice(0, 5)
})

describe('the booth cards', () => {
  it('lay out every booth in both languages with nothing over anything, inside 1200 x 630', () => {
    const bad: string[] = []
    for (const l of LOCALES) {
      for (const b of exhibition.booths) {
        const found = problems(boothCardLayout(fonts, boothCardText(messages[l], b)))
        if (found.length) bad.push(`${l} ${b.slug}: ${found.join('; ')}`)
      }
    }
    expect(bad).toEqual([])
  })

  it('fit the longest official names, with three cohorts one of them uncertain, and with and without exhibits', () => {
    const template = exhibition.booths.find((b) => b.exhibits.length > 0)!
    for (const l of LOCALES) {
      for (const name of longest) {
        for (const exhibits of [[], template.exhibits]) {
          const booth: Booth = {
            ...template,
            name,
            exhibits,
            pillars: exhibits.length ? template.pillars : [],
            cohorts: [2017, 2021, 2024].map((year, i) => ({ year, uncertain: i === 2, sources: template.cohorts[0]!.sources })),
          }
          const layout = boothCardLayout(fonts, boothCardText(messages[l], booth))
          expect(problems(layout), `${l} ${name}`).toEqual([])
          // The whole name is there: nothing cut off with an ellipsis.
          const nameLines = layout.parts.filter((p) => p.label.startsWith('name line')).map((p) => p.svg.replace(/<[^>]+>/g, ''))
          expect(nameLines.join(' '), `${l} ${name}`).toBe(name)
        }
      }
    }
    expect(longest[0]!.length).toBeGreaterThan(35)
  })

  it('would catch text over the lamps: the check fails on a card whose count sits on the lamps', () => {
    const layout = boothCardLayout(fonts, boothCardText(messages.en, exhibition.booths[0]!))
    const count = layout.parts.find((p) => p.label === 'exhibit count')!
    const lamp = layout.parts.find((p) => p.label === 'lamp environment')!
    const broken = { ...layout, parts: [...layout.parts.filter((p) => p !== count), { ...count, box: { ...count.box!, y: lamp.box!.y } }] }
    expect(problems(broken).some((m) => /exhibit count overlaps lamp environment|lamp environment overlaps exhibit count/.test(m))).toBe(true)
  })
})

describe('the hall cards and the posters', () => {
  it('lay out every hall card and every poster without overlaps, in both languages', () => {
    const files = artworkFiles(root, exhibition, 'https://pameran.test', fonts)
    const layouts = files.filter((f) => f.layout && (f.file.startsWith('og/') || f.file.startsWith('posters/')))
    expect(layouts.length).toBeGreaterThan(2 * PILLAR_IDS.length)
    const bad = layouts.flatMap((f) => problems(f.layout!()).map((p) => `${f.file}: ${p}`))
    expect(bad).toEqual([])
  })

  it('draw the pillar card and a poster in both schemes within their bounds for the longest texts', () => {
    const t = messages.id
    for (const p of PILLAR_IDS) {
      expect(problems(pillarCardLayout(fonts, { pillar: p, eyebrow: t('pillar.card.eyebrow'), name: t(`pillars.${p}.name`), meaning: t(`pillars.${p}.meaning`), counts: '999 stan · 9.999 pameran', siteName: t('app.shortName'), alt: '' }))).toEqual([])
      for (const scheme of ['light', 'dark'] as const) {
        const long = 'Sistem Informasi Terpadu Pelayanan Administrasi Kependudukan dan Pencatatan Sipil Berbasis Desa Digital'
        expect(problems(posterLayout(fonts, { pillar: p, eyebrow: t(`pillars.${p}.sub.${SUB_ELEMENTS[p][0]}`), title: long, region: longest[0]!, pillarName: t(`pillars.${p}.name`), alt: '', scheme }))).toEqual([])
      }
    }
  })
})
