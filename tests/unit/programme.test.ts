/**
 * The programme's facts (src/content/programme.ts) against their research (docs/research/timeline.md)
 * and the content: every fact in both languages with a source; a headline only where the research or
 * the content shows the page's own headline, and our description where the research says the
 * headline was not visible; the cohorts and milestones the timeline must show; dates as dates.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readExhibition } from '../../build/content/load.ts'
import { COHORTS, MILESTONES, MINISTRY_RENAMED, PROGRAMME, PROGRAMME_FACTS, PROGRAMME_SOURCES, type SourcedText } from '../../src/content/programme.ts'
import { formatSpan } from '../../src/components/timeline/timeline-dates.ts'

const root = resolve(import.meta.dirname, '../..')
const research = readFileSync(resolve(root, 'docs/research/timeline.md'), 'utf8')

/** "URL · "Headline"" and "URL · headline not visible" as the research notes write them. */
const researched = new Map<string, string | null>()
for (const m of research.matchAll(/(https?:\/\/[^\s|)]+) · (?:"([^"]+)"|headline not visible)/g)) researched.set(m[1]!, m[2] === undefined ? null : m[2].replaceAll('*', ''))

/**
 * Headlines read elsewhere than in timeline.md or a region file: the stored copy of the page itself
 * (the pages corpus), which prints it at its top.
 */
const READ_ON_THE_PAGE = new Set(['https://aceh.tribunnews.com/2019/03/06/banda-aceh-terpilih-menuju-smart-city'])

let contentTitles: Map<string, string>
beforeAll(async () => {
  const { booths } = await readExhibition(root)
  contentTitles = new Map()
  for (const b of booths) {
    for (const s of [...b.cohorts.flatMap((c) => c.sources), ...b.exhibits.flatMap((e) => e.sources), ...b.recognitions.flatMap((r) => r.sources)]) contentTitles.set(s.url, s.title)
  }
}, 60_000)

const everything: SourcedText[] = [
  ...COHORTS.flatMap((c) => [{ text: c.mou.place, sources: c.mou.sources }, ...c.facts, ...(c.focus ? [c.focus] : []), ...c.notes]),
  ...MILESTONES.flatMap((m) => [{ text: m.text, sources: m.sources }, ...(m.notes ?? [])]),
  MINISTRY_RENAMED,
  ...PROGRAMME_FACTS,
]

describe('the programme\'s sources', () => {
  it('quote a headline only where the research or the content shows it, the same words', () => {
    for (const s of PROGRAMME_SOURCES) {
      if (!s.headline) continue
      const seen = researched.get(s.url) ?? contentTitles.get(s.url) ?? (READ_ON_THE_PAGE.has(s.url) ? s.headline : undefined)
      expect(seen, `${s.url}: where was this headline read?`).toBe(s.headline)
    }
  })

  it('describe a page, in both languages, where the research says its headline was not visible', () => {
    for (const s of PROGRAMME_SOURCES) {
      if (researched.get(s.url) === null) expect(s.headline, s.url).toBeUndefined()
      if (!s.headline) {
        expect(s.about?.id, s.url).toBeTruthy()
        expect(s.about?.en, s.url).toBeTruthy()
      }
      expect(s.url, s.url).toMatch(/^https?:\/\/[^\s"'<>]+$/)
      expect(s.publisher.length, s.url).toBeGreaterThan(1)
    }
  })

  it('are listed once each, and every cited page is listed', () => {
    const urls = PROGRAMME_SOURCES.map((s) => s.url)
    expect(new Set(urls).size).toBe(urls.length)
    for (const f of everything) for (const s of f.sources) expect(urls, s.url).toContain(s.url)
  })
})

describe('the programme\'s facts', () => {
  it('each say it in both languages, and cite at least one page', () => {
    for (const f of everything) {
      expect(f.text.id, JSON.stringify(f.text)).toBeTruthy()
      expect(f.text.en, JSON.stringify(f.text)).toBeTruthy()
      expect(f.sources.length, f.text.en).toBeGreaterThan(0)
    }
  })

  it('have a cohort for every year of the programme\'s figures, in order, with its memorandum\'s date', () => {
    expect(COHORTS.map((c) => c.year)).toEqual(PROGRAMME.cohorts.map((c) => c.year))
    for (const c of COHORTS) {
      expect(c.mou.date.startsWith(String(c.year)), `${c.year}`).toBe(true)
      expect(Number.isNaN(Date.parse(c.mou.date)), c.mou.date).toBe(false)
    }
    // The research's dates (docs/research/timeline.md).
    expect(COHORTS.map((c) => c.mou.date)).toEqual(['2017-05-22', '2018-05-08', '2019-05-15', '2021-05-20', '2022-04-21', '2023-02-28', '2024-03-05'])
  })

  it('give each cohort its theme or focus: the tourism areas and the new capital in 2021, the G20 in 2022', () => {
    expect(COHORTS.find((c) => c.year === 2021)?.focus?.text.en).toMatch(/ten priority tourism destinations.*new national capital/)
    expect(COHORTS.find((c) => c.year === 2022)?.focus?.text.en).toMatch(/G20/)
  })

  it('show the milestones in order: launch, the 2019, 2021 and 2022 exhibitions, Komdigi, the 2025 award, the 2026 evaluation', () => {
    expect(MILESTONES.map((m) => `${m.kind} ${m.date.from}${m.date.to ? `/${m.date.to}` : ''}`)).toEqual([
      'launch 2017-05-22/2017-05-23',
      'exhibition 2019-11-04/2019-11-06',
      'exhibition 2021-12-14/2021-12-18',
      'exhibition 2022-12-01',
      'ministry 2024-10-20/2024-10-21',
      'award 2025-08-26',
      'evaluation 2026-02',
    ])
  })

  it('keep disagreements as notes with sources (2017 award list, 2018 count, 2019 venue, 2022 theme and date, 2024 membership)', () => {
    const noted = COHORTS.filter((c) => c.notes.length).map((c) => c.year)
    expect(noted).toEqual([2017, 2018, 2019, 2022, 2024])
  })
})

describe('the timeline\'s dates', () => {
  it('write a day, a span within a month, and a month in both languages', () => {
    expect(formatSpan('en', { from: '2019-11-04', to: '2019-11-06' })).toBe('4–6 November 2019')
    expect(formatSpan('id', { from: '2019-11-04', to: '2019-11-06' })).toBe('4–6 November 2019')
    expect(formatSpan('id', { from: '2021-12-14', to: '2021-12-18' })).toBe('14–18 Desember 2021')
    expect(formatSpan('en', { from: '2025-08-26' })).toBe('26 August 2025')
    expect(formatSpan('id', { from: '2026-02' })).toBe('Februari 2026')
    expect(formatSpan('en', { from: '2024-10-31', to: '2024-11-01' })).toBe('31 October 2024 – 1 November 2024')
  })
})
