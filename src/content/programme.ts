/**
 * Facts about the programme as a whole, for the About page. The sentences are interface strings
 * (locales/*.json, `about.facts.*`); the sources they paraphrase are here. See shared/research/roster.md.
 */
export interface ProgrammeSource {
  url: string
  title: string
  publisher: string
}

const S = {
  rtik: { url: 'http://rtikkediri.or.id/the-hand-rail-is-going-a-little-faster-than-the-moving-sidewalk/', title: 'Daftar 25 kota/kabupaten Gerakan Menuju 100 Smart City 2017', publisher: 'Relawan TIK Kediri' },
  detakpos: { url: 'https://detakpos.com/peristiwa/kang-yoto-teken-mou-gerakan-menuju-smart-city-bersama-24-kepala-daerah-lainnya/', title: 'Kang Yoto teken MoU Gerakan Menuju Smart City bersama 24 kepala daerah lainnya', publisher: 'Detak Pos' },
  aptika2018: { url: 'https://aptika.kominfo.go.id/2019/08/6545/', title: 'Gerakan Menuju 100 Smart City', publisher: 'Ditjen Aptika, Kementerian Kominfo' },
  times2019: { url: 'https://m.timesindonesia.co.id/read/214110/20190515/235208/membanggakan-kota-batu-bagian-gerakan-menuju-100-smart-city-2019/', title: 'Membanggakan, Kota Batu bagian Gerakan Menuju 100 Smart City 2019', publisher: 'TIMES Indonesia' },
  natgeo2021: { url: 'https://nationalgeographic.grid.id/amp/133037537/', title: 'Gerakan Menuju Smart City 2021', publisher: 'National Geographic Indonesia' },
  tribun2022: { url: 'https://bekasi.tribunnews.com/2022/04/21/gerakan-menuju-smart-city-jadi-cara-kemenkominfo-memperluas-titik-pertumbuhan-digital-di-indonesia?page=all', title: 'Gerakan Menuju Smart City jadi cara Kemenkominfo memperluas titik pertumbuhan digital di Indonesia', publisher: 'Tribun Bekasi' },
  natgeo2023: { url: 'https://nationalgeographic.grid.id/read/133963847/lebih-dekat-dengan-gerakan-menuju-smart-city-yang-digagas-kemenkominfo', title: 'Lebih dekat dengan Gerakan Menuju Smart City yang digagas Kemenkominfo', publisher: 'National Geographic Indonesia' },
  infokomputer2023: { url: 'https://infokomputer.grid.id/read/123964831/inilah-50-kotakabupaten-yang-raih-penghargaan-program-smart-city-2023?page=all', title: 'Inilah 50 kota/kabupaten yang raih penghargaan program Smart City 2023', publisher: 'InfoKomputer' },
  infopublik2024: { url: 'https://infopublik.id/kategori/nusantara/749175/', title: 'Sepuluh daerah peserta Gerakan Menuju Smart City 2024', publisher: 'InfoPublik' },
  pameran2021: { url: 'https://infokomputer.grid.id/amp/123037520/jelang-penutupan-gerakan-menuju-smart-city-kemenkominfo-hadirkan-pameran-virtual-pencapaian-daerah', title: 'Jelang penutupan Gerakan Menuju Smart City, Kemenkominfo hadirkan pameran virtual pencapaian daerah', publisher: 'InfoKomputer' },
  pameran2019: { url: 'https://infokomputer.grid.id/read/121907837/banyak-terobosan-mutakhir-yuk-kunjungi-pameran-smart-city-di-jakarta', title: 'Banyak terobosan mutakhir, yuk kunjungi pameran Smart City di Jakarta', publisher: 'InfoKomputer' },
} satisfies Record<string, ProgrammeSource>

export const PROGRAMME_FACTS: ReadonlyArray<{ key: string; sources: ProgrammeSource[] }> = [
  { key: 'item2017', sources: [S.rtik, S.detakpos] },
  { key: 'item2018', sources: [S.aptika2018] },
  { key: 'item2019', sources: [S.times2019] },
  { key: 'item2021', sources: [S.natgeo2021] },
  { key: 'item2022', sources: [S.tribun2022] },
  { key: 'item2023', sources: [S.natgeo2023, S.infokomputer2023] },
  { key: 'item2024', sources: [S.infopublik2024] },
]

export const PROGRAMME_SOURCES: readonly ProgrammeSource[] = Object.values(S)
