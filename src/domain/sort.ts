/** Booths sort by their name without "Kota"/"Kabupaten" (visitors look for "Sabang", not "Kota"), then by kind. */
// Made on the first comparison, not when the module loads: the first Intl object a page makes loads
// ICU's locale data (20-50 ms, src/i18n/format.ts), and most pages never sort.
let collator: Intl.Collator | undefined

export function compareBoothsByName(a: { shortName: string; name: string }, b: { shortName: string; name: string }): number {
  collator ??= new Intl.Collator('id', { sensitivity: 'base', numeric: true })
  return collator.compare(a.shortName, b.shortName) || collator.compare(a.name, b.name)
}
