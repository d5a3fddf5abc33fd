/**
 * idn-area-data prints names in capitals ("KOTA PEMATANGSIANTAR", "DKI JAKARTA").
 * The exhibition shows them in title case; acronyms that are written in capitals stay so.
 */
const KEEP_UPPER = new Set(['DKI'])

export function titleCaseAreaName(raw: string): string {
  return raw
    .trim()
    .split(/\s+/)
    .map((word) =>
      KEEP_UPPER.has(word)
        ? word
        : word
            .toLowerCase()
            // capitalise after the start and after a hyphen, apostrophe or opening bracket
            .replace(/(^|[-'(])([a-z])/g, (_m, sep: string, ch: string) => sep + ch.toUpperCase()),
    )
    .join(' ')
}

export type RegionType = 'kota' | 'kabupaten'

/** "Kota Sabang" -> kota; "Kabupaten Agam" -> kabupaten. */
export function regionTypeOf(officialName: string): RegionType {
  if (/^kota\s/i.test(officialName)) return 'kota'
  if (/^kabupaten\s/i.test(officialName)) return 'kabupaten'
  throw new Error(`Cannot tell kota from kabupaten in "${officialName}"`)
}

/** The name without its "Kota"/"Kabupaten" prefix: "Kota Sabang" -> "Sabang". */
export function shortNameOf(officialName: string): string {
  return officialName.replace(/^(kota|kabupaten)\s+/i, '')
}
