/**
 * Island groups, from the first two digits of the Kemendagri code (the province code),
 * as the contract's directory query defines them.
 */
export const ISLAND_GROUPS = [
  'sumatera',
  'jawa',
  'bali-nusa-tenggara',
  'kalimantan',
  'sulawesi',
  'maluku',
  'papua',
] as const
export type IslandGroupId = (typeof ISLAND_GROUPS)[number]

const RANGES: ReadonlyArray<readonly [number, number, IslandGroupId]> = [
  [11, 21, 'sumatera'],
  [31, 36, 'jawa'],
  [51, 53, 'bali-nusa-tenggara'],
  [61, 65, 'kalimantan'],
  [71, 76, 'sulawesi'],
  [81, 82, 'maluku'],
  [91, 96, 'papua'],
]

export function islandGroupOf(provinceCode: string): IslandGroupId {
  const n = Number(provinceCode)
  const hit = RANGES.find(([lo, hi]) => n >= lo && n <= hi)
  if (!hit) throw new Error(`Province code ${provinceCode} is in no island group`)
  return hit[2]
}

export function isIslandGroupId(value: unknown): value is IslandGroupId {
  return typeof value === 'string' && (ISLAND_GROUPS as readonly string[]).includes(value)
}

/** A Kemendagri regency code: two digits, a dot, two digits ("11.72"). */
export const REGENCY_CODE = /^\d{2}\.\d{2}$/

export function provinceCodeOf(regencyCode: string): string {
  return regencyCode.slice(0, 2)
}
