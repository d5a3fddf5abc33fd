import { describe, expect, it } from 'vitest'
import { slugify } from '@/domain/slug.ts'

describe('slug rule (contract, "Addresses")', () => {
  it.each([
    ['Kota Sabang', 'kota-sabang'],
    ['Kabupaten Gunungkidul', 'kabupaten-gunungkidul'],
    ['Daerah Istimewa Yogyakarta', 'daerah-istimewa-yogyakarta'],
    ['DKI Jakarta', 'dki-jakarta'],
    ['Kota  Tanjung   Pinang', 'kota-tanjung-pinang'],
    ['  Kota Bau-Bau! ', 'kota-bau-bau'],
    ['Kabupaten Kepulauan Siau Tagulandang Biaro (Sitaro)', 'kabupaten-kepulauan-siau-tagulandang-biaro-sitaro'],
    ['Kota 1001 Malam', 'kota-1001-malam'],
  ])('%s -> %s', (name, slug) => {
    expect(slugify(name)).toBe(slug)
  })

  it('turns any run of other characters into one dash and never leaves one at an end', () => {
    expect(slugify('--Kota__Contoh..0001--')).toBe('kota-contoh-0001')
    expect(slugify('Kota Cônto')).toBe('kota-c-nto')
  })
})
