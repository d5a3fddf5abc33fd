/**
 * The locale's formats (src/i18n/format.ts), written out for speed: here they are held to what Intl
 * (Node's full ICU) says for the same locale, so they read exactly as Intl would write them.
 */
import { describe, expect, it } from 'vitest'
import { formatDate, formatList, formatMonth, formatNumber } from '../../src/i18n/format.ts'

const TAGS = { id: 'id-ID', en: 'en-GB' } as const

describe('formatList', () => {
  for (const [locale, tag] of Object.entries(TAGS) as Array<[keyof typeof TAGS, string]>) {
    it(`joins as Intl.ListFormat does in ${tag}`, () => {
      const intl = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' })
      const names = ['Tata Kelola', 'Ekonomi', 'Branding', 'Masyarakat', 'Lingkungan Hidup', 'Lingkungan']
      for (let n = 0; n <= names.length; n++) expect(formatList(locale, names.slice(0, n)), `${n} items`).toBe(intl.format(names.slice(0, n)))
    })
  }

  it('reads as each language writes a list', () => {
    expect(formatList('id', ['2017', '2021', '2024'])).toBe('2017, 2021, dan 2024')
    expect(formatList('en', ['2017', '2021', '2024'])).toBe('2017, 2021 and 2024')
    expect(formatList('en', ['2017'])).toBe('2017')
  })
})

describe('numbers, days and months', () => {
  for (const [locale, tag] of Object.entries(TAGS) as Array<[keyof typeof TAGS, string]>) {
    it(`write whole numbers as Intl.NumberFormat does in ${tag}`, () => {
      const intl = new Intl.NumberFormat(tag)
      for (const n of [0, 7, 38, 514, 999, 1000, 1234, 9999, 10000, 99999, 123456, 1000000, 12345678, -1, -1234]) expect(formatNumber(locale, n), String(n)).toBe(intl.format(n))
      expect(formatNumber(locale, 2.5)).toBe(intl.format(2.5))
    })

    it(`write days and months as Intl.DateTimeFormat does in ${tag}`, () => {
      const day = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      const month = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' })
      for (let m = 1; m <= 12; m++) {
        for (const d of [1, 9, 22, 28]) {
          const iso = `2018-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
          expect(formatDate(locale, iso), iso).toBe(day.format(new Date(Date.UTC(2018, m - 1, d))))
        }
        const iso = `2026-${String(m).padStart(2, '0')}`
        expect(formatMonth(locale, iso), iso).toBe(month.format(new Date(Date.UTC(2026, m - 1, 1))))
      }
    })
  }

  it('follow the locale', () => {
    expect(formatNumber('id', 10000)).toBe('10.000')
    expect(formatNumber('en', 10000)).toBe('10,000')
    expect(formatDate('id', '2018-05-22')).toBe('22 Mei 2018')
    expect(formatDate('en', '2018-05-22')).toBe('22 May 2018')
    expect(formatMonth('id', '2026-02')).toBe('Februari 2026')
  })
})
