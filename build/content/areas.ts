/**
 * What idn-area-data (ODbL) knows of Indonesia's regions, read at build time in Node: the official
 * names and provinces every booth is joined with, and each kota/kabupaten's districts, villages and
 * islands for its "region at a glance". Nothing here reaches the browser bundle.
 */
import { getDistricts, getIslands, getProvinces, getRegencies, getVillages } from 'idn-area-data'
import { titleCaseAreaName } from '../../src/domain/names.ts'
import type { RegionFacts } from '../../src/domain/model.ts'

export interface AreaRecord {
  code: string
  /** Title-cased official name. */
  name: string
  provinceCode: string
}

export interface AreaTables {
  regencies: Map<string, AreaRecord>
  /** Province code → title-cased official name. */
  provinces: Map<string, string>
  /** Regency code → its districts, villages and islands. */
  facts: Map<string, RegionFacts>
}

/** Reads the tables once per call; the build keeps the promise it is given. */
export async function loadAreaTables(): Promise<AreaTables> {
  const [provinces, regencies, districts, villages, islands] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
    getVillages(),
    getIslands(),
  ])
  const facts = new Map<string, RegionFacts>(regencies.map((r) => [r.code, { districts: 0, villages: 0, islands: 0, populatedIslands: 0 }]))
  const regencyOfDistrict = new Map(districts.map((d) => [d.code, d.regency_code]))
  for (const d of districts) {
    const f = facts.get(d.regency_code)
    if (f) f.districts++
  }
  for (const v of villages) {
    const f = facts.get(regencyOfDistrict.get(v.district_code) ?? '')
    if (f) f.villages++
  }
  for (const i of islands) {
    const f = i.regency_code ? facts.get(i.regency_code) : undefined
    if (!f) continue
    f.islands++
    if (Number(i.is_populated) === 1) f.populatedIslands++
  }
  return {
    provinces: new Map(provinces.map((p) => [p.code, titleCaseAreaName(p.name)])),
    regencies: new Map(regencies.map((r) => [r.code, { code: r.code, name: titleCaseAreaName(r.name), provinceCode: r.province_code }])),
    facts,
  }
}
