/** Booths sort by their name without "Kota"/"Kabupaten" (visitors look for "Sabang", not "Kota"), then by kind. */
const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true })

export function compareBoothsByName(a: { shortName: string; name: string }, b: { shortName: string; name: string }): number {
  return collator.compare(a.shortName, b.shortName) || collator.compare(a.name, b.name)
}
