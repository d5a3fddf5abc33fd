/**
 * Official names and provinces from idn-area-data (ODbL), read at build time in Node.
 * Nothing here reaches the browser bundle.
 */
import { getProvinces, getRegencies } from 'idn-area-data'
import { titleCaseAreaName } from '../domain/names.ts'

export interface AreaRecord {
  code: string
  /** Title-cased official name. */
  name: string
  provinceCode: string
}

export interface AreaTables {
  regencies: Map<string, AreaRecord>
  provinces: Map<string, string>
}

let cached: Promise<AreaTables> | undefined

export function loadAreaTables(): Promise<AreaTables> {
  cached ??= (async () => {
    const [provinces, regencies] = await Promise.all([getProvinces(), getRegencies()])
    return {
      provinces: new Map(provinces.map((p) => [p.code, titleCaseAreaName(p.name)])),
      regencies: new Map(
        regencies.map((r) => [r.code, { code: r.code, name: titleCaseAreaName(r.name), provinceCode: r.province_code }]),
      ),
    }
  })()
  return cached
}
