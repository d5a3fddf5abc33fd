/**
 * The directory's query string (shared/design/contract.md, "Directory query").
 * Unknown keys and values are dropped, never an error. Pure: no Vue, no router.
 */
import type { RegionType } from './names.ts'

export interface DirectoryFilters {
  year: number[]
  type: RegionType[]
}

export type RawQuery = Record<string, unknown>

const TYPES: readonly RegionType[] = ['kota', 'kabupaten']

/** Query values as the router gives them: a string, an array of strings, or null. */
export function valuesOf(raw: unknown): string[] {
  const list = Array.isArray(raw) ? raw : [raw]
  return list
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => v.slice(0, 256).split(','))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean)
}

export function parseDirectoryQuery(query: RawQuery, knownYears: readonly number[]): DirectoryFilters {
  const get = (key: string) => (Object.hasOwn(query, key) ? valuesOf(query[key]) : [])
  const year = [...new Set(get('year').map(Number))].filter((y) => knownYears.includes(y)).sort((a, b) => a - b)
  const type = TYPES.filter((t) => get('type').includes(t))
  return { year, type }
}

export function matchesFilters(entry: { years: readonly number[]; type: RegionType }, f: DirectoryFilters): boolean {
  return (f.year.length === 0 || entry.years.some((y) => f.year.includes(y))) && (f.type.length === 0 || f.type.includes(entry.type))
}
