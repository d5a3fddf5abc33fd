/**
 * How the site orders names: as Indonesian collation does (Intl.Collator 'id', case and accents
 * ignored, numbers by value). Booths sort by their name without "Kota"/"Kabupaten" (visitors look for
 * "Sabang", not "Kota"), then by kind.
 *
 * The first Intl object a page makes loads ICU's locale data (20-30 ms on this project's test machine,
 * several times that on a phone), and the directory orders its provinces and checks its booths' order
 * as it opens. Every region and province name in idn-area-data is Latin letters and spaces, which the
 * collation orders as their lower case does (space first): those are compared without ICU, and the
 * collator is made only for a name with anything else (tests/unit/sort.test.ts holds the two equal).
 */
let collator: Intl.Collator | undefined
const LETTERS_AND_SPACES = /^[A-Za-z ]*$/

export function compareNames(a: string, b: string): number {
  if (LETTERS_AND_SPACES.test(a) && LETTERS_AND_SPACES.test(b)) {
    const x = a.toLowerCase()
    const y = b.toLowerCase()
    return x < y ? -1 : x > y ? 1 : 0
  }
  collator ??= new Intl.Collator('id', { sensitivity: 'base', numeric: true })
  return collator.compare(a, b)
}

export function compareBoothsByName(a: { shortName: string; name: string }, b: { shortName: string; name: string }): number {
  return compareNames(a.shortName, b.shortName) || compareNames(a.name, b.name)
}
